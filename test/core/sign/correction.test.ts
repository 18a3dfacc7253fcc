import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/engine/lint';
import { scanBlocks } from '../../../src/core/sign/block';
import { planCorrection } from '../../../src/core/sign/correction';
import { verifyText } from '../../../src/core/sign/verify';
import { JANE, NOTE, OFFSET, addSignedAddendum, later, sign } from './helpers';

const correct = (baseline: string, current: string, reason = 'wrong side recorded') => planCorrection(baseline, current, reason, JANE, later(30), OFFSET);

describe('sign: correction addendum (quick fix)', () => {
  const signed = sign(NOTE);

  it('sign → edit → correction → verify: the signed text is restored and the change recorded was → now with the reason', () => {
    const edited = signed.replace('| upper trapezius | R |', '| upper trapezius | L |');
    assert.equal(verifyText(edited).status, 'tampered');
    const plan = correct(signed, edited);
    assert.equal(plan.kind, 'edits');
    if (plan.kind !== 'edits') return;
    const fixed = applyEdits(edited, plan.edits);
    assert.ok(fixed.startsWith(signed), 'the signed text and its signature are back exactly');
    const v = verifyText(fixed);
    assert.equal(v.status, 'unsigned-addendum');
    const correction = fixed.slice(signed.length);
    assert.match(correction, /^\n### Correction · written 2026-11-30 14:35 −05:00 by Jane Doe, PT, DPT\n\n\*\*Reason:\*\* wrong side recorded\n/);
    assert.ok(correction.includes('Line 16\n  was: | upper trapezius | R | 0.25x30 | +x3 |\n  now: | upper trapezius | L | 0.25x30 | +x3 |\n'), correction);
    assert.deepEqual(plan.changes, [{ line: 16, was: ['| upper trapezius | R | 0.25x30 | +x3 |'], now: ['| upper trapezius | L | 0.25x30 | +x3 |'] }]);
    // Then signing the correction makes the whole note verify.
    const resigned = sign(fixed, { now: later(31) });
    const after = verifyText(resigned);
    assert.equal(after.status, 'signed');
    assert.equal(after.checks[1].kind === 'valid' && after.checks[1].block.fields.signs, 'correction');
  });

  it('keeps unsigned text below the signature, after the correction', () => {
    const draft = signed + '\nDraft addendum the clinician is writing.\n';
    const edited = draft.replace('Neck pain 5/10', 'Neck pain 6/10');
    const plan = correct(draft, edited);
    assert.equal(plan.kind, 'edits');
    if (plan.kind !== 'edits') return;
    const fixed = applyEdits(edited, plan.edits);
    assert.ok(fixed.startsWith(signed));
    assert.ok(fixed.endsWith('\nDraft addendum the clinician is writing.\n'));
    assert.ok(fixed.indexOf('### Correction') < fixed.indexOf('Draft addendum'));
  });

  it('records added and removed lines, and works on CRLF notes', () => {
    const crlf = signed.replace(/\n/g, '\r\n');
    const edited = crlf.replace('Needles: 1 in / 1 out.\r\n', '').replace('## Plan\r\n', '## Plan\r\nExtra line.\r\n');
    const plan = correct(crlf, edited);
    assert.equal(plan.kind, 'edits');
    if (plan.kind !== 'edits') return;
    const fixed = applyEdits(edited, plan.edits);
    assert.ok(fixed.startsWith(crlf));
    assert.ok(!/[^\r]\n/.test(fixed), 'CRLF kept');
    assert.match(fixed, /Line 18\r\n {2}was: Needles: 1 in \/ 1 out\.\r\n {2}now: \(removed\)/);
    assert.match(fixed, /now: Extra line\./);
  });

  it('works after several signed addenda, restoring an edit inside one of them', () => {
    const chained = addSignedAddendum(addSignedAddendum(signed, 'late-entry', 'Called: soreness resolved.'), 'addendum', 'Sheet given.', 120);
    const edited = chained.replace('Called: soreness resolved.', 'Called: soreness resolved on day 3.');
    const plan = correct(chained, edited);
    assert.equal(plan.kind, 'edits');
    if (plan.kind !== 'edits') return;
    const fixed = applyEdits(edited, plan.edits);
    assert.ok(fixed.startsWith(chained));
    assert.equal(verifyText(sign(fixed, { now: later(200) })).status, 'signed');
  });

  it('is unavailable without a verified baseline, without a reason, or without a change', () => {
    const edited = signed.replace('Neck', 'Back');
    assert.equal(correct(edited, edited).kind, 'unavailable');
    assert.equal(correct(NOTE, edited).kind, 'unavailable');
    assert.equal(correct(signed, edited, '  ').kind, 'unavailable');
    assert.equal(correct(signed, signed + '\nnew unsigned text\n').kind, 'unavailable');
  });

  it('property: after any edits to the signed text, the quick fix gives a note whose signed text verifies, and every changed line is in the correction', () => {
    const blockEnd = scanBlocks(signed)[0].end;
    const edit = fc.record({ at: fc.integer({ min: 0, max: blockEnd - 1 }), cut: fc.integer({ min: 0, max: 8 }), put: fc.constantFrom('x', 'L', '\n', 'new line\n', '', '99', '## Heading\n', ' ') });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, withTail) => {
      const baseline = withTail ? signed + '\nUnsigned draft line.\n' : signed;
      let current = baseline;
      for (const e of edits) current = current.slice(0, e.at) + e.put + current.slice(Math.min(e.at + e.cut, blockEnd));
      if (verifyText(current).status === verifyText(baseline).status) return; // no real change to the signed text
      const plan = correct(baseline, current);
      assert.equal(plan.kind, 'edits');
      if (plan.kind !== 'edits') return;
      const fixed = applyEdits(current, plan.edits);
      const v = verifyText(fixed);
      assert.equal(v.checks.length, 1);
      assert.equal(v.checks[0].kind, 'valid');
      assert.equal(v.status, 'unsigned-addendum');
      const correction = fixed.slice(v.signedEnd);
      for (const c of plan.changes) for (const line of c.now) if (line.trim()) assert.ok(correction.includes(line.trim()), `changed line ${JSON.stringify(line)} not in the correction`);
      assert.equal(verifyText(sign(fixed, { now: later(60) })).status, 'signed');
    }), { numRuns: 300 });
  });
});
