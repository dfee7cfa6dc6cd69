/**
 * What a declared event, attribute, fact, calendar, escalation ladder, threshold document or policy
 * is, as Markdown paragraphs for a hover: its description, its details (attributes, type, working
 * days, steps, levels) and where it is declared. Policy text is escaped; names are inline code.
 */
import type { Declaration, DeclarationIndex } from './declaration-index.js';
import { escapeMarkdown, markdownCode } from './escape-markdown.js';
import type { CalendarIR, EscalationIR, ThresholdsIR } from './ir.js';
import { conditionText, durationText } from './message-text.js';
import { resolveCalendar } from './resolve-calendar.js';

const KIND_WORDS: Readonly<Record<Declaration['kind'], string>> = {
  policy: 'policy',
  event: 'event',
  attribute: 'attribute',
  fact: 'fact',
  calendar: 'calendar',
  rule: 'rule',
  escalation: 'escalation ladder',
  thresholds: 'thresholds',
};

/** "Declared in this policy" or "Declared in `file`". */
export function declaredWhere(declaration: Declaration): string {
  if (declaration.own) return 'Declared in this policy.';
  const file = declaration.document.file === '' ? declaration.document.ir.id : declaration.document.file;
  return `Declared in ${markdownCode(file)}.`;
}

function calendarLines(calendar: CalendarIR, index: DeclarationIndex): string[] {
  const lookup = (id: string) => index.names('calendar').find((declaration) => declaration.id === id)?.document.ir.calendars.find((candidate) => candidate.id === id);
  const resolution = resolveCalendar(calendar.id, (id) => (id === calendar.id ? calendar : lookup(id)));
  if (!resolution.ok) return calendar.extends === undefined ? [] : [`Extends ${markdownCode(calendar.extends)}.`];
  const resolved = resolution.calendar;
  const holidays = resolved.holidays === undefined ? 'none' : resolved.holidays.kind === 'region' ? escapeMarkdown(resolved.holidays.region) : escapeMarkdown(resolved.holidays.path);
  const lines = [
    `Weekend: ${escapeMarkdown(resolved.weekend.join(', '))}. Bank holidays: ${holidays}. Closure days: ${resolved.closed.length}. Counting: ${resolved.counting}.`,
  ];
  if (calendar.extends !== undefined) lines.push(`Extends ${markdownCode(calendar.extends)}.`);
  return lines;
}

function ladderLines(ladder: EscalationIR): string[] {
  return ladder.steps.map((step) =>
    step.when === 'before-due'
      ? `- ${step.action} ${escapeMarkdown(step.role)} ${durationText(step.offset)} before due`
      : `- ${step.action} ${escapeMarkdown(step.role)} when overdue${step.offset.amount === 0 ? '' : ` ${durationText(step.offset)}`}`,
  );
}

function thresholdLines(thresholds: ThresholdsIR): string[] {
  const lines = thresholds.levels.map((level) => `- level ${level.level} ${escapeMarkdown(level.label)} when ${markdownCode(conditionText(level.when))}`);
  if (thresholds.otherwise !== undefined) lines.push(`- otherwise level ${thresholds.otherwise.level} ${escapeMarkdown(thresholds.otherwise.label)}`);
  return lines;
}

function detailLines(declaration: Declaration, index: DeclarationIndex): string[] {
  const { ir } = declaration.document;
  switch (declaration.kind) {
    case 'event': {
      const attributes = index.attributesOf(declaration.id).map((attribute) => `${markdownCode(attribute.id)} (${attribute.text ?? ''})`);
      return attributes.length === 0 ? [] : [`Details recorded with it: ${attributes.join(', ')}.`];
    }
    case 'attribute':
      return [`An attribute of the event ${markdownCode(declaration.detail ?? '')}: ${escapeMarkdown(declaration.text ?? '')}.`];
    case 'fact':
      return [`A fact of the case: ${escapeMarkdown(declaration.detail ?? '')}.`];
    case 'calendar': {
      const calendar = ir.calendars.find((candidate) => candidate.id === declaration.id);
      return calendar === undefined ? [] : calendarLines(calendar, index);
    }
    case 'escalation': {
      const ladder = ir.escalations.find((candidate) => candidate.id === declaration.id);
      return ladder === undefined ? [] : ladderLines(ladder);
    }
    case 'thresholds': {
      const thresholds = ir.thresholds.find((candidate) => candidate.id === declaration.id);
      return thresholds === undefined ? [] : thresholdLines(thresholds);
    }
    case 'policy': {
      const lines: string[] = [];
      if (ir.effective !== undefined) lines.push(`In force from ${escapeMarkdown(ir.effective)}${ir.until === undefined ? '' : ` until ${escapeMarkdown(ir.until)}`}.`);
      if (ir.extends !== undefined) lines.push(`Extends ${markdownCode(ir.extends)}.`);
      return lines;
    }
    case 'rule':
      return [];
  }
}

/** Markdown paragraphs: what it is, its details, where it is declared. */
export function declarationSummary(declaration: Declaration, index: DeclarationIndex): string[] {
  const description = declaration.kind === 'attribute' || declaration.text === undefined ? '' : ` — ${escapeMarkdown(declaration.text)}`;
  return [`${KIND_WORDS[declaration.kind]} ${markdownCode(declaration.id)}${description}`, ...detailLines(declaration, index), declaredWhere(declaration)];
}
