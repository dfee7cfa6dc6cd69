import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlFlowMapText, yamlScalarText } from '../src/fixtures/yaml-scalar-text.js';

describe('yamlScalarText', () => {
  it('writes dates, statuses and roles plain, and quotes what YAML would read otherwise', () => {
    expect(yamlScalarText('2024-06-03')).toBe('2024-06-03');
    expect(yamlScalarText('due-soon')).toBe('due-soon');
    expect(yamlScalarText("Director of Children's Services")).toBe("Director of Children's Services");
    expect(yamlScalarText(null)).toBe('null');
    expect(yamlScalarText(3)).toBe('3');
    expect(yamlScalarText(['a', 'b'])).toBe('[a, b]');
    expect(yamlScalarText('null')).toBe('"null"');
    expect(yamlScalarText('true')).toBe('"true"');
    expect(yamlScalarText('12')).toBe('"12"');
    expect(yamlScalarText('a, b')).toBe('"a, b"');
    expect(yamlScalarText('x: y # z')).toBe('"x: y # z"');
  });

  it('reads back as the same value, alone and inside a flow mapping', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('2024-02-29', 'Team manager', 'no', '~', '- x', '[a]'));
    fc.assert(
      fc.property(value, (v) => {
        expect(parse(`key: ${yamlScalarText(v)}`)).toEqual({ key: v });
        expect(parse(`- ${yamlFlowMapText([['key', v], ['other', 1]])}`)).toEqual([{ key: v, other: 1 }]);
      }),
      { numRuns: 500 },
    );
  });
});
