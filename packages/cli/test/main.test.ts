import { describe, expect, it } from 'vitest';
import { runWt } from './run-wt.js';

describe('wt (main)', () => {
  it('prints help listing every command, and exits 0', async () => {
    const run = await runWt(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['check', 'fmt', 'convert', 'eval', 'explain', 'export']) expect(run.stdout).toContain(`  ${command}`);
    expect(run.stderr).toBe('');
  });

  it('prints the version', async () => {
    const run = await runWt(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints a command\'s help with its options', async () => {
    const run = await runWt(['eval', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--as-of YYYY-MM-DD');
    expect(run.stdout).toContain('--format FORMAT');
    expect((await runWt(['help', 'check'])).stdout).toContain('wt check');
  });

  it('exits 2 with a hint on an unknown command, with no stack trace', async () => {
    const run = await runWt(['chek', 'x.wt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("wt: unknown command 'chek' (did you mean check?)\nRun 'wt --help' for the list of commands.\n");
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an unknown option, pointing at the command\'s help', async () => {
    const run = await runWt(['eval', '--polcy', 'x.wt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("wt eval: unknown option --polcy (did you mean --policy?)\nRun 'wt eval --help' for usage.\n");
  });

  it('exits 2 when an argument is missing or malformed', async () => {
    const missing = await runWt(['check']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('wt check: missing a policy file or directory');
    const badFormat = await runWt(['check', '--format', 'xml', 'x.wt']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of text, json');
    const none = await runWt([]);
    expect(none.code).toBe(2);
  });
});
