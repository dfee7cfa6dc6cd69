import { readFileSync } from 'node:fs';
import { PolicyWorkspace } from './src/policy-workspace.js';
import { CaseStore } from './src/case-store.js';
import { evaluateCaseload } from './src/evaluate-caseload.js';
import { generateCaseload } from '../../examples/generator/generate-caseload.js';
import { tokenize } from '@wt/dsl';
const t = (f: string) => ({ file: f, language: (f.endsWith('.wt') ? 'wt' : 'yaml') as 'wt'|'yaml', text: readFileSync(f, 'utf8'), kind: 'baseline' as const });
const ws = new PolicyWorkspace([t('policies/england/working-together-2013.wt'), t('policies/england/working-together-2010.wt')]);
const north = readFileSync('policies/local/northmere.wt', 'utf8');
const extra: string[] = [];
for (let i = 1; i <= 130; i++) extra.push(`review-point extra-check-${i} "Extra check ${i}" {`, '  starts at first referral', `  requires manager-review within ${5 + (i % 20)} working days`, '  unless referral-closed', '  warn 2 working days before due', '}', '');
const big = `${north}\n${extra.join('\n')}`;
const store = new CaseStore([...generateCaseload({ seed: 7, count: 200, from: '2024-01-01', to: '2024-06-28' })]);
for (let round = 0; round < 3; round++) {
  let s = performance.now(); const a = ws.analyse(big, 'wt'); const t1 = performance.now() - s;
  s = performance.now(); const c = evaluateCaseload(a.compiled!, store.all(), '2024-06-28', store.selectedId); const t2 = performance.now() - s;
  s = performance.now(); tokenize(big); const t3 = performance.now() - s;
  console.log(`analyse ${t1.toFixed(0)} ms, evaluate ${t2.toFixed(0)} ms (${c!.outcomes.length}), tokenize ${t3.toFixed(0)} ms, diags ${a.diagnostics.length}`);
}
