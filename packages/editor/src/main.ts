/**
 * The editor page: the draft in Monaco on the left; on the right, the example cases and what the
 * draft means for them, recomputed (debounced) as the user types. Everything runs in the page.
 */
import './styles.css';
import { createAutosaver, loadDraft, loadVersions, saveVersion } from './autosave.js';
import { readCaseFile } from './case-import.js';
import { CaseStore } from './case-store.js';
import { ComparePanel } from './compare-panel.js';
import { EXAMPLE_AS_OF, EXAMPLE_CASELOAD, POLICY_TEMPLATES } from './content.js';
import { showDiagnostics } from './diagnostics-markers.js';
import { byId, clear, h } from './dom.js';
import { DraftEditor } from './draft-editor.js';
import { CaseloadRunner, evaluateCase } from './evaluate-caseload.js';
import { renderEvents } from './events-panel.js';
import { registerLanguageFeatures } from './language-features.js';
import { newLocalProtocol } from './new-local-protocol.js';
import { PolicyWorkspace, type PolicyAnalysis } from './policy-workspace.js';
import { languageOfFile } from './policy-source.js';
import { createProblemsPanel } from './problems-panel.js';
import { renderPublish } from './publish.js';
import { renderResults } from './results-panel.js';
import { renderSummary } from './summary-panel.js';
import { setUpTabs } from './tabs.js';
import { renderTimeline } from './timeline-view.js';

/**
 * How long typing must pause before the draft is re-read. An update that takes little time runs at
 * once after each keystroke; a slow one (a very large policy) waits for a pause of about its own
 * length, up to MAX_UPDATE_DELAY_MS, so that it does not run on every keystroke of a fast typist.
 */
const FAST_UPDATE_MS = 40;
const MAX_UPDATE_DELAY_MS = 150;
let lastUpdateMs = 0;

function updateDelay(): number {
  return lastUpdateMs <= FAST_UPDATE_MS ? 0 : Math.min(MAX_UPDATE_DELAY_MS, Math.round(lastUpdateMs));
}

const workspace = new PolicyWorkspace(POLICY_TEMPLATES);
const store = new CaseStore(EXAMPLE_CASELOAD);
const asOfInput = byId<HTMLInputElement>('as-of');
asOfInput.value = EXAMPLE_AS_OF;

let analysis: PolicyAnalysis | undefined;
let lastGood: PolicyAnalysis | undefined;
let evaluations = 0;
let visiblePanel = 'panel-results';
let updates = 0;

const autosaveStatus = byId('autosave-status');
registerLanguageFeatures(
  {
    isDraft: (model) => draft.isDraft(model),
    basePolicies: () => workspace.templates,
    modelOf: (document) => draft.referenceModel(document),
  },
  (message) => (autosaveStatus.textContent = message),
);

const firstTemplate = POLICY_TEMPLATES.find((template) => template.kind === 'local' && template.language === 'wt') ?? POLICY_TEMPLATES[0]!;
const stored = loadDraft();
const draft = new DraftEditor(
  { host: byId('editor'), banner: byId('reference-banner'), bannerText: byId('reference-text'), backButton: byId<HTMLButtonElement>('reference-back') },
  stored?.text ?? firstTemplate.text,
  stored?.language ?? firstTemplate.language,
  stored?.name ?? firstTemplate.file,
);

const problems = createProblemsPanel(byId('problems-summary'), byId('problems-list'), (line, column) => draft.reveal(line, column));
const autosave = createAutosaver(400, (ok) => (autosaveStatus.textContent = ok ? 'Draft saved in this browser.' : 'The browser would not save the draft.'));

const compare = new ComparePanel({
  select: byId<HTMLSelectElement>('compare-with'),
  semantic: byId('compare-semantic'),
  impact: byId('compare-impact'),
  diffHost: byId('diff-editor'),
  workspace,
  versions: loadVersions,
  draftModel: () => draft.model,
  analysis: () => analysis,
  store,
  asOf: () => asOfInput.value,
});

function analyseDraft(): void {
  analysis = workspace.analyse(draft.model.getValue(), draft.language);
  showDiagnostics(draft.model, analysis.diagnostics);
  problems.show(analysis.diagnostics, analysis.compileErrors);
  if (analysis.compiled !== undefined) lastGood = analysis;
  byId('draft-name').textContent = `— ${analysis.draft.ir.title ?? analysis.draft.ir.id ?? draft.name}`;
  byId('language-label').textContent = draft.language === 'wt' ? 'Text form (.wt)' : 'YAML form (.yaml)';
}

function resultsNotice(): string | undefined {
  if (lastGood === undefined) return 'Fix the errors in the policy to see results.';
  if (analysis !== lastGood) return 'The policy has errors: these results are from the last version without errors.';
  return undefined;
}

const caseloadRunner = new CaseloadRunner((outcome, stamp) => {
  renderSummary(byId('summary'), outcome);
  document.body.dataset['summaryOf'] = String(stamp);
});

/** The selected case at once (with explanations); the whole caseload for the summary, in the background. */
function evaluate(): void {
  const compiled = lastGood?.compiled;
  const notice = byId('results-notice');
  const message = resultsNotice();
  notice.hidden = message === undefined;
  notice.textContent = message ?? '';
  const cases = store.all();
  const index = cases.findIndex((record) => record.id === store.selectedId);
  const selected = compiled === undefined || index < 0 ? undefined : evaluateCase(compiled, cases[index]!, index, asOfInput.value, true);
  byId('results-case').textContent = store.selectedId === undefined ? '' : `for ${store.selectedId} as of ${asOfInput.value}`;
  renderResults(byId('results'), selected);
  renderTimeline(byId('timeline'), selected, asOfInput.value, lastGood?.calendar);
  renderEvents({
    container: byId('events-editor'),
    store,
    eventTypes: () => (lastGood?.resolved?.events ?? []).map((event) => event.id),
    defaultDate: () => asOfInput.value,
  });
  byId('events-case').textContent = store.selectedId ?? '';
  evaluations++;
  document.body.dataset['evaluations'] = String(evaluations);
  caseloadRunner.start(compiled, cases, asOfInput.value, evaluations);
}

/** Re-reads the draft and shows what it means; the time it took is on the page for the measurements. */
function updateAll(): void {
  const started = performance.now();
  analyseDraft();
  const analysed = performance.now();
  evaluate();
  if (visiblePanel === 'panel-compare') compare.refresh();
  updates++;
  document.body.dataset['updates'] = String(updates);
  document.body.dataset['analyseMs'] = (analysed - started).toFixed(1);
  const finished = performance.now();
  lastUpdateMs = finished - started;
  document.body.dataset['updateMs'] = lastUpdateMs.toFixed(1);
  document.body.dataset['updatedAt'] = finished.toFixed(1);
  // For the measurements (bench/editor.bench.ts): when the frame showing the update has been drawn.
  requestAnimationFrame(() => setTimeout(() => (document.body.dataset['paintedAt'] = performance.now().toFixed(1)), 0));
}

let pending: ReturnType<typeof setTimeout> | undefined;
draft.model.onDidChangeContent(() => {
  if (pending !== undefined) clearTimeout(pending);
  // Marks the page as having an update to come, so that tests wait for the last one, not the first.
  document.body.dataset['pendingUpdate'] = 'true';
  pending = setTimeout(() => {
    pending = undefined;
    delete document.body.dataset['pendingUpdate'];
    updateAll();
  }, updateDelay());
  autosave({ text: draft.model.getValue(), language: draft.language, name: draft.name });
});

function refillCaseSelect(): void {
  const select = byId<HTMLSelectElement>('case-select');
  const ids = store.all().map((record) => record.id);
  const current = [...select.options].map((option) => option.value);
  if (ids.join('\n') !== current.join('\n')) {
    clear(select);
    for (const id of ids) select.append(h('option', { value: id, text: id }));
  }
  select.value = store.selectedId ?? '';
}

store.onChange(() => {
  refillCaseSelect();
  evaluate();
  if (visiblePanel === 'panel-compare') compare.refresh();
});
byId<HTMLSelectElement>('case-select').addEventListener('change', (event) => store.select((event.target as HTMLSelectElement).value));
asOfInput.addEventListener('change', () => {
  if (asOfInput.value === '') return;
  evaluate();
  if (visiblePanel === 'panel-compare') compare.refresh();
});

function setUpTemplates(): void {
  const select = byId<HTMLSelectElement>('template-select');
  const groups: [string, 'baseline' | 'local'][] = [
    ['Statutory baselines', 'baseline'],
    ['Example local protocols', 'local'],
  ];
  for (const [label, kind] of groups) {
    const group = h('optgroup', { label });
    for (const template of POLICY_TEMPLATES.filter((t) => t.kind === kind)) {
      const parsed = workspace.templateByFile(template.file);
      group.append(h('option', { value: template.file, text: parsed?.ir.title ?? template.file }));
    }
    select.append(group);
  }
  select.value = draft.name;
  byId('open-template').addEventListener('click', () => {
    const template = POLICY_TEMPLATES.find((t) => t.file === select.value);
    if (template !== undefined) draft.setDraft(template.text, template.language, template.file);
  });
  byId('new-local').addEventListener('click', () => draft.setDraft(newLocalProtocol(), 'wt', 'new local protocol'));
}

async function readChosenFile(input: HTMLInputElement): Promise<{ name: string; text: string } | undefined> {
  const file = input.files?.[0];
  input.value = '';
  return file === undefined ? undefined : { name: file.name, text: await file.text() };
}

byId<HTMLInputElement>('open-policy').addEventListener('change', async (event) => {
  const chosen = await readChosenFile(event.target as HTMLInputElement);
  if (chosen === undefined) return;
  const language = languageOfFile(chosen.name);
  if (language === undefined) {
    autosaveStatus.textContent = 'Open a policy file ending in .wt, .yaml or .yml.';
    return;
  }
  draft.setDraft(chosen.text, language, chosen.name);
});

byId<HTMLInputElement>('import-cases').addEventListener('change', async (event) => {
  const chosen = await readChosenFile(event.target as HTMLInputElement);
  if (chosen === undefined) return;
  const imported = readCaseFile(chosen.text);
  const status = byId('case-status');
  if (imported.records.length > 0) store.replaceAll(imported.records);
  status.textContent = `Imported ${imported.records.length} case${imported.records.length === 1 ? '' : 's'} from ${chosen.name}.${imported.errors.length > 0 ? ` ${imported.errors.slice(0, 3).join(' ')}` : ''}`;
});

byId('format-document').addEventListener('click', () => {
  void draft.editor.getAction('editor.action.formatDocument')?.run();
});
byId('save-version').addEventListener('click', () => {
  const versions = saveVersion({ text: draft.model.getValue(), language: draft.language, name: draft.name });
  compare.updateChoices();
  autosaveStatus.textContent = `Saved as “${versions[versions.length - 1]?.label ?? 'a version'}”.`;
});

setUpTabs(byId('panel-results').parentElement!.previousElementSibling as HTMLElement, (panelId) => {
  visiblePanel = panelId;
  compare.setVisible(panelId === 'panel-compare');
});

setUpTemplates();
refillCaseSelect();
renderPublish(byId('publish-actions'), () => ({ text: draft.model.getValue(), language: draft.language, analysis }));
updateAll();
compare.updateChoices();
document.body.dataset['ready'] = 'true';
