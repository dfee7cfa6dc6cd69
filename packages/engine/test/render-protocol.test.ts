import { describe, expect, it } from 'vitest';
import { policyHash } from '@wt/dsl';
import { renderProtocolHtml, renderProtocolMarkdown } from '../src/index.js';
import { expectSelfContained, NORTHMERE, WT2010, WT2013 } from './policy-diff-fixtures.js';
import { policyFromText } from './policy-from-text.js';

const HOSTILE = policyFromText(`policy hostile {
  title "<script>alert('title')</script> protocol"
  area "Area <img src=x onerror=alert(1)>"
  calendar office
}
calendar office {
  weekend saturday sunday
  closed 2024-12-24 "<b>closed</b>"
}
event a "Start <iframe src=//evil>"
event b "Finish"
fact score "Score" number
timescale x "<script>steal()</script> the thing" {
  starts at first a
  requires b within 10 working days
  cites "a \\"quoted\\" <source>"
}
thresholds need "<marquee>" {
  level 2 "<em>high</em>" when score >= 3
  otherwise level 1 "low"
}
`);

describe('renderProtocolHtml', () => {
  const html = renderProtocolHtml(NORTHMERE);

  it('is a self-contained page with a strict Content-Security-Policy', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expectSelfContained(html);
  });

  it('has the title, area, version, effective date and fingerprint', () => {
    expect(html).toContain('<title>Northmere Borough Council: assessment protocol</title>');
    expect(html).toContain('<h1>Northmere Borough Council: assessment protocol</h1>');
    expect(html).toContain('<dt>Area</dt><dd>Northmere</dd>');
    expect(html).toContain('<dt>Version</dt><dd>2024.1</dd>');
    expect(html).toContain('<dt>In force</dt><dd>from 2024-04-01</dd>');
    expect(html).toContain(`<code>${policyHash(NORTHMERE)}</code>`);
  });

  it('says every rule in plain English, with the statutory ones marked and their sources', () => {
    for (const sentence of [
      'Team manager reviews the assessment within 10 working days of the referral.',
      'Complete the assessment within 35 working days of the referral.',
      'Decide the type of response to the referral within 1 working day of the referral.',
      'Hold the initial child protection conference within 15 working days of the first strategy discussion where s47 is true, otherwise the last strategy discussion.',
      'Hold the next review conference within 6 months of each review child protection conference, only between the plan-start event and the plan-end event.',
      'Tell the child and family the outcome within 5 working days of the assessment-complete event.',
    ]) {
      expect(html).toContain(sentence.replace(/'/g, '&#39;'));
    }
    expect(NORTHMERE.rules).toHaveLength(12);
    expect(html.match(/<tr><td><code>/g)).toHaveLength(12 + NORTHMERE.events.length + NORTHMERE.facts.length);
    expect(html).toContain('<strong>Statutory</strong> (set by working-together-2013)');
    expect(html).toContain('Northmere assessment protocol (2024) s.3: assessments completed within 35 working days of referral');
  });

  it('lists the threshold levels with their criteria, the escalation ladder and the closure days', () => {
    expect(html).toContain('<td>3</td><td>Child in need (section 17)</td><td>significant-harm is not true and (disabled is true or needs-score is at least 6 or (age is less than 1 and needs-score is at least 3))</td>');
    expect(html).toContain('<li>Notify the Director of Children&#39;s Services when it is 10 working days overdue.</li>');
    expect(html).toContain('<td>2024-12-27</td><td>Council closure</td>');
  });

  it('keeps every string from a policy as text: a <script> title stays text', () => {
    const hostile = renderProtocolHtml(HOSTILE);
    expectSelfContained(hostile);
    expect(hostile).toContain('<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; protocol</h1>');
    expect(hostile).toContain('&lt;script&gt;steal()&lt;/script&gt; the thing within 10 working days');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).toContain('&lt;em&gt;high&lt;/em&gt;');
    expect(hostile).not.toMatch(/<(img|iframe|b|em|marquee)[\s>]/);
  });

  it('makes one document with a section for each version of a set', () => {
    const set = renderProtocolHtml([WT2010, WT2013]);
    expect(set).toContain('<h2>Working Together to Safeguard Children (2010)</h2>');
    expect(set).toContain('<h2>Working Together to Safeguard Children (2013)</h2>');
    expect(set).toContain(policyHash(WT2010));
    expect(set).toContain(policyHash(WT2013));
  });
});

describe('renderProtocolMarkdown', () => {
  it('has the title, every rule in plain English and the fingerprint', () => {
    const markdown = renderProtocolMarkdown(NORTHMERE, { hash: 'sha256:given' });
    expect(markdown.startsWith('# Northmere Borough Council: assessment protocol\n')).toBe(true);
    expect(markdown).toContain('| Fingerprint | *sha256:given* |');
    expect(markdown).toContain('**Team manager reviews the assessment within 10 working days of the referral.**');
    expect(markdown).toContain('| 2 | Early help | significant-harm is not true and disabled is not true and needs-score is at least 3 and needs-score is less than 6 and age is at least 1 |');
  });

  it('escapes policy text so that it is never markup', () => {
    const markdown = renderProtocolMarkdown(HOSTILE);
    expect(markdown).toContain('# &lt;script&gt;alert(\'title\')&lt;/script&gt; protocol');
    expect(markdown).not.toMatch(/<(script|img|iframe|em|b|marquee)[\s>]/);
    expect(markdown).toContain('a "quoted" &lt;source&gt;');
  });
});
