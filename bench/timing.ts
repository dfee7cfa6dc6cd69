/** Timing helpers shared by the benchmark programs. Nothing here fails on a time. */

/**
 * Operations per second of `operation` over about `budgetMs`, after a short warm-up, run in batches so
 * that reading the timer costs little. `operation` returns a number, summed so the work is not dropped.
 */
export function opsPerSecond(budgetMs: number, operation: (round: number) => number, batch = 1000): number {
  let sink = 0;
  const warmUntil = performance.now() + Math.min(200, budgetMs / 4);
  for (let round = 0; performance.now() < warmUntil; ) for (let end = round + batch; round < end; round++) sink += operation(round);
  let operations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let end = operations + batch; operations < end; operations++) sink += operation(operations);
    elapsed = performance.now() - started;
  }
  if (sink === -1) console.log('unreachable');
  return (operations * 1000) / elapsed;
}

/** The best rate of several timed passes over the items (the machine is shared: the best pass is the truest). */
export function bestRate<T>(items: readonly T[], passes: number, run: (item: T, index: number) => number): number {
  let best = 0;
  let sink = 0;
  for (let pass = 0; pass < passes; pass++) {
    const started = performance.now();
    for (let index = 0; index < items.length; index++) sink += run(items[index]!, index);
    best = Math.max(best, (items.length * 1000) / (performance.now() - started));
  }
  if (sink === -1) console.log('unreachable');
  return best;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
