/**
 * `completionsAt`: what may be typed at a position of a `.wt` text. The keywords come from
 * chevrotain's content assist on the grammar; the names from the text and the policies it extends,
 * where the grammar expects them: events after `starts at`, `requires`, `while` and `unless`; the
 * attributes of the event in a `where` filter; facts in thresholds; the values of a `one of` type after
 * `=` and `in (`; calendars, ladders and base policies in the header; the rules of the bases after
 * `remove timescale` and in a declaration that overrides one; units after the number of a duration.
 *
 * Items are not filtered by what has been typed (editors filter and rank themselves); names come
 * first, then keywords. `replaceRange` runs from the start of the word being typed to the position.
 */
import { completionContextAt, type CompletionContext } from './content-assist.js';
import type { Declaration } from './declaration-index.js';
import { declaredWhere } from './declaration-summary.js';
import { escapeMarkdown, markdownCode } from './escape-markdown.js';
import type { AttributeType } from './ir.js';
import { keywordHelp } from './keyword-help.js';
import { serviceView, type LanguageServiceContext, type ServiceView } from './language-service-context.js';
import { comparedName, eventOfFilter, nameSlots, tokensBefore, type NameSlot } from './name-slots.js';
import { mergeRuleLayers, ruleLayers } from './rule-layers.js';
import { positionAt, rangeContains, type SourcePosition } from './source-position.js';
import type { SourceRange } from './source-range.js';

export type CompletionKind =
  | 'keyword'
  | 'event'
  | 'attribute'
  | 'fact'
  | 'calendar'
  | 'rule'
  | 'escalation'
  | 'thresholds'
  | 'policy'
  | 'enum-value'
  | 'unit'
  /** A key of the YAML form (`yamlCompletionsAt`). */
  | 'key';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** One line: what the item is (a description, a type, a keyword's meaning). */
  detail?: string;
  /** Markdown (policy text escaped): where a name is declared. */
  documentation?: string;
  insertText: string;
  /** The text the item replaces: the part of the word before the position (empty when there is none). */
  replaceRange?: SourceRange;
}

const UNIT_WORDS: ReadonlySet<string> = new Set(['working', 'day', 'days', 'week', 'weeks', 'month', 'months']);
const RULE_KINDS: ReadonlySet<string> = new Set(['timescale', 'review-point', 'decision-point']);
const OCCURRENCES: ReadonlySet<string> = new Set(['first', 'last', 'each']);

interface Request {
  source: string;
  offset: number;
  assist: CompletionContext;
  cursor: SourcePosition;
  replaceRange: SourceRange;
  readonly view: ServiceView;
  context: LanguageServiceContext;
}

export function completionsAt(source: string, offset: number, context: LanguageServiceContext): CompletionItem[] {
  try {
    const assist = completionContextAt(source, offset);
    const slots = nameSlots(assist);
    if (slots.length === 0 && assist.keywords.length === 0) return [];
    const cursor = positionAt(source, offset);
    const start = assist.prefixRange ?? { line: cursor.line, column: cursor.column };
    const replaceRange = { line: start.line, column: start.column, endLine: cursor.line, endColumn: cursor.column };
    let view: ServiceView | undefined;
    const request: Request = {
      source,
      offset,
      assist,
      cursor,
      replaceRange,
      context,
      // Parsed only where a name may stand: keywords alone need no declarations.
      get view() {
        view ??= serviceView(source, context);
        return view;
      },
    };
    const names = slots.flatMap((slot) => slotItems(slot, request));
    const keywordsStand = !(OCCURRENCES.has(assist.previousImage ?? '') && slots.some((slot) => slot.kind === 'event'));
    return dedupe([...names, ...(keywordsStand ? keywordItems(request) : [])]);
  } catch {
    return [];
  }
}

function dedupe(items: CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}:${item.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function keywordItems(request: Request): CompletionItem[] {
  const { assist, replaceRange } = request;
  const items: CompletionItem[] = [];
  const one = assist.previousImage === '1';
  for (const keyword of assist.keywords) {
    const unit = UNIT_WORDS.has(keyword);
    const label = keyword === 'working' ? (one ? 'working day' : 'working days') : keyword;
    const help = keywordHelp(keyword);
    items.push({ label, kind: unit ? 'unit' : 'keyword', insertText: label, replaceRange, ...(help === undefined ? {} : { detail: help }) });
  }
  return items;
}

function nameItem(declaration: Declaration, request: Request): CompletionItem {
  const text = declaration.kind === 'rule' ? [declaration.detail, declaration.text].filter(Boolean).join(': ') : declaration.text;
  return {
    label: declaration.id,
    kind: declaration.kind,
    ...(text === undefined || text === '' ? {} : { detail: text }),
    documentation: declaredWhere(declaration),
    insertText: declaration.id,
    replaceRange: request.replaceRange,
  };
}

/** Not the declaration the position is in (the name being typed there is not a name to offer). */
function notAtCursor(request: Request) {
  return (declaration: Declaration) => !(declaration.own && declaration.range !== undefined && rangeContains(declaration.range, request.cursor));
}

function slotItems(slot: NameSlot, request: Request): CompletionItem[] {
  const { index } = request.view;
  const items = (declarations: Declaration[]) => declarations.filter(notAtCursor(request)).map((declaration) => nameItem(declaration, request));
  if (slot.kind === 'enum-value') return enumValueItems(request);
  if (slot.kind === 'policy') return slot.declares ? [] : basePolicyItems(request);
  if (slot.kind === 'attribute') {
    if (slot.declares) return [];
    const event = eventOfFilter(tokensBefore(request.source, request.offset));
    return items(event === undefined ? index.names('attribute') : index.attributesOf(event));
  }
  if (slot.kind === 'rule') return items(baseRules(slot, request));
  if (slot.kind === 'calendar' && request.assist.previousImage === 'extends') {
    const before = tokensBefore(request.source, request.offset);
    const extending = before[before.length - 2]?.image;
    return items(index.names('calendar').filter((declaration) => declaration.id !== extending));
  }
  if (!slot.declares) return items(index.names(slot.kind));
  if (slot.kind === 'calendar' || slot.kind === 'escalation' || slot.kind === 'thresholds') {
    const ownIds = new Set(index.all.filter((declaration) => declaration.own && declaration.kind === slot.kind).map((declaration) => declaration.id));
    return items(index.names(slot.kind).filter((declaration) => !declaration.own && !ownIds.has(declaration.id)));
  }
  return [];
}

/**
 * The rules of the bases, of the kind written before the name: those the text does not override yet
 * (to override), or those that are not statutory (to remove).
 */
function baseRules(slot: NameSlot, request: Request): Declaration[] {
  const { index } = request.view;
  const kind = request.assist.previousImage ?? '';
  const overridden = new Set(index.all.filter((declaration) => declaration.own && declaration.kind === 'rule').filter(notAtCursor(request)).map((declaration) => declaration.id));
  return index.names('rule').filter((declaration) => {
    if (declaration.own || overridden.has(declaration.id)) return false;
    if (RULE_KINDS.has(kind) && declaration.detail !== kind) return false;
    return slot.declares || mergeRuleLayers(ruleLayers(index, declaration.id))?.statutory !== true;
  });
}

function basePolicyItems(request: Request): CompletionItem[] {
  const ownId = request.view.draft.ir.id;
  const seen = new Set<string>();
  return request.context.documents.flatMap((document) => {
    const id = document.ir.id;
    if (id === '' || id === ownId || seen.has(id)) return [];
    seen.add(id);
    return [
      {
        label: id,
        kind: 'policy' as const,
        ...(document.ir.title === undefined ? {} : { detail: document.ir.title }),
        documentation: `Declared in ${markdownCode(document.file)}.`,
        insertText: id,
        replaceRange: request.replaceRange,
      },
    ];
  });
}

function enumValueItems(request: Request): CompletionItem[] {
  const { index } = request.view;
  const before = tokensBefore(request.source, request.offset);
  const name = comparedName(before);
  if (name === undefined) return [];
  const event = eventOfFilter(before);
  const typed =
    (event === undefined ? undefined : index.attributesOf(event).find((attribute) => attribute.id === name)) ??
    index.find('fact', name) ??
    index.find('attribute', name);
  const type: AttributeType | undefined = typed?.type;
  if (type?.kind !== 'enum') return [];
  return type.values.map((value) => ({
    label: value,
    kind: 'enum-value' as const,
    detail: `a value of ${name}`,
    documentation: `One of the values of ${markdownCode(name)}: ${escapeMarkdown(type.values.join(', '))}.`,
    insertText: value,
    replaceRange: request.replaceRange,
  }));
}
