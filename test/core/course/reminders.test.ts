import assert from 'node:assert/strict';
import { parseConfigText } from '../../../src/core/config/parse';
import { contextFromTexts } from '../../../src/core/course/context';
import { addDays } from '../../../src/core/course/dates';
import { lint } from '../../../src/core/engine/lint';
import { needling, visitNote, type NoteSpec } from './notes';

// The reminder rules read the patient's earlier notes: each case gives them as texts.
function reminders(ruleId: string, earlier: string[], current: string, file: object = {}, now = new Date('2026-11-30T12:00:00Z')) {
  const { config, problems } = parseConfigText(JSON.stringify(file));
  assert.deepEqual(problems, []);
  return lint(current, config, { now, course: contextFromTexts(earlier, config) }).findings.filter((f) => f.ruleId === ruleId);
}
/** The full reminder (the finding's detail): what is due, counted from what. */
const found = (...args: Parameters<typeof reminders>): string[] => reminders(...args).map((f) => f.detail ?? f.message);
const note = (spec: NoteSpec) => visitNote({ patient: 'EX-9', ...spec });
const onRule = (id: string, options: Record<string, unknown>) => ({ rules: { [id]: { severity: 'warning', ...options } } });

describe('course: reminder rules', () => {
  describe('progress-report-due', () => {
    const evaluation = note({ payer: 'medicare', visit: '1 of 24', date: '2025-01-06', type: 'initial evaluation' });
    const visits = (from: number, to: number, extra: Partial<NoteSpec> = {}) =>
      Array.from({ length: to - from + 1 }, (_, i) => note({ payer: 'medicare', visit: `${from + i} of 24`, date: addDays('2025-01-06', 3 * (from + i)), ...extra }));
    it('fires on the 10th treatment day counting the evaluation, and not before', () => {
      const earlier = [evaluation, ...visits(2, 8)];
      assert.deepEqual(found('progress-report-due', earlier, visits(9, 9)[0]), []);
      const at10 = found('progress-report-due', [...earlier, ...visits(9, 9)], visits(10, 10)[0]);
      assert.equal(at10.length, 1);
      assert.match(at10[0], /^Progress report due at this visit: this is treatment day 10 since the evaluation/);
      assert.match(found('progress-report-due', [...earlier, ...visits(9, 10)], visits(11, 11)[0])[0], /^Progress report overdue: this is treatment day 11/);
      // The headline says what is due first; the count behind it is the detail.
      assert.equal(reminders('progress-report-due', [...earlier, ...visits(9, 9)], visits(10, 10)[0])[0].message, 'Progress report due at this visit');
      assert.equal(reminders('progress-report-due', earlier.slice(0, -1), visits(8, 8)[0], onRule('progress-report-due', { remindVisitsBefore: 2 }))[0].message, 'Progress report due in 2 visits');
    });
    it('counts a new period from the visit after a progress report', () => {
      const report = note({ payer: 'medicare', visit: '10 of 24', date: '2025-02-10', body: '## Progress report\n\nGoals reviewed.\n' });
      const earlier = [evaluation, ...visits(2, 9), report, ...visits(11, 18)];
      assert.deepEqual(found('progress-report-due', earlier, visits(19, 19)[0]), []);
      assert.match(found('progress-report-due', [...earlier, ...visits(19, 19)], visits(20, 20)[0])[0], /treatment day 10 since the last progress report/);
    });
    it('reminds earlier with remindVisitsBefore, and never under a payer that requires no report or without a course', () => {
      const earlier = [evaluation, ...visits(2, 7)];
      assert.deepEqual(found('progress-report-due', earlier, visits(8, 8)[0], onRule('progress-report-due', { remindVisitsBefore: 2 })).length, 1);
      assert.deepEqual(found('progress-report-due', earlier.slice(0, -1), visits(7, 7)[0], onRule('progress-report-due', { remindVisitsBefore: 2 })), []);
      const generic = [note({ visit: '1 of 24', date: '2025-01-06', type: 'evaluation' }), ...visits(2, 9, { payer: undefined })];
      assert.deepEqual(found('progress-report-due', generic, visits(10, 10, { payer: undefined })[0]), []);
      assert.equal(found('progress-report-due', generic, visits(10, 10, { payer: undefined })[0], { course: { payer: 'medicare' } }).length, 1, 'the clinic\'s default payer applies');
      const at10 = visits(10, 10)[0];
      assert.deepEqual(lint(at10).findings.filter((f) => f.ruleId === 'progress-report-due'), [], 'silent without a course');
      assert.deepEqual(found('progress-report-due', [], at10), [], 'silent when the notes on record start after visit 1: earlier reports are unknown');
      assert.deepEqual(found('progress-report-due', visits(4, 9), at10), []);
    });
  });

  describe('plan-of-care-recertification', () => {
    const evaluation = note({ payer: 'medicare', visit: '1 of 30', date: '2025-01-06', type: 'initial evaluation' });
    const on = (date: string, body?: string) => note({ payer: 'medicare', visit: '5 of 30', date, body });
    it('fires on the configured day before the 90th day, and not the day before', () => {
      const exact = onRule('plan-of-care-recertification', { remindDaysBefore: 0 });
      assert.deepEqual(found('plan-of-care-recertification', [evaluation], on(addDays('2025-01-06', 88)), exact), []);
      assert.match(found('plan-of-care-recertification', [evaluation], on(addDays('2025-01-06', 89)), exact)[0], /^Plan of care ends today \(certified through 2025-04-05, counted from the evaluation on 2025-01-06\)/);
      assert.deepEqual(found('plan-of-care-recertification', [evaluation], on(addDays('2025-01-06', 81))), [], 'default: 7 days before');
      assert.match(found('plan-of-care-recertification', [evaluation], on(addDays('2025-01-06', 82)))[0], /^Plan of care ends in 7 days/);
      assert.match(found('plan-of-care-recertification', [evaluation], on('2025-04-20'))[0], /^Plan of care needs recertification: it was certified through 2025-04-05/);
    });
    it('restarts the period at a recertification and honours a written end date', () => {
      const recert = note({ payer: 'medicare', visit: '20 of 30', date: '2025-04-01', body: '## Plan\n\nPlan of care recertified and signed by Dr. Lee.\n' });
      assert.deepEqual(found('plan-of-care-recertification', [evaluation, recert], on('2025-04-20')), []);
      assert.match(found('plan-of-care-recertification', [evaluation, recert], on(addDays('2025-04-01', 89)))[0], /ends today/);
      const written = note({ payer: 'medicare', visit: '1 of 30', date: '2025-01-06', type: 'initial evaluation', extra: ['certified_through: 2025-02-28'] });
      assert.match(found('plan-of-care-recertification', [written], on('2025-02-28'))[0], /ends today \(certified through 2025-02-28/);
      assert.deepEqual(found('plan-of-care-recertification', [evaluation], on('2025-04-20', '## Recertification\n\nSigned.\n')), [], 'the recertification note itself');
    });
    it('does not guess the start when the notes on record begin after visit 1 without an evaluation', () => {
      const later = note({ payer: 'medicare', visit: '5 of 30', date: '2025-01-06' });
      assert.deepEqual(found('plan-of-care-recertification', [later], on('2025-06-01')), []);
      const first = note({ payer: 'medicare', visit: '1 of 30', date: '2025-01-06' });
      assert.equal(found('plan-of-care-recertification', [first], on('2025-06-01')).length, 1, 'visit 1 on record starts the plan');
    });
    it('uses the day it is checked for a note without a date', () => {
      const undated = note({ payer: 'medicare', visit: '5 of 30' });
      assert.equal(found('plan-of-care-recertification', [evaluation], undated, {}, new Date('2025-04-04T10:00:00Z')).length, 1);
      assert.deepEqual(found('plan-of-care-recertification', [evaluation], undated, {}, new Date('2025-03-20T10:00:00Z')), []);
    });
  });

  describe('reevaluation-due', () => {
    const seven = note({ visit: '7 of 8', date: '2025-02-24' });
    it('fires at the last planned visit and beyond, not before', () => {
      assert.deepEqual(found('reevaluation-due', [note({ visit: '6 of 8', date: '2025-02-17' })], seven), []);
      assert.match(found('reevaluation-due', [seven], note({ visit: '8 of 8', date: '2025-03-03' }))[0], /^Visit 8 of 8 is the last planned visit/);
      assert.match(found('reevaluation-due', [seven], note({ visit: '9', date: '2025-03-10' }))[0], /^Visit 9 is beyond the 8 planned visits/);
      assert.match(found('reevaluation-due', [note({ visit: '6 of 8', date: '2025-02-17' })], seven, onRule('reevaluation-due', { remindVisitsBefore: 1 }))[0], /^Visit 7 of 8: the last planned visit is next/);
    });
    it('is satisfied by a re-evaluation or a discharge plan', () => {
      assert.deepEqual(found('reevaluation-due', [seven], note({ visit: '8 of 8', date: '2025-03-03', type: 're-evaluation' })), []);
      assert.deepEqual(found('reevaluation-due', [seven], note({ visit: '8 of 8', date: '2025-03-03', body: '## Plan\n\nDischarge plan: independent with HEP.\n' })), []);
      const planned = note({ visit: '7 of 8', date: '2025-02-24', body: '## Plan\n\nPlan to discharge after next visit.\n' });
      assert.deepEqual(found('reevaluation-due', [planned], note({ visit: '8 of 8', date: '2025-03-03' }), onRule('reevaluation-due', { remindVisitsBefore: 1 })), []);
    });
  });

  describe('consent-renewal', () => {
    const first = note({ visit: '1 of 8', date: '2024-03-04', body: needling([['upper trapezius', 'R']], { consent: 'written consent signed 2024-03-04 for the neck and shoulders.' }) });
    const later = (date: string, rows: Array<[string, string]> = [['upper trapezius', 'R']], consent?: string) => note({ visit: '2 of 8', date, body: needling(rows, { consent }) });
    it('fires when the consent on file reaches the clinic\'s validity, not the day before', () => {
      assert.deepEqual(found('consent-renewal', [first], later('2025-03-03')), []);
      assert.match(found('consent-renewal', [first], later('2025-03-04'))[0], /^Consent older than clinic policy: the consent on file was signed on 2024-03-04, 365 days before this visit/);
      assert.deepEqual(found('consent-renewal', [first], later('2024-04-04'), { course: { consentValidDays: 30 } }).length, 1);
      assert.deepEqual(found('consent-renewal', [first], later('2026-03-04'), { course: { consentValidDays: 0 } }), []);
      assert.deepEqual(found('consent-renewal', [first], later('2025-06-01', undefined, 'new written consent signed today.')), [], 'a new consent at this visit');
    });
    it('fires when a body region is needled for the first time and no consent names it', () => {
      const elbow = later('2024-03-11', [['upper trapezius', 'R'], ['extensor carpi radialis brevis', 'R']]);
      assert.match(found('consent-renewal', [first], elbow)[0], /^Consent does not name the forearm: extensor carpi radialis brevis is the first needling there/);
      assert.deepEqual(found('consent-renewal', [first], later('2024-03-11', [['extensor carpi radialis brevis', 'R']], 'verbal consent re-confirmed today, including the right forearm.')), []);
      assert.deepEqual(found('consent-renewal', [first], elbow, onRule('consent-renewal', { checkRegions: false })), []);
      assert.deepEqual(found('consent-renewal', [], first), [], 'the first visit sets the regions');
    });
  });

  describe('needling-without-change', () => {
    const v = (n: number, nprs: number | undefined, muscle = 'upper trapezius', side = 'R') =>
      note({ visit: `${n} of 8`, date: addDays('2025-01-06', 7 * n), body: needling([[muscle, side]], { nprs }) });
    it('fires on the third session in a row with the same scores, not the second', () => {
      assert.deepEqual(found('needling-without-change', [v(1, 5)], v(2, 5)), []);
      assert.match(found('needling-without-change', [v(1, 5), v(2, 5)], v(3, 5))[0], /^Right upper trapezius was needled in 3 sessions in a row \(visits 1–3\) with NPRS 5 each time/);
      assert.match(found('needling-without-change', [v(1, undefined), v(2, undefined)], v(3, undefined))[0], /no outcome score recorded/);
    });
    it('is silent when a score changed, the side differs, the run broke, or fewer sessions than configured', () => {
      assert.deepEqual(found('needling-without-change', [v(1, 6), v(2, 5)], v(3, 5)), []);
      assert.deepEqual(found('needling-without-change', [v(1, 5), v(2, 5, 'upper trapezius', 'L')], v(3, 5)), []);
      assert.deepEqual(found('needling-without-change', [v(1, 5), v(2, 5, 'gluteus medius')], v(3, 5)), []);
      assert.deepEqual(found('needling-without-change', [v(1, 5), v(2, 5)], v(3, 5), onRule('needling-without-change', { sessions: 4 })), []);
    });
  });
});
