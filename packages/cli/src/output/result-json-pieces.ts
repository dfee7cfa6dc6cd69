/**
 * Pieces of the JSON of results that repeat from case to case, worked out once: the JSON of repeated
 * strings (rule ids, versions, labels), the start of each rule's obligations, the status fields.
 * Shared by `resultJson` (a string) and `writeResultJson` (bytes), so that both write the same text.
 */
import type { ObligationResult } from '@wt/engine';

const policyTexts = new WeakMap<object, string>();

/** Rule ids, kinds, titles, statuses and versions repeat from case to case: their JSON is kept. */
const repeated = new Map<string, string>();
const MAX_REPEATED = 10_000;

export function text(value: string): string {
  return JSON.stringify(value);
}

export function repeatedText(value: string): string {
  let json = repeated.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    if (repeated.size < MAX_REPEATED) repeated.set(value, json);
  }
  return json;
}

/** The JSON of a result's `policy`: one object shared by every result of a run. */
export function policyText(policy: object): string {
  let json = policyTexts.get(policy);
  if (json === undefined) {
    json = JSON.stringify(policy);
    policyTexts.set(policy, json);
  }
  return json;
}

/** `{"rule":…,"kind":…,"title":…,"start":` of a rule: the same for every obligation of the rule. */
interface RuleHead {
  readonly kind: string;
  readonly title: string;
  readonly json: string;
}
const ruleHeads = new Map<string, RuleHead>();

export function ruleHead(o: ObligationResult): string {
  const known = ruleHeads.get(o.rule);
  if (known !== undefined && known.kind === o.kind && known.title === o.title) return known.json;
  const json = `{"rule":${text(o.rule)},"kind":${text(o.kind)},"title":${text(o.title)},"start":`;
  if (ruleHeads.size < MAX_REPEATED) ruleHeads.set(o.rule, { kind: o.kind, title: o.title, json });
  return json;
}

const STATUS_JSON: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  met: ',"status":"met","lateBy":',
  late: ',"status":"late","lateBy":',
  open: ',"status":"open","lateBy":',
  'due-soon': ',"status":"due-soon","lateBy":',
  overdue: ',"status":"overdue","lateBy":',
  cancelled: ',"status":"cancelled","lateBy":',
});

/** `,"status":"met","lateBy":` */
export function statusPiece(status: string): string {
  return STATUS_JSON[status] ?? `,"status":${text(status)},"lateBy":`;
}

export const PROVISIONAL_TRUE = ',"provisional":true,"version":';
export const PROVISIONAL_FALSE = ',"provisional":false,"version":';
