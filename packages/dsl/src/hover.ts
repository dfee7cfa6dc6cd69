/**
 * `hoverAt`: what the word at a position of a `.wt` text means, as Markdown. A keyword: its meaning.
 * A rule's id (where it is declared, overridden or removed): the rule in plain English, statutory or
 * not, its statutory floor when it overrides a statutory rule of a base, its citations. An event,
 * attribute, fact, calendar, ladder, threshold document or policy: its declaration and where it is.
 */
import { declarationSummary } from './declaration-summary.js';
import type { Declaration } from './declaration-index.js';
import { escapeMarkdown, markdownCode } from './escape-markdown.js';
import { keywordHelp } from './keyword-help.js';
import { serviceView, type LanguageServiceContext, type ServiceView } from './language-service-context.js';
import { nameOfToken, tokenAt, type NameAt } from './name-at.js';
import { mergeRuleLayers, ruleLayers, statutoryFloorOf } from './rule-layers.js';
import { ruleMeaning } from './rule-meaning.js';
import type { SourceRange } from './source-range.js';

export interface Hover {
  range: SourceRange;
  /** Markdown; text from the policy is escaped, so it never carries HTML or links. */
  markdown: string;
}

export function hoverAt(source: string, offset: number, context: LanguageServiceContext): Hover | undefined {
  try {
    const token = tokenAt(source, offset);
    if (token === undefined) return undefined;
    if (token.kind === 'keyword' || token.kind === 'weekday') {
      const help = keywordHelp(token.image);
      return help === undefined ? undefined : { range: token.range, markdown: `${markdownCode(token.image)} — ${escapeMarkdown(help)}` };
    }
    const name = nameOfToken(source, token);
    if (name === undefined) return undefined;
    const paragraphs = nameHover(name, serviceView(source, context));
    return paragraphs.length === 0 ? undefined : { range: name.token.range, markdown: paragraphs.join('\n\n') };
  } catch {
    return undefined;
  }
}

function nameHover(name: NameAt, view: ServiceView): string[] {
  const id = name.token.image;
  for (const kind of name.kinds) {
    if (kind === 'rule') {
      const meaning = ruleHover(id, view);
      if (meaning.length > 0) return meaning;
      continue;
    }
    const declaration = findDeclaration(view, kind, id, name.filterEvent);
    if (declaration !== undefined) return declarationSummary(declaration, view.index);
  }
  return [];
}

function findDeclaration(view: ServiceView, kind: Declaration['kind'], id: string, filterEvent: string | undefined): Declaration | undefined {
  if (kind === 'attribute' && filterEvent !== undefined) {
    const ofEvent = view.index.attributesOf(filterEvent).find((attribute) => attribute.id === id);
    if (ofEvent !== undefined) return ofEvent;
  }
  return view.index.find(kind, id);
}

function ruleHover(id: string, view: ServiceView): string[] {
  const layers = ruleLayers(view.index, id);
  const rule = mergeRuleLayers(layers);
  if (rule === undefined) return [];
  const root = layers[layers.length - 1]!;
  const statutoryBase = [...layers].reverse().find((layer) => !layer.own && layer.rule.statutory === true);
  const removed = !layers.some((layer) => layer.own) && view.draft.ir.removals.some((removal) => removal.id === id);
  const floor = statutoryFloorOf(layers);
  return ruleMeaning({
    rule,
    eventText: (event) => view.index.find('event', event)?.text,
    ...(root.own ? {} : { declaredIn: root.policy }),
    ...(statutoryBase === undefined ? {} : { statutoryIn: statutoryBase.policy }),
    ...(floor === undefined ? {} : { floor }),
    ...(removed ? { removed } : {}),
  });
}
