/**
 * Every name a draft can use, with where it is declared: the draft's own declarations, then those of
 * the policies it extends (the baseline), nearest first. Completion, hover and go to definition read it.
 */
import type { SourceRange } from '@wt/dsl';
import type { ParsedPolicy } from './policy-source.js';

export type DeclarationKind = 'policy' | 'event' | 'fact' | 'calendar' | 'rule' | 'escalation' | 'thresholds' | 'attribute';

export interface Declaration {
  kind: DeclarationKind;
  id: string;
  /** The description, or the title, as the policy gives it. */
  text?: string;
  /** For a rule: timescale, review-point or decision-point; for an attribute: the event's id. */
  detail?: string;
  range?: SourceRange;
  document: ParsedPolicy;
}

export class DeclarationIndex {
  /** Declarations, the draft's first, then its base's, and so on. */
  readonly all: readonly Declaration[];

  constructor(chain: readonly ParsedPolicy[]) {
    this.all = chain.flatMap(declarationsOf);
  }

  /** The nearest declaration of a name of that kind (the draft's own when it has one). */
  find(kind: DeclarationKind, id: string): Declaration | undefined {
    return this.all.find((declaration) => declaration.kind === kind && declaration.id === id);
  }

  /** Every declaration of a name, nearest first (an overridden rule is declared in both draft and base). */
  findAll(id: string): Declaration[] {
    return this.all.filter((declaration) => declaration.id === id);
  }

  /** One declaration per name of that kind, nearest first. */
  names(kind: DeclarationKind): Declaration[] {
    const seen = new Set<string>();
    return this.all.filter((declaration) => {
      if (declaration.kind !== kind || seen.has(declaration.id)) return false;
      seen.add(declaration.id);
      return true;
    });
  }
}

/** The draft, then the policy it extends, and so on (stops at a missing base or a cycle). */
export function policyChain(draft: ParsedPolicy, findPolicy: (id: string) => ParsedPolicy | undefined): ParsedPolicy[] {
  const chain = [draft];
  const seen = new Set([draft.ir.id]);
  let base = draft.ir.extends;
  while (base !== undefined && !seen.has(base)) {
    const document = findPolicy(base);
    if (document === undefined) break;
    chain.push(document);
    seen.add(base);
    base = document.ir.extends;
  }
  return chain;
}

function declarationsOf(document: ParsedPolicy): Declaration[] {
  const { ir } = document;
  const out: Declaration[] = [];
  const add = (declaration: Omit<Declaration, 'document'>) => out.push({ ...declaration, document });
  if (ir.id !== '') add({ kind: 'policy', id: ir.id, ...opt('text', ir.title), ...opt('range', ir.loc) });
  for (const event of ir.events) {
    add({ kind: 'event', id: event.id, ...opt('text', event.description), ...opt('range', event.loc) });
    for (const attribute of event.attributes) {
      add({ kind: 'attribute', id: attribute.name, detail: event.id, text: typeLabel(attribute.type), ...opt('range', attribute.loc) });
    }
  }
  for (const fact of ir.facts) add({ kind: 'fact', id: fact.id, ...opt('text', fact.description), detail: typeLabel(fact.type), ...opt('range', fact.loc) });
  for (const calendar of ir.calendars) add({ kind: 'calendar', id: calendar.id, ...opt('text', calendar.title), ...opt('range', calendar.loc) });
  for (const rule of ir.rules) add({ kind: 'rule', id: rule.id, detail: rule.kind, ...opt('text', rule.title), ...opt('range', rule.loc) });
  for (const ladder of ir.escalations) add({ kind: 'escalation', id: ladder.id, ...opt('text', ladder.title), ...opt('range', ladder.loc) });
  for (const thresholds of ir.thresholds) add({ kind: 'thresholds', id: thresholds.id, ...opt('text', thresholds.title), ...opt('range', thresholds.loc) });
  return out;
}

function typeLabel(type: { kind: string; values?: string[] }): string {
  return type.kind === 'enum' ? `one of (${(type.values ?? []).join(', ')})` : type.kind;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
