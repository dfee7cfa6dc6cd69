/**
 * "Did you mean …?" suggestions for misspelt names, by Damerau–Levenshtein distance (optimal string
 * alignment: insertions, deletions, substitutions and swaps of two neighbouring letters each cost 1).
 */

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let i = 0; i < rows; i++) d[i]![0] = i;
  for (let j = 0; j < columns; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate nearest to `name`, when it is near enough to be a likely typo (ties: alphabetical). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    // The distance is at least the difference in length: skip the work (a name may be megabytes long).
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance > limit) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** "did you mean `assessment-complete`?", or undefined when no candidate is close. */
export function didYouMeanHint(name: string, candidates: Iterable<string>): string | undefined {
  const closest = closestName(name, candidates);
  return closest === undefined ? undefined : `did you mean \`${closest}\`?`;
}

/** "known calendars: a, b", for a hint when no name is close. */
export function knownNamesHint(what: string, names: Iterable<string>): string {
  const list = [...names].sort();
  return list.length === 0 ? `no ${what} are declared` : `known ${what}: ${list.join(', ')}`;
}

/** The closest name as a hint, else the list of known names. */
export function nameHint(name: string, what: string, names: Iterable<string>): string {
  const candidates = [...names];
  return didYouMeanHint(name, candidates) ?? knownNamesHint(what, candidates);
}
