import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/cin/cin-episode-case.js';
import { censusReturn, child, located, readCensus } from './census-xml.js';

// Lines: 1–7 header, 8 <Child>, 9 identifiers, 10 characteristics, then the CINdetails lines.
const fullEpisode = [
  '<CINdetails>', // 11
  '<CINreferralDate>2023-05-02</CINreferralDate>', // 12
  '<ReferralSource>3A</ReferralSource>',
  '<PrimaryNeedCode>N1</PrimaryNeedCode>',
  '<CINclosureDate>2024-01-31</CINclosureDate>', // 15
  '<ReasonForClosure>RC8</ReasonForClosure>',
  '<Assessments><AssessmentActualStartDate>2023-05-03</AssessmentActualStartDate><AssessmentInternalReviewDate>2023-05-20</AssessmentInternalReviewDate>' +
    '<AssessmentAuthorisationDate>2023-06-20</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>',
  '<CINPlanDates><CINPlanStartDate>2023-06-21</CINPlanStartDate><CINPlanEndDate>2023-07-10</CINPlanEndDate></CINPlanDates>',
  '<Section47><S47ActualStartDate>2023-07-03</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>',
  '<Section47><S47ActualStartDate>2023-07-11</S47ActualStartDate><InitialCPCtarget>2023-08-01</InitialCPCtarget><DateOfInitialCPC>2023-07-31</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>',
  '<ReferralNFA>false</ReferralNFA>',
  '<ChildProtectionPlans><CPPstartDate>2023-07-31</CPPstartDate><CPPendDate>2024-01-31</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>' +
    '<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP><Reviews><CPPreviewDate>2023-10-30</CPPreviewDate>' +
    '<CPPreviewDate>2024-01-31</CPPreviewDate></Reviews></ChildProtectionPlans>',
  '<PreProceedingsandFGDM><PPStartDate>2023-09-01</PPStartDate><FGDMMeetingOffer>1</FGDMMeetingOffer><CourtAppDate>2023-12-01</CourtAppDate></PreProceedingsandFGDM>',
  '</CINdetails>',
].join('\n');

const nfaEpisode = [
  '<CINdetails>',
  '<CINreferralDate>2024-02-05</CINreferralDate>',
  '<ReferralSource>6</ReferralSource>',
  '<PrimaryNeedCode>N0</PrimaryNeedCode>',
  '<ReferralNFA>1</ReferralNFA>',
  '</CINdetails>',
].join('\n');

describe('CinReader: one case per episode', () => {
  const read = readCensus(censusReturn(child('LA-7', [fullEpisode, nfaEpisode], '<PersonBirthDate>2015-05-03</PersonBirthDate><Sex>2</Sex>')));

  it('names each episode <LAchildID>/<n> and keeps the child id', () => {
    expect(read.episodes.map((episode) => [episode.caseId, episode.value?.child, episode.line])).toEqual([
      ['LA-7/1', 'LA-7', 11],
      ['LA-7/2', 'LA-7', 25],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.reader.referenceDate).toBe('2024-03-31');
  });

  it('turns the dates into events named as WT2013 and the census policy name them, in the order of a day', () => {
    expect(read.episodes[0]!.value!.events).toEqual([
      { type: 'referral', date: '2023-05-02' },
      { type: 'assessment-start', date: '2023-05-03' },
      { type: 'assessment-review', date: '2023-05-20' },
      { type: 'assessment-complete', date: '2023-06-20' },
      { type: 'cin-plan-start', date: '2023-06-21' },
      { type: 'cin-plan-end', date: '2023-07-10' },
      { type: 's47-start', date: '2023-07-03' },
      // ICPCnotRequired = true: dated at the start of its own enquiry.
      { type: 'icpc-not-required', date: '2023-07-03' },
      { type: 's47-start', date: '2023-07-11', 'icpc-target': '2023-08-01' },
      { type: 'icpc', date: '2023-07-31' },
      { type: 'plan-start', date: '2023-07-31' },
      { type: 'review-conference', date: '2023-10-30' },
      // The review that ends the plan comes before the plan's end on the same day.
      { type: 'review-conference', date: '2024-01-31' },
      { type: 'plan-end', date: '2024-01-31' },
      { type: 'pre-proceedings-start', date: '2023-09-01' },
      { type: 'court-application', date: '2023-12-01' },
      // RC8, closed after assessment with no further action: WT2013's outcome `nfa`.
      { type: 'referral-closed', date: '2024-01-31', outcome: 'nfa' },
    ]);
  });

  it('turns the codes into facts', () => {
    // Born 2015-05-03, referred 2023-05-02: the day before the 8th birthday, so 7.
    expect(read.episodes[0]!.value!.facts).toEqual({
      'referral-source': '3A',
      'primary-need': 'N1',
      'referral-nfa': false,
      'closure-reason': 'RC8',
      'initial-category-of-abuse': 'NEG',
      'latest-category-of-abuse': 'EMO',
      'previous-plans': 1,
      age: 7,
    });
  });

  it('closes a no-further-action referral on its own date when it has no closure date, and reads N0 as no primary need', () => {
    expect(read.episodes[1]!.value).toEqual({
      id: 'LA-7/2',
      child: 'LA-7',
      events: [
        { type: 'referral', date: '2024-02-05' },
        { type: 'referral-closed', date: '2024-02-05', outcome: 'nfa' },
      ],
      facts: { 'referral-source': '6', 'referral-nfa': true, age: 8 },
    });
  });

  it('counts children, episodes and events', () => {
    expect(read.reader.counts.toJSON()).toEqual({ children: 1, episodes: 2, cases: 2, rejected: 0, events: 19, errors: 0, warnings: 0 });
  });
});

describe('ageOn', () => {
  it('counts birthdays passed; a 29 February birthday falls on 1 March in other years', () => {
    expect(ageOn('2016-02-29', '2024-02-28')).toBe(7);
    expect(ageOn('2016-02-29', '2024-02-29')).toBe(8);
    expect(ageOn('2016-02-29', '2023-02-28')).toBe(6);
    expect(ageOn('2016-02-29', '2023-03-01')).toBe(7);
    expect(ageOn('2024-06-01', '2024-05-01')).toBeUndefined();
  });
});

describe('CinReader: structural errors, located, and the rest still read', () => {
  it('rejects the episode with a malformed date and keeps the child\'s other episodes and the next child', () => {
    const bad = ['<CINdetails>', '<CINreferralDate>2023-02-30</CINreferralDate>', '<ReferralSource>1A</ReferralSource>', '<ReferralNFA>0</ReferralNFA>', '</CINdetails>'].join('\n');
    const good = '<CINdetails><CINreferralDate>2023-03-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>';
    const read = readCensus(censusReturn([child('A', [bad, good]), child('B', [good])].join('\n')));
    // Child A: <Child> line 8, identifiers 9, characteristics 10, <CINdetails> 11, the bad date on 12.
    expect(located(read.problems)).toEqual(['12 error WT743 A']);
    expect(read.problems[0]!.message).toBe('CINreferralDate is not a date (YYYY-MM-DD)');
    expect(read.episodes.map((episode) => [episode.caseId, episode.value === undefined ? 'rejected' : 'case'])).toEqual([
      ['A/1', 'rejected'],
      ['A/2', 'case'],
      ['B/1', 'case'],
    ]);
    expect(read.reader.counts.toJSON()).toMatchObject({ children: 2, episodes: 3, cases: 2, rejected: 1, errors: 1 });
  });

  it('reports an unknown element and skips what is inside it', () => {
    const details = ['<CINdetails>', '<CINreferralDate>2023-03-01</CINreferralDate>', '<Strategy>', '<StrategyDate>2023-03-02</StrategyDate>', '</Strategy>', '<ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA>', '</CINdetails>'].join('\n');
    const read = readCensus(censusReturn(child('A', [details])));
    expect(located(read.problems)).toEqual(['13 error WT741 A']);
    expect(read.problems[0]!.message).toBe('<Strategy> is not an element of the census inside <CINdetails>');
    expect(read.episodes[0]!.value).toBeUndefined();
  });

  it('reports a missing required date at its module', () => {
    const details = ['<CINdetails>', '<CINreferralDate>2023-03-01</CINreferralDate><ReferralSource>1A</ReferralSource>', '<Section47>', '<ICPCnotRequired>false</ICPCnotRequired>', '</Section47>', '<ReferralNFA>0</ReferralNFA>', '</CINdetails>'].join('\n');
    const read = readCensus(censusReturn(child('A', [details])));
    expect(located(read.problems)).toEqual(['13 error WT742 A']);
    expect(read.problems[0]!.message).toBe('a Section47 module has no S47ActualStartDate');
  });

  it('reports an episode without a referral date, and an empty one', () => {
    const none = '<CINdetails><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>';
    const empty = '<CINdetails><CINreferralDate/><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>';
    const read = readCensus(censusReturn(child('A', [none, empty])));
    expect(located(read.problems)).toEqual(['11 error WT742 A', '12 error WT742 A']);
    expect(read.problems.map((problem) => problem.message)).toEqual(['episode 1 (CINdetails) has no CINreferralDate', 'CINreferralDate is empty']);
  });

  it('rejects the episodes of a child with no LAchildID, and loses only the age to a malformed birth date', () => {
    const details = '<CINdetails><CINreferralDate>2023-03-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>';
    const noId = '<Child>\n<ChildIdentifiers><Sex>1</Sex></ChildIdentifiers>\n<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>\n' + details + '\n</Child>';
    const read = readCensus(censusReturn([noId, child('B', [details], '<PersonBirthDate>2015-13-01</PersonBirthDate>')].join('\n')));
    // The first child: lines 8–12 (its CINdetails on 11); the second starts on 13, identifiers on 14.
    expect(located(read.problems)).toEqual(['11 error WT744 -', '14 error WT743 B']);
    expect(read.episodes.map((episode) => episode.value?.id ?? 'rejected')).toEqual(['rejected', 'B/1']);
    expect(read.episodes[1]!.value!.facts).toEqual({ 'referral-source': '1A', 'referral-nfa': false });
  });

  it('warns, and keeps the episode, for stray text, unknown codes and dates out of order', () => {
    const details = [
      '<CINdetails>',
      '<CINreferralDate>2023-03-01</CINreferralDate>',
      '<ReferralSource>ZZ</ReferralSource>',
      '<Assessments><AssessmentActualStartDate>2023-02-01</AssessmentActualStartDate></Assessments>',
      '<ReferralNFA>maybe</ReferralNFA>',
      '</CINdetails>',
    ].join('\n');
    const read = readCensus(censusReturn(child('A', [details], '<UPNunknown>UN1</UPNunknown>PersonBirthDate\n<Sex>1</Sex>')));
    // The stray text adds a line to the identifiers (9–10), so <CINdetails> is on 12 and ReferralSource on 14.
    expect(located(read.problems)).toEqual(['9 warning WT745 A', '14 warning WT746 A', '15 warning WT748 A', '16 warning WT746 A']);
    expect(read.episodes[0]!.value!.events.map((event) => event.type)).toEqual(['referral', 'assessment-start']);
  });

  it('says so at its line when a file is not XML, and reads nothing after the end of the return', () => {
    const notXml = readCensus('\n\nLAchildID,CINreferralDate\n');
    expect(located(notXml.problems)).toEqual(['3 error WT740 -']);
    expect(notXml.problems[0]!.message).toBe('this is not XML: a census return starts with <');
    const trailing = readCensus(`${censusReturn(child('A', [nfaEpisode]))}<Message><Children/></Message> and text`);
    expect(trailing.problems).toEqual([]);
    expect(trailing.episodes.map((episode) => episode.caseId)).toEqual(['A/1']);
  });

  it('says so when the root element is not a census return, or the file is empty', () => {
    expect(located(readCensus('<Workforce><Child/></Workforce>').problems)).toEqual(['1 error WT741 -']);
    expect(located(readCensus('').problems)).toEqual(['1 error WT740 -']);
  });

  it('rejects the episode a file ends in, keeping what came before', () => {
    const text = censusReturn(child('A', ['<CINdetails><CINreferralDate>2023-03-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>', '<CINdetails>\n<CINreferralDate>2023-04-01</CINreferralDate>']));
    const read = readCensus(text.slice(0, text.indexOf('2023-04-01') + 20));
    expect(read.episodes.map((episode) => episode.value?.id ?? 'rejected')).toEqual(['A/1', 'rejected']);
    // The text stops inside line 13 (<CINreferralDate> of the second episode, which opened on 12).
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    expect(located(errors)).toEqual(['13 error WT740 A']);
    expect(errors[0]!.message).toBe('the file ends before its elements are closed (is it cut short?)');
  });

  it('reads a file that is not well-formed XML up to its first XML error', () => {
    const good = '<CINdetails><CINreferralDate>2023-03-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>';
    const read = readCensus(censusReturn([child('A', [good]), child('B', ['<CINdetails>\n<CINreferralDate>2023-03-01</ReferralSource>\n</CINdetails>']), child('C', [good])].join('\n')));
    // A: lines 8–12; B: <Child> 13, <CINdetails> 16, the mismatched closing tag on 17.
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    expect(located(errors)).toEqual(['17 error WT740 B']);
    expect(errors[0]!.message).toBe('not well-formed XML (unexpected close tag): the rest of the file is not read');
    expect(read.episodes.map((episode) => episode.value?.id ?? 'rejected')).toEqual(['A/1', 'rejected']);
  });

  it('never expands an entity a document declares', () => {
    const plain = censusReturn(child('A', ['<CINdetails><CINreferralDate>&big;</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>']));
    const text = plain.replace('\n', '\n<!DOCTYPE Message [<!ENTITY big "2023-03-01">]>\n');
    const read = readCensus(text);
    expect(read.episodes.map((episode) => episode.value)).toEqual([undefined]);
    expect(read.problems.map((problem) => [problem.code, problem.message])).toEqual([['WT740', 'not well-formed XML (undefined entity): the rest of the file is not read']]);
  });
});

describe('CinReader: streaming', () => {
  const text = censusReturn(
    [child('A', [fullEpisode]), child('B', [nfaEpisode]), child('C', [nfaEpisode, fullEpisode])].join('\n'),
  );
  const whole = readCensus(text);

  it('gives the same cases however the text is cut into chunks (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        const pieces = points.slice(1).map((end, index) => text.slice(points[index], end));
        expect(readCensus(text, pieces).items).toEqual(whole.items);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each episode out as soon as it is read, before the end of the input', () => {
    const reader = readCensus('').reader.constructor as new () => import('../../src/cin/cin-reader.js').CinReader;
    const streaming = new reader();
    const firstChildEnd = text.indexOf('</Child>') + '</Child>'.length;
    const early = streaming.push(text.slice(0, firstChildEnd));
    expect(early.map((item) => (item.kind === 'episode' ? item.caseId : item.kind))).toEqual(['A/1']);
  });
});

describe('CinReader: fuzz', () => {
  const text = censusReturn([child('A', [fullEpisode, nfaEpisode]), child('B', [fullEpisode])].join('\n'));

  it('never throws on a truncated return, and accounts for every episode it saw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (end) => {
        const read = readCensus(text.slice(0, end));
        const counts = read.reader.counts;
        expect(counts.cases + counts.rejected).toBe(counts.episodes);
        expect(read.episodes).toHaveLength(counts.episodes);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a mutated return', () => {
    const alphabet = ['<', '>', '/', '&', '"', '=', 'a', '\u0000', '\uFFFF', ']]>', '<!--', '<![CDATA[', '2023-13-45', '\n'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: 30 }), fc.constantFrom(...alphabet)), { minLength: 1, maxLength: 6 }),
        (mutations) => {
          let mutated = text;
          for (const [at, remove, insert] of mutations) mutated = mutated.slice(0, at) + insert + mutated.slice(Math.min(mutated.length, at + remove));
          const read = readCensus(mutated);
          for (const problem of read.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.message).not.toContain('2023-13-45');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
