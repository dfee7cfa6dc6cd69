/**
 * Reads a CIN census return as a stream: text goes in as chunks cut anywhere, and each episode comes
 * out as a case as soon as its `</CINdetails>` is read, so memory holds one episode, never the file.
 * Parsing is SAX-style (saxes: well-formedness checked, line numbers kept, no DTD or external
 * entity ever expanded). Nothing in the input can make it throw: every problem is a `CinProblem`.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { episodeCase, type CinCase } from './cin-episode-case.js';
import {
  newChild,
  newEpisode,
  type AssessmentDraft,
  type ChildDraft,
  type CinPlanDraft,
  type EpisodeDraft,
  type PreProceedingsDraft,
  type ProtectionPlanDraft,
  type Section47Draft,
} from './cin-episode-draft.js';
import { readLeaf, type LeafScope } from './cin-leaves.js';
import { CIN_CODES, type CinProblem, type CinSeverity } from './cin-problem.js';
import { CinCounts } from './cin-counts.js';
import { allowedIn, isContainer, ROOT } from './cin-vocabulary.js';

/** One episode read: its case, or the errors that reject it; with the warnings found in it. */
export interface CinEpisode {
  kind: 'episode';
  /** Line of its `<CINdetails>`. */
  line: number;
  /** 0-based position among the file's episodes. */
  index: number;
  childId?: string;
  /** `<LAchildID>/<n>`, when the child's id is known. */
  caseId?: string;
  value?: CinCase;
  problems: CinProblem[];
}

/** A problem outside any episode (the header, a child's identifiers, broken XML between children). */
export interface CinLooseProblem {
  kind: 'problem';
  problem: CinProblem;
}

export type CinItem = CinEpisode | CinLooseProblem;

/** Leaf text longer than this is cut: no census value is longer, and memory stays bounded. */
const MAX_LEAF_TEXT = 1024;
const XML_ERROR_POSITION = /^(\d+):(\d+): /;
/** Text before the root element held back at most (a declaration, comments, a document type). */
const MAX_PROLOGUE = 1 << 16;

export class CinReader {
  readonly counts = new CinCounts();
  private readonly parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  private readonly stack: string[] = [];
  /** Depth of the stack at which an unknown element was opened; its subtree is skipped. */
  private skipFrom = -1;
  private leafText = '';
  private leafLine = 0;
  private groupCount = 0;
  private groupLine = 0;
  private child: ChildDraft | undefined;
  private episode: EpisodeDraft | undefined;
  private module: unknown;
  private readonly header: { referenceDate?: string } = {};
  private output: CinItem[] = [];
  private closing = false;
  private sawMarkup = false;
  private leadingLines = 0;
  /** The root element has closed: whatever follows it is not read. */
  private rootClosed = false;
  private rootOpened = false;
  private prologue = '';
  private stopped = false;
  private started = false;
  private readonly scope: LeafScope;

  constructor() {
    const reader = this;
    this.scope = {
      report: (severity, code, line, message) => this.report(severity, code, line, message),
      header: this.header,
      get child() {
        return reader.child;
      },
      get episode() {
        return reader.episode;
      },
      get module() {
        return reader.module;
      },
      countInGroup: () => {
        this.groupCount++;
      },
    };
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.close());
    this.parser.on('text', (text) => this.text(text));
    this.parser.on('cdata', (text) => this.text(text));
    this.parser.on('error', (error) => this.xmlError(error.message));
  }

  /** The census ReferenceDate of the header, once read. */
  get referenceDate(): string | undefined {
    return this.header.referenceDate;
  }

  push(chunk: string): CinItem[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (!this.stopped && !this.sawMarkup) this.checkStart(chunk);
    if (this.stopped || this.rootClosed) return this.drain();
    if (!this.rootOpened) {
      // Until the root element opens, text is held back and given to saxes in one piece, so that
      // what comes before the root is judged (and located) the same however the input is cut.
      this.prologue += chunk;
      if (!/<[A-Za-z_:]/.test(this.prologue) && this.prologue.length < MAX_PROLOGUE) return this.drain();
      chunk = this.prologue;
      this.prologue = '';
    }
    this.write(chunk);
    return this.drain();
  }

  private write(chunk: string): void {
    if (this.stopped || this.rootClosed || chunk.length === 0) return;
    try {
      this.parser.write(chunk);
    } catch (error) {
      this.xmlError(error instanceof Error ? error.message : String(error));
      this.stopped = true;
    }
  }

  end(): CinItem[] {
    this.write(this.prologue);
    this.prologue = '';
    if (!this.stopped && this.sawMarkup && !this.rootClosed) {
      this.closing = true;
      try {
        this.parser.close();
      } catch (error) {
        this.xmlError(error instanceof Error ? error.message : String(error));
      }
    }
    this.stopped = true;
    if (!this.sawMarkup) this.report('error', CIN_CODES.notXml, 1, 'the file is empty: no census return in it');
    if (this.episode !== undefined) this.finishEpisode();
    return this.drain();
  }

  /** A return starts with markup: anything else is not XML at all, and is said so at its own line. */
  private checkStart(chunk: string): void {
    const first = chunk.search(/[^ \t\r\n]/);
    if (first === -1) {
      this.leadingLines += countNewlines(chunk);
      return;
    }
    this.sawMarkup = true;
    if (chunk[first] === '<') return;
    this.stopped = true;
    this.report('error', CIN_CODES.notXml, this.leadingLines + countNewlines(chunk.slice(0, first)) + 1, 'this is not XML: a census return starts with <');
  }

  private drain(): CinItem[] {
    const items = this.output;
    this.output = [];
    return items;
  }

  private report(severity: CinSeverity, code: string, line: number, message: string): void {
    const childId = this.child?.id;
    const problem: CinProblem = { severity, code, line, ...(childId !== undefined ? { childId } : {}), message };
    if (this.episode !== undefined) {
      this.episode.problems.push(problem);
    } else {
      this.counts.count(problem);
      this.output.push({ kind: 'problem', problem });
    }
  }

  /**
   * The first well-formedness error ends the reading, as XML 1.0 makes such errors fatal: what follows
   * can no longer be trusted to mean what it seems. Everything before it has been read; the episode it
   * lies in is rejected.
   */
  private xmlError(raw: string): void {
    if (this.stopped || this.rootClosed) return;
    this.stopped = true;
    const position = XML_ERROR_POSITION.exec(raw);
    const line = position ? Number(position[1]) : this.parser.line;
    if (this.closing) {
      this.report('error', CIN_CODES.notXml, line, 'the file ends before its elements are closed (is it cut short?)');
      return;
    }
    // saxes names the tag or entity after a colon; a broken file may put a value there, so it is cut.
    const message = (position ? raw.slice(position[0].length) : raw).split(':')[0]!.replace(/\.$/, '').trim();
    this.report('error', CIN_CODES.notXml, line, `not well-formed XML (${message.slice(0, 80)}): the rest of the file is not read`);
  }

  private open(tag: SaxesTagPlain): void {
    if (this.stopped || this.rootClosed) return;
    const name = tag.name;
    const parent = this.stack[this.stack.length - 1];
    const line = this.parser.line;
    this.rootOpened = true;
    this.stack.push(name);
    if (this.skipFrom >= 0) return;
    const known = parent === undefined ? name === ROOT : allowedIn(parent, name);
    if (!known) {
      this.skipFrom = this.stack.length - 1;
      const message =
        parent === undefined
          ? `the root element is ${shownName(name)}, not <${ROOT}>: this is not a CIN census return`
          : `${shownName(name)} is not an element of the census inside <${parent}>`;
      this.report('error', CIN_CODES.unknownElement, line, message);
      return;
    }
    if (!isContainer(name)) {
      this.leafText = '';
      this.leafLine = line;
      return;
    }
    this.openContainer(name, line);
  }

  private openContainer(name: string, line: number): void {
    switch (name) {
      case 'Child':
        this.child = newChild(line);
        this.counts.children++;
        return;
      case 'CINdetails':
        if (this.child === undefined) return;
        this.child.episodes++;
        this.episode = newEpisode(line, this.child.episodes);
        return;
      case 'Assessments':
        this.module = this.addModule<AssessmentDraft>((episode) => episode.assessments, { line });
        return;
      case 'CINPlanDates':
        this.module = this.addModule<CinPlanDraft>((episode) => episode.cinPlans, { line });
        return;
      case 'Section47':
        this.module = this.addModule<Section47Draft>((episode) => episode.section47s, { line, notRequiredSeen: false });
        return;
      case 'ChildProtectionPlans':
        this.module = this.addModule<ProtectionPlanDraft>((episode) => episode.plans, { line, reviews: [] });
        return;
      case 'PreProceedingsandFGDM':
        this.module = this.addModule<PreProceedingsDraft>((episode) => episode.preProceedings, { line, dates: [] });
        return;
      case 'Reviews':
      case 'FactorsIdentifiedAtAssessment':
        this.groupCount = 0;
        this.groupLine = line;
        return;
    }
  }

  private addModule<T>(list: (episode: EpisodeDraft) => T[], draft: T): T | undefined {
    if (this.episode === undefined) return undefined;
    list(this.episode).push(draft);
    return draft;
  }

  private close(): void {
    if (this.stopped || this.rootClosed) return;
    const depth = this.stack.length - 1;
    const name = this.stack.pop();
    if (name === undefined) return;
    if (this.stack.length === 0) this.rootClosed = true;
    if (this.skipFrom >= 0) {
      if (depth === this.skipFrom) this.skipFrom = -1;
      return;
    }
    if (!isContainer(name)) {
      const parent = this.stack[this.stack.length - 1];
      if (parent !== undefined) readLeaf(this.scope, parent, name, this.leafText, this.leafLine);
      this.leafText = '';
      return;
    }
    this.closeContainer(name);
  }

  private closeContainer(name: string): void {
    switch (name) {
      case 'CINdetails':
        this.finishEpisode();
        return;
      case 'Child':
        if (this.child !== undefined && this.child.episodes === 0) {
          this.report('warning', CIN_CODES.missingItem, this.child.line, 'the child has no CINdetails');
        }
        this.child = undefined;
        return;
      case 'Assessments':
      case 'CINPlanDates':
      case 'Section47':
      case 'ChildProtectionPlans':
      case 'PreProceedingsandFGDM':
        this.module = undefined;
        return;
      case 'Reviews':
        if (this.groupCount === 0) this.report('warning', CIN_CODES.missingItem, this.groupLine, 'Reviews has no CPPreviewDate');
        return;
      case 'FactorsIdentifiedAtAssessment':
        if (this.groupCount === 0) this.report('warning', CIN_CODES.missingItem, this.groupLine, 'FactorsIdentifiedAtAssessment has no AssessmentFactors');
        return;
    }
  }

  private finishEpisode(): void {
    const episode = this.episode;
    const child = this.child;
    this.episode = undefined;
    this.module = undefined;
    if (episode === undefined || child === undefined) return;
    // An episode cut short by broken XML is rejected for that alone: what it lacks is not missing.
    const outcome = episodeCase(episode, child, !this.stopped);
    const item: CinEpisode = {
      kind: 'episode',
      line: episode.line,
      index: this.counts.episodes,
      ...(child.id !== undefined ? { childId: child.id, caseId: `${child.id}/${episode.number}` } : {}),
      ...(outcome.value !== undefined ? { value: outcome.value } : {}),
      problems: outcome.problems,
    };
    this.counts.countEpisode(item.value?.events.length, outcome.problems);
    this.output.push(item);
  }

  private text(text: string): void {
    if (this.stopped || this.rootClosed || this.skipFrom >= 0 || this.stack.length === 0) return;
    const current = this.stack[this.stack.length - 1]!;
    if (!isContainer(current)) {
      if (this.leafText.length < MAX_LEAF_TEXT) this.leafText += text.slice(0, MAX_LEAF_TEXT - this.leafText.length);
      return;
    }
    if (text.trim() !== '') {
      this.report('warning', CIN_CODES.strayText, this.parser.line - countNewlines(text.trimStart()), `text inside <${current}>, which holds only elements; it is ignored`);
    }
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * An element name from the input, shown in a message only when it looks like the census's own names
 * (letters and digits): in a broken file a value can end up where a name should be.
 */
function shownName(name: string): string {
  return /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(name) ? `<${name}>` : 'an element (its name is not shown)';
}
