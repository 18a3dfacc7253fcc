import assert from 'node:assert/strict';
import { defaultConfig, resolveConfig } from '../../../src/core/config/config';
import { lint } from '../../../src/core/engine/lint';
import { countBilledMuscles } from '../../../src/core/model/billing';
import { billingStatus } from '../../../src/core/editor/status';
import { findings, note } from '../helpers';

const three = note(
  '## O', 'Dry needling performed:',
  '- R upper trapezius 0.25x30 mm, LTR x2',
  '- L upper trapezius 0.25x30 mm, LTR x1',
  '- R middle trapezius 0.25x30 mm, LTR x1',
  '', 'Billing: 20561',
);

describe('status bar billing summary', () => {
  it('counts distinct muscles by side, parts rolled up, and names the code', () => {
    const s = billingStatus(lint(three).note, defaultConfig());
    // R upper + R middle trapezius roll up to R trapezius; L trapezius counts separately.
    assert.equal(s.text, 'DN: 2 muscles → 20560');
    assert.match(s.tooltip, /left and right counted separately/);
    assert.match(s.tooltip, /parts of one muscle counted once/);
  });

  it('agrees with the cpt-muscle-count rule', () => {
    const n = lint(three).note;
    assert.equal(countBilledMuscles(n, defaultConfig()).count, 2);
    assert.equal(findings(three, 'cpt-muscle-count').length, 1, 'the rule flags 20561 for 2 muscles as well');
    assert.ok(findings(three.replace('20561', '20560'), 'cpt-muscle-count').length === 0);
  });

  it('follows the clinic option to count sides once, and 3+ muscles gives 20561', () => {
    const config = resolveConfig({ billing: { countSidesSeparately: false } });
    assert.equal(billingStatus(lint(three).note, config).text, 'DN: 1 muscle → 20560');
    const more = three.replace('Billing', '- R levator scapulae 0.25x30 mm, LTR x1\n- R rhomboid major 0.25x25 mm, LTR x1\n\nBilling');
    assert.equal(billingStatus(lint(more).note, defaultConfig()).text, 'DN: 4 muscles → 20561');
  });

  it('says so when nothing is needled', () => {
    assert.equal(billingStatus(lint(note('## S', 'Neck pain 5/10.')).note, defaultConfig()).text, 'DN: no needling');
  });
});
