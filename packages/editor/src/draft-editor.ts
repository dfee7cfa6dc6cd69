/**
 * The Monaco editor holding the draft. Go to definition into the baseline shows the baseline's text
 * read-only in the same editor, with a banner to go back to the draft.
 */
import type { PolicyLanguage } from './content.js';
import { monaco } from './monaco-setup.js';
import type { ParsedPolicy } from './policy-source.js';
import { WT_LANGUAGE, WT_THEME } from './wt-language.js';

export interface DraftEditorElements {
  host: HTMLElement;
  banner: HTMLElement;
  bannerText: HTMLElement;
  backButton: HTMLButtonElement;
}

const DRAFT_URI = monaco.Uri.parse('inmemory://draft/policy');

export function monacoLanguage(language: PolicyLanguage): string {
  return language === 'wt' ? WT_LANGUAGE : 'yaml';
}

export class DraftEditor {
  readonly model: monaco.editor.ITextModel;
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  language: PolicyLanguage;
  name: string;
  private readonly references = new Map<string, monaco.editor.ITextModel>();
  private draftViewState: monaco.editor.ICodeEditorViewState | null = null;

  constructor(private readonly elements: DraftEditorElements, text: string, language: PolicyLanguage, name: string) {
    this.language = language;
    this.name = name;
    this.model = monaco.editor.createModel(text, monacoLanguage(language), DRAFT_URI);
    this.editor = monaco.editor.create(elements.host, {
      model: this.model,
      theme: WT_THEME,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 2,
      insertSpaces: true,
      wordWrap: 'on',
      'semanticHighlighting.enabled': true,
      fixedOverflowWidgets: true,
      ariaLabel: 'Policy text',
      accessibilitySupport: 'auto',
      renderValidationDecorations: 'on',
      quickSuggestions: { other: true, comments: false, strings: false },
    });
    monaco.editor.registerEditorOpener({
      openCodeEditor: (_source, resource, selection) => {
        const reference = [...this.references.values()].find((model) => model.uri.toString() === resource.toString());
        if (reference === undefined) return resource.toString() === DRAFT_URI.toString() ? this.revealDraft(selection) : false;
        this.showReference(reference, selection);
        return true;
      },
    });
    elements.backButton.addEventListener('click', () => this.backToDraft());
  }

  isDraft(model: monaco.editor.ITextModel): boolean {
    return model === this.model;
  }

  /** A read-only model of a bundled policy (created once), for go to definition. */
  referenceModel(document: ParsedPolicy): monaco.editor.ITextModel {
    if (document.file === 'draft') return this.model;
    let model = this.references.get(document.file);
    if (model === undefined) {
      model = monaco.editor.createModel(document.text, monacoLanguage(document.language), monaco.Uri.parse(`inmemory://bundled/${document.file}`));
      this.references.set(document.file, model);
    }
    return model;
  }

  /** Replaces the draft, keeping the old text on the undo stack. */
  setDraft(text: string, language: PolicyLanguage, name: string): void {
    this.backToDraft();
    this.language = language;
    this.name = name;
    monaco.editor.setModelLanguage(this.model, monacoLanguage(language));
    this.model.pushStackElement();
    this.model.pushEditOperations([], [{ range: this.model.getFullModelRange(), text }], () => null);
    this.model.pushStackElement();
    this.editor.setPosition({ lineNumber: 1, column: 1 });
    this.editor.revealLine(1);
  }

  reveal(line: number, column: number): void {
    this.backToDraft();
    this.editor.setPosition({ lineNumber: line, column });
    this.editor.revealPositionInCenter({ lineNumber: line, column });
    this.editor.focus();
  }

  private revealDraft(selection: monaco.IRange | monaco.IPosition | undefined): boolean {
    this.backToDraft();
    if (selection !== undefined && 'startLineNumber' in selection) {
      this.editor.setSelection(selection);
      this.editor.revealRangeInCenter(selection);
    }
    return true;
  }

  private showReference(model: monaco.editor.ITextModel, selection: monaco.IRange | monaco.IPosition | undefined): void {
    if (this.editor.getModel() === this.model) this.draftViewState = this.editor.saveViewState();
    this.editor.setModel(model);
    this.editor.updateOptions({ readOnly: true });
    this.elements.bannerText.textContent = `Showing ${model.uri.path.replace(/^\//, '')} (read only).`;
    this.elements.banner.hidden = false;
    if (selection !== undefined && 'startLineNumber' in selection) {
      this.editor.setSelection(selection);
      this.editor.revealRangeInCenterIfOutsideViewport(selection);
    }
    this.editor.focus();
  }

  backToDraft(): void {
    if (this.editor.getModel() === this.model) return;
    this.editor.setModel(this.model);
    this.editor.updateOptions({ readOnly: false });
    if (this.draftViewState !== null) this.editor.restoreViewState(this.draftViewState);
    this.elements.banner.hidden = true;
    this.editor.focus();
  }
}
