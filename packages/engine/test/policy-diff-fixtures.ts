/** Test helper for the diff and publish tests: the repository's policies, resolved, and the Northmere draft. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { checkPolicy, createPolicyResolver, parseText, type ResolvedPolicy } from '@wt/dsl';
import { compile, PAGE_CONTENT_SECURITY_POLICY, type CompiledPolicy } from '../src/index.js';
import { policyFile, policyFromText } from './policy-from-text.js';

export const WT2010 = policyFromText(policyFile('england/working-together-2010.wt'));
export const WT2013 = policyFromText(policyFile('england/working-together-2013.wt'));
export const NORTHMERE = policyFromText(policyFile('local/northmere.wt'), policyFile('england/working-together-2013.wt'));

/** policies/local/northmere.wt with the assessment at 40 working days and early help from a needs score of 5. */
export const NORTHMERE_DRAFT_TEXT = readFileSync(new URL('./fixtures/policy-diff/northmere-2025-draft.wt', import.meta.url), 'utf8');
export const NORTHMERE_DRAFT = policyFromText(NORTHMERE_DRAFT_TEXT, policyFile('england/working-together-2013.wt'));

/** The statutory base, as the CLI finds it through `extends`. */
export const floorPolicy = (id: string): ResolvedPolicy | undefined => (id === WT2013.id ? WT2013 : undefined);

/** Resolves a policy even when the checker reports errors (to diff a draft that breaks the floor). */
export function resolvedDespiteErrors(text: string, ...bases: string[]): ResolvedPolicy {
  const documents = [text, ...bases].map((source, position) => ({ file: `policy-${position}.wt`, ir: parseText(source, `policy-${position}.wt`).ir! }));
  const checked = checkPolicy(documents[0]!, createPolicyResolver(documents));
  return checked.resolved!;
}

export function compiled(policy: ResolvedPolicy): CompiledPolicy {
  const result = compile(policy);
  if (result.compiled === undefined) throw new Error(result.errors.join('; '));
  return result.compiled;
}

export function handMadeCaseload(): unknown[] {
  return JSON.parse(readFileSync(new URL('../../../examples/caseloads/hand-made.json', import.meta.url), 'utf8')) as unknown[];
}

/** A minimal policy in the text form, for focused diffs. */
export function tinyPolicy(id: string, body: string, header = ''): string {
  return `policy ${id} {\n  title "Tiny ${id}"\n  calendar office\n${header}}\ncalendar office {\n  weekend saturday sunday\n}\nevent a "Start event"\nevent b "Finish event"\nevent c "Cancel event"\n${body}\n`;
}

/** What a self-contained page must never hold: scripts, external loads, event handlers. */
export function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script/i);
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    expect(tag).not.toMatch(/\s(src|href|srcset|action|formaction|style)\s*=/i);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  }
  expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CONTENT_SECURITY_POLICY}">`);
  expect(PAGE_CONTENT_SECURITY_POLICY).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
}

