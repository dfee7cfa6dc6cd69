import { compile, parseIsoDate, type CaseRecord } from '../packages/engine/src/index.js';
import { generateCaseload } from '../examples/generator/generate-caseload.js';
import { checkRepoPolicy } from '../examples/policy-loading.js';
const checked = checkRepoPolicy('policies/local/northmere.wt');
const { compiled } = compile(checked.resolved!);
const inputs = [...generateCaseload({ seed: 2024, count: 50000, from: '2024-04-01', to: '2025-03-31' })];
const asOf = parseIsoDate('2025-03-31')!;
const mode = process.argv[2] ?? 'keep';
const records: CaseRecord[] = [];
if (mode === 'keep') inputs.forEach((input, index) => { const o = compiled!.validate(input, { index }); if (o.record) records.push(o.record); });
for (let pass = 0; pass < 6; pass++) {
  const t = performance.now(); let s = 0;
  for (let i = 0; i < inputs.length; i++) s += compiled!.evaluateInput(inputs[i], asOf, { index: i }).errors.length;
  console.log(mode, Math.round(inputs.length * 1000 / (performance.now() - t)));
}
