/**
 * A synthetic census return made in the test from a seed (no real or sample data): episodes with
 * assessments, section 47 enquiries, conferences, plans and reviews, written as census XML, and the
 * same episodes as plain objects for the test to recompute figures from.
 */
import { addCalendarDays } from './independent-days.js';

export interface SyntheticEpisode {
  child: string;
  referral: string;
  nfa: boolean;
  closure?: string;
  closureReason?: string;
  assessment?: { start: string; authorised?: string };
  s47?: { start: string; icpc?: string; notRequired: boolean };
  plan?: { start: string; end?: string; reviews: string[] };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Episodes with referrals from `from` over `days` days. */
export function syntheticEpisodes(seed: number, count: number, from: string, days: number): SyntheticEpisode[] {
  const next = random(seed);
  const within = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const episodes: SyntheticEpisode[] = [];
  for (let index = 0; index < count; index++) {
    const referral = addCalendarDays(from, within(0, days));
    const episode: SyntheticEpisode = { child: `SYN${String(index).padStart(5, '0')}`, referral, nfa: next() < 0.25 };
    let last = referral;
    if (!episode.nfa) {
      if (next() < 0.7) {
        const start = addCalendarDays(referral, within(0, 4));
        episode.assessment = { start, ...(next() < 0.85 ? { authorised: addCalendarDays(start, within(20, 90)) } : {}) };
        last = episode.assessment.authorised ?? start;
      }
      if (next() < 0.35) {
        const start = addCalendarDays(referral, within(0, 10));
        const held = next() < 0.7;
        episode.s47 = { start, notRequired: !held && next() < 0.5, ...(held ? { icpc: addCalendarDays(start, within(5, 35)) } : {}) };
        if (episode.s47.icpc !== undefined && next() < 0.8) {
          const planStart = episode.s47.icpc;
          const reviews: string[] = [];
          let review = addCalendarDays(planStart, within(60, 110));
          for (let n = 0; n < 3; n++) {
            reviews.push(review);
            review = addCalendarDays(review, within(140, 200));
          }
          const end = next() < 0.5 ? reviews[within(0, 2)] : undefined;
          episode.plan = { start: planStart, reviews: end === undefined ? reviews : reviews.filter((date) => date <= end), ...(end !== undefined ? { end } : {}) };
          last = end ?? reviews[reviews.length - 1]!;
        } else {
          const held47 = episode.s47.icpc ?? start;
          if (held47 > last) last = held47;
        }
      }
      if (next() < 0.4) {
        episode.closure = addCalendarDays(last, within(1, 30));
        episode.closureReason = ['RC1', 'RC5', 'RC7', 'RC8', 'RC9'][within(0, 4)]!;
      }
    } else if (next() < 0.5) {
      episode.closure = referral;
      episode.closureReason = 'RC8';
    }
    episodes.push(episode);
  }
  return episodes;
}

const element = (name: string, value: string | undefined) => (value === undefined ? '' : `<${name}>${value}</${name}>`);

export function censusXml(episodes: readonly SyntheticEpisode[], referenceDate: string): string {
  const children = episodes.map((episode) => {
    const details = [
      element('CINreferralDate', episode.referral),
      element('ReferralSource', '2A'),
      element('PrimaryNeedCode', 'N1'),
      element('CINclosureDate', episode.closure),
      element('ReasonForClosure', episode.closureReason),
      episode.assessment === undefined
        ? ''
        : `<Assessments>${element('AssessmentActualStartDate', episode.assessment.start)}${element('AssessmentAuthorisationDate', episode.assessment.authorised)}</Assessments>`,
      episode.s47 === undefined
        ? ''
        : `<Section47>${element('S47ActualStartDate', episode.s47.start)}${element('DateOfInitialCPC', episode.s47.icpc)}${element('ICPCnotRequired', String(episode.s47.notRequired))}</Section47>`,
      element('ReferralNFA', episode.nfa ? 'true' : 'false'),
      episode.plan === undefined
        ? ''
        : `<ChildProtectionPlans>${element('CPPstartDate', episode.plan.start)}${element('CPPendDate', episode.plan.end)}<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>` +
          `<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews>${episode.plan.reviews.map((date) => element('CPPreviewDate', date)).join('')}</Reviews></ChildProtectionPlans>`,
    ].join('');
    return `<Child><ChildIdentifiers><LAchildID>${episode.child}</LAchildID><GenderCurrent>1</GenderCurrent></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>\n<CINdetails>${details}</CINdetails></Child>`;
  });
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2023</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails></Header>\n<Children>\n${children.join('\n')}\n</Children></Message>\n`;
}
