/**
 * The scaling figures as an SVG chart (docs/images/scaling.svg): time against cases on log-log axes,
 * where time proportional to cases is a line of slope 1. The dashed line is exact proportionality
 * through the largest run; the points are the measurements.
 */
import type { ScalingBenchFigures } from './scaling.bench.js';

const WIDTH = 640;
const HEIGHT = 400;
const LEFT = 80;
const RIGHT = 30;
const TOP = 50;
const BOTTOM = 60;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function powersOfTen(from: number, to: number): number[] {
  const powers: number[] = [];
  for (let exponent = Math.floor(Math.log10(from)); 10 ** exponent <= to * 1.0001; exponent++) if (10 ** exponent >= from / 1.0001) powers.push(10 ** exponent);
  return powers;
}

function label(value: number, unit: string): string {
  if (value >= 1_000_000) return `${value / 1_000_000}M${unit}`;
  if (value >= 1_000) return `${value / 1_000}k${unit}`;
  return `${value}${unit}`;
}

export function scalingSvg(figures: ScalingBenchFigures, machine: string): string {
  const points = figures.points;
  const minX = 10 ** Math.floor(Math.log10(Math.min(...points.map((p) => p.cases))));
  const maxX = 10 ** Math.ceil(Math.log10(Math.max(...points.map((p) => p.cases))));
  const minY = 10 ** Math.floor(Math.log10(Math.min(...points.map((p) => p.ms))));
  const maxY = 10 ** Math.ceil(Math.log10(Math.max(...points.map((p) => p.ms))));
  const x = (cases: number) => LEFT + ((Math.log10(cases) - Math.log10(minX)) / (Math.log10(maxX) - Math.log10(minX))) * (WIDTH - LEFT - RIGHT);
  const y = (ms: number) => HEIGHT - BOTTOM - ((Math.log10(ms) - Math.log10(minY)) / (Math.log10(maxY) - Math.log10(minY))) * (HEIGHT - TOP - BOTTOM);
  const parts: string[] = [];
  const title = 'wt engine: validate and evaluate time against number of cases';
  const description =
    `Log-log chart. ${points.map((p) => `${p.cases.toLocaleString('en-GB')} cases: ${p.ms} ms (${p.usPerCase} µs per case)`).join('; ')}. ` +
    `Least-squares slope ${figures.slopeUsPerCase} µs per case, R² ${figures.r2}. Machine: ${machine}.`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="title desc" font-family="sans-serif" font-size="12">`,
    `<title id="title">${escape(title)}</title>`,
    `<desc id="desc">${escape(description)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="15" fill="#0b0c0c">${escape(title)}</text>`,
  );
  for (const tick of powersOfTen(minX, maxX)) {
    const at = x(tick).toFixed(1);
    parts.push(`<line x1="${at}" y1="${TOP}" x2="${at}" y2="${HEIGHT - BOTTOM}" stroke="#d8d8d8"/>`);
    parts.push(`<text x="${at}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle" fill="#0b0c0c">${label(tick, '')}</text>`);
  }
  for (const tick of powersOfTen(minY, maxY)) {
    const at = y(tick);
    parts.push(`<line x1="${LEFT}" y1="${at.toFixed(1)}" x2="${WIDTH - RIGHT}" y2="${at.toFixed(1)}" stroke="#d8d8d8"/>`);
    parts.push(`<text x="${LEFT - 8}" y="${(at + 4).toFixed(1)}" text-anchor="end" fill="#0b0c0c">${tick >= 1000 ? `${tick / 1000} s` : `${tick} ms`}</text>`);
  }
  parts.push(`<text x="${(LEFT + WIDTH - RIGHT) / 2}" y="${HEIGHT - 18}" text-anchor="middle" fill="#0b0c0c">cases (log scale)</text>`);
  parts.push(`<text x="18" y="${(TOP + HEIGHT - BOTTOM) / 2}" text-anchor="middle" fill="#0b0c0c" transform="rotate(-90 18 ${(TOP + HEIGHT - BOTTOM) / 2})">time (log scale)</text>`);
  const last = points[points.length - 1]!;
  const perCase = last.ms / last.cases;
  parts.push(
    `<line x1="${x(minX).toFixed(1)}" y1="${y(Math.max(minY, perCase * minX)).toFixed(1)}" x2="${x(maxX).toFixed(1)}" y2="${y(Math.min(maxY, perCase * maxX)).toFixed(1)}" stroke="#505a5f" stroke-dasharray="6 4"/>`,
  );
  parts.push(`<polyline fill="none" stroke="#1d70b8" stroke-width="2" points="${points.map((p) => `${x(p.cases).toFixed(1)},${y(p.ms).toFixed(1)}`).join(' ')}"/>`);
  for (const p of points) {
    parts.push(`<circle cx="${x(p.cases).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="5" fill="#1d70b8"/>`);
    const nearRight = x(p.cases) > WIDTH - 180;
    parts.push(`<text x="${(x(p.cases) + (nearRight ? -10 : 8)).toFixed(1)}" y="${(y(p.ms) + (nearRight ? 18 : -8)).toFixed(1)}"${nearRight ? ' text-anchor="end"' : ''} fill="#0b0c0c">${escape(`${p.ms >= 1000 ? `${(p.ms / 1000).toFixed(2)} s` : `${p.ms} ms`} (${p.usPerCase} µs/case)`)}</text>`);
  }
  parts.push(
    `<text x="${LEFT + 8}" y="${TOP + 14}" fill="#0b0c0c">${escape(`slope ${figures.slopeUsPerCase} µs per case, R² ${figures.r2}; dashed: time ∝ cases`)}</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
