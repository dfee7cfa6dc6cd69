/** Runs one `wt` invocation: finds the command, parses its options, runs it, maps failures to exit codes. */
import { readFileSync } from 'node:fs';
import { parseArgs } from './cli-args.js';
import { closestName } from './closest-name.js';
import type { CliIo, Command, CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import { formatCommandHelp, formatMainHelp, HELP_OPTION } from './help.js';
import { reportInternalError } from './internal-error.js';
import { terminalFor } from './io/terminal.js';

export function cliVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<ExitCode> {
  const first = argv[0];
  if (first === undefined) {
    io.stderr.write(formatMainHelp(commands, cliVersion()));
    io.stderr.write('\nwt: a command is missing.\n');
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && argv.length === 1)) {
    io.stdout.write(formatMainHelp(commands, cliVersion()));
    return EXIT_OK;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${cliVersion()}\n`);
    return EXIT_OK;
  }
  if (first === 'help') return runCli([argv[1]!, '--help'], io, commands);
  if (first.startsWith('-')) {
    io.stderr.write(`wt: unknown option ${first.slice(0, 40)} before the command\nRun 'wt --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (command === undefined) {
    const suggestion = closestName(
      first,
      commands.map((candidate) => candidate.name),
    );
    const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
    io.stderr.write(`wt: unknown command '${first.slice(0, 40)}'${hint}\nRun 'wt --help' for the list of commands.\n`);
    return EXIT_USAGE;
  }
  return runCommand(command, argv.slice(1), io);
}

async function runCommand(command: Command, argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const usageError = (message: string): ExitCode => {
    io.stderr.write(`wt ${command.name}: ${message}\nRun 'wt ${command.name} --help' for usage.\n`);
    return EXIT_USAGE;
  };
  const parsed = parseArgs(argv, [...command.options, HELP_OPTION]);
  if (!parsed.ok) {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(formatCommandHelp(command));
      return EXIT_OK;
    }
    return usageError(parsed.error);
  }
  const args = parsed.args;
  if (args.flag('help')) {
    io.stdout.write(formatCommandHelp(command));
    return EXIT_OK;
  }
  const count = args.positionals.length;
  const { min, max, name } = command.positionals;
  if (count < min) return usageError(`missing ${name}`);
  if (max !== undefined && count > max) {
    const extra = args.positionals[max]!.slice(0, 60);
    return usageError(max === 0 ? `unexpected argument '${extra}'` : `too many arguments (unexpected '${extra}')`);
  }
  const ctx: CommandContext = {
    get stdin() {
      return io.stdin;
    },
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd,
    env: io.env,
    today: () => io.today(),
    command,
    args,
    stdoutTerminal: terminalFor(io.stdout, io.env),
    stderrTerminal: terminalFor(io.stderr, io.env),
    usageError,
    note: (message) => {
      io.stderr.write(`wt ${command.name}: ${message}\n`);
    },
  };
  try {
    return await command.run(ctx);
  } catch (error) {
    return reportInternalError(error, io.stderr);
  }
}
