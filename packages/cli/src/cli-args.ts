/**
 * A small, strict command-line parser: `--flag value`, `--flag=value`, boolean flags, repeated
 * flags, short aliases (`-h`), positionals, `-` (stdin) and `--` (everything after it is positional).
 * Misuse is returned as a value; it never throws.
 */
import { closestName } from './closest-name.js';

export interface OptionSpec {
  /** Long name without dashes: `policy` for `--policy`. */
  name: string;
  short?: string;
  kind: 'string' | 'boolean';
  /** May be given more than once; the values are collected in order. */
  repeatable?: boolean;
  /** Shown in help: `--policy FILE`. */
  valueName?: string;
  description: string;
  choices?: readonly string[];
}

export type ParseArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

export class ParsedArgs {
  constructor(
    private readonly values: ReadonlyMap<string, readonly string[]>,
    private readonly flags: ReadonlySet<string>,
    readonly positionals: readonly string[],
  ) {}

  /** The value of a string option, or undefined when it was not given. */
  string(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** Every value of a repeatable string option, in the order given. */
  strings(name: string): readonly string[] {
    return this.values.get(name) ?? [];
  }

  flag(name: string): boolean {
    return this.flags.has(name);
  }

  has(name: string): boolean {
    return this.flags.has(name) || this.values.has(name);
  }
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParseArgsResult {
  const byName = new Map<string, OptionSpec>();
  const byShort = new Map<string, OptionSpec>();
  for (const spec of specs) {
    byName.set(spec.name, spec);
    if (spec.short !== undefined) byShort.set(spec.short, spec);
  }
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];

  const record = (spec: OptionSpec, shown: string, value: string | undefined): string | undefined => {
    const seen = flags.has(spec.name) || values.has(spec.name);
    if (seen && spec.repeatable !== true) return `${shown} was given more than once`;
    if (spec.kind === 'boolean') {
      if (value !== undefined) return `${shown} does not take a value`;
      flags.add(spec.name);
      return undefined;
    }
    if (value === undefined) return `${shown} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}`;
    if (spec.choices !== undefined && !spec.choices.includes(value)) {
      return `${shown} must be one of ${spec.choices.join(', ')} (got "${printable(value)}")`;
    }
    const list = values.get(spec.name) ?? [];
    list.push(value);
    values.set(spec.name, list);
    return undefined;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let shown: string;
    let inlineValue: string | undefined;
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
      inlineValue = equals === -1 ? undefined : arg.slice(equals + 1);
      shown = `--${name}`;
      spec = byName.get(name);
      if (spec === undefined) return { ok: false, error: unknownOption(shown, name, specs) };
    } else {
      const name = arg.slice(1);
      shown = `-${name}`;
      spec = byShort.get(name);
      if (spec === undefined) return { ok: false, error: unknownOption(shown, name, specs) };
    }
    let value = inlineValue;
    if (spec.kind === 'string' && value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && (next === '-' || !next.startsWith('-'))) {
        value = next;
        i++;
      }
    }
    const error = record(spec, shown, value);
    if (error !== undefined) return { ok: false, error };
  }
  return { ok: true, args: new ParsedArgs(values, flags, positionals) };
}

function unknownOption(shown: string, name: string, specs: readonly OptionSpec[]): string {
  const suggestion = closestName(
    name,
    specs.map((spec) => spec.name),
  );
  const hint = suggestion === undefined ? '' : ` (did you mean --${suggestion}?)`;
  return `unknown option ${printable(shown)}${hint}`;
}

/** Keeps control characters out of messages that echo what the user typed. */
function printable(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
