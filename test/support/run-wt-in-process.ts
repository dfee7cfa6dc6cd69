/**
 * Runs `wt` in this process: `runCli`, the function main.ts calls, with the standard streams and the
 * working directory given to it. Much quicker than spawning the CLI, for tests that run it many
 * times; those that must see the process itself (its heap, its exit) spawn it (run-wt.ts).
 */
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../packages/cli/src/run-cli.js';

export interface InProcessRun {
  stdout: string;
  stderr: string;
  code: number;
}

function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export async function runWtInProcess(args: readonly string[], options: { cwd: string; env?: Record<string, string>; today?: string }): Promise<InProcessRun> {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli([...args], {
    stdin: Readable.from([]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    cwd: options.cwd,
    env: { NO_COLOR: '1', ...options.env },
    today: () => options.today ?? '2024-06-03',
  });
  // Let the collectors see the last writes.
  await new Promise((resolve) => setImmediate(resolve));
  return { stdout: stdout.text(), stderr: stderr.text(), code };
}
