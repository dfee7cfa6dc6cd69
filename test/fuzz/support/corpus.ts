/** The real files that the fuzz tests mutate: the bundled policies, the fixtures and the example caseload. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CorpusFile {
  /** Path relative to the repository root. */
  path: string;
  text: string;
}

function filesUnder(directory: string, accept: (name: string) => boolean): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, accept);
    return accept(entry.name) ? [path] : [];
  });
}

function corpus(directories: readonly string[], accept: (name: string) => boolean): CorpusFile[] {
  const files = directories.flatMap((directory) => filesUnder(join(REPO_ROOT, directory), accept)).sort();
  return files.map((path) => {
    const file = { path: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') };
    // fast-check prints a failing input's file by its path, not its whole text.
    return Object.defineProperty(file, fc.toStringMethod, { value: () => file.path, enumerable: false });
  });
}

const isFixture = (name: string): boolean => /\.fixture\.ya?ml$/.test(name);

/** Every `.wt` policy in policies/ and examples/. */
export const TEXT_POLICIES = corpus(['policies', 'examples'], (name) => name.endsWith('.wt'));

/** Every YAML policy in policies/ and examples/ (fixtures are not policies). */
export const YAML_POLICIES = corpus(['policies', 'examples'], (name) => /\.ya?ml$/.test(name) && !isFixture(name));

/** Every policy fixture in policies/ and examples/. */
export const FIXTURES = corpus(['policies', 'examples'], isFixture);

/** The hand-made example caseload, a JSON array of cases. */
export const HAND_MADE_CASES = readFileSync(join(REPO_ROOT, 'examples/caseloads/hand-made.json'), 'utf8');

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Cases as CSV, one row per event (docs/cli.md, "CSV layout"). */
function casesAsCsv(cases: readonly { id: string; events: Record<string, unknown>[]; facts?: Record<string, unknown> }[]): string {
  const attributes = [...new Set(cases.flatMap((c) => c.events.flatMap((event) => Object.keys(event))))].filter((key) => !['type', 'date', 'id'].includes(key)).sort();
  const facts = [...new Set(cases.flatMap((c) => Object.keys(c.facts ?? {})))].sort();
  const rows = [['case', 'event', 'date', 'event-id', ...attributes, ...facts.map((fact) => `fact:${fact}`)].join(',')];
  for (const c of cases) {
    c.events.forEach((event, index) => {
      const factCells = facts.map((fact) => (index === 0 ? csvCell(c.facts?.[fact]) : ''));
      rows.push([c.id, event['type'], event['date'], event['id'], ...attributes.map((name) => event[name]), ...factCells].map(csvCell).join(','));
    });
  }
  return rows.join('\n') + '\n';
}


/**
 * The hand-made cases with distinctive values in attributes and facts that must never reach a
 * message: an undeclared attribute on every event, facts of the wrong type and undeclared facts.
 */
export const SECRET_CASES: unknown[] = (JSON.parse(HAND_MADE_CASES) as { id: string; events: Record<string, unknown>[]; facts?: Record<string, unknown> }[]).map(
  (record, index) => ({
    ...record,
    events: record.events.map((event, n) => ({ ...event, worker: `SECRET-WORKER-${index}-${n}` })),
    facts: index % 3 === 0 ? { ...record.facts, 'needs-score': `SECRET-SCORE-${index}`, 'child-name': 'SECRET-NAME-123' } : (record.facts ?? {}),
  }),
);

export const SECRET_CASES_JSON = JSON.stringify(SECRET_CASES, null, 2) + '\n';
export const SECRET_CASES_NDJSON = SECRET_CASES.map((value) => JSON.stringify(value)).join('\n') + '\n';

export const SECRET_CASES_CSV = casesAsCsv(SECRET_CASES as { id: string; events: Record<string, unknown>[]; facts?: Record<string, unknown> }[]);
