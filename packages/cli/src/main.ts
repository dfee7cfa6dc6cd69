#!/usr/bin/env node
/** The `wt` command. Run from the repository root with `pnpm wt …`. */
import { reportInternalError } from './internal-error.js';
import { todayInEngland } from './io/today-in-england.js';

/** `pnpm wt` runs in the repository root; paths the user typed are relative to where pnpm was run. */
function workingDirectory(): string {
  const invokedFrom = process.env['INIT_CWD'];
  return process.env['npm_lifecycle_event'] === 'wt' && invokedFrom ? invokedFrom : process.cwd();
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`wt eval … | head`): stop quietly, as other command-line tools do.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
process.on('uncaughtException', (error) => process.exit(reportInternalError(error, process.stderr)));
process.on('unhandledRejection', (error) => process.exit(reportInternalError(error, process.stderr)));

const io = {
  get stdin(): NodeJS.ReadableStream {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: workingDirectory(),
  env: process.env,
  today: () => todayInEngland(),
};

try {
  // Loaded here, not imported above, so that even a failure to load wt's own modules is reported
  // as an internal error rather than as a stack trace.
  const { runCli } = await import('./run-cli.js');
  process.exitCode = await runCli(process.argv.slice(2), io);
} catch (error) {
  process.exitCode = reportInternalError(error, process.stderr);
}
// For the benchmarks (bench/end-to-end.bench.ts): the peak memory and CPU time of the whole run, on a line of its own.
if (process.env['WT_REPORT_RSS'] === '1') {
  const usage = process.resourceUsage();
  const seconds = (microseconds: number) => (microseconds / 1e6).toFixed(2);
  process.stderr.write(`wt: peak RSS ${Math.round(usage.maxRSS / 1024)} MB, CPU ${seconds(usage.userCPUTime)} s user + ${seconds(usage.systemCPUTime)} s system\n`);
}
