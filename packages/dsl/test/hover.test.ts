import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoverAt } from '../src/hover.js';
import type { LanguageServiceContext } from '../src/language-service-context.js';
import { positionAt, rangeContains } from '../src/source-position.js';
import { parseDocument } from './support/check-texts.js';
import { withCursor } from './support/cursor.js';
import { languageDocExamples } from './support/language-doc.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const context: LanguageServiceContext = { documents: [parseDocument(BASE_FILE, BASE)], file: 'local.wt' };

const HEADER = `policy local extends working-together-2013 {
  effective 2024-04-01
}
`;

function hover(marked: string, given: LanguageServiceContext = context) {
  const { source, offset } = withCursor(marked);
  return hoverAt(source, offset, given);
}

function markdown(marked: string, given?: LanguageServiceContext): string {
  return hover(marked, given)?.markdown ?? '';
}

describe('hoverAt: keywords', () => {
  it('says what a keyword means, over the keyword', () => {
    expect(hover(`${HEADER}timescale t {\n  sta|rts at first referral\n}`)).toEqual({
      range: { line: 5, column: 3, endLine: 5, endColumn: 9 },
      markdown: '`starts` — When the clock starts\\: the event the time is counted from\\.',
    });
    expect(markdown(`${HEADER}calendar c {\n  weekend sun|day\n}`)).toBe('`sunday` — A day of the week \\(sunday\\)\\.');
  });

  it('shows nothing on punctuation, strings, comments or empty space', () => {
    expect(hover(`${HEADER}timescale t {|\n}`)).toBeUndefined();
    expect(hover(`${HEADER}timescale t "Comp|lete" {\n}`)).toBeUndefined();
    expect(hover(`${HEADER}// a comm|ent\n`)).toBeUndefined();
    expect(hover(`${HEADER}  |  \n`)).toBeUndefined();
  });
});

describe('hoverAt: rules', () => {
  const override = `${HEADER}timescale assess|ment {
  requires assessment-complete within 35 working days
  cites "Local protocol (2024) s.3"
}
`;

  it('says what an overriding rule means, in plain English, with its floor and citation', () => {
    const paragraphs = markdown(override).split('\n\n');
    expect(paragraphs).toEqual([
      '**Complete the assessment** (`assessment`) — a statutory timescale, from `working-together-2013`.',
      'Within 35 working days of the first `referral` (Referral received), `assessment-complete` (Assessment completed) is required.',
      'It is cancelled when `referral-closed` (Referral closed) where `outcome = nfa` happens first.',
      '**Statutory floor:** within 45 working days (`working-together-2013`). This policy: within 35 working days, stricter than the statutory floor.',
      // `cites` of an override replaces the base's citations.
      '**Cites:** Local protocol \\(2024\\) s\\.3',
    ]);
    expect(hover(override)?.range).toEqual({ line: 4, column: 11, endLine: 4, endColumn: 21 });
  });

  it('says when an override is no stricter than the floor, or cannot be compared with it', () => {
    const same = markdown(`${HEADER}timescale icpc| {\n  requires icpc within 15 working days\n}\n`);
    expect(same).toContain('**Statutory floor:** within 15 working days (`working-together-2013`). This policy: within 15 working days, the same as the statutory floor.');
    const weeks = markdown(`${HEADER}timescale icpc| {\n  requires icpc within 3 weeks\n}\n`);
    expect(weeks).toContain('This policy: within 3 weeks, in other units than the statutory floor, so it cannot be compared.');
    const longer = markdown(`${HEADER}timescale later-reviews| {\n  requires review-conference within 7 months\n}\n`);
    expect(longer).toContain('This policy: within 7 months, looser than the statutory floor: not allowed.');
  });

  it('takes the floor from the nearest base that sets the duration (a region that shortened the national one)', () => {
    const region = parseDocument('region.wt', 'policy region extends working-together-2013 {\n}\ntimescale assessment {\n  requires assessment-complete within 40 working days\n}\n');
    const text = markdown('policy borough extends region {\n}\ntimescale assessm|ent {\n  requires assessment-complete within 40 working days\n}\n', {
      documents: [...context.documents, region],
    });
    expect(text).toContain('**Statutory floor:** within 40 working days (`region`). This policy: within 40 working days, the same as the statutory floor.');
    expect(text).toContain('a statutory timescale, from `working-together-2013`');
  });

  it('describes a statutory rule of the baseline itself, with its filter, state and citation', () => {
    const { source } = withCursor(BASE.replace('timescale later-reviews', 'timescale later-rev|iews'));
    const offset = BASE.indexOf('later-reviews') + 'later-rev'.length;
    const text = hoverAt(source, offset, { documents: [] })?.markdown ?? '';
    expect(text.split('\n\n')).toEqual([
      '**Review the plan** (`later-reviews`) — a statutory timescale.',
      'Within 6 months of each `review-conference` (Review conference), `review-conference` (Review conference) is required.',
      'It applies only between `plan-start` (Plan starts) and `plan-end` (Plan ends).',
      '**Statutory:** a local protocol may shorten it, but never lengthen or remove it.',
    ]);
  });

  it('describes a removed rule: a local one is removed, a statutory one cannot be', () => {
    expect(markdown(`${HEADER}remove review-point manager-rev|iew\n`).split('\n\n')).toEqual([
      '**Manager review** (`manager-review`) — a local review point, from `working-together-2013`.',
      'Within 10 working days of the first `referral` (Referral received), `assessment-complete` (Assessment completed) is required.',
      'This policy removes it.',
    ]);
    expect(markdown(`${HEADER}remove timescale icpc|\n`)).toContain('**Statutory** in `working-together-2013`: a local protocol cannot remove it.');
  });

  it('describes a new local rule, and a fallback anchor', () => {
    const text = markdown(`${HEADER}decision-point plan|-made "Decide on a plan" {
  starts at first strategy-discussion where s47 = true otherwise last referral
  requires icpc within 2 weeks
  warn 2 days before due
}
`);
    expect(text.split('\n\n')).toEqual([
      '**Decide on a plan** (`plan-made`) — a local decision point.',
      'Within 2 weeks of the first `strategy-discussion` (Strategy discussion) where `s47 = true` (or, when there is none, the last `referral` (Referral received)), `icpc` (Initial child protection conference) is required.',
      'It shows as due soon 2 days before it is due.',
      '**Not statutory:** a local protocol may change or remove it.',
    ]);
  });
});

describe('hoverAt: any text', () => {
  it('never throws, and a hover covers the position it was asked for', () => {
    const words = fc.constantFrom('policy p {', '}', 'timescale', 'assessment', ' ', '\n', 'requires', 'referral', 'where', 's47', '=', '"x', '//', 'within 3 days');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.nat(), (parts, n) => {
        const source = HEADER + parts.join(' ');
        const offset = n % (source.length + 1);
        const found = hoverAt(source, offset, context);
        if (found === undefined) return;
        const at = positionAt(source, offset);
        expect(rangeContains(found.range, at)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('hoverAt: declared names', () => {
  it('describes an event of the base, with its attributes and where it is declared', () => {
    expect(markdown(`${HEADER}timescale t {\n  starts at first strategy-disc|ussion\n}`).split('\n\n')).toEqual([
      'event `strategy-discussion` — Strategy discussion',
      'Details recorded with it: `s47` (yes/no (boolean)).',
      'Declared in `working-together-2013.wt`.',
    ]);
  });

  it('describes an attribute in a filter, a fact in thresholds, and the text’s own event', () => {
    expect(markdown(`${HEADER}timescale t {\n  unless referral-closed where out|come = nfa\n}`)).toContain('An attribute of the event `referral-closed`: one of \\(nfa, transferred\\).');
    expect(markdown(`${HEADER}thresholds need {\n  level 3 "Some" when needs|-score >= 3\n}`).split('\n\n')).toEqual([
      'fact `needs-score` — Needs score',
      'A fact of the case: a number.',
      'Declared in `working-together-2013.wt`.',
    ]);
    expect(markdown(`${HEADER}event visit "Home visit"\ntimescale t {\n  requires vis|it within 5 days\n}`)).toBe('event `visit` — Home visit\n\nDeclared in this policy.');
  });

  it('describes a calendar with its working days, a ladder with its steps, and a base policy', () => {
    expect(markdown('policy local extends working-together-2013 {\n  calendar engl|and\n}\n')).toContain(
      'Weekend: saturday, sunday. Bank holidays: GB\\-ENG. Closure days: 1. Counting: exclusive.',
    );
    expect(markdown('policy local extends working-together-2013 {\n  escalation stan|dard\n}\n')).toContain('- notify Team manager when overdue 1 working day');
    expect(markdown('policy local extends working-together|-2013 {\n}\n')).toContain('In force from 2013\\-04\\-15.');
  });

  it('never passes policy text through as Markdown or HTML', () => {
    const text = markdown('policy local {\n}\nevent x "<img src=x onerror=alert(1)> [link](javascript:alert(1))"\ntimescale t {\n  requires x| within 1 day\n}\n', { documents: [] });
    expect(text).not.toMatch(/(^|[^\\])<img|[^\\]\]\(/); // no unescaped tag, no link
    expect(text).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\> \\[link\\]\\(javascript\\:alert\\(1\\)\\)');
  });

  it('shows nothing for a name that is declared nowhere', () => {
    expect(hover(`${HEADER}timescale t {\n  requires nowh|ere within 1 day\n}`)).toBeUndefined();
  });
});

describe('hoverAt on the bundled policies', () => {
  const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
  const baseline = parseDocument('policies/england/working-together-2013.wt', read('policies/england/working-together-2013.wt'));
  const northmere = read('policies/local/northmere.wt');
  const bundled: LanguageServiceContext = { documents: [baseline], file: 'draft' };

  it('says what Northmere’s assessment means, with the national floor and its own citation', () => {
    const offset = northmere.indexOf('timescale assessment {') + 'timescale a'.length;
    const paragraphs = hoverAt(northmere, offset, bundled)?.markdown.split('\n\n') ?? [];
    expect(paragraphs[0]).toBe('**Complete the assessment** (`assessment`) — a statutory timescale, from `working-together-2013`.');
    expect(paragraphs[1]).toBe(
      "Within 35 working days of the first `referral` (Referral received by children's social care), `assessment-complete` (Assessment completed and authorised) is required.",
    );
    expect(paragraphs).toContain('**Statutory floor:** within 45 working days (`working-together-2013`). This policy: within 35 working days, stricter than the statutory floor.');
    expect(paragraphs.some((paragraph) => paragraph.startsWith('**Cites:** Northmere assessment protocol \\(2024\\) s\\.3'))).toBe(true);
  });

  it('tells Northmere’s event `manager-review` from its rule of the same name', () => {
    const event = northmere.indexOf('event manager-review') + 'event m'.length;
    expect(hoverAt(northmere, event, bundled)?.markdown).toMatch(/^event `manager-review` — Team manager reviews the progress/);
    const rule = northmere.indexOf('review-point manager-review') + 'review-point m'.length;
    expect(hoverAt(northmere, rule, bundled)?.markdown).toMatch(/^\*\*Team manager reviews the assessment\*\* \(`manager-review`\) — a local review point\./);
    const required = northmere.indexOf('requires manager-review') + 'requires m'.length;
    expect(hoverAt(northmere, required, bundled)?.markdown).toMatch(/^event `manager-review`/);
  });
});

describe('hoverAt in docs/language.md', () => {
  it('gives what "Editor services" shows for the assessment of the local example', () => {
    const docs = readFileSync(new URL('../../../docs/language.md', import.meta.url), 'utf8');
    const shown = /## Editor services[\s\S]*?```markdown\n([\s\S]*?)\n```/.exec(docs)?.[1];
    const [complete, local] = languageDocExamples();
    const offset = local!.indexOf('timescale assessment') + 'timescale a'.length;
    const documents = [parseDocument('working-together-2013.wt', complete!)];
    expect(hoverAt(local!, offset, { documents, file: 'example-borough.wt' })?.markdown).toBe(shown);
  });
});
