import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/io/display-path.js';

describe('displayPath', () => {
  it('is relative to the working directory when they share more than the root', () => {
    expect(displayPath('/work/main/policies/a.wt', '/work/main')).toBe('policies/a.wt');
    expect(displayPath('/work/main/policies/a.wt', '/work/main/packages/cli')).toBe('../../policies/a.wt');
    expect(displayPath('/work/main', '/work/main')).toBe('.');
  });

  it('is absolute when only the root is shared, and unchanged when already relative', () => {
    expect(displayPath('/work/main/policies/a.wt', '/tmp/x')).toBe('/work/main/policies/a.wt');
    expect(displayPath('a.wt', '/tmp')).toBe('a.wt');
  });
});
