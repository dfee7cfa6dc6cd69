/** The text of `wt --help` and `wt COMMAND --help`. */
import type { OptionSpec } from './cli-args.js';
import type { Command } from './command.js';

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', kind: 'boolean', description: 'show this help' };

export function formatMainHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `wt ${version}: policy-as-code for safeguarding timescales (Working Together to Safeguard Children)`,
    '',
    'Usage: wt COMMAND [options] [arguments]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: wt COMMAND --help)',
    '  -V, --version  show the version',
    '',
    'Exit codes: 0 success, 1 a finding (errors, files not formatted, rejected records),',
    '            2 misuse (unknown option, missing argument, unreadable input), 70 internal error.',
    "Run 'wt COMMAND --help' for a command's options; the manual is docs/cli.md.",
    '',
  ].join('\n');
}

export function formatCommandHelp(command: Command): string {
  const options = [...command.options, HELP_OPTION];
  const labels = options.map(optionLabel);
  const width = Math.max(...labels.map((label) => label.length));
  const lines = [`wt ${command.name}: ${command.summary}`, '', 'Usage:'];
  for (const usage of command.usage) lines.push(`  wt ${command.name} ${usage}`);
  lines.push('', 'Options:');
  options.forEach((option, i) => {
    const choices = option.choices ? ` (${option.choices.join(', ')})` : '';
    const repeat = option.repeatable ? ' (repeatable)' : '';
    lines.push(`  ${labels[i]!.padEnd(width)}  ${option.description}${choices}${repeat}`);
  });
  for (const paragraph of command.details ?? []) lines.push('', ...wrap(paragraph, 96));
  if (command.examples !== undefined && command.examples.length > 0) {
    lines.push('', 'Examples:');
    for (const example of command.examples) lines.push(`  $ ${example}`);
  }
  lines.push('');
  return lines.join('\n');
}

function optionLabel(option: OptionSpec): string {
  const short = option.short !== undefined ? `-${option.short}, ` : '    ';
  const value = option.kind === 'string' ? ` ${option.valueName ?? 'VALUE'}` : '';
  return `${short}--${option.name}${value}`;
}

function wrap(paragraph: string, width: number): string[] {
  if (paragraph.startsWith('  ')) return paragraph.split('\n');
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
