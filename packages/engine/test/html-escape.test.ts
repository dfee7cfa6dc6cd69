import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/index.js';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`Tom & Jerry's \`case\``)).toBe('Tom &amp; Jerry&#39;s &#96;case&#96;');
  });

  it('leaves no character that could open a tag or close an attribute, and can be undone', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"'`]/);
        const unescaped = escaped
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&#96;/g, '`')
          .replace(/&amp;/g, '&');
        expect(unescaped).toBe(text);
      }),
    );
  });
});
