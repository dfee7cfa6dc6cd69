/** Days taken grouped into bins for a chart: those within the timescale, then those beyond it. */
import type { DaysCount } from './timeliness-report-types.js';

export interface DayBin {
  /** First and last number of working days in the bin. */
  from: number;
  to: number;
  count: number;
  /** true: within the days allowed; false: beyond them; undefined: no timescale to compare with. */
  withinTimescale: boolean | undefined;
}

const NICE_WIDTHS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
const MAX_BINS = 24;

function binWidth(span: number): number {
  const wanted = Math.ceil(span / MAX_BINS);
  return NICE_WIDTHS.find((width) => width >= wanted) ?? Math.ceil(wanted / 1000) * 1000;
}

function binRange(first: number, last: number, width: number, within: boolean | undefined, counts: readonly DaysCount[]): DayBin[] {
  const bins: DayBin[] = [];
  for (let from = first; from <= last; from += width) {
    const to = Math.min(last, from + width - 1);
    const count = counts.reduce((sum, entry) => (entry.days >= from && entry.days <= to ? sum + entry.count : sum), 0);
    bins.push({ from, to, count, withinTimescale: within });
  }
  return bins;
}

/**
 * Bins of equal width covering 0 to the most days taken (and at least the days allowed); when days
 * allowed are known, one run of bins ends exactly at them and the next starts just after, so that no
 * bin mixes the on-time and the late. Values below 0 (a completion before the start never counts) do
 * not occur.
 */
export function dayBins(counts: readonly DaysCount[], allowed: number | null): DayBin[] {
  const most = counts.length === 0 ? 0 : counts[counts.length - 1]!.days;
  const limit = allowed === null ? null : Math.floor(allowed);
  const last = Math.max(most, limit ?? 0, 0);
  const width = binWidth(last + 1);
  if (limit === null) return binRange(0, last, width, undefined, counts);
  const bins = binRange(0, limit, width, true, counts);
  if (last > limit) bins.push(...binRange(limit + 1, last, width, false, counts));
  return bins;
}

export function binLabel(bin: DayBin): string {
  return bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`;
}
