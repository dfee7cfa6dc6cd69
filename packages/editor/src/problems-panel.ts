/** The problems list beside the editor: every diagnostic of the draft; choosing one moves the cursor there. */
import type { Diagnostic } from '@wt/dsl';
import { diagnosticText } from './diagnostics-markers.js';
import { clear, h } from './dom.js';

export interface ProblemsPanel {
  show(diagnostics: readonly Diagnostic[], compileErrors: readonly string[]): void;
}

function countText(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors === 0 && warnings === 0) return 'No problems';
  const parts = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export function createProblemsPanel(
  summary: HTMLElement,
  list: HTMLElement,
  reveal: (line: number, column: number) => void,
): ProblemsPanel {
  return {
    show(diagnostics, compileErrors) {
      summary.textContent = countText(diagnostics) + (compileErrors.length > 0 ? ` · ${compileErrors.length} compile problem(s)` : '');
      summary.dataset['errors'] = String(diagnostics.filter((d) => d.severity === 'error').length);
      clear(list);
      for (const diagnostic of diagnostics) {
        const { line, column } = diagnostic.range;
        const button = h('button', { type: 'button', class: `problem problem-${diagnostic.severity}` }, [
          h('span', { class: 'problem-severity', text: diagnostic.severity }),
          h('span', { class: 'problem-place', text: `line ${line}:${column}` }),
          h('span', { class: 'problem-code', text: diagnostic.code }),
          h('span', { class: 'problem-message', text: diagnosticText(diagnostic) }),
        ]);
        button.addEventListener('click', () => reveal(line, column));
        list.append(h('li', {}, [button]));
      }
      for (const message of compileErrors) list.append(h('li', { class: 'problem problem-error', text: message }));
    },
  };
}
