import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyChecker } from '../src/policy-loader.js';
import { FIXTURES } from './run-wt.js';

const TINY = readFileSync(join(FIXTURES, 'policies/tiny.wt'), 'utf8');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wt-loader-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const child = (version: string, effective: string) => `policy child extends tiny {\n  version "${version}"\n  effective ${effective}\n}\n`;

describe('PolicyChecker', () => {
  it('resolves extends from a sibling directory, and prefers files named on the command line', () => {
    const root = tree({
      'base/tiny.wt': TINY,
      'other/tiny.wt': TINY.replace('version "1"', 'version "other"'),
      'local/child.wt': child('1', '2024-06-01'),
    });
    const fromSibling = new PolicyChecker({ commandLineFiles: [], policyPaths: [], bundledRoot: null }).check(join(root, 'local/child.wt'));
    expect(fromSibling.diagnostics).toEqual([]);
    expect(fromSibling.resolved?.chain).toEqual(['tiny', 'child']);

    const named = join(root, 'other/tiny.wt');
    const checker = new PolicyChecker({ commandLineFiles: [named], policyPaths: [], bundledRoot: null });
    const library = checker.library;
    const { resolve: resolveId } = library.resolverFor(join(root, 'local/child.wt'));
    expect(resolveId('tiny')?.file).toBe(named);
    expect(resolveId('nothing')).toBeUndefined();
  });

  it('reports the errors of a base file with the base file, beside the summary in the child', () => {
    const root = tree({
      'base/tiny.wt': TINY.replace('requires decision within', 'requires decison within'),
      'local/child.wt': child('1', '2024-06-01'),
    });
    const check = new PolicyChecker({ commandLineFiles: [], policyPaths: [], bundledRoot: null }).check(join(root, 'local/child.wt'));
    const files = check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file);
    expect(files).toContain(join(root, 'local/child.wt'));
    expect(files).toContain(join(root, 'base/tiny.wt'));
  });

  it('loads a directory as a policy set, its versions ordered by effective date', () => {
    const root = tree({
      'set/b-later.wt': TINY.replace('policy tiny', 'policy later').replace('effective 2024-01-01', 'effective 2024-06-01'),
      'set/a-earlier.wt': TINY.replace('effective 2024-01-01', 'effective 2023-01-01'),
    });
    const loaded = new PolicyChecker({ commandLineFiles: [], policyPaths: [], bundledRoot: null }).load(join(root, 'set'));
    expect(loaded.errorCount).toBe(0);
    expect(loaded.isSet).toBe(true);
    expect(loaded.versions.map((version) => [version.id, version.effective])).toEqual([
      ['tiny', '2023-01-01'],
      ['later', '2024-06-01'],
    ]);
  });

  it('counts a file it cannot read as an error, and loads nothing', () => {
    const loaded = new PolicyChecker({ commandLineFiles: [], policyPaths: [], bundledRoot: null }).load(join(tmpdir(), 'no-such-policy.wt'));
    expect(loaded.errorCount).toBe(1);
    expect(loaded.versions).toEqual([]);
    expect(loaded.checks[0]!.unreadable).toBe('no such file');
  });
});
