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

/** After this many XML errors the rest of the input is not read: it is no longer XML worth reading. */
const MAX_XML_ERRORS = 20;
/** Leaf text longer than this is cut: no census value is longer, and memory stays bounded. */
const MAX_LEAF_TEXT = 1024;
const XML_ERROR_POSITION = /^(\d+):(\d+): /;

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
  private xmlErrors = 0;
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
    if (!this.stopped && chunk.length > 0) {
      try {
        this.parser.write(chunk);
      } catch (error) {
        this.xmlError(error instanceof Error ? error.message : String(error));
        this.stopped = true;
      }
    }
    return this.drain();
  }

  end(): CinItem[] {
    if (!this.stopped) {
      try {
        this.parser.close();
      } catch (error) {
        this.xmlError(error instanceof Error ? error.message : String(error));
      }
      this.stopped = true;
    }
    if (!this.started) this.report('error', CIN_CODES.notXml, 1, 'the file is empty: no census return in it');
    if (this.episode !== undefined) {
      this.report('error', CIN_CODES.notXml, this.parser.line, 'the file ends inside this episode');
      this.finishEpisode();
    }
    return this.drain();
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

  private xmlError(raw: string): void {
    if (this.stopped) return;
    this.xmlErrors++;
    const position = XML_ERROR_POSITION.exec(raw);
    const line = position ? Number(position[1]) : this.parser.line;
    const message = (position ? raw.slice(position[0].length) : raw).replace(/\.$/, '');
    if (this.xmlErrors > MAX_XML_ERRORS) {
      this.report('error', CIN_CODES.notXml, line, `more than ${MAX_XML_ERRORS} XML errors: the rest of the file is not read`);
      this.stopped = true;
      return;
    }
    this.report('error', CIN_CODES.notXml, line, `not well-formed XML: ${message.slice(0, 120)}`);
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const parent = this.stack[this.stack.length - 1];
    const line = this.parser.line;
    this.stack.push(name);
    if (this.skipFrom >= 0) return;
    const known = parent === undefined ? name === ROOT : allowedIn(parent, name);
    if (!known) {
      this.skipFrom = this.stack.length - 1;
      const message =
        parent === undefined
          ? `the root element is <${printable(name)}>, not <${ROOT}>: this is not a CIN census return`
          : `<${printable(name)}> is not an element of the census inside <${parent}>`;
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
    const depth = this.stack.length - 1;
    const name = this.stack.pop();
    if (name === undefined) return;
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
    const outcome = episodeCase(episode, child);
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
    if (this.skipFrom >= 0 || this.stack.length === 0) return;
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

/** An element name from the input, shown safely in a message. */
function printable(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 37)}...` : clean;
}
