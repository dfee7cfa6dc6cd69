/**
 * Hover: what a keyword means; for a rule, its meaning in plain English, its citations and its
 * statutory floor; for an event, a fact or a calendar, what it is and where it is declared.
 */
import type { DurationIR, RuleIR } from '@wt/dsl';
import type { Declaration, DeclarationIndex } from './declaration-index.js';
import { keywordHelp } from './keyword-help.js';
import type { LanguageContext } from './language-context.js';
import { monaco } from './monaco-setup.js';
import { kindsAt, tokenAt } from './name-at.js';
import { ruleMeaning, type StatutoryFloor } from './rule-meaning.js';

/** Policy text is shown as text: every Markdown character is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, (c) => `\\${c}`);
}

/** The rule as in force: the resolved one when the draft resolves, else the nearest declaration with its fields. */
function ruleInForce(context: LanguageContext, id: string): RuleIR | undefined {
  const resolved = context.analysis()?.resolved?.rules.find((rule) => rule.id === id);
  if (resolved !== undefined) return resolved;
  const declarations = context.declarations().all.filter((d) => d.kind === 'rule' && d.id === id);
  const layers = declarations.map((d) => d.document.ir.rules.find((rule) => rule.id === id)).filter((rule) => rule !== undefined);
  return layers.reduceRight<RuleIR | undefined>((merged, layer) => ({ ...merged, ...stripUndefined(layer) }) as RuleIR, undefined);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function floorOf(index: DeclarationIndex, id: string, draftId: string): StatutoryFloor | undefined {
  const bases = index.all.filter((d) => d.kind === 'rule' && d.id === id && d.document.ir.id !== draftId);
  let statutory = false;
  let duration: DurationIR | undefined;
  let policy: string | undefined;
  for (const declaration of [...bases].reverse()) {
    const rule = declaration.document.ir.rules.find((r) => r.id === id);
    if (rule?.statutory === true) statutory = true;
    if (rule?.requires !== undefined) {
      duration = rule.requires.within;
      policy = declaration.document.ir.id;
    }
  }
  return statutory && duration !== undefined && policy !== undefined ? { duration, policy } : undefined;
}

function declarationHover(declaration: Declaration, context: LanguageContext): string[] {
  const index = context.declarations();
  const where = declaration.document.file === 'draft' ? 'declared in this policy' : `declared in ${declaration.document.file}`;
  if (declaration.kind === 'rule') {
    const rule = ruleInForce(context, declaration.id);
    if (rule === undefined) return [];
    const draftId = context.analysis()?.draft.ir.id ?? '';
    const floor = floorOf(index, declaration.id, draftId);
    const eventText = (event: string) => index.find('event', event)?.text;
    const origin = declaration.document.file === 'draft' ? undefined : declaration.document.ir.id;
    return ruleMeaning({ rule, eventText, ...(floor === undefined ? {} : { floor }), ...(origin === undefined ? {} : { declaredIn: origin }) });
  }
  const head = `${declaration.kind} ${declaration.id}${declaration.text === undefined ? '' : ` — ${declaration.text}`}`;
  const lines = [head];
  if (declaration.kind === 'fact' && declaration.detail !== undefined) lines.push(`Type: ${declaration.detail}.`);
  if (declaration.kind === 'attribute') lines.push(`An attribute of the event ${declaration.detail ?? ''}.`);
  if (declaration.kind === 'event') {
    const attributes = index.all.filter((d) => d.kind === 'attribute' && d.detail === declaration.id).map((d) => `${d.id} (${d.text ?? ''})`);
    if (attributes.length > 0) lines.push(`Details recorded with it: ${attributes.join(', ')}.`);
  }
  if (declaration.kind === 'calendar') {
    const calendar = context.analysis()?.resolved?.calendar;
    if (calendar?.id === declaration.id) {
      lines.push(`Weekend: ${calendar.weekend.join(', ')}. Bank holidays: ${calendar.holidays?.kind === 'region' ? calendar.holidays.region : calendar.holidays?.kind === 'govuk-file' ? calendar.holidays.path : 'none'}. Closure days: ${calendar.closed.length}. Counting: ${calendar.counting}.`);
    }
  }
  lines.push(`(${where})`);
  return lines;
}

export function createHoverProvider(context: LanguageContext): monaco.languages.HoverProvider {
  return {
    provideHover(model, position) {
      if (!context.isDraft(model)) return undefined;
      const text = model.getValue();
      const token = tokenAt(text, model.getOffsetAt(position));
      if (token === undefined) return undefined;
      const range = new monaco.Range(token.range.line, token.range.column, token.range.endLine, token.range.endColumn);
      let lines: string[] = [];
      if (token.kind === 'keyword' || token.kind === 'weekday') {
        const help = keywordHelp(token.image);
        if (help !== undefined) lines = [`${token.image}: ${help}`];
      } else if (token.kind === 'name') {
        const index = context.declarations();
        for (const kind of kindsAt(text, token)) {
          const declaration = index.find(kind, token.image);
          if (declaration === undefined) continue;
          lines = declarationHover(declaration, context);
          break;
        }
      }
      if (lines.length === 0) return undefined;
      return { range, contents: lines.map((line) => ({ value: escapeMarkdown(line) })) };
    },
  };
}
