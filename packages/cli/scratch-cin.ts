import { readFileSync } from 'node:fs';
import { CinReader } from './src/cin/cin-reader.js';
for (const f of process.argv.slice(2)) {
  const r = new CinReader();
  const text = readFileSync(f, 'utf8');
  const items = [...r.push(text), ...r.end()];
  console.log('==', f, r.counts.summary(), r.referenceDate);
  for (const it of items) {
    if (it.kind === 'problem') console.log('P', JSON.stringify(it.problem));
    else { for (const p of it.problems) console.log('EP', it.index, JSON.stringify(p)); if (process.env.SHOW) console.log(JSON.stringify(it.value)); }
  }
}
