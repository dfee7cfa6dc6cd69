// Embedding the engine: from policy text to due dates, statuses and explanations.
import { checkPolicy, createPolicyResolver, parseText } from '@wt/dsl';
import { compile, formatRecordError, parseIsoDate } from '@wt/engine';

const protocol = `
policy example-protocol {
  title "Example protocol"
  version "1"
  calendar england-and-wales
  escalation standard
}
calendar england-and-wales {
  weekend saturday sunday
  holidays "GB-ENG"
}
event strategy-discussion "Strategy discussion" { s47: boolean }
event icpc "Initial child protection conference"
timescale icpc "Hold the initial child protection conference" {
  starts at first strategy-discussion where s47 = true
  requires icpc within 15 working days
  statutory
}
escalation standard {
  warn "Allocated social worker" 2 working days before due
  notify "Team manager" when overdue 1 working day
}
`;

export function runEmbedExample(): string[] {
  const lines: string[] = [];

  // 1. Text → IR → checked, resolved policy → compiled policy. Problems are values, never exceptions.
  const parsed = parseText(protocol, 'example-protocol.wt');
  const document = { file: 'example-protocol.wt', ir: parsed.ir };
  const checked = checkPolicy(document, createPolicyResolver([document]));
  const problems = [...parsed.diagnostics, ...checked.diagnostics].filter((d) => d.severity === 'error');
  if (!checked.resolved || problems.length > 0) return problems.map((d) => `${d.code} ${d.message}`);
  const { compiled, errors } = compile(checked.resolved);
  if (!compiled) return errors;

  // 2. Case records as a case-management system sends them (JSON), and an as-of date.
  const cases: unknown[] = [
    { id: 'C-1', events: [{ type: 'strategy-discussion', date: '2024-05-07', s47: true }, { type: 'icpc', date: '2024-05-29' }] },
    { id: 'C-2', events: [{ type: 'strategy-discussion', date: '2024-05-07', s47: true }] },
    { id: 'C-3', events: [{ type: 'strategy-discussion', date: '2024-02-30', s47: true }] },
  ];
  const asOf = parseIsoDate('2024-05-31')!;

  // 3. Validate and evaluate each case; a rejected record names its field, never its data.
  cases.forEach((input, index) => {
    const { result, errors: rejected } = compiled.evaluateInput(input, asOf, { index }, { explain: index === 1 });
    for (const error of rejected) lines.push(formatRecordError(error));
    if (!result) return;
    for (const o of result.obligations) {
      lines.push(`${result.case} ${o.rule}: start ${o.start}, due ${o.due}, ${o.status}${o.overdueBy ? ` by ${o.overdueBy}` : ''}`);
      for (const step of o.explanation) lines.push(`  ${step.kind}: ${step.text}`);
    }
    for (const e of result.escalations) lines.push(`${result.case} ${e.action} ${e.role} since ${e.since}`);
  });
  return lines;
}

if (process.argv[1]?.endsWith('embed-example.ts')) console.log(runEmbedExample().join('\n'));
