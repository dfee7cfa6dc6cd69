/**
 * Facts for the local threshold documents (policies/local): a needs score, whether there is cause to
 * suspect significant harm, disability, the CIN census primary need code and age. Drawn so that they
 * agree with the case's path: children in section 47 enquiries mostly have significant harm and
 * high needs; referrals closed at the front door mostly have low needs.
 */
import { CASELOAD_RATES as RATES } from './caseload-rates.js';
import type { JourneyKind } from './case-journey.js';
import type { SeededRandom } from './seeded-random.js';
import type { SyntheticValue } from './synthetic-case.js';

const PRIMARY_NEEDS = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9'];
/** Abuse or neglect (N1) is by far the most common primary need; then family stress and dysfunction. */
const PRIMARY_NEED_WEIGHTS = [55, 9, 4, 10, 11, 2, 1, 2, 6];
const AGE_BANDS: ReadonlyArray<readonly [number, number]> = [[0, 0], [1, 4], [5, 9], [10, 15], [16, 17]];
const AGE_BAND_WEIGHTS = [6, 21, 28, 34, 11];

export function caseFacts(random: SeededRandom, kind: JourneyKind): Array<[string, SyntheticValue]> {
  if (kind === 'allegation') return [];
  const protection = kind === 'section-47' || kind === 'transfer-in';
  const needsScore = protection ? random.int(5, 10) : kind === 'assessment' ? random.int(2, 8) : random.int(0, 4);
  const significantHarm = protection ? random.chance(0.9) : random.chance(0.03);
  const [youngest, oldest] = random.weighted(AGE_BANDS, AGE_BAND_WEIGHTS);
  const facts: Array<[string, SyntheticValue]> = [
    ['needs-score', needsScore],
    ['significant-harm', significantHarm],
    ['disabled', random.chance(0.07)],
    ['primary-need', random.weighted(PRIMARY_NEEDS, PRIMARY_NEED_WEIGHTS)],
    ['age', random.int(youngest, oldest)],
  ];
  if (random.chance(RATES.missingFact)) facts.splice(random.int(0, facts.length - 1), 1);
  return facts;
}
