/**
 * The policy IR of a YAML policy, read from its data (the JSON Schema has already said what is wrong
 * with it). Best effort: a part that is missing or of the wrong kind is left out, as the text parser
 * leaves out what it cannot read. Phrases in the text syntax (conditions, durations, anchors, event
 * matches, states) are parsed with `parseFragment`, so that their errors point into the YAML file.
 */
import type { Diagnostic } from './diagnostic.js';
import type {
  AttributeIR,
  AttributeType,
  CalendarIR,
  ClosureIR,
  EscalationIR,
  EscalationStepIR,
  EventIR,
  FactIR,
  PolicyIR,
  RemovalIR,
  RuleIR,
  RuleKind,
  ThresholdsIR,
  Weekday,
} from './ir.js';
import { IR_VERSION } from './ir.js';
import { dateProblem } from './literals.js';
import { parseFragment, type FragmentKind, type FragmentValues } from './parse-fragment.js';
import type { SourceRange } from './source-range.js';
import type { YamlLocations, YamlPath } from './yaml-locations.js';

type Data = Record<string, unknown>;

const RULE_KINDS: readonly RuleKind[] = ['timescale', 'review-point', 'decision-point'];
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const SIMPLE_TYPES = new Set(['boolean', 'number', 'string', 'date']);

export interface YamlReading {
  locations: YamlLocations;
  diagnostics: Diagnostic[];
  /** JSON pointers (`/rules/0/within`) of values the schema already complained about. */
  invalid: ReadonlySet<string>;
  file?: string;
}

function isData(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function own(data: Data | undefined, key: string): unknown {
  return data !== undefined && Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

function text(data: Data | undefined, key: string): string | undefined {
  const value = own(data, key);
  return typeof value === 'string' ? value : undefined;
}

function items(data: Data | undefined, key: string): unknown[] {
  const value = own(data, key);
  return Array.isArray(value) ? value : [];
}

function pointer(path: YamlPath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

class YamlToIr {
  constructor(private readonly reading: YamlReading) {}

  private loc(path: YamlPath): { loc?: SourceRange } {
    return { loc: this.reading.locations.valueRange(path) };
  }

  private isInvalid(path: YamlPath): boolean {
    return this.reading.invalid.has(pointer(path));
  }

  /** A phrase in the text syntax at `path`, parsed where it stands in the YAML file. */
  private fragment<K extends FragmentKind>(kind: K, path: YamlPath, value: unknown): FragmentValues[K] | undefined {
    if (typeof value !== 'string' || this.isInvalid(path)) return undefined;
    const start = this.reading.locations.contentStart(path);
    const origin = { line: start.line, column: start.column, ...(this.reading.file === undefined ? {} : { file: this.reading.file }) };
    const result = parseFragment(kind, value, origin);
    const whole = this.reading.locations.valueRange(path);
    // A phrase written over several lines is folded into one by YAML: its columns no longer match the
    // file, so its problems are shown on the whole phrase.
    const diagnostics = whole.endLine === whole.line ? result.diagnostics : result.diagnostics.map((d) => ({ ...d, range: whole }));
    this.reading.diagnostics.push(...diagnostics);
    return result.diagnostics.some((d) => d.severity === 'error') ? undefined : result.value;
  }

  private date(data: Data | undefined, key: string, path: YamlPath): string | undefined {
    const value = text(data, key);
    return value === undefined ? undefined : this.dateValue(value, [...path, key]);
  }

  private dateValue(value: string, path: YamlPath): string | undefined {
    if (this.isInvalid(path)) return undefined;
    const problem = dateProblem(value);
    if (problem === undefined) return value;
    this.reading.diagnostics.push({
      severity: 'error',
      code: 'WT301',
      message: problem,
      range: this.reading.locations.valueRange(path),
      ...(this.reading.file === undefined ? {} : { file: this.reading.file }),
    });
    return undefined;
  }

  policy(root: unknown): PolicyIR {
    const data = isData(root) ? root : undefined;
    const header = isData(own(data, 'policy')) ? (own(data, 'policy') as Data) : undefined;
    const at: YamlPath = ['policy'];
    const policy: PolicyIR = {
      irVersion: IR_VERSION,
      id: text(header, 'id') ?? '',
      calendars: items(data, 'calendars').flatMap((item, index) => this.calendar(item, ['calendars', index]) ?? []),
      events: items(data, 'events').flatMap((item, index) => this.event(item, ['events', index]) ?? []),
      facts: items(data, 'facts').flatMap((item, index) => this.fact(item, ['facts', index]) ?? []),
      rules: items(data, 'rules').flatMap((item, index) => this.rule(item, ['rules', index]) ?? []),
      removals: items(data, 'remove').flatMap((item, index) => this.removal(item, ['remove', index]) ?? []),
      escalations: items(data, 'escalations').flatMap((item, index) => this.escalation(item, ['escalations', index]) ?? []),
      thresholds: items(data, 'thresholds').flatMap((item, index) => this.thresholds(item, ['thresholds', index]) ?? []),
    };
    if (header === undefined) return policy;
    for (const key of ['title', 'version', 'area', 'calendar', 'escalation', 'source'] as const) {
      const value = text(header, key);
      if (value !== undefined) policy[key] = value;
    }
    const effective = this.date(header, 'effective', at);
    if (effective !== undefined) policy.effective = effective;
    const until = this.date(header, 'until', at);
    if (until !== undefined) policy.until = until;
    this.headerLocs(policy);
    const base = text(header, 'extends');
    if (base !== undefined) {
      policy.extends = base;
      const extendsLoc = this.reading.locations.pairRange(at, 'extends');
      if (extendsLoc !== undefined) policy.extendsLoc = extendsLoc;
    }
    return { ...policy, ...this.loc(at) };
  }

  /** Where the header lines that the checks point at stand: `effectiveLoc`, `calendarLoc`... */
  private headerLocs(policy: PolicyIR): void {
    const lines = [
      ['effective', 'effectiveLoc'],
      ['until', 'untilLoc'],
      ['calendar', 'calendarLoc'],
      ['escalation', 'escalationLoc'],
    ] as const;
    for (const [key, locKey] of lines) {
      const range = policy[key] === undefined ? undefined : this.reading.locations.pairRange(['policy'], key);
      if (range !== undefined) policy[locKey] = range;
    }
  }

  private calendar(item: unknown, path: YamlPath): CalendarIR | undefined {
    const id = isData(item) ? text(item, 'id') : undefined;
    if (!isData(item) || id === undefined) return undefined;
    const calendar: CalendarIR = { id };
    const base = text(item, 'extends');
    if (base !== undefined) calendar.extends = base;
    const title = text(item, 'title');
    if (title !== undefined) calendar.title = title;
    const weekend = items(item, 'weekend').filter((day): day is Weekday => typeof day === 'string' && WEEKDAYS.has(day));
    if (weekend.length > 0) calendar.weekend = weekend;
    const holidays = own(item, 'holidays');
    const holidaysLoc = this.loc([...path, 'holidays']);
    if (typeof holidays === 'string') calendar.holidays = { kind: 'region', region: holidays, ...holidaysLoc };
    const file = isData(holidays) ? text(holidays, 'file') : undefined;
    const division = isData(holidays) ? text(holidays, 'division') : undefined;
    if (file !== undefined && division !== undefined) calendar.holidays = { kind: 'govuk-file', path: file, division, ...holidaysLoc };
    const closed = items(item, 'closed').flatMap((closure, index) => this.closure(closure, [...path, 'closed', index]) ?? []);
    if (closed.length > 0) calendar.closed = closed;
    const counting = own(item, 'counting');
    if (counting === 'exclusive' || counting === 'inclusive') calendar.counting = counting;
    return { ...calendar, ...this.loc(path) };
  }

  private closure(item: unknown, path: YamlPath): ClosureIR | undefined {
    if (typeof item === 'string') {
      const date = this.dateValue(item, path);
      return date === undefined ? undefined : { date, ...this.loc(path) };
    }
    const entries = isData(item) ? Object.entries(item) : [];
    const [key, label] = entries[0] ?? [];
    if (entries.length !== 1 || key === undefined || typeof label !== 'string' || this.isInvalid(path)) return undefined;
    const date = this.dateValue(key, path);
    return date === undefined ? undefined : { date, label, ...this.loc(path) };
  }

  private type(value: unknown): AttributeType | undefined {
    if (typeof value === 'string' && SIMPLE_TYPES.has(value)) return { kind: value as 'boolean' | 'number' | 'string' | 'date' };
    const members = isData(value) ? own(value, 'one-of') : undefined;
    if (!Array.isArray(members)) return undefined;
    const values = members.filter((member): member is string => typeof member === 'string');
    return values.length === 0 ? undefined : { kind: 'enum', values };
  }

  private event(item: unknown, path: YamlPath): EventIR | undefined {
    const id = isData(item) ? text(item, 'id') : undefined;
    if (!isData(item) || id === undefined) return undefined;
    const description = text(item, 'description');
    const attributes = own(item, 'attributes');
    const list: AttributeIR[] = [];
    if (isData(attributes)) {
      for (const [name, type] of Object.entries(attributes)) {
        const lowered = this.type(type);
        const loc = this.reading.locations.pairRange([...path, 'attributes'], name);
        if (lowered !== undefined) list.push({ name, type: lowered, ...(loc === undefined ? {} : { loc }) });
      }
    }
    return { id, ...(description === undefined ? {} : { description }), attributes: list, ...this.loc(path) };
  }

  private fact(item: unknown, path: YamlPath): FactIR | undefined {
    const id = isData(item) ? text(item, 'id') : undefined;
    const type = isData(item) ? this.type(own(item, 'type')) : undefined;
    if (!isData(item) || id === undefined || type === undefined) return undefined;
    const description = text(item, 'description');
    return { id, ...(description === undefined ? {} : { description }), type, ...this.loc(path) };
  }

  private rule(item: unknown, path: YamlPath): RuleIR | undefined {
    if (!isData(item)) return undefined;
    const kind = RULE_KINDS.find((candidate) => typeof own(item, candidate) === 'string');
    if (kind === undefined) return undefined;
    const rule: RuleIR = { kind, id: text(item, kind)! };
    const title = text(item, 'title');
    if (title !== undefined) rule.title = title;
    const start = this.fragment('anchor', [...path, 'starts-at'], own(item, 'starts-at'));
    if (start !== undefined) rule.start = start;
    const requires = this.fragment('match', [...path, 'requires'], own(item, 'requires'));
    const within = this.fragment('duration', [...path, 'within'], own(item, 'within'));
    if (requires !== undefined && within !== undefined) rule.requires = { ...requires, within };
    const state = this.fragment('while', [...path, 'while'], own(item, 'while'));
    if (state !== undefined) rule.while = state;
    const unless = items(item, 'unless').flatMap((match, index) => this.fragment('match', [...path, 'unless', index], match) ?? []);
    if (unless.length > 0) rule.unless = unless;
    if (own(item, 'statutory') === true) {
      rule.statutory = true;
      const statutoryLoc = this.reading.locations.pairRange(path, 'statutory');
      if (statutoryLoc !== undefined) rule.statutoryLoc = statutoryLoc;
    }
    const cites = items(item, 'cites').filter((cite): cite is string => typeof cite === 'string');
    if (cites.length > 0) rule.cites = cites;
    const warn = this.fragment('duration', [...path, 'warn'], own(item, 'warn'));
    if (warn !== undefined) rule.warn = warn;
    const escalation = text(item, 'escalation');
    if (escalation !== undefined) rule.escalation = escalation;
    return { ...rule, ...this.loc(path) };
  }

  private removal(item: unknown, path: YamlPath): RemovalIR | undefined {
    if (!isData(item)) return undefined;
    const kind = RULE_KINDS.find((candidate) => typeof own(item, candidate) === 'string');
    return kind === undefined ? undefined : { kind, id: text(item, kind)!, ...this.loc(path) };
  }

  private escalation(item: unknown, path: YamlPath): EscalationIR | undefined {
    const id = isData(item) ? text(item, 'id') : undefined;
    if (!isData(item) || id === undefined) return undefined;
    const title = text(item, 'title');
    const steps = items(item, 'steps').flatMap((step, index) => this.step(step, [...path, 'steps', index]) ?? []);
    return { id, ...(title === undefined ? {} : { title }), steps, ...this.loc(path) };
  }

  private step(item: unknown, path: YamlPath): EscalationStepIR | undefined {
    if (!isData(item)) return undefined;
    const warn = text(item, 'warn');
    const notify = text(item, 'notify');
    if (warn !== undefined && notify === undefined) {
      const offset = this.fragment('duration', [...path, 'before-due'], own(item, 'before-due'));
      return offset === undefined ? undefined : { action: 'warn', role: warn, when: 'before-due', offset, ...this.loc(path) };
    }
    if (notify !== undefined && warn === undefined) {
      const offset = this.fragment('duration', [...path, 'when-overdue'], own(item, 'when-overdue'));
      return offset === undefined ? undefined : { action: 'notify', role: notify, when: 'overdue', offset, ...this.loc(path) };
    }
    return undefined;
  }

  private level(item: unknown): number | undefined {
    return typeof item === 'number' && Number.isSafeInteger(item) && item >= 0 ? item : undefined;
  }

  private thresholds(item: unknown, path: YamlPath): ThresholdsIR | undefined {
    const id = isData(item) ? text(item, 'id') : undefined;
    if (!isData(item) || id === undefined) return undefined;
    const thresholds: ThresholdsIR = { id, levels: [] };
    const title = text(item, 'title');
    if (title !== undefined) thresholds.title = title;
    thresholds.levels = items(item, 'levels').flatMap((entry, index) => {
      const levelPath = [...path, 'levels', index];
      if (!isData(entry)) return [];
      const level = this.level(own(entry, 'level'));
      const label = text(entry, 'label');
      const when = this.fragment('condition', [...levelPath, 'when'], own(entry, 'when'));
      return level === undefined || label === undefined || when === undefined ? [] : [{ level, label, when, ...this.loc(levelPath) }];
    });
    const otherwise = own(item, 'otherwise');
    const level = isData(otherwise) ? this.level(own(otherwise, 'level')) : undefined;
    const label = isData(otherwise) ? text(otherwise, 'label') : undefined;
    if (level !== undefined && label !== undefined) thresholds.otherwise = { level, label, ...this.loc([...path, 'otherwise']) };
    return { ...thresholds, ...this.loc(path) };
  }
}

/** The IR of the YAML data `root`; problems go to `reading.diagnostics`. */
export function yamlToIr(root: unknown, reading: YamlReading): PolicyIR {
  return new YamlToIr(reading).policy(root);
}

