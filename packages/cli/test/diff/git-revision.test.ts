import { describe, expect, it } from 'vitest';
import { parseRevisionPath } from '../../src/diff/git-revision.js';

describe('parseRevisionPath', () => {
  it('splits REV:path at the first colon', () => {
    expect(parseRevisionPath('HEAD~3:policies/local/x.wt')).toEqual({ revision: 'HEAD~3', path: 'policies/local/x.wt' });
    expect(parseRevisionPath('v1.2:./x.wt')).toEqual({ revision: 'v1.2', path: './x.wt' });
  });

  it('refuses what is not a revision and a path: no colon, an empty side, an option, a Windows drive, control characters', () => {
    expect(parseRevisionPath('policies/x.wt')).toBeUndefined();
    expect(parseRevisionPath(':x.wt')).toBeUndefined();
    expect(parseRevisionPath('HEAD:')).toBeUndefined();
    expect(parseRevisionPath('--output=/tmp/x:y')).toBeUndefined();
    expect(parseRevisionPath('C:\\policies\\x.wt')).toBeUndefined();
    expect(parseRevisionPath('HEAD:x\n.wt')).toBeUndefined();
  });
});
