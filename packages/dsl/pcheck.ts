import { parseText } from './src/parse-text.ts';
const src = process.argv[2] ?? 'policy x { title "a" }';
const r = parseText(src, 'x.wt');
console.log(JSON.stringify(r.ir, (k, v) => k === 'loc' || k==='statutoryLoc' || k === 'extendsLoc' ? undefined : v));
for (const d of r.diagnostics) console.log(d.code, `${d.range.line}:${d.range.column}-${d.range.endLine}:${d.range.endColumn}`, d.message, '|', d.hint ?? '');
