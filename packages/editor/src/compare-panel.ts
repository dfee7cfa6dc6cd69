/**
 * Compare: the draft against the baseline, an example protocol or a saved version. Monaco's diff
 * editor shows the text; beside it, the semantic diff (stricter or looser, statutory verdict) from
 * the engine, and what the change does to the example caseload.
 */
import type { CaseStore } from './case-store.js';
import { caseloadImpact } from './caseload-impact.js';
import type { PolicyLanguage } from './content.js';
import { clear, h } from './dom.js';
import { diffPoliciesFunction } from './engine-extras.js';
import { evaluateCaseload } from './evaluate-caseload.js';
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

  constructor(private readonly options: ComparePanelOptions) {
    options.select.addEventListener('change', () => this.refresh());
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
    if (previous !== '' && [...select.options].some((option) => option.value === previous)) select.value = previous;
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
        ariaLabel: 'Text differences',
      });
    }
    const original = this.originalModel(choice);
    const modified = this.options.draftModel();
    const current = this.diffEditor.getModel();
    if (current?.original !== original || current.modified !== modified) this.diffEditor.setModel({ original, modified });
    const before = this.options.workspace.analyse(choice.text, choice.language);
    this.renderSemantic(before);
    this.renderImpact(before);
  }

  private renderSemantic(before: PolicyAnalysis): void {
    const { semantic } = this.options;
    const after = this.options.analysis();
    const diffPolicies = diffPoliciesFunction();
    clear(semantic);
    semantic.append(h('h4', { text: 'What changes' }));
    if (diffPolicies === undefined) {
      semantic.append(h('p', { class: 'pending', text: 'The semantic comparison (stricter or looser, statutory verdict) is not available in this build yet; the text differences are below.' }));
      return;
    }
    if (before.resolved === undefined || after?.resolved === undefined || after.diagnostics.some((d) => d.severity === 'error')) {
      semantic.append(h('p', { class: 'muted', text: 'Both versions must be free of errors to compare what they mean.' }));
      return;
    }
    const container = h('div');
    renderPolicyDiff(container, diffPolicies(before.resolved, after.resolved));
    semantic.append(container);
  }

  private renderImpact(before: PolicyAnalysis): void {
    const { impact, store } = this.options;
    clear(impact);
    impact.append(h('h4', { text: 'Impact on the example caseload' }));
    const after = this.options.analysis();
    if (before.compiled === undefined || after?.compiled === undefined) {
      impact.append(h('p', { class: 'muted', text: 'Both versions must compile to compare their results.' }));
      return;
    }
    const cases = store.all();
    const old = evaluateCaseload(before.compiled, cases, this.options.asOf(), undefined);
    const next = evaluateCaseload(after.compiled, cases, this.options.asOf(), undefined);
    if (old === undefined || next === undefined) return;
    const result = caseloadImpact(old, next);
    impact.append(h('p', { id: 'impact-summary', text: `${result.casesChanged} of ${result.casesCompared} cases change (${result.changes.length} obligation${result.changes.length === 1 ? '' : 's'}) as of ${this.options.asOf()}.` }));
    if (result.changes.length === 0) return;
    const describe = (side: { due: string | null; status: string } | undefined) => (side === undefined ? '—' : `${side.status}, due ${side.due ?? '—'}`);
    impact.append(
      h('table', { class: 'impact' }, [
        h('caption', { text: 'Obligations that change' }),
        h('thead', {}, [h('tr', {}, ['Case', 'Rule', 'Start', 'Before', 'After'].map((name) => h('th', { scope: 'col', text: name })))]),
        h('tbody', {}, result.changes.slice(0, 100).map((change) => h('tr', {}, [h('td', { text: change.caseId }), h('td', { text: change.rule }), h('td', { text: change.start }), h('td', { text: describe(change.before) }), h('td', { text: describe(change.after) })]))),
      ]),
    );
  }
}
