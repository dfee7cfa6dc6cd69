/**
 * Compare: the draft against the baseline, an example protocol or a saved version. Monaco's diff
 * editor shows the text; beside it, the semantic diff (stricter or looser, statutory verdict) from
 * the engine, and what the change does to the example caseload.
 */
import type { ResolvedPolicy } from '@wt/dsl';
import { caseloadImpact, diffPolicies, parseIsoDate, type ObligationState } from '@wt/engine';
import { toCaseInput, type CaseStore } from './case-store.js';
import type { PolicyLanguage } from './content.js';
import { clear, h } from './dom.js';
import { monaco } from './monaco-setup.js';
import { renderPolicyDiff } from './policy-diff-view.js';
import type { PolicyAnalysis, PolicyWorkspace } from './policy-workspace.js';
import type { SavedVersion } from './autosave.js';
import { WT_THEME } from './wt-language.js';

export interface ComparePanelOptions {
  select: HTMLSelectElement;
  semantic: HTMLElement;
  impact: HTMLElement;
  diffHost: HTMLElement;
  workspace: PolicyWorkspace;
  versions: () => readonly SavedVersion[];
  draftModel: () => monaco.editor.ITextModel;
  analysis: () => PolicyAnalysis | undefined;
  store: CaseStore;
  asOf: () => string;
}

interface Choice {
  key: string;
  label: string;
  text: string;
  language: PolicyLanguage;
}

export class ComparePanel {
  private diffEditor: monaco.editor.IStandaloneDiffEditor | undefined;
  private readonly originals = new Map<string, monaco.editor.ITextModel>();
  private visible = false;
  /** Set once the user picks a version; until then the default follows the draft. */
  private chosenByUser = false;

  constructor(private readonly options: ComparePanelOptions) {
    options.select.addEventListener('change', () => {
      this.chosenByUser = true;
      this.refresh();
    });
    this.updateChoices();
  }

  private choices(): Choice[] {
    const templates = this.options.workspace.templates.map((template) => ({
      key: `template:${template.file}`,
      label: `${template.ir.extends === undefined ? 'Statutory baseline' : 'Example protocol'}: ${template.ir.title ?? template.ir.id}`,
      text: template.text,
      language: template.language,
    }));
    const versions = this.options.versions().map((version, index) => ({ key: `version:${index}`, label: version.label, text: version.text, language: version.language }));
    return [...templates, ...versions];
  }

  /** Refills the list (after a version is saved); the default is the policy the draft extends. */
  updateChoices(): void {
    const { select } = this.options;
    const previous = select.value;
    clear(select);
    for (const choice of this.choices()) select.append(h('option', { value: choice.key, text: choice.label }));
    if (this.chosenByUser && [...select.options].some((option) => option.value === previous)) select.value = previous;
    else this.chooseDefault();
  }

  private chooseDefault(): void {
    const draft = this.options.analysis()?.draft.ir;
    const base = draft?.extends === undefined ? undefined : this.options.workspace.template(draft.extends);
    const same = draft === undefined ? undefined : this.options.workspace.template(draft.id);
    const target = base ?? same;
    if (target !== undefined) this.options.select.value = `template:${target.file}`;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && !this.chosenByUser) this.chooseDefault();
    if (visible) this.refresh();
  }

  private originalModel(choice: Choice): monaco.editor.ITextModel {
    let model = this.originals.get(choice.key);
    if (model === undefined || model.getValue() !== choice.text) {
      model?.dispose();
      model = monaco.editor.createModel(choice.text, choice.language === 'wt' ? 'wt' : 'yaml');
      this.originals.set(choice.key, model);
    }
    return model;
  }

  refresh(): void {
    if (!this.visible) return;
    const choice = this.choices().find((c) => c.key === this.options.select.value);
    if (choice === undefined) return;
    if (this.diffEditor === undefined) {
      this.diffEditor = monaco.editor.createDiffEditor(this.options.diffHost, {
        readOnly: true,
        originalEditable: false,
        automaticLayout: true,
        renderSideBySide: true,
        theme: WT_THEME,
        minimap: { enabled: false },
        accessibilityVerbose: false,
        originalAriaLabel: 'The version compared with (read only)',
        modifiedAriaLabel: 'The draft (read only here)',
      });
      this.diffEditor.getOriginalEditor().updateOptions({ ariaLabel: 'The version compared with (read only)' });
      this.diffEditor.getModifiedEditor().updateOptions({ ariaLabel: 'The draft (read only here)' });
    }
    const original = this.originalModel(choice);
    const modified = this.options.draftModel();
    const current = this.diffEditor.getModel();
    if (current?.original !== original || current.modified !== modified) this.diffEditor.setModel({ original, modified });
    const before = this.options.workspace.analyse(choice.text, choice.language);
    this.renderSemantic(before);
    this.renderImpact(before);
  }

  /** The resolved base policies, by id, so the diff can check each change against the statutory floor. */
  private floorPolicy(id: string): ResolvedPolicy | undefined {
    const template = this.options.workspace.template(id);
    return template === undefined ? undefined : this.options.workspace.analyse(template.text, template.language).resolved;
  }

  private renderSemantic(before: PolicyAnalysis): void {
    const { semantic } = this.options;
    const after = this.options.analysis();
    clear(semantic);
    semantic.append(h('h4', { text: 'What changes' }));
    if (before.resolved === undefined || after?.resolved === undefined || after.diagnostics.some((d) => d.severity === 'error')) {
      semantic.append(h('p', { class: 'muted', text: 'Both versions must be free of errors to compare what they mean.' }));
      return;
    }
    const container = h('div');
    renderPolicyDiff(container, diffPolicies(before.resolved, after.resolved, { floorPolicy: (id) => this.floorPolicy(id) }));
    semantic.append(container);
  }

  private renderImpact(before: PolicyAnalysis): void {
    const { impact, store } = this.options;
    clear(impact);
    impact.append(h('h4', { text: 'Impact on the example caseload' }));
    const after = this.options.analysis();
    const asOf = this.options.asOf();
    const day = parseIsoDate(asOf);
    if (before.compiled === undefined || after?.compiled === undefined || day === undefined) {
      impact.append(h('p', { class: 'muted', text: 'Both versions must compile to compare their results.' }));
      return;
    }
    const report = caseloadImpact(before.compiled, after.compiled, store.all().map(toCaseInput), day, { maxListed: 100 });
    impact.append(
      h('p', {
        id: 'impact-summary',
        text: `${report.changedCases} of ${report.evaluated} cases change (${report.changedObligations} obligation${report.changedObligations === 1 ? '' : 's'}) as of ${asOf}.${report.rejected > 0 ? ` ${report.rejected} could not be evaluated.` : ''}`,
      }),
    );
    const rows = report.changed.flatMap((change) => change.obligations.map((obligation) => ({ caseId: change.case, obligation })));
    if (rows.length === 0) return;
    const describe = (side: ObligationState | undefined) => (side === undefined ? '—' : `${side.status}, due ${side.due ?? '—'}`);
    impact.append(
      h('table', { class: 'impact' }, [
        h('caption', { text: 'Obligations that change' }),
        h('thead', {}, [h('tr', {}, ['Case', 'Rule', 'Start', 'Change', 'Before', 'After'].map((name) => h('th', { scope: 'col', text: name })))]),
        h(
          'tbody',
          {},
          rows.slice(0, 100).map(({ caseId, obligation }) =>
            h('tr', {}, [h('td', { text: caseId }), h('td', { text: obligation.rule }), h('td', { text: obligation.start }), h('td', { text: obligation.kind }), h('td', { text: describe(obligation.old) }), h('td', { text: describe(obligation.new) })]),
          ),
        ),
      ]),
    );
  }
}
