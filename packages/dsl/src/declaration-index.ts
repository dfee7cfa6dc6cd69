/**
 * Every name a policy can use, with where it is declared: the policy's own declarations, then those of
 * the policies it extends, nearest first. Completion, hover and go to definition read it.
 */
import type { AttributeType, PolicyIR } from './ir.js';
import { typeText } from './message-text.js';
import type { PolicyDocument } from './policy-document.js';
import type { SourceRange } from './source-range.js';

export type DeclaredNameKind = 'policy' | 'event' | 'attribute' | 'fact' | 'calendar' | 'rule' | 'escalation' | 'thresholds';

export interface Declaration {
  kind: DeclaredNameKind;
  id: string;
  /** The description or the title, as the policy gives it. */
  text?: string;
  /** For a rule: its kind (`timescale`, ...); for an attribute: the id of its event. */
  detail?: string;
  /** For an attribute or a fact: its type. */
  type?: AttributeType;
  range?: SourceRange;
  /** The document that declares it. */
  document: PolicyDocument;
  /** True for the declarations of the policy the index was built for (not of a base). */
  own: boolean;
}

export class DeclarationIndex {
  /** Declarations: the policy's own first, then its base's, and so on. */
  readonly all: readonly Declaration[];

  /** @param chain the policy, then the policy it extends, and so on (see `policyChainOf`). */
  constructor(readonly chain: readonly PolicyDocument[]) {
    this.all = chain.flatMap((document, index) => declarationsOf(document, index === 0));
  }

  /** The nearest declaration of a name of that kind (the policy's own when it has one). */
  find(kind: DeclaredNameKind, id: string): Declaration | undefined {
    return this.all.find((declaration) => declaration.kind === kind && declaration.id === id);
  }

  /** Every declaration of a name of that kind, nearest first (an overridden rule is declared twice). */
  findAll(kind: DeclaredNameKind, id: string): Declaration[] {
    return this.all.filter((declaration) => declaration.kind === kind && declaration.id === id);
  }

  /** One declaration per name of that kind, nearest first. */
  names(kind: DeclaredNameKind): Declaration[] {
    const seen = new Set<string>();
    return this.all.filter((declaration) => {
      if (declaration.kind !== kind || seen.has(declaration.id)) return false;
      seen.add(declaration.id);
      return true;
    });
  }

  /** The attributes of an event, from its nearest declaration. */
  attributesOf(event: string): Declaration[] {
    const declaration = this.find('event', event);
    if (declaration === undefined) return [];
    return this.all.filter((candidate) => candidate.kind === 'attribute' && candidate.detail === event && candidate.document === declaration.document);
  }
}

/**
 * The policy, then the policy it extends, and so on, found among `documents` by id (stops at a missing
 * base or a cycle). A document with the policy's own id is never its base: the policy shadows it.
 */
export function policyChainOf(policy: PolicyDocument, documents: readonly PolicyDocument[]): PolicyDocument[] {
  const byId = new Map<string, PolicyDocument>();
  for (const document of documents) if (!byId.has(document.ir.id)) byId.set(document.ir.id, document);
  const chain = [policy];
  const seen = new Set([policy.ir.id]);
  for (let base = policy.ir.extends; base !== undefined && !seen.has(base); ) {
    const document = byId.get(base);
    if (document === undefined) break;
    chain.push(document);
    seen.add(base);
    base = document.ir.extends;
  }
  return chain;
}

function declarationsOf(document: PolicyDocument, own: boolean): Declaration[] {
  const ir: PolicyIR = document.ir;
  const out: Declaration[] = [];
  const add = (declaration: Omit<Declaration, 'document' | 'own'>) => out.push({ ...declaration, document, own });
  if (ir.id !== '') add({ kind: 'policy', id: ir.id, ...opt('text', ir.title), ...opt('range', ir.loc) });
  for (const event of ir.events) {
    add({ kind: 'event', id: event.id, ...opt('text', event.description), ...opt('range', event.loc) });
    for (const attribute of event.attributes) {
      add({ kind: 'attribute', id: attribute.name, detail: event.id, text: typeText(attribute.type), type: attribute.type, ...opt('range', attribute.loc) });
    }
  }
  for (const fact of ir.facts) {
    add({ kind: 'fact', id: fact.id, ...opt('text', fact.description), detail: typeText(fact.type), type: fact.type, ...opt('range', fact.loc) });
  }
  for (const calendar of ir.calendars) add({ kind: 'calendar', id: calendar.id, ...opt('text', calendar.title), ...opt('range', calendar.loc) });
  for (const rule of ir.rules) add({ kind: 'rule', id: rule.id, detail: rule.kind, ...opt('text', rule.title), ...opt('range', rule.loc) });
  for (const ladder of ir.escalations) add({ kind: 'escalation', id: ladder.id, ...opt('text', ladder.title), ...opt('range', ladder.loc) });
  for (const thresholds of ir.thresholds) add({ kind: 'thresholds', id: thresholds.id, ...opt('text', thresholds.title), ...opt('range', thresholds.loc) });
  return out;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
