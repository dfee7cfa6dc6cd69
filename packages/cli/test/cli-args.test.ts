import { describe, expect, it } from 'vitest';
import { parseArgs, type OptionSpec } from '../src/cli-args.js';

const specs: OptionSpec[] = [
  { name: 'policy', kind: 'string', description: '' },
  { name: 'format', kind: 'string', description: '', choices: ['json', 'ndjson'] },
  { name: 'policy-path', kind: 'string', repeatable: true, description: '' },
  { name: 'check', kind: 'boolean', description: '' },
  { name: 'out', short: 'o', kind: 'string', description: '' },
  { name: 'help', short: 'h', kind: 'boolean', description: '' },
];

function parsed(argv: string[]) {
  const result = parseArgs(argv, specs);
  if (!result.ok) throw new Error(`unexpected failure: ${result.error}`);
  return result.args;
}

function failure(argv: string[]): string {
  const result = parseArgs(argv, specs);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('parseArgs', () => {
  it('reads --flag value and --flag=value alike', () => {
    expect(parsed(['--policy', 'a.wt']).string('policy')).toBe('a.wt');
    expect(parsed(['--policy=a.wt']).string('policy')).toBe('a.wt');
    expect(parsed(['--policy=']).string('policy')).toBe('');
    expect(parsed(['--policy=x=y']).string('policy')).toBe('x=y');
  });

  it('reads booleans, short aliases and positionals in any order', () => {
    const args = parsed(['one', '--check', 'two', '-o', 'out.json', 'three']);
    expect(args.flag('check')).toBe(true);
    expect(args.flag('help')).toBe(false);
    expect(args.string('out')).toBe('out.json');
    expect(args.positionals).toEqual(['one', 'two', 'three']);
  });

  it('collects repeated flags in order', () => {
    expect(parsed(['--policy-path', 'a', '--policy-path=b']).strings('policy-path')).toEqual(['a', 'b']);
    expect(parsed([]).strings('policy-path')).toEqual([]);
  });

  it('takes - as a value and as a positional (stdin)', () => {
    expect(parsed(['--policy', '-']).string('policy')).toBe('-');
    expect(parsed(['-']).positionals).toEqual(['-']);
  });

  it('treats everything after -- as positional', () => {
    const args = parsed(['--check', '--', '--policy', '-x']);
    expect(args.positionals).toEqual(['--policy', '-x']);
    expect(args.string('policy')).toBeUndefined();
  });

  it('rejects unknown options with a suggestion', () => {
    expect(failure(['--polcy', 'a'])).toBe('unknown option --polcy (did you mean --policy?)');
    expect(failure(['--formt=json'])).toBe('unknown option --formt (did you mean --format?)');
    expect(failure(['--zzzzzzzz'])).toBe('unknown option --zzzzzzzz');
    expect(failure(['-x'])).toBe('unknown option -x');
  });

  it('rejects a missing value, a value on a boolean, a repeated single option and a bad choice', () => {
    expect(failure(['--policy'])).toBe('--policy needs a value');
    expect(failure(['--policy', '--check'])).toBe('--policy needs a value');
    expect(failure(['--check=yes'])).toBe('--check does not take a value');
    expect(failure(['--policy', 'a', '--policy', 'b'])).toBe('--policy was given more than once');
    expect(failure(['--format', 'xml'])).toBe('--format must be one of json, ndjson (got "xml")');
  });

  it('keeps control characters out of its messages', () => {
    expect(failure(['--format', 'a\u001b[31mb'])).toBe('--format must be one of json, ndjson (got "a?[31mb")');
  });
});
