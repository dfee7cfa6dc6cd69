import { compile, parseIsoDate } from '../packages/engine/src/index.js';
import { generateCaseload } from '../examples/generator/generate-caseload.js';
import { checkRepoPolicy } from '../examples/policy-loading.js';
const checked = checkRepoPolicy('policies/local/northmere.wt');
const { compiled } = compile(checked.resolved!);
const inputs = [...generateCaseload({ seed: 2024, count: 50000, from: '2024-04-01', to: '2025-03-31' })];
const asOf = parseIsoDate('2025-03-31')!;
const mode = process.argv[2] ?? 've';
for (let pass = 0; pass < 8; pass++) {
  const t = performance.now();
  let s = 0;
  if (mode === 'v') for (let i = 0; i < inputs.length; i++) s += compiled!.validate(inputs[i], { index: i }).errors.length;
  else for (let i = 0; i < inputs.length; i++) s += compiled!.evaluateInput(inputs[i], asOf, { index: i }).errors.length;
  console.log(mode, Math.round(inputs.length * 1000 / (performance.now() - t)));
}
