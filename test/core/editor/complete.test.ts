import assert from 'node:assert/strict';
import { completeAt, type CompletionResult } from '../../../src/core/editor/complete';
import { resolveConfig } from '../../../src/core/config/config';
import { lint } from '../../../src/core/engine/lint';

/** Completes at the "¦" marker in `text` (the marker is removed). */
function at(textWithCursor: string, config = resolveConfig()): CompletionResult & { text: string; offset: number } {
  const offset = textWithCursor.indexOf('¦');
  assert.ok(offset >= 0, 'no cursor marker');
  const text = textWithCursor.replace('¦', '');
  return { ...completeAt(text, offset, undefined, config), text, offset };
}
const labels = (r: CompletionResult) => r.items.map((i) => i.label);
/** Labels in the order the editor shows them when nothing is typed (by sortText). */
const ranked = (r: CompletionResult) => [...r.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);

const table = (row: string) => [
  '## Dry needling', '', '| Muscle | Side | Needle (mm) | Technique | LTR |', '|---|---|---|---|---|', row,
].join('\n');

describe('completions (completeAt)', () => {
  describe('muscles', () => {
    it('in the Muscle column of a needling table, by shorthand: UT offers upper trapezius first', () => {
      const r = at(table('| UT¦ | R | 0.25x30 | pistoning | +LTR |'));
      assert.equal(r.context, 'muscle');
      const ut = r.items.find((i) => i.label === 'upper trapezius');
      assert.ok(ut, 'upper trapezius offered');
      assert.equal(ranked(r)[0], 'upper trapezius');
      assert.match(ut.filterText!, /^UT\b/);
      assert.match(ut.filterText!, /upper trap/);
      assert.equal(ut.insertText, 'upper trapezius');
      // The typed token is replaced, not appended to.
      assert.equal(r.text.slice(ut.replaceStart, ut.replaceEnd), 'UT');
      assert.match(ut.documentation!, /pleura|lung/);
      assert.match(ut.documentation!, /Billing: counts as trapezius/);
    });
    it('an ambiguous token (TA) puts every muscle it can mean first', () => {
      const r = at(table('| TA¦ | L | | | |'));
      const top = ranked(r).slice(0, 2).sort();
      assert.deepEqual(top, ['tibialis anterior', 'transversus abdominis']);
      for (const name of top) assert.match(r.items.find((i) => i.label === name)!.filterText!, /^TA\b/);
    });
    it('after a side token in a needling sentence, and on a bullet under "DN performed:"', () => {
      assert.equal(at('O: DN performed to R ¦').context, 'muscle');
      assert.equal(at('Dry needling performed:\n- L ¦').context, 'muscle');
      assert.equal(at('Dry needling performed:\n- ¦').context, 'muscle');
      assert.ok(labels(at('O: DN performed to R ¦')).includes('gluteus medius'));
    });
    it('nothing in an ordinary sentence with no needling context', () => {
      assert.equal(at('S: pt reports neck pain since ¦').items.length, 0);
    });
  });

  describe('sides, needles, techniques, responses', () => {
    it('Side column and after a muscle → L, R, bilateral', () => {
      assert.deepEqual(labels(at(table('| upper trapezius | ¦ | | | |'))), ['L', 'R', 'bilateral']);
      const r = at('O: DN upper trapezius ¦');
      assert.equal(r.context, 'side');
      assert.deepEqual(labels(r), ['L', 'R', 'bilateral']);
    });
    it('Needle column and after "0." → diameters × lengths from the vocabulary', () => {
      const r = at(table('| upper trapezius | R | 0.¦ | | |'));
      assert.equal(r.context, 'needle');
      assert.ok(labels(r).includes('0.25×40 mm'));
      assert.ok(labels(r).includes('0.30×60 mm'));
      assert.equal(r.items.length, 80);
      assert.equal(r.text.slice(r.items[0].replaceStart, r.items[0].replaceEnd), '0.');
      assert.equal(at('O: DN R UT 0.¦').context, 'needle');
      // After "R UT " (side first) the needle comes next.
      assert.equal(at('O: DN R UT ¦').context, 'needle');
    });
    it('Technique column and after a needle size → techniques and approaches', () => {
      const r = at(table('| upper trapezius | R | 0.25x30 | ¦ | |'));
      assert.equal(r.context, 'technique');
      assert.ok(labels(r).includes('pistoning'));
      assert.ok(labels(r).includes('pincer grip'));
      assert.match(r.items.find((i) => i.label === 'static')!.documentation!, /minutes/);
      assert.equal(at('O: DN R UT 0.25x30mm ¦').context, 'technique');
    });
    it('LTR column and after a technique → response forms', () => {
      const r = at(table('| upper trapezius | R | 0.25x30 | pistoning | ¦ |'));
      assert.equal(r.context, 'response');
      assert.deepEqual(labels(r).slice(0, 3), ['LTR x', '+LTR', 'no LTR']);
      assert.equal(at('O: DN R UT 0.25x30mm pistoning ¦').context, 'response');
    });
    it('nothing in the header or separator row of a table', () => {
      assert.equal(at('| Muscle¦ | Side |\n|---|---|').items.length, 0);
    });
  });

  describe('codes', () => {
    const needling = [
      'Consent: written consent on file.',
      '| Muscle | Side | Needle (mm) |', '|---|---|---|',
      '| upper trapezius | R | 0.25x30 |', '| gluteus medius | L | 0.30x60 |', '| gluteus medius | R | 0.30x60 |', '',
    ].join('\n');
    it('billing line → CPT codes, the code matching the muscles recorded first (3 by side → 20561)', () => {
      const r = at(needling + '\nBilling: ¦');
      assert.equal(r.context, 'cpt');
      assert.equal(ranked(r)[0], '20561');
      assert.match(r.items.find((i) => i.label === '20561')!.detail!, /matches/);
      assert.match(r.items.find((i) => i.label === '97140')!.documentation!, /Not for dry needling/);
    });
    it('one muscle → 20560 first; same under a "## Billing" heading and after "CPT"', () => {
      const one = 'DN R upper trapezius 0.25x30mm, LTR x2.\n\n';
      assert.equal(ranked(at(one + '## Billing\n\n¦'))[0], '20560');
      assert.equal(ranked(at(one + 'CPT ¦'))[0], '20560');
    });
    it('reuses a parsed note when given one', () => {
      const text = needling + '\nBilling: ';
      const { note } = lint(text);
      const r = completeAt(text, text.length, note);
      assert.equal([...r.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0].label, '20561');
    });
    it('Dx line → billable ICD-10 codes only (no deleted M54.5, no header M79.1)', () => {
      const r = at('Billing: 20560 · Dx ¦');
      assert.equal(r.context, 'icd');
      assert.ok(labels(r).includes('M79.12'));
      assert.ok(labels(r).includes('M54.50'));
      assert.ok(!labels(r).includes('M54.5'));
      assert.ok(!labels(r).includes('M79.1'));
    });
  });

  describe('front matter', () => {
    it('keys inside front matter, nothing after a key', () => {
      const r = at('---\ndate: 2025-03-04\n¦\n---\n\n## Subjective\n');
      assert.equal(r.context, 'front-matter-key');
      assert.ok(labels(r).includes('clinician'));
      assert.ok(labels(r).includes('consent'));
      assert.equal(r.items.find((i) => i.label === 'clinician')!.insertText, 'clinician: ');
      assert.equal(at('---\ndate: ¦\n---\n').items.length, 0);
    });
    it('CRLF notes work the same', () => {
      const r = at('---\r\n¦\r\n---\r\n\r\nBilling: \r\n');
      assert.equal(r.context, 'front-matter-key');
      assert.equal(at('DN R upper trapezius 0.25x30mm.\r\n\r\nBilling: ¦\r\n').context, 'cpt');
    });
  });
});
