/**
 * Lays a policy out as lines of canonical text (docs/language.md, "Canonical layout"): the policy
 * header, calendars, events, facts, rules in their order, removals, escalations, thresholds; items
 * of a block in the order of the grammar; 2 spaces of indentation.
 */
import type {
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
import {
  endOf,
  fitsOnOneLine,
  startOf,
  type LayoutDeclaration,
  type LayoutLine,
  type SourcePosition,
} from './text-layout.js';
import {
  spellAnchor,
  spellCondition,
  spellDuration,
  spellMatch,
  spellNumber,
  spellString,
  spellType,
  spellWhile,
} from './text-spelling.js';
import { keywordTokens } from './tokens.js';

/**
 * Source positions of items that the IR keeps without a location of their own (`title` in a policy
 * header, `cites` in a rule...), keyed by `itemAnchorKey`. Found in the source by `findItemAnchors`.
 */
export type ItemAnchors = ReadonlyMap<string, SourcePosition>;

/** `policy/title`, `calendar/0/weekend`, `rule/2/cites/1`. */
export function itemAnchorKey(...parts: (string | number)[]): string {
  return parts.join('/');
}

const NO_ANCHORS: ItemAnchors = new Map();

function line(depth: number, text: string, anchors: SourcePosition[] = []): LayoutLine {
  return { depth, text, anchors };
}

function withTitle(head: string, title: string | undefined): string {
  return title === undefined ? head : `${head} ${spellString(title)}`;
}

function block(header: LayoutLine, items: LayoutLine[], closeAnchors: SourcePosition[]): LayoutLine[] {
  return [
    { ...header, text: `${header.text} {`, opensBlock: true },
    ...items,
    { depth: header.depth, text: '}', anchors: closeAnchors, closesBlock: true },
  ];
}

function anchorOf(anchors: ItemAnchors, ...key: (string | number)[]): SourcePosition[] {
  const position = anchors.get(itemAnchorKey(...key));
  return position === undefined ? [] : [position];
}

function layoutPolicyHeader(ir: PolicyIR, anchors: ItemAnchors): LayoutLine[] {
  const head = ir.extends === undefined ? `policy ${ir.id}` : `policy ${ir.id} extends ${ir.extends}`;
  const item = (keyword: string, value: string | undefined, spell: (value: string) => string) =>
    value === undefined ? [] : [line(1, `${keyword} ${spell(value)}`, anchorOf(anchors, 'policy', keyword))];
  const asIs = (value: string) => value;
  const items = [
    ...item('title', ir.title, spellString),
    ...item('version', ir.version, spellString),
    ...item('area', ir.area, spellString),
    ...item('effective', ir.effective, asIs),
    ...item('until', ir.until, asIs),
    ...item('calendar', ir.calendar, asIs),
    ...item('escalation', ir.escalation, asIs),
    ...item('source', ir.source, spellString),
  ];
  return block(line(0, head, [...startOf(ir.loc), ...startOf(ir.extendsLoc)]), items, endOf(ir.loc));
}

function layoutCalendar(calendar: CalendarIR, index: number, anchors: ItemAnchors): LayoutLine[] {
  const head = calendar.extends === undefined ? `calendar ${calendar.id}` : `calendar ${calendar.id} extends ${calendar.extends}`;
  const at = (keyword: string) => anchorOf(anchors, 'calendar', index, keyword);
  const items: LayoutLine[] = [];
  if (calendar.title !== undefined) items.push(line(1, `title ${spellString(calendar.title)}`, at('title')));
  if (calendar.weekend !== undefined && calendar.weekend.length > 0) {
    items.push(line(1, `weekend ${calendar.weekend.join(' ')}`, at('weekend')));
  }
  const holidays = calendar.holidays;
  if (holidays !== undefined) {
    const text =
      holidays.kind === 'region'
        ? `holidays ${spellString(holidays.region)}`
        : `holidays file ${spellString(holidays.path)} division ${spellString(holidays.division)}`;
    items.push(line(1, text, [...at('holidays'), ...startOf(holidays.loc)]));
  }
  const closed = calendar.closed ?? [];
  if (closed.length > 0) {
    const spelled = closed.map((closure) =>
      closure.label === undefined ? closure.date : `${closure.date} ${spellString(closure.label)}`,
    );
    const oneLine = `closed ${spelled.join(' ')}`;
    if (fitsOnOneLine(1, oneLine)) {
      items.push(line(1, oneLine, [...at('closed'), ...closed.flatMap((closure) => startOf(closure.loc))]));
    } else {
      items.push(line(1, 'closed', at('closed')));
      closed.forEach((closure, position) => items.push(line(2, spelled[position]!, startOf(closure.loc))));
    }
  }
  if (calendar.counting !== undefined) items.push(line(1, `counting ${calendar.counting}`, at('counting')));
  return block(line(0, head, startOf(calendar.loc)), items, endOf(calendar.loc));
}

function layoutEvent(event: EventIR): LayoutLine[] {
  const head = withTitle(`event ${event.id}`, event.description);
  if (event.attributes.length === 0) return [line(0, head, [...startOf(event.loc), ...endOf(event.loc)])];
  const attributes = event.attributes.map((attribute) => `${attribute.name}: ${spellType(attribute.type)}`);
  const oneLine = `${head} { ${attributes.join(', ')} }`;
  // A keyword is read as a name only on the line of the token before it: `level: boolean` cannot start a line.
  const keywordNamed = event.attributes.some((attribute) => keywordTokens.has(attribute.name));
  if (fitsOnOneLine(0, oneLine) || keywordNamed) {
    const anchors = [...startOf(event.loc), ...event.attributes.flatMap((a) => startOf(a.loc)), ...endOf(event.loc)];
    return [line(0, oneLine, anchors)];
  }
  const items = event.attributes.map((attribute, index) =>
    line(1, index < attributes.length - 1 ? `${attributes[index]},` : attributes[index]!, startOf(attribute.loc)),
  );
  return block(line(0, head, startOf(event.loc)), items, endOf(event.loc));
}

function layoutFact(fact: FactIR): LayoutLine[] {
  const text = `${withTitle(`fact ${fact.id}`, fact.description)} ${spellType(fact.type)}`;
  return [line(0, text, [...startOf(fact.loc), ...endOf(fact.loc)])];
}

function layoutRule(rule: RuleIR, index: number, anchors: ItemAnchors): LayoutLine[] {
  const items: LayoutLine[] = [];
  if (rule.start !== undefined) items.push(line(1, `starts at ${spellAnchor(rule.start)}`, startOf(rule.start.loc)));
  if (rule.requires !== undefined) {
    const text = `requires ${spellMatch(rule.requires)} within ${spellDuration(rule.requires.within)}`;
    items.push(line(1, text, startOf(rule.requires.loc)));
  }
  if (rule.while !== undefined) items.push(line(1, `while ${spellWhile(rule.while)}`, startOf(rule.while.loc)));
  for (const cancel of rule.unless ?? []) items.push(line(1, `unless ${spellMatch(cancel)}`, startOf(cancel.loc)));
  if (rule.statutory === true) items.push(line(1, 'statutory', startOf(rule.statutoryLoc)));
  (rule.cites ?? []).forEach((cite, position) =>
    items.push(line(1, `cites ${spellString(cite)}`, anchorOf(anchors, 'rule', index, 'cites', position))),
  );
  if (rule.warn !== undefined) items.push(line(1, `warn ${spellDuration(rule.warn)} before due`, startOf(rule.warn.loc)));
  if (rule.escalation !== undefined) {
    items.push(line(1, `escalation ${rule.escalation}`, anchorOf(anchors, 'rule', index, 'escalation')));
  }
  return block(line(0, withTitle(`${rule.kind} ${rule.id}`, rule.title), startOf(rule.loc)), items, endOf(rule.loc));
}

function layoutRemoval(removal: RemovalIR): LayoutLine[] {
  return [line(0, `remove ${removal.kind} ${removal.id}`, [...startOf(removal.loc), ...endOf(removal.loc)])];
}

function spellStep(step: EscalationStepIR): string {
  const who = `${step.action} ${spellString(step.role)}`;
  if (step.when === 'before-due') return `${who} ${spellDuration(step.offset)} before due`;
  return isOnceOverdue(step) ? `${who} when overdue` : `${who} when overdue ${spellDuration(step.offset)}`;
}

/** `notify "x" when overdue` without a duration means an offset of 0 working days. */
function isOnceOverdue(step: EscalationStepIR): boolean {
  return step.offset.amount === 0 && step.offset.unit === 'working-days' && step.offset.rounding === undefined;
}

function layoutEscalation(escalation: EscalationIR): LayoutLine[] {
  const steps = escalation.steps.map((step) => line(1, spellStep(step), startOf(step.loc)));
  return block(line(0, withTitle(`escalation ${escalation.id}`, escalation.title), startOf(escalation.loc)), steps, endOf(escalation.loc));
}

function layoutThresholds(thresholds: ThresholdsIR): LayoutLine[] {
  const levels = thresholds.levels.map((level) =>
    line(1, `level ${spellNumber(level.level)} ${spellString(level.label)} when ${spellCondition(level.when)}`, startOf(level.loc)),
  );
  const otherwise = thresholds.otherwise;
  if (otherwise !== undefined) {
    levels.push(line(1, `otherwise level ${spellNumber(otherwise.level)} ${spellString(otherwise.label)}`, startOf(otherwise.loc)));
  }
  return block(line(0, withTitle(`thresholds ${thresholds.id}`, thresholds.title), startOf(thresholds.loc)), levels, endOf(thresholds.loc));
}

function oneLinerIn(group: LayoutDeclaration['group'], lines: LayoutLine[]): LayoutDeclaration {
  return lines.length === 1 ? { lines, group } : { lines };
}

/** The declarations of `ir` in canonical order, each as lines. */
export function layoutPolicy(ir: PolicyIR, anchors: ItemAnchors = NO_ANCHORS): LayoutDeclaration[] {
  return [
    { lines: layoutPolicyHeader(ir, anchors) },
    ...ir.calendars.map((calendar, index) => ({ lines: layoutCalendar(calendar, index, anchors) })),
    ...ir.events.map((event) => oneLinerIn('event', layoutEvent(event))),
    ...ir.facts.map((fact) => oneLinerIn('fact', layoutFact(fact))),
    ...ir.rules.map((rule, index) => ({ lines: layoutRule(rule, index, anchors) })),
    ...ir.removals.map((removal) => oneLinerIn('removal', layoutRemoval(removal))),
    ...ir.escalations.map((escalation) => ({ lines: layoutEscalation(escalation) })),
    ...ir.thresholds.map((thresholds) => ({ lines: layoutThresholds(thresholds) })),
  ];
}
