import { describe, expect, it } from 'vitest';
import {
  caseloadImpact,
  diffPolicies,
  diffPolicySets,
  parseIsoDate,
  renderPolicyDiffHtml,
  renderPolicyDiffMarkdown,
  renderPolicyDiffText,
} from '../src/index.js';
import { compiled, expectSelfContained, floorPolicy, handMadeCaseload, NORTHMERE, NORTHMERE_DRAFT, tinyPolicy, WT2010, WT2013 } from './policy-diff-fixtures.js';
import { policyFromText } from './policy-from-text.js';

const diff = diffPolicies(NORTHMERE, NORTHMERE_DRAFT, { floorPolicy });
const impact = caseloadImpact(compiled(NORTHMERE), compiled(NORTHMERE_DRAFT), handMadeCaseload(), parseIsoDate('2024-06-28')!);

describe('renderPolicyDiffText', () => {
  const text = renderPolicyDiffText(diff, impact);

  it('reads the verdicts, the witness and the cases, with both fingerprints, and no colour unless asked', () => {
    expect(text).toContain('  • assessment is looser: within 35 working days → 40 working days; within the statutory floor of 45 working days (working-together-2013).');
    expect(text).toContain('Witness: a case with significant-harm = false, disabled = false, needs-score = 3 and age = 1 gets different levels.');
    expect(text).toContain('22 of 44 cases change: 22 obligations change due date or status, and 1 threshold level changes.');
    expect(text).toContain('C-01-assessment-met');
    expect(text).toContain(diff.old.hash);
    expect(text).toContain(diff.new.hash);
    expect(text).not.toContain('\u001b[');
  });

  it('renders a diff of policy sets version by version', () => {
    const sets = renderPolicyDiffText(diffPolicySets([WT2010, WT2013], [WT2013]));
    expect(sets).toContain('Versions only in the old set: working-together-2010.');
    expect(sets).toContain('Version working-together-2013 → working-together-2013');
    expect(sets).toContain(`  • The two policies are the same: both have the fingerprint ${diffPolicies(WT2013, WT2013).new.hash}.`);
  });

  it('colours the directions for a terminal', () => {
    const coloured = renderPolicyDiffText(diff, undefined, { colour: true });
    expect(coloured).toContain('\u001b[33mlooser\u001b[39m');
  });

  it('keeps control characters from a policy out of the terminal', () => {
    const plain = policyFromText(tinyPolicy('tiny', 'timescale x "Do it" {\n  starts at first a\n  requires b within 1 working day\n}'));
    const sneaky = { ...plain, title: 'Evil \u001b]0;owned\u0007', rules: plain.rules.map((rule) => ({ ...rule, title: 'Do \u001b[2J it' })) };
    const rendered = renderPolicyDiffText(diffPolicies(plain, sneaky), undefined, { colour: false });
    expect(rendered).toContain('Do ?[2J it');
    expect(rendered).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('renderPolicyDiffMarkdown', () => {
  it('is a board paper: headings, tables, directions in bold, fingerprints', () => {
    const markdown = renderPolicyDiffMarkdown(diff, impact);
    expect(markdown.startsWith('# What changed: Northmere Borough Council: assessment protocol → Northmere Borough Council: assessment protocol\n')).toBe(true);
    expect(markdown).toContain('| Rule | Change | Direction | What changed | Statutory floor |');
    expect(markdown).toContain('| *assessment*<br>timescale | changed | **looser** |');
    expect(markdown).toContain('| *assessment* | **due later (open)** | 8 |');
    expect(markdown).toContain(`*${diff.new.hash}*`);
  });

  it('tells the WT2010 → WT2013 replacement in plain words', () => {
    const markdown = renderPolicyDiffMarkdown(diffPolicies(WT2010, WT2013));
    expect(markdown).toContain(
      '- The initial and core assessments (within 10 working days of the referral, and within 35 working days of the core-assessment-start event) were replaced by one assessment within 45 working days of the referral.',
    );
  });
});

describe('renderPolicyDiffHtml', () => {
  it('is a self-contained page with an inline SVG chart and both fingerprints', () => {
    const html = renderPolicyDiffHtml(diff, impact);
    expectSelfContained(html);
    expect(html).toContain('<svg role="img" aria-label="Changed obligations by kind of change"');
    expect(html).toContain('<span class="tone-looser">looser</span>');
    expect(html).toContain(diff.old.hash);
    expect(html).toContain('<div class="side-by-side">');
  });

  it('escapes every string from the policies: a <script> title stays text', () => {
    const hostile = (title: string) =>
      policyFromText(tinyPolicy('tiny', `timescale x "${title}" {\n  starts at first a\n  requires b within 10 working days\n}`).replace('"Tiny tiny"', `"${title} policy"`));
    const html = renderPolicyDiffHtml(diffPolicies(hostile('<script>alert(1)</script>'), hostile('<img src=x onerror=alert(2)>')));
    expectSelfContained(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/<img[\s>]/);
  });
});
