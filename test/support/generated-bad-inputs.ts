/**
 * The bad inputs that are generated rather than committed: wrong encodings and byte-order marks
 * (bytes an editor would damage), CRLF line ends, and the huge ones (a million events, 5 MB
 * strings, nesting 10,000 deep) that would bloat the repository. Each is built from the corpus's
 * shared policy or from a few lines written here; test/bad-inputs.test.ts writes them into a
 * temporary directory and runs the real CLI on them, like the committed ones.
 */
import { readFileSync } from 'node:fs';
import { convertPolicy } from '@wt/dsl';

export const SHARED_POLICY = readFileSync(new URL('../bad-inputs/shared/policy.wt', import.meta.url), 'utf8');

const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  if (endian === 'be') bytes.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

const crlf = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

const CASES_NDJSON = [
  '{"id":"E-1","events":[{"type":"referral","date":"2024-05-02"},{"type":"decision","date":"2024-05-03"}],"facts":{"needs-score":4}}',
  '{"id":"E-2","events":[{"type":"referral","date":"2024-05-24"}]}',
].join('\n') + '\n';

const CASES_CSV = 'case,event,date,outcome,fact:needs-score\nE-1,referral,2024-05-02,,4\nE-1,decision,2024-05-03,,\nE-2,referral,2024-05-24,,\n';

/** One case with `count` events, alternating referral and decision over 300 days of 2024. */
function manyEvents(count: number): Buffer {
  const parts: string[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const date = new Date(start + (i % 300) * 86_400_000).toISOString().slice(0, 10);
    parts.push(`{"type":"${i % 2 === 0 ? 'referral' : 'decision'}","date":"${date}"}`);
  }
  return Buffer.from(`{"id":"BIG-1","events":[${parts.join(',')}]}\n{"id":"SMALL-1","events":[{"type":"referral","date":"2024-05-02"}]}\n`);
}

function manyRows(count: number): Buffer {
  const rows = ['case,event,date'];
  for (let i = 0; i < count; i++) rows.push(`BIG-1,${i % 2 === 0 ? 'referral' : 'decision'},2024-05-02`);
  rows.push('SMALL-1,referral,2024-05-02');
  return Buffer.from(rows.join('\n') + '\n');
}

function nestedCondition(depth: number): string {
  return `policy nested {\n  effective 2024-04-01\n}\n\nfact needs-score "Needs score" number\n\nthresholds need {\n  level 2 "High" when ${'('.repeat(depth)}needs-score >= 3${')'.repeat(depth)}\n  otherwise level 1 "Low"\n}\n`;
}

export interface GeneratedInput {
  /** What it is, for the corpus's readers. */
  description: string;
  bytes(): Buffer;
}

export const GENERATED_BAD_INPUTS: Readonly<Record<string, GeneratedInput>> = {
  'utf8-bom.wt': { description: 'the shared policy with a UTF-8 byte-order mark (read)', bytes: () => withBom(SHARED_POLICY) },
  'utf16le-bom.wt': { description: 'the shared policy saved as UTF-16, little-endian, with its byte-order mark', bytes: () => utf16(SHARED_POLICY, 'le', true) },
  'utf16be-bom.wt': { description: 'the shared policy saved as UTF-16, big-endian, with its byte-order mark', bytes: () => utf16(SHARED_POLICY, 'be', true) },
  'utf16-without-bom.wt': { description: 'the shared policy saved as UTF-16 without a byte-order mark', bytes: () => utf16(SHARED_POLICY, 'le', false) },
  'latin1.wt': {
    description: 'the shared policy with an accented title, saved as Latin-1',
    bytes: () => Buffer.from(SHARED_POLICY.replace('Tiny test policy', 'Politique de Zoë'), 'latin1'),
  },
  'crlf.wt': { description: 'the shared policy with CRLF line ends (read)', bytes: () => crlf(SHARED_POLICY) },
  'crlf.yaml': { description: 'the shared policy in YAML with CRLF line ends (read)', bytes: () => crlf(convertPolicy(SHARED_POLICY, 'wt', 'yaml').text!) },
  'nested-10000.wt': { description: 'a threshold condition in 10,000 pairs of brackets', bytes: () => Buffer.from(nestedCondition(10_000)) },
  'nested-10000.yaml': {
    description: 'the same condition in the YAML form',
    bytes: () => Buffer.from(convertPolicy(nestedCondition(10), 'wt', 'yaml').text!.replace(/when: .*/, `when: "${'('.repeat(10_000)}needs-score >= 3${')'.repeat(10_000)}"`)),
  },
  'five-mb-title.wt': { description: 'a policy whose title is a 5 MB string (read)', bytes: () => Buffer.from(SHARED_POLICY.replace('Tiny test policy', FIVE_MB)) },
  'five-mb-name.wt': {
    description: 'a rule that requires an event with a 5 MB name',
    bytes: () => Buffer.from(SHARED_POLICY.replace('requires decision within 1 working day', `requires ${FIVE_MB} within 1 working day`)),
  },
  'utf8-bom.ndjson': { description: 'two cases, with a UTF-8 byte-order mark (read)', bytes: () => withBom(CASES_NDJSON) },
  'utf8-bom.csv': { description: 'the same cases as CSV with a UTF-8 byte-order mark, as spreadsheets save it (read)', bytes: () => withBom(CASES_CSV) },
  'utf16le-bom.ndjson': { description: 'the two cases saved as UTF-16 with a byte-order mark', bytes: () => utf16(CASES_NDJSON, 'le', true) },
  'latin1.csv': {
    description: 'CSV saved as Latin-1, with an accented name in one case',
    bytes: () => Buffer.from('case,event,date,worker\nL-1,referral,2024-05-02,Zoë\nL-2,referral,2024-05-02,Ann\n', 'latin1'),
  },
  'crlf.ndjson': { description: 'the two cases with CRLF line ends (read)', bytes: () => crlf(CASES_NDJSON) },
  'crlf.csv': { description: 'the CSV cases with CRLF line ends (read)', bytes: () => crlf(CASES_CSV) },
  'million-events.ndjson': { description: 'a case with 1,000,000 events (40 MB on one line), then a small case', bytes: () => manyEvents(1_000_000) },
  'million-events.csv': { description: 'a case with 1,000,000 rows of events, then a small case', bytes: () => manyRows(1_000_000) },
  'too-many-events.ndjson': { description: 'a case with 100,001 events (just over the limit), then a small case', bytes: () => manyEvents(100_001) },
  'five-mb-string.ndjson': {
    description: 'a case with a 5 MB attribute, and one with a 5 MB id and a date that does not exist',
    bytes: () =>
      Buffer.from(
        `{"id":"S-1","events":[{"type":"referral","date":"2024-05-02","note":"${FIVE_MB}"}]}\n{"id":"${FIVE_MB}","events":[{"type":"referral","date":"2024-02-30"}]}\n`,
      ),
  },
  'nested-10000.ndjson': {
    description: 'a case whose fact is an array nested 10,000 deep',
    bytes: () => Buffer.from(`{"id":"N-1","events":[{"type":"referral","date":"2024-05-02"}],"facts":{"needs-score":${'['.repeat(10_000)}1${']'.repeat(10_000)}}}\n`),
  },
};
