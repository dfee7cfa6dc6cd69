/**
 * Lowering of a whole file's CST to the policy IR. Works on partial trees (after syntax errors) and
 * always yields an IR: declarations without a name are dropped, incomplete parts are left out.
 *
 * Checks made here (all about the file's shape, none about meaning): one `policy` header per file
 * (WT106 missing, WT107 a second one), and single-valued lines given twice in one block (WT108).
 */
import type { CstNode } from 'chevrotain';
import type {
  AttributeIR,
  AttributeType,
  CalendarIR,
  ClosureIR,
  DayCounting,
  EscalationAction,
  EscalationIR,
  EscalationStepIR,
  EventIR,
  FactIR,
  PolicyIR,
  RemovalIR,
  RuleIR,
  RuleKind,
  ThresholdLevelIR,
  ThresholdsIR,
  Weekday,
} from './ir.js';
import { IR_VERSION } from './ir.js';
import type { SourceRange } from './source-range.js';
import { childNode, childNodes, childToken, childTokens, nodeRange, spanOf } from './cst-access.js';
import { dateValue, decodeString, wholeNumber } from './literals.js';
import {
  lowerAnchor,
  lowerCondition,
  lowerDuration,
  lowerMatch,
  lowerRequirement,
  lowerWhile,
  nameOf,
  type Lowering,
} from './lower-expressions.js';
import { rangeOfToken } from './token-range.js';

export function emptyPolicy(): PolicyIR {
  return { irVersion: IR_VERSION, id: '', calendars: [], events: [], facts: [], rules: [], removals: [], escalations: [], thresholds: [] };
}

function withLoc<T extends object>(value: T, node: CstNode | undefined): T {
  const loc = nodeRange(node);
  return loc === undefined ? value : { ...value, loc };
}

/** Single-valued lines of one block, to report the second `title` (WT108). */
class SeenLines {
  private readonly seen = new Map<string, SourceRange>();
  constructor(
    private readonly where: string,
    private readonly lowering: Lowering,
  ) {}

  /** True the first time `key` is seen in the block; reports every later time. */
  first(key: string, range: SourceRange | undefined): boolean {
    const earlier = this.seen.get(key);
    if (earlier === undefined) {
      if (range !== undefined) this.seen.set(key, range);
      return true;
    }
    if (range !== undefined) {
      this.lowering.diagnostics.push({
        severity: 'error',
        code: 'WT108',
        message: `\`${key}\` is given more than once in ${this.where}; only the first counts`,
        range,
        related: [{ message: `first \`${key}\``, range: earlier }],
      });
    }
    return false;
  }
}

export function lowerFile(file: CstNode | undefined, lowering: Lowering): PolicyIR {
  const policy = emptyPolicy();
  let header: CstNode | undefined;
  for (const declaration of childNodes(file, 'declaration')) {
    const [kind, node] = Object.entries(declaration.children)[0] ?? [];
    const inner = node?.[0];
    if (inner === undefined || 'image' in inner) continue;
    switch (kind) {
      case 'policyDecl':
        if (header === undefined) {
          header = inner;
          lowerPolicyHeader(inner, policy, lowering);
        } else reportSecondHeader(inner, header, lowering);
        break;
      case 'calendarDecl':
        pushDefined(policy.calendars, lowerCalendar(inner, lowering));
        break;
      case 'eventDecl':
        pushDefined(policy.events, lowerEvent(inner, lowering));
        break;
      case 'factDecl':
        pushDefined(policy.facts, lowerFact(inner, lowering));
        break;
      case 'ruleDecl':
        pushDefined(policy.rules, lowerRule(inner, lowering));
        break;
      case 'removalDecl':
        pushDefined(policy.removals, lowerRemoval(inner));
        break;
      case 'escalationDecl':
        pushDefined(policy.escalations, lowerEscalation(inner, lowering));
        break;
      case 'thresholdsDecl':
        pushDefined(policy.thresholds, lowerThresholds(inner, lowering));
        break;
    }
  }
  return policy;
}

function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}

function reportSecondHeader(second: CstNode, first: CstNode, lowering: Lowering): void {
  const range = nodeRange(second);
  const firstRange = nodeRange(first);
  if (range === undefined) return;
  lowering.diagnostics.push({
    severity: 'error',
    code: 'WT107',
    message: 'A file holds one policy: this second `policy` header is ignored',
    range,
    ...(firstRange === undefined ? {} : { related: [{ message: 'the policy header', range: firstRange }] }),
    hint: 'Put each policy in a file of its own.',
  });
}

function lowerPolicyHeader(node: CstNode, policy: PolicyIR, lowering: Lowering): void {
  policy.id = nameOf(childNode(node, 'id')) ?? '';
  const base = nameOf(childNode(node, 'base'));
  if (base !== undefined) {
    policy.extends = base;
    const extendsKeyword = childToken(node, 'extendsKw');
    const extendsLoc = spanOf(extendsKeyword === undefined ? undefined : rangeOfToken(extendsKeyword), nodeRange(childNode(node, 'base')));
    if (extendsLoc !== undefined) policy.extendsLoc = extendsLoc;
  }
  const loc = nodeRange(node);
  if (loc !== undefined) policy.loc = loc;
  const seen = new SeenLines('the policy header', lowering);
  for (const item of childNodes(node, 'policyItem')) {
    const key = childToken(item, 'key')?.image;
    if (key === undefined || !seen.first(key, nodeRange(item))) continue;
    const text = childToken(item, 'text');
    const date = childToken(item, 'date');
    const ref = nameOf(childNode(item, 'ref'));
    const itemLoc = nodeRange(item);
    switch (key) {
      case 'title':
      case 'version':
      case 'area':
      case 'source':
        if (text !== undefined) policy[key] = decodeString(text, lowering.diagnostics);
        break;
      case 'effective':
      case 'until': {
        const value = date === undefined ? undefined : dateValue(date, lowering.diagnostics);
        if (value !== undefined) policy[key] = value;
        if (itemLoc !== undefined) policy[`${key}Loc`] = itemLoc;
        break;
      }
      case 'calendar':
      case 'escalation':
        if (ref !== undefined) policy[key] = ref;
        if (itemLoc !== undefined) policy[`${key}Loc`] = itemLoc;
        break;
    }
  }
}

function lowerCalendar(node: CstNode, lowering: Lowering): CalendarIR | undefined {
  const id = nameOf(childNode(node, 'id'));
  if (id === undefined) return undefined;
  const calendar: CalendarIR = { id };
  const base = nameOf(childNode(node, 'base'));
  if (base !== undefined) calendar.extends = base;
  const seen = new SeenLines(`calendar \`${id}\``, lowering);
  for (const item of childNodes(node, 'calendarItem')) {
    const key = childToken(item, 'key')?.image;
    if (key === undefined) continue;
    if (key === 'closed') {
      const closures = childNodes(item, 'closure').flatMap((closure) => lowerClosure(closure, lowering) ?? []);
      calendar.closed = [...(calendar.closed ?? []), ...closures];
      continue;
    }
    if (!seen.first(key, nodeRange(item))) continue;
    if (key === 'title') {
      const title = childToken(item, 'title');
      if (title !== undefined) calendar.title = decodeString(title, lowering.diagnostics);
    } else if (key === 'weekend') {
      calendar.weekend = childTokens(item, 'day').map((day) => day.image as Weekday);
    } else if (key === 'holidays') {
      const region = childToken(item, 'region');
      const path = childToken(item, 'path');
      const division = childToken(item, 'division');
      const loc = nodeRange(item);
      const at = loc === undefined ? {} : { loc };
      if (region !== undefined) calendar.holidays = { kind: 'region', region: decodeString(region, lowering.diagnostics), ...at };
      else if (path !== undefined && division !== undefined) {
        const file = decodeString(path, lowering.diagnostics);
        calendar.holidays = { kind: 'govuk-file', path: file, division: decodeString(division, lowering.diagnostics), ...at };
      }
    } else if (key === 'counting') {
      const counting = childToken(item, 'counting')?.image as DayCounting | undefined;
      if (counting !== undefined) calendar.counting = counting;
    }
  }
  return withLoc(calendar, node);
}

function lowerClosure(node: CstNode, lowering: Lowering): ClosureIR | undefined {
  const dateToken = childToken(node, 'date');
  const date = dateToken === undefined ? undefined : dateValue(dateToken, lowering.diagnostics);
  if (date === undefined) return undefined;
  const label = childToken(node, 'label');
  return withLoc({ date, ...(label === undefined ? {} : { label: decodeString(label, lowering.diagnostics) }) }, node);
}

function lowerEvent(node: CstNode, lowering: Lowering): EventIR | undefined {
  const id = nameOf(childNode(node, 'id'));
  if (id === undefined) return undefined;
  const description = childToken(node, 'description');
  const attributes = childNodes(node, 'attribute').flatMap((attribute) => lowerAttribute(attribute) ?? []);
  return withLoc(
    { id, ...(description === undefined ? {} : { description: decodeString(description, lowering.diagnostics) }), attributes },
    node,
  );
}

function lowerAttribute(node: CstNode): AttributeIR | undefined {
  const name = nameOf(childNode(node, 'id'));
  const type = lowerType(childNode(node, 'type'));
  if (name === undefined || type === undefined) return undefined;
  return withLoc({ name, type }, node);
}

function lowerType(node: CstNode | undefined): AttributeType | undefined {
  const simple = childToken(node, 'simple')?.image;
  if (simple === 'boolean' || simple === 'number' || simple === 'string' || simple === 'date') return { kind: simple };
  const members = childNodes(node, 'member').flatMap((member) => nameOf(member) ?? []);
  if (members.length === 0) return undefined;
  return { kind: 'enum', values: members };
}

function lowerFact(node: CstNode, lowering: Lowering): FactIR | undefined {
  const id = nameOf(childNode(node, 'id'));
  const type = lowerType(childNode(node, 'type'));
  if (id === undefined || type === undefined) return undefined;
  const description = childToken(node, 'description');
  return withLoc({ id, ...(description === undefined ? {} : { description: decodeString(description, lowering.diagnostics) }), type }, node);
}

function lowerRule(node: CstNode, lowering: Lowering): RuleIR | undefined {
  const kind = childToken(node, 'kind')?.image as RuleKind | undefined;
  const id = nameOf(childNode(node, 'id'));
  if (kind === undefined || id === undefined) return undefined;
  const rule: RuleIR = { kind, id };
  const title = childToken(node, 'title');
  if (title !== undefined) rule.title = decodeString(title, lowering.diagnostics);
  const seen = new SeenLines(`${kind} \`${id}\``, lowering);
  for (const item of childNodes(node, 'ruleItem')) {
    const keyToken = childToken(item, 'key');
    const key = keyToken?.image;
    if (key === undefined) continue;
    if (key === 'unless') {
      const match = lowerMatch(childNode(item, 'match'), lowering);
      if (match !== undefined) rule.unless = [...(rule.unless ?? []), match];
      continue;
    }
    if (key === 'cites') {
      const citation = childToken(item, 'citation');
      if (citation !== undefined) rule.cites = [...(rule.cites ?? []), decodeString(citation, lowering.diagnostics)];
      continue;
    }
    if (!seen.first(key === 'starts' ? 'starts at' : key, nodeRange(item))) continue;
    lowerRuleLine(rule, key, item, lowering);
    if (key === 'statutory' && keyToken !== undefined) rule.statutoryLoc = rangeOfToken(keyToken);
  }
  return withLoc(rule, node);
}

function lowerRuleLine(rule: RuleIR, key: string, item: CstNode, lowering: Lowering): void {
  switch (key) {
    case 'starts': {
      const start = lowerAnchor(childNode(item, 'anchor'), lowering);
      if (start !== undefined) rule.start = start;
      break;
    }
    case 'requires': {
      const requires = lowerRequirement(childNode(item, 'requirement'), lowering);
      if (requires !== undefined) rule.requires = requires;
      break;
    }
    case 'while': {
      const state = lowerWhile(childNode(item, 'whileRange'), lowering);
      if (state !== undefined) rule.while = state;
      break;
    }
    case 'statutory':
      rule.statutory = true;
      break;
    case 'warn': {
      const warn = lowerDuration(childNode(item, 'duration'), lowering);
      if (warn !== undefined) rule.warn = warn;
      break;
    }
    case 'escalation': {
      const escalation = nameOf(childNode(item, 'ref'));
      if (escalation !== undefined) rule.escalation = escalation;
      break;
    }
  }
}

function lowerRemoval(node: CstNode): RemovalIR | undefined {
  const kind = childToken(node, 'kind')?.image as RuleKind | undefined;
  const id = nameOf(childNode(node, 'id'));
  if (kind === undefined || id === undefined) return undefined;
  return withLoc({ kind, id }, node);
}

function lowerEscalation(node: CstNode, lowering: Lowering): EscalationIR | undefined {
  const id = nameOf(childNode(node, 'id'));
  if (id === undefined) return undefined;
  const title = childToken(node, 'title');
  const steps = childNodes(node, 'escalationStep').flatMap((step) => lowerEscalationStep(step, lowering) ?? []);
  return withLoc({ id, ...(title === undefined ? {} : { title: decodeString(title, lowering.diagnostics) }), steps }, node);
}

/** `notify ... when overdue` without a duration is "once overdue at all": an offset of 0 working days. */
function lowerEscalationStep(node: CstNode, lowering: Lowering): EscalationStepIR | undefined {
  const action = childToken(node, 'action')?.image as EscalationAction | undefined;
  const roleToken = childToken(node, 'role');
  if (action === undefined || roleToken === undefined) return undefined;
  const role = decodeString(roleToken, lowering.diagnostics);
  const durationNode = childNode(node, 'duration');
  const duration = lowerDuration(durationNode, lowering);
  if (action === 'warn') {
    if (duration === undefined) return undefined;
    return withLoc({ action, role, when: 'before-due' as const, offset: duration }, node);
  }
  if (durationNode !== undefined && duration === undefined) return undefined;
  const offset = duration ?? { amount: 0, unit: 'working-days' as const };
  return withLoc({ action, role, when: 'overdue' as const, offset }, node);
}

function lowerThresholds(node: CstNode, lowering: Lowering): ThresholdsIR | undefined {
  const id = nameOf(childNode(node, 'id'));
  if (id === undefined) return undefined;
  const thresholds: ThresholdsIR = { id, levels: [] };
  const title = childToken(node, 'title');
  if (title !== undefined) thresholds.title = decodeString(title, lowering.diagnostics);
  thresholds.levels = childNodes(node, 'thresholdLevel').flatMap((level) => lowerThresholdLevel(level, lowering) ?? []);
  const otherwise = childNode(node, 'otherwiseLevel');
  const levelToken = childToken(otherwise, 'level');
  const labelToken = childToken(otherwise, 'label');
  if (levelToken !== undefined && labelToken !== undefined) {
    const level = wholeNumber(levelToken, 'a level', lowering.diagnostics);
    if (level !== undefined) thresholds.otherwise = withLoc({ level, label: decodeString(labelToken, lowering.diagnostics) }, otherwise);
  }
  return withLoc(thresholds, node);
}

function lowerThresholdLevel(node: CstNode, lowering: Lowering): ThresholdLevelIR | undefined {
  const levelToken = childToken(node, 'level');
  const labelToken = childToken(node, 'label');
  if (levelToken === undefined || labelToken === undefined) return undefined;
  const level = wholeNumber(levelToken, 'a level', lowering.diagnostics);
  const label = decodeString(labelToken, lowering.diagnostics);
  const when = lowerCondition(childNode(node, 'condition'), lowering);
  if (level === undefined || when === undefined) return undefined;
  return withLoc({ level, label, when }, node);
}
