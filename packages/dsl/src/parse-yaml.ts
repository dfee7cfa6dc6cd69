/**
 * `parseYaml`: a policy in the YAML form (docs/language.md, "The YAML form") to the policy IR, with
 * every problem as a diagnostic pointing into the YAML file. It never throws and always returns an
 * IR (partial when the file has errors).
 *
 * The file is read with YAML 1.2's core schema, in which `2024-04-01`, `on` and `yes` are strings
 * and only `true`/`false` are booleans. Codes: WT501 YAML syntax, WT502 unknown field, WT503 missing
 * field, WT504 wrong value, WT505 a key given twice, WT506 too many aliases.
 */
import { parseDocument, type YAMLError } from 'yaml';
import { boundedDiagnostics } from './bounded-message.js';
import type { Diagnostic } from './diagnostic.js';
import { emptyPolicy } from './cst-to-ir.js';
import type { PolicyIR } from './ir.js';
import { policyYamlSchemaErrors } from './policy-yaml-schema.js';
import { UNKNOWN_RANGE, type SourceRange } from './source-range.js';
import { YamlLocations } from './yaml-locations.js';
import { schemaDiagnostics } from './yaml-schema-diagnostics.js';
import { yamlToIr } from './yaml-to-ir.js';

export interface ParseYamlResult {
  ir: PolicyIR;
  diagnostics: Diagnostic[];
}

/** Aliases (`*name`) a file may expand; more is treated as an attack ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

const HINTS = new Map<string, string>([
  ['TAB_AS_INDENT', 'Indent YAML with spaces, not tabs.'],
  ['MULTIPLE_DOCS', 'A file holds one policy: remove the second `---`.'],
  ['BAD_INDENT', 'Line up the keys of one mapping under each other.'],
  ['MISSING_CHAR', 'A flow collection needs its closing `]` or `}`.'],
]);

function located(diagnostic: Omit<Diagnostic, 'file'>, file: string | undefined): Diagnostic {
  return file === undefined ? diagnostic : { ...diagnostic, file };
}

function yamlErrorDiagnostic(error: YAMLError, locations: YamlLocations, source: string, file: string | undefined): Diagnostic {
  const [start, end] = error.pos;
  const range: SourceRange = locations.range(start, end);
  const severity = error.name === 'YAMLWarning' ? 'warning' : 'error';
  if (error.code === 'DUPLICATE_KEY') {
    const keyEnd = /[:\r\n]/.exec(source.slice(start))?.index;
    const key = source.slice(start, keyEnd === undefined ? end : start + keyEnd).trim() || 'This key';
    const keyRange = locations.range(start, start + Math.max(1, key.length));
    return located({ severity, code: 'WT505', message: `\`${key}\` is given twice in the same mapping`, range: keyRange, hint: 'Keep one of them.' }, file);
  }
  const message = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  const hint = error.code === 'MISSING_CHAR' && /quote/i.test(message) ? 'Close the quoted text with the quote it opens with, on the same line.' : HINTS.get(error.code);
  return located({ severity, code: 'WT501', message, range, ...(hint === undefined ? {} : { hint }) }, file);
}

function internalError(error: unknown, file: string | undefined): Diagnostic {
  return located(
    {
      severity: 'error',
      code: 'WT599',
      message: `Internal error while reading the YAML policy: ${error instanceof Error ? error.message : String(error)}`,
      range: UNKNOWN_RANGE,
      hint: 'Please report this as a bug, with the file that caused it.',
    },
    file,
  );
}

export function parseYaml(source: string, file?: string): ParseYamlResult {
  try {
    const text = source.startsWith('\ufeff') ? source.slice(1) : source;
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', logLevel: 'error' });
    const locations = new YamlLocations(document, text);
    const diagnostics: Diagnostic[] = [...document.errors, ...document.warnings].map((error) =>
      yamlErrorDiagnostic(error, locations, text, file),
    );
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const tooManyAliases = error instanceof ReferenceError;
      diagnostics.push(
        located(
          {
            severity: 'error',
            code: 'WT506',
            message: tooManyAliases ? 'This file expands too many aliases (`*name`) to be read safely' : 'This file cannot be read as data',
            range: UNKNOWN_RANGE,
            hint: 'Write the values out instead of repeating them through aliases.',
          },
          file,
        ),
      );
      return { ir: emptyPolicy(), diagnostics };
    }
    const errors = policyYamlSchemaErrors(value);
    // After a syntax error the data is a guess: complaints about its shape would only be noise.
    if (document.errors.length === 0) diagnostics.push(...schemaDiagnostics(errors, value, locations, file));
    const invalid = new Set(errors.map((error) => error.instancePath));
    const ir = yamlToIr(value, { locations, diagnostics, invalid, ...(file === undefined ? {} : { file }) });
    diagnostics.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
    return { ir, diagnostics: boundedDiagnostics(diagnostics) };
  } catch (error) {
    return { ir: emptyPolicy(), diagnostics: boundedDiagnostics([internalError(error, file)]) };
  }
}
