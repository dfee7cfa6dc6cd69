/**
 * The canonical YAML form of a policy (docs/language.md, "The YAML form"). Phrases (conditions,
 * durations, anchors, event matches) are written exactly as in the text form; comments are not kept.
 */
import { Document, isMap, isScalar, isSeq, stringify, type Node } from 'yaml';
import type {
  AttributeType,
  CalendarIR,
  EscalationIR,
  EscalationStepIR,
  EventIR,
  FactIR,
  PolicyIR,
  RemovalIR,
  RuleIR,
  ThresholdsIR,
} from './ir.js';
import { spellAnchor, spellCondition, spellDuration, spellMatch, spellWhile } from './text-spelling.js';

type Plain = string | number | boolean | Plain[] | PlainMap;
interface PlainMap {
  [key: string]: Plain | undefined;
}

/** Leaves out members that are undefined (keeping the order of the rest). */
function compact(entries: [string, Plain | undefined][]): PlainMap {
  const out: PlainMap = {};
  for (const [key, value] of entries) {
    if (value !== undefined) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list === undefined || list.length === 0 ? undefined : list;
}

function yamlType(type: AttributeType): Plain {
  return type.kind === 'enum' ? { 'one-of': type.values } : type.kind;
}

function policyHeader(ir: PolicyIR): PlainMap {
  return compact([
    ['id', ir.id],
    ['extends', ir.extends],
    ['title', ir.title],
    ['version', ir.version],
    ['area', ir.area],
    ['effective', ir.effective],
    ['until', ir.until],
    ['calendar', ir.calendar],
    ['escalation', ir.escalation],
    ['source', ir.source],
  ]);
}

function calendar(calendar: CalendarIR): PlainMap {
  const holidays = calendar.holidays;
  return compact([
    ['id', calendar.id],
    ['extends', calendar.extends],
    ['title', calendar.title],
    ['weekend', nonEmpty(calendar.weekend)],
    [
      'holidays',
      holidays === undefined ? undefined : holidays.kind === 'region' ? holidays.region : { file: holidays.path, division: holidays.division },
    ],
    [
      'closed',
      nonEmpty(calendar.closed)?.map((closure) => (closure.label === undefined ? closure.date : compact([[closure.date, closure.label]]))),
    ],
    ['counting', calendar.counting],
  ]);
}

function event(event: EventIR): PlainMap {
  const attributes = compact(event.attributes.map((attribute) => [attribute.name, yamlType(attribute.type)]));
  return compact([
    ['id', event.id],
    ['description', event.description],
    ['attributes', event.attributes.length === 0 ? undefined : attributes],
  ]);
}

function fact(fact: FactIR): PlainMap {
  return compact([
    ['id', fact.id],
    ['description', fact.description],
    ['type', yamlType(fact.type)],
  ]);
}

function rule(rule: RuleIR): PlainMap {
  return compact([
    [rule.kind, rule.id],
    ['title', rule.title],
    ['starts-at', rule.start === undefined ? undefined : spellAnchor(rule.start)],
    ['requires', rule.requires === undefined ? undefined : spellMatch(rule.requires)],
    ['within', rule.requires === undefined ? undefined : spellDuration(rule.requires.within)],
    ['while', rule.while === undefined ? undefined : spellWhile(rule.while)],
    ['unless', nonEmpty(rule.unless)?.map(spellMatch)],
    ['statutory', rule.statutory === true ? true : undefined],
    ['cites', nonEmpty(rule.cites)],
    ['warn', rule.warn === undefined ? undefined : spellDuration(rule.warn)],
    ['escalation', rule.escalation],
  ]);
}

function removal(removal: RemovalIR): PlainMap {
  return compact([[removal.kind, removal.id]]);
}

function step(step: EscalationStepIR): PlainMap {
  return compact([
    [step.action, step.role],
    [step.when === 'before-due' ? 'before-due' : 'when-overdue', spellDuration(step.offset)],
  ]);
}

function escalation(escalation: EscalationIR): PlainMap {
  return compact([
    ['id', escalation.id],
    ['title', escalation.title],
    ['steps', escalation.steps.map(step)],
  ]);
}

function thresholds(thresholds: ThresholdsIR): PlainMap {
  const otherwise = thresholds.otherwise;
  return compact([
    ['id', thresholds.id],
    ['title', thresholds.title],
    [
      'levels',
      thresholds.levels.map((level) => compact([['level', level.level], ['label', level.label], ['when', spellCondition(level.when)]])),
    ],
    ['otherwise', otherwise === undefined ? undefined : compact([['level', otherwise.level], ['label', otherwise.label]])],
  ]);
}

function policyAsPlain(ir: PolicyIR): PlainMap {
  return compact([
    ['policy', policyHeader(ir)],
    ['calendars', nonEmpty(ir.calendars.map(calendar))],
    ['events', nonEmpty(ir.events.map(event))],
    ['facts', nonEmpty(ir.facts.map(fact))],
    ['rules', nonEmpty(ir.rules.map(rule))],
    ['remove', nonEmpty(ir.removals.map(removal))],
    ['escalations', nonEmpty(ir.escalations.map(escalation))],
    ['thresholds', nonEmpty(ir.thresholds.map(thresholds))],
  ]);
}

/** Short lists and small maps read best on one line: `[ saturday, sunday ]`, `{ s47: boolean }`. */
const FLOW_KEYS = new Set(['weekend', 'attributes', 'one-of', 'type', 'otherwise', 'holidays']);
/** Sections whose items are set apart by a blank line. */
const SPACED_SECTIONS = new Set(['calendars', 'rules', 'escalations', 'thresholds']);
const MAX_WIDTH = 100;

function oneLineWidth(node: Node): number {
  return stringify(node.toJSON(), { collectionStyle: 'flow', flowCollectionPadding: true, lineWidth: 0 }).trimEnd().length;
}

/** Marks flow style and blank lines; `width` is the room a one-line value would start at. */
function setLayout(node: unknown, key: string | undefined, depth: number, width: number): void {
  if (!isMap(node) && !isSeq(node)) return;
  if (key !== undefined && FLOW_KEYS.has(key) && width + oneLineWidth(node) <= MAX_WIDTH) {
    node.flow = true;
    return;
  }
  const indent = 2 * depth;
  if (isMap(node)) {
    node.items.forEach((pair, index) => {
      const childKey = isScalar(pair.key) ? String(pair.key.value) : '';
      if (depth === 0 && index > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
      // The values of `attributes` are types, whatever the attributes are called.
      const role = key === 'attributes' ? 'type' : childKey;
      setLayout(pair.value, role, depth + 1, indent + childKey.length + 2);
    });
    return;
  }
  node.items.forEach((item, index) => {
    if (key !== undefined && SPACED_SECTIONS.has(key) && index > 0 && (isMap(item) || isSeq(item))) item.spaceBefore = true;
    setLayout(item, undefined, depth + 1, indent + 2);
  });
}

export function printYaml(ir: PolicyIR): string {
  const document = new Document(policyAsPlain(ir), { version: '1.2' });
  setLayout(document.contents, undefined, 0, 0);
  return document.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true });
}
