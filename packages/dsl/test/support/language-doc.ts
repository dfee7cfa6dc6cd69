/** Test support: the fenced ```wt examples of docs/language.md, so that the docs cannot go stale. */
import { readFileSync } from 'node:fs';

export function languageDocExamples(): string[] {
  const markdown = readFileSync(new URL('../../../../docs/language.md', import.meta.url), 'utf8');
  return [...markdown.matchAll(/^```wt\r?\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');
}
