/** An exception that reached the top: a bug in wt, reported without a stack trace (WT_DEBUG=1 shows it). */
import { EXIT_INTERNAL, type ExitCode } from './exit-codes.js';

export function reportInternalError(error: unknown, stderr: NodeJS.WritableStream): ExitCode {
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`wt: internal error: ${message.split('\n')[0]!.slice(0, 300)}\n`);
  stderr.write('This is a bug in wt, not in your input. Please report it with the command you ran');
  stderr.write(' (and, if you can, a small input that shows it, without personal data).\n');
  if (error instanceof Error && error.stack !== undefined && process.env['WT_DEBUG'] === '1') stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL;
}
