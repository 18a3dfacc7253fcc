import assert from 'node:assert/strict';
import { parseConfigText } from '../../../src/core/config/parse';
import { BUILT_IN_PROFILES } from '../../../src/core/config/course';
import { thresholds, thresholdFor } from '../../../src/core/course/mcid';
import { outcomeMeasures } from '../../../src/core/vocab/outcomes';

describe('course: configuration and MCID data', () => {
  it('defaults to the generic payer, 365-day consent and month-first dates', () => {
    const { config, problems } = parseConfigText('{}');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.course, { payer: 'generic', profiles: BUILT_IN_PROFILES, consentValidDays: 365, dateOrder: 'month-first' });
  });

  it('adds and changes payer profiles', () => {
    const { config, problems } = parseConfigText(JSON.stringify({ course: { payer: 'Acme', profiles: { acme: { progressReportEvery: 6 }, medicare: { planOfCareDays: 60 } } } }));
    assert.deepEqual(problems, []);
    assert.equal(config.course.payer, 'acme');
    assert.deepEqual(config.course.profiles.acme, { progressReportEvery: 6, planOfCareDays: 0 });
    assert.deepEqual(config.course.profiles.medicare, { progressReportEvery: 10, planOfCareDays: 60 });
  });

  it('says what is wrong, with did-you-mean, and keeps the valid rest', () => {
    const { config, problems } = parseConfigText(JSON.stringify({ course: { payr: 'x', consentValidDays: -3, dateOrder: 'ymd', payer: 'medicair', profiles: { medicare: { planOfCareDay: 30 } } } }));
    assert.deepEqual(problems, [
      'course.payr: unknown setting; ignored. Did you mean payer?',
      'course.consentValidDays: must be a whole number of days from 0 to 3650, not -3; using 365.',
      'course.dateOrder: must be "month-first" or "day-first", not "ymd"; using "month-first".',
      'course.profiles.medicare.planOfCareDay: unknown setting; ignored. Did you mean planOfCareDays?',
      'course.payer: no profile named "medicair"; using "generic". Did you mean medicare?',
    ]);
    assert.equal(config.course.payer, 'generic');
    assert.equal(config.course.consentValidDays, 365);
  });

  it('has a threshold for every charted outcome measure, within its scale', () => {
    for (const t of thresholds) {
      const m = outcomeMeasures.find((o) => o.id === t.measure);
      assert.ok(m, `${t.measure} is a vocabulary measure`);
      assert.ok(t.value > 0 && t.value < t.max - t.min);
    }
    for (const id of ['nprs', 'ndi', 'odi', 'psfs', 'lefs', 'quickdash']) assert.ok(thresholdFor(id), id);
  });
});
