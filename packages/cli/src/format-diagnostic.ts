/**
 * Diagnostics as one grep-able line each, like tsc and eslint, with indented hint and related lines:
 *
 *     policies/local/x.wt:12:3: error WT402 timescale assessment is looser than the statutory floor
 *       hint: a local protocol may shorten a statutory timescale, never lengthen it
 *       related: policies/england/working-together-2013.wt:70:3: the statutory rule
 */
import type { Diagnostic } from '@wt/dsl';
import { displayPath } from './io/display-path.js';
import type { Style } from './io/terminal.js';

export interface DiagnosticFormatOptions {
  cwd: string;
  style: Style;
}

export function formatDiagnostic(diagnostic: Diagnostic, file: string, options: DiagnosticFormatOptions): string {
  const { style } = options;
  const where = `${displayPath(diagnostic.file ?? file, options.cwd)}:${diagnostic.range.line}:${diagnostic.range.column}`;
  const severity =
    diagnostic.severity === 'error'
      ? style.red('error')
      : diagnostic.severity === 'warning'
        ? style.yellow('warning')
        : style.cyan('info');
  const lines = [`${style.bold(where)}: ${severity} ${style.dim(diagnostic.code)} ${oneLine(diagnostic.message)}`];
  if (diagnostic.hint !== undefined && diagnostic.hint !== '') lines.push(`  hint: ${oneLine(diagnostic.hint)}`);
  for (const related of diagnostic.related ?? []) {
    const relatedFile = displayPath(related.file ?? diagnostic.file ?? file, options.cwd);
    lines.push(`  related: ${relatedFile}:${related.range.line}:${related.range.column}: ${oneLine(related.message)}`);
  }
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** "2 errors, 1 warning" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
