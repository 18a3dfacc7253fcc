import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { describeFinding, findingHoverAt, firstSentences, RULE_DOC_COMMAND } from '../../../src/core/editor/finding-hover';
import { rules } from '../../../src/core/rules';
import type { Finding } from '../../../src/core/types';
import { note } from '../helpers';

const text = note(
  '## S', 'Neck pain.', '',
  '## O', 'Dry needling performed:', '- upper trapezius 0.25x30 mm, LTR x2',
  '- R levator scapulae 0.25x30 mm, LTR x1', '',
  '## P', 'Billing: 20561',
);
const { findings } = lint(text);
const of = (id: string) => findings.find((f) => f.ruleId === id)!;
const linkOf = (id: string) => `command:${RULE_DOC_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;

describe('finding hover', () => {
  it('shows the headline with its severity, the detail, why the rule matters and the rule with its documentation link', () => {
    const cpt = of('cpt-muscle-count');
    assert.ok(cpt.detail, 'the fixture finding has a detail');
    const md = findingHoverAt(findings, cpt.start + 1)!.markdown;
    const [headline, detail, why, rule] = md.split('\n\n');
    assert.equal(headline, `**${cpt.message}** · Error`);
    assert.equal(detail.replace(/\\/g, ''), cpt.detail);
    assert.match(why, /^\*Why it matters:\* 20560 covers 1–2 muscles and 20561 three or more/);
    assert.equal(rule, `Rule [cpt-muscle-count (DN011)](${linkOf('cpt-muscle-count')} "Show the rule's documentation")`);
  });

  it('covers the finding\'s whole range, ends included, and nothing outside it', () => {
    const side = of('side-missing');
    for (const at of [side.start, side.end, Math.floor((side.start + side.end) / 2)]) {
      const h = findingHoverAt(findings, at);
      assert.ok(h, `no hover at ${at}`);
      assert.equal(text.slice(h.start, h.end), text.slice(side.start, side.end));
    }
    const prose = text.indexOf('Neck pain') + 2;
    assert.equal(findings.some((f) => f.start <= prose && prose <= f.end), false);
    assert.equal(findingHoverAt(findings, prose), undefined);
  });

  it('several findings at one place: each in its own part, the narrowest range first', () => {
    const wide: Finding = { ...of('side-missing'), ruleId: 'soap-section-missing', severity: 'warning', message: 'No Assessment section', detail: undefined, start: 0, end: text.length };
    const narrow = of('side-missing');
    const h = findingHoverAt([wide, narrow], narrow.start)!;
    assert.deepEqual([h.start, h.end], [narrow.start, narrow.end]);
    const parts = h.markdown.split('\n\n---\n\n');
    assert.equal(parts.length, 2);
    assert.match(parts[0], /^\*\*No side for "upper trapezius"\*\* · Error\n\nRecord left, right or bilateral/);
    assert.match(parts[1], /^\*\*No Assessment section\*\* · Warning\n\n\*Why it matters:\* A SOAP note shows/);
  });

  it('writes note text and headlines as text, not Markdown: fields, underscores and brackets are escaped', () => {
    const md = describeFinding({ ruleId: 'placeholder-unfilled', severity: 'error', message: 'Fill in this field: ‹written|verbal›', detail: 'signed __/__/____ [see *form*] <b>' });
    assert.match(md, /^\*\*Fill in this field: ‹written\|verbal›\*\* · Error\n\nsigned \\_\\_\/\\_\\_\/\\_\\_\\_\\_ \\\[see \\\*form\\\*\\\] \\<b\\>\n\n/);
  });

  it('a rule the registry does not know still gets its headline and id, without a rationale', () => {
    const md = describeFinding({ ruleId: 'clinic-rule', severity: 'info', message: 'Something to check' });
    assert.equal(md, `**Something to check** · Note\n\nRule [clinic-rule](${linkOf('clinic-rule')} "Show the rule's documentation")`);
  });

  it('keeps the rationale to one or two whole sentences for every rule', () => {
    for (const r of rules) {
      const why = firstSentences(r.meta.rationale, 320);
      assert.ok(r.meta.rationale.startsWith(why), r.meta.id);
      assert.match(why, /[.!?)]$/, `${r.meta.id} ends mid-sentence: ${why}`);
      const sentences = why.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      assert.ok(sentences <= 2 || why.length <= 320, `${r.meta.id}: ${sentences} sentences`);
      assert.ok(why.length <= 320 || !why.slice(0, -1).match(/[.!?]\s+[A-Z]/), `${r.meta.id}: ${why.length} characters`);
    }
  });

  it('splits sentences at their ends only: not after e.g. or inside numbers', () => {
    assert.equal(firstSentences('Use 0.25 mm needles, e.g. 0.25 × 40 mm. Then count them. And more.', 60), 'Use 0.25 mm needles, e.g. 0.25 × 40 mm. Then count them.');
    assert.equal(firstSentences('One sentence only', 10), 'One sentence only');
    assert.equal(firstSentences('First one is long enough. Second one pushes past the limit.', 30), 'First one is long enough.');
  });
});
