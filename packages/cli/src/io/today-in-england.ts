/**
 * Today's date in England (Europe/London), `YYYY-MM-DD`: the only place wt reads the clock, to
 * default `--as-of`; the commands that use it say so on stderr (`as of 2024-06-03 (today)`). The
 * machine's own time zone and locale do not matter.
 */
export function todayInEngland(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
