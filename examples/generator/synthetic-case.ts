import type { Day } from './synthetic-days.js';

/** A value of an event attribute or a fact, as the generator produces them. */
export type SyntheticValue = string | number | boolean;

/** One event; at most one attribute, which is all that WT2013's events carry. */
export interface SyntheticEvent {
  type: string;
  day: Day;
  attribute?: string;
  value?: SyntheticValue;
}

/** A generated case before it is written out: events in date order, facts as name/value pairs. */
export interface SyntheticCase {
  id: string;
  events: SyntheticEvent[];
  facts: Array<[string, SyntheticValue]>;
}
