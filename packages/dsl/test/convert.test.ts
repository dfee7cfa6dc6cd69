import { describe, expect, it } from 'vitest';
import { canonicalIr } from '../src/canonical-ir.js';
import { convertPolicy } from '../src/convert.js';
import { parseText } from '../src/parse-text.js';
import { parseYaml } from '../src/parse-yaml.js';
import { policyHash } from '../src/policy-hash.js';
import { markdownBlocks, policyFiles } from './fixtures/policy-files.js';

function converted(source: string, from: 'wt' | 'yaml', to: 'wt' | 'yaml'): string {
  const result = convertPolicy(source, from, to);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.text!;
}

const textSources = [
  ...policyFiles('wt'),
  ...markdownBlocks('docs/language.md', 'wt').map((source, index) => ({ name: `docs/language.md wt example ${index + 1}`, source })),
];
const yamlSources = [
  ...policyFiles('yaml'),
  ...markdownBlocks('docs/language.md', 'yaml').map((source, index) => ({ name: `docs/language.md yaml example ${index + 1}`, source })),
];

describe('convertPolicy', () => {
  it('has text and YAML policies to convert', () => {
    expect(textSources.length).toBeGreaterThan(2);
    expect(yamlSources.length).toBeGreaterThan(0);
  });

  it.each(textSources)('$name: text → YAML → text keeps the IR and the fingerprint', ({ source }) => {
    const original = parseText(source);
    expect(original.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const yaml = converted(source, 'wt', 'yaml');
    const fromYaml = parseYaml(yaml);
    expect(fromYaml.diagnostics).toEqual([]);
    expect(canonicalIr(fromYaml.ir)).toEqual(canonicalIr(original.ir));
    const text = converted(yaml, 'yaml', 'wt');
    expect(canonicalIr(parseText(text).ir)).toEqual(canonicalIr(original.ir));
    expect(policyHash(parseText(text).ir)).toBe(policyHash(original.ir));
    // Converting again changes nothing: both printers are canonical.
    expect(converted(text, 'wt', 'yaml')).toBe(yaml);
  });

  it.each(yamlSources)('$name: YAML → text → YAML keeps the IR', ({ source }) => {
    const original = parseYaml(source);
    expect(original.diagnostics).toEqual([]);
    const text = converted(source, 'yaml', 'wt');
    expect(canonicalIr(parseText(text).ir)).toEqual(canonicalIr(original.ir));
    expect(canonicalIr(parseYaml(converted(text, 'wt', 'yaml')).ir)).toEqual(canonicalIr(original.ir));
  });

  it('formats text to text, keeping comments', () => {
    expect(converted('policy p {} // kept\n', 'wt', 'wt')).toBe('policy p {}  // kept\n');
  });

  it('lays YAML out canonically when converting YAML to YAML', () => {
    expect(converted('policy: { id: p, title: "T" }\n', 'yaml', 'yaml')).toBe('policy:\n  id: p\n  title: T\n');
  });

  it('refuses a source with errors', () => {
    const fromText = convertPolicy('policy p { effective 2023-02-30 }', 'wt', 'yaml', 'p.wt');
    expect(fromText.text).toBeUndefined();
    expect(fromText.diagnostics[0]).toMatchObject({ code: 'WT301', file: 'p.wt' });
    const fromYaml = convertPolicy('policy: { id: p, titel: x }', 'yaml', 'wt', 'p.yaml');
    expect(fromYaml.text).toBeUndefined();
    expect(fromYaml.diagnostics[0]).toMatchObject({ code: 'WT502', file: 'p.yaml', hint: 'did you mean `title`?' });
  });
});
