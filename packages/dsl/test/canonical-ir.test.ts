import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIr, canonicalJson } from '../src/canonical-ir.js';
import type { PolicyIR } from '../src/ir.js';

const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 10 });

const policy: PolicyIR = {
  irVersion: 1,
  id: 'p',
  extends: 'base',
  extendsLoc: at(1),
  calendars: [],
  events: [{ id: 'referral', attributes: [], loc: at(2) }],
  facts: [],
  rules: [
    {
      kind: 'timescale',
      id: 'assessment',
      statutory: true,
      statutoryLoc: at(5),
      start: { which: 'first', event: 'referral', loc: at(4) },
      loc: at(3),
    },
  ],
  removals: [],
  escalations: [],
  thresholds: [],
  loc: at(1),
};

describe('canonicalIr', () => {
  it('drops every source location', () => {
    const json = JSON.stringify(canonicalIr(policy));
    expect(json).not.toMatch(/loc"/i);
    expect(canonicalIr(policy).rules[0]).toEqual({
      kind: 'timescale',
      id: 'assessment',
      statutory: true,
      start: { which: 'first', event: 'referral' },
    });
  });

  it('orders keys alphabetically', () => {
    expect(Object.keys(canonicalIr({ b: 1, a: { d: 1, c: 2 } }))).toEqual(['a', 'b']);
    expect(Object.keys(canonicalIr({ b: 1, a: { d: 1, c: 2 } }).a)).toEqual(['c', 'd']);
  });

  it('drops undefined members and does not touch the input', () => {
    const input = { a: undefined, b: [1, { loc: at(1), c: 2 }] };
    expect(canonicalIr(input)).toEqual({ b: [1, { c: 2 }] });
    expect(input.b[1]).toHaveProperty('loc');
  });

  it('keeps a key spelled __proto__ as an ordinary member', () => {
    const input = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as object;
    const out = canonicalIr(input);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(canonicalJson(out)).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('makes layout-only differences disappear', () => {
    const moved: PolicyIR = { ...policy, loc: at(40), extendsLoc: at(40), events: [{ id: 'referral', attributes: [] }] };
    expect(canonicalJson(canonicalIr(moved))).toBe(canonicalJson(canonicalIr(policy)));
  });

  it('refuses a cyclic value', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalIr(cyclic)).toThrow(/cycle/);
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys and leaves out whitespace', () => {
    expect(canonicalJson({ b: [1, 'x', true, null], a: { z: 1, y: 'é' } })).toBe('{"a":{"y":"é","z":1},"b":[1,"x",true,null]}');
  });

  it('is JSON that parses back to an equal value, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('gives equal strings for objects that differ only in key order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
