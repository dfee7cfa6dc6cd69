import type { AnchorWhich, DurationIR, EventMatchIR, ResolvedRule } from '@wt/dsl';

/** A compiled `where` filter: true when the event's attributes match (unknown counts as no match). */
export type EventTest = (attributes: Readonly<Record<string, unknown>>) => boolean;

/** `strategy-discussion where s47 = true`, compiled. */
export interface CompiledMatch {
  readonly event: string;
  /** Absent when the match has no `where` filter: every event of the type matches. */
  readonly test: EventTest | undefined;
  readonly source: EventMatchIR;
  /** The filter in English ("s47 is true"), for explanations; absent without a filter. */
  readonly filterText: string | undefined;
  /** The policy's numbering of event types (see `CaseSchemaInfo.eventTypeIds`) and this type's number. */
  readonly typeIds: ReadonlyMap<string, number>;
  readonly typeId: number;
}

/** `first X where … otherwise last Y`: one alternative and the next to try when it matches nothing. */
export interface CompiledAnchor {
  readonly which: AnchorWhich;
  readonly match: CompiledMatch;
  readonly fallback: CompiledAnchor | undefined;
  /** 0 for the primary anchor, 1 for its `otherwise`, and so on. */
  readonly depth: number;
}

export interface CompiledRule {
  readonly rule: ResolvedRule;
  readonly anchor: CompiledAnchor;
  readonly requires: CompiledMatch;
  readonly within: DurationIR;
  readonly stateFrom: CompiledMatch | undefined;
  readonly stateTo: CompiledMatch | undefined;
  readonly unless: readonly CompiledMatch[];
}
