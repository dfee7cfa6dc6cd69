/** What every `wt` command is: a name, its help, its options, and `run`, which returns the exit code. */
import type { OptionSpec, ParsedArgs } from './cli-args.js';
import type { ExitCode } from './exit-codes.js';
import type { Terminal } from './io/terminal.js';

export interface PositionalSpec {
  /** Shown in usage: `FILE…`. */
  name: string;
  min: number;
  /** Absent: any number. */
  max?: number;
}

/** The process around a command, injectable so that commands can be run in-process in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Today's date in England, `YYYY-MM-DD`; read only by commands that default `--as-of`. */
  today(): string;
}

export interface CommandContext extends CliIo {
  command: Command;
  args: ParsedArgs;
  stdoutTerminal: Terminal;
  stderrTerminal: Terminal;
  /** Prints `wt NAME: message` and a pointer to `wt NAME --help` on stderr; returns EXIT_USAGE. */
  usageError(message: string): ExitCode;
  /** Prints `wt NAME: message` on stderr (a finding or a note), returns nothing. */
  note(message: string): void;
}

export interface Command {
  name: string;
  summary: string;
  /** Usage lines without the leading `wt NAME `: `[--check] FILE…`. */
  usage: string[];
  options: OptionSpec[];
  positionals: PositionalSpec;
  /** Paragraphs shown after the options in `wt NAME --help`. */
  details?: string[];
  /** Example command lines shown in help, without `$ `. */
  examples?: string[];
  run(ctx: CommandContext): Promise<ExitCode>;
}
