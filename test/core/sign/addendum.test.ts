import assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/engine/lint';
import { lint } from '../../../src/core/engine/lint';
import { planAddendum } from '../../../src/core/sign/addendum';
import { verifyText } from '../../../src/core/sign/verify';
import { JANE, NOTE, OFFSET, later, sign } from './helpers';

describe('sign: addenda', () => {
  const signed = sign(NOTE);

  it('appends a heading dated now, attributed, with the reason and a blank to fill', () => {
    const plan = planAddendum(signed, 'late-entry', '  called patient\nback ', JANE, later(90), OFFSET);
    assert.equal(plan.kind, 'insert');
    if (plan.kind !== 'insert') return;
    const text = applyEdits(signed, [plan.edit]);
    assert.ok(text.startsWith(signed));
    assert.equal(text.slice(signed.length), '\n### Late entry · written 2026-11-30 15:35 −05:00 by Jane Doe, PT, DPT\n\n**Reason:** called patient back\n\n‹what happened, when it happened, and why it is recorded late›\n');
    assert.equal(text.slice(plan.blank.start, plan.blank.end), '‹what happened, when it happened, and why it is recorded late›');
    assert.equal(verifyText(text).status, 'unsigned-addendum');
    // The blank is an error until filled, so it cannot be signed by accident.
    assert.ok(lint(text).findings.some((f) => f.ruleId === 'placeholder-unfilled' && f.severity === 'error'));
  });

  it('refuses without a reason, on an unsigned note, with an unsigned addendum already below, and on changed signed text', () => {
    const refused = (text: string, reason = 'r') => planAddendum(text, 'addendum', reason, JANE, later(5), OFFSET).kind === 'refused';
    assert.ok(refused(signed, ' '));
    assert.ok(refused(NOTE));
    assert.ok(refused(signed + '\nDraft.\n'));
    assert.ok(refused(signed.replace('Neck', 'Back')));
    assert.ok(!refused(signed));
  });
});
