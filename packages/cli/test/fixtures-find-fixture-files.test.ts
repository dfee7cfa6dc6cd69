import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixtureFiles } from '../src/fixtures/find-fixture-files.js';

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'wt-find-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

describe('findFixtureFiles', () => {
  it('finds *.fixture.yaml (and .yml) recursively, skipping node_modules and hidden directories', () => {
    const root = tree([
      'a.fixture.yaml',
      'policy.yaml',
      'deep/er/b.fixture.yml',
      'node_modules/pkg/c.fixture.yaml',
      '.git/d.fixture.yaml',
      'notes.fixture.yaml.txt',
    ]);
    const found = findFixtureFiles(['.'], root);
    expect(found).toEqual({ ok: true, files: [join(root, 'a.fixture.yaml'), join(root, 'deep/er/b.fixture.yml')] });
  });

  it('takes a file named on the command line as it is, once, and says which path does not exist', () => {
    const root = tree(['x/golden.yaml', 'x/y.fixture.yaml']);
    expect(findFixtureFiles(['x/golden.yaml', 'x', 'x/y.fixture.yaml'], root)).toEqual({
      ok: true,
      files: [join(root, 'x/golden.yaml'), join(root, 'x/y.fixture.yaml')],
    });
    expect(findFixtureFiles(['x', 'nope'], root)).toEqual({ ok: false, missing: 'nope' });
  });
});
