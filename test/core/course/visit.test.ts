import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/config';
import { parseConfigText } from '../../../src/core/config/parse';
import { buildNote } from '../../../src/core/model/note';
import { readHeader, visitOf } from '../../../src/core/course/visit';
import { findDates, readDate, daysBetween, addDays } from '../../../src/core/course/dates';
import { needling, visitNote } from './notes';

const config = defaultConfig();
const facts = (text: string, c = config) => visitOf(buildNote(text, c.vocabulary), c);

describe('course: visit facts', () => {
  describe('header (front matter only)', () => {
    it('reads patient, episode, visit n of m, date, clinician and payer', () => {
      const h = readHeader(visitNote({ patient: ' EX-0142 ', episode: 'neck', visit: '3 of 8', date: '2025-03-04', payer: 'Medicare', extra: ['clinician: J. Doe, DPT'] }));
      assert.deepEqual({ ...h, problems: undefined }, {
        level: 'header', kinds: [], problems: undefined, patient: 'EX-0142', episode: 'neck', number: 3, planned: 8, date: '2025-03-04', clinician: 'J. Doe, DPT', payer: 'medicare',
      });
      assert.deepEqual(h.problems, []);
    });

    it('reads the other ways a visit number and identifier are written', () => {
      assert.equal(readHeader('---\npatient_id: 448812\nvisit: 3/8\n---\n').patient, '448812');
      assert.equal(readHeader('---\npatient_id: 448812\nvisit: 3/8\n---\n').planned, 8);
      assert.equal(readHeader('---\nMRN: A-1\nvisit_number: 9\n---\n').number, 9);
      assert.equal(readHeader('---\npatient: A\nvisit: 5\n---\n').number, 5);
      assert.equal(readHeader('---\npatient: A\nvisit: "#4"\nplanned_visits: 12\n---\n').planned, 12);
    });

    it('reports a visit number or date it cannot read instead of guessing', () => {
      const h = readHeader('---\npatient: A\nvisit: Follow-up, IMS\ndate: 31/31/2025\n---\n');
      assert.equal(h.number, undefined);
      assert.equal(h.date, undefined);
      assert.deepEqual(h.problems.map((p) => [p.kind, p.line]), [['visit-unreadable', 3], ['date-unreadable', 4]]);
      assert.doesNotMatch(h.problems.map((p) => p.message).join(' '), /Follow-up|IMS|31\/31/, 'problems never quote the note');
    });

    it('lists a note without front matter or identifier as having no patient', () => {
      assert.equal(readHeader('S: neck pain\n').patient, undefined);
      assert.equal(readHeader('---\ndate: 2025-01-01\n---\n').patient, undefined);
      const broken = readHeader('---\npatient: [unclosed\n---\n');
      assert.equal(broken.patient, undefined);
      assert.equal(broken.problems[0].kind, 'front-matter-invalid');
    });

    it('reads slashed dates in the configured order and refuses impossible ones', () => {
      assert.deepEqual(readDate('03/04/2025'), { ok: true, iso: '2025-03-04' });
      assert.deepEqual(readDate('03/04/2025', 'day-first'), { ok: true, iso: '2025-04-03' });
      assert.equal(readDate('13/04/2025').ok, false);
      assert.deepEqual(readDate('4 March 2025'), { ok: true, iso: '2025-03-04' });
      assert.deepEqual(readDate('March 4, 2025'), { ok: true, iso: '2025-03-04' });
      assert.equal(readDate('2025-02-30').ok, false);
      assert.equal(readDate('2025-03-04 and 2025-03-11').ok, false);
      assert.deepEqual(findDates('signed 2025-02-25, reviewed 03/01/2025').map((d) => d.iso), ['2025-02-25', '2025-03-01']);
      assert.equal(daysBetween('2025-01-06', '2025-04-05'), 89);
      assert.equal(addDays('2025-01-06', 89), '2025-04-05');
      const dayFirst = parseConfigText('{ "course": { "dateOrder": "day-first" } }').config;
      assert.equal(facts(visitNote({ patient: 'A', date: '03/04/2025' }), dayFirst).date, '2025-04-03');
    });
  });

  describe('kinds of note', () => {
    const kinds = (body: string, type?: string) => facts(visitNote({ patient: 'A', type, body })).kinds;
    it('reads evaluation, re-evaluation, progress report, recertification and discharge from the front matter and headings', () => {
      assert.deepEqual(kinds('## Subjective\n', 'initial evaluation'), ['evaluation']);
      assert.deepEqual(kinds('# Re-evaluation\n\n## Subjective\n'), ['re-evaluation']);
      assert.deepEqual(kinds('## Progress report\n\nTen visits done.\n'), ['progress-report']);
      assert.deepEqual(kinds('## Plan\n\nPlan of care recertified and signed by Dr. Lee.\n'), ['recertification']);
      assert.deepEqual(kinds('## Discharge summary\n\nGoals met.\n'), ['discharge']);
      assert.deepEqual(kinds('## Plan\n\nDischarge plan: independent with HEP.\n'), ['discharge-plan']);
    });
    it('does not read a plan or a reference back as the kind of note', () => {
      assert.deepEqual(kinds('## Plan\n\nRe-eval next visit. Progress report due at visit 10.\n'), []);
      assert.deepEqual(kinds('## Objective\n\nIE: 2025-01-06. Eval findings reviewed.\n'), []);
      assert.deepEqual(kinds('## Subjective\n\nDischarge plan discussed by the patient\'s GP.\n'), [], 'the Subjective is what the patient reports');
      assert.deepEqual(kinds('## Plan\n\nRecert due next week.\n'), []);
    });
  });

  describe('scores', () => {
    const scores = (body: string) => facts(visitNote({ patient: 'A', body })).scores;
    it('pairs before → after scores of one measure and keeps the first current score as the visit score', () => {
      assert.deepEqual(scores('## Subjective\n\nNPRS 5/10 today, 7/10 at worst this week.\n\n## Assessment\n\nPost-treatment: NPRS 5/10 → 3/10.\n'), [{ measure: 'nprs', pre: 5, post: 3, line: 6 }]);
      assert.deepEqual(scores('## Subjective\n\nPain 7/10 at worst, 4/10 now.\n').map((s) => s.pre), [4]);
      assert.deepEqual(scores('## Subjective\n\nNDI 24/50, PSFS 3.7, LEFS 41.\n').map((s) => [s.measure, s.pre]), [['ndi', 24], ['psfs', 3.7], ['lefs', 41]]);
    });
    it('reads a post-treatment line as the after score', () => {
      assert.deepEqual(scores('## Subjective\n\nNPRS 6/10.\n\n## Objective\n\nRe-test: NPRS 3/10.\n').map((s) => [s.pre, s.post]), [[6, 3]]);
    });
    it('leaves goals out and reports out-of-range scores instead of charting them', () => {
      const v = facts(visitNote({ patient: 'A', body: '## Subjective\n\nNPRS 12/10 on standing, 4/10 at rest.\n\n## Plan\n\nGoal: NPRS 1/10.\n' }));
      assert.deepEqual(v.scores.map((s) => s.pre), [4]);
      assert.deepEqual(v.problems.map((p) => [p.kind, p.line]), [['score-out-of-range', 6]]);
    });
    it('converts a VAS in cm to mm', () => {
      assert.deepEqual(scores('## Subjective\n\nVAS 6.5 cm.\n').map((s) => [s.measure, s.pre]), [['vas', 65]]);
    });
  });

  describe('needling, adverse events and consent', () => {
    it('groups needled muscles by muscle and side, summing needles, and marks muscles over the lung', () => {
      const v = facts(visitNote({ patient: 'A', body: needling([['upper trapezius', 'R'], ['upper trapezius', 'R'], ['upper trapezius', 'L'], ['gluteus medius', 'L']]) }));
      assert.deepEqual(v.needled.map((m) => [m.muscle, m.side, m.needles, m.lung, m.region]), [
        ['upper-trapezius', 'R', 2, true, 'shoulder'], ['upper-trapezius', 'L', 1, true, 'shoulder'], ['gluteus-medius', 'L', 1, false, 'pelvis-hip'],
      ]);
    });
    it('reads adverse events only where they are recorded, and not when negated', () => {
      const ae = (line: string) => facts(visitNote({ patient: 'A', body: `## Objective\n\n${line}\n` })).adverseEvents.map((a) => a.id);
      assert.deepEqual(ae('Needles: 2 in / 2 out. Adverse events: small bruise at the R UT site, pressure applied.'), ['bruising']);
      assert.deepEqual(ae('AE: none.'), []);
      assert.deepEqual(ae('AE: no bleeding; felt faint for 2 min, recovered.'), ['vasovagal']);
      assert.deepEqual(ae('Aftercare: soreness for 24-72 h is expected, bruising possible.'), []);
    });
    it('reads the consent date and regions; a re-confirmation does not renew it', () => {
      const consent = (text: string, date = '2025-03-04') => facts(visitNote({ patient: 'A', date, body: `## Objective\n\nConsent: ${text}\n` })).consent;
      assert.deepEqual(consent('written consent signed 2025-02-25 for the neck and shoulders; verbal consent re-confirmed today.'), { regions: ['neck', 'shoulder'], all: false, line: 7, signed: '2025-02-25' });
      assert.equal(consent('verbal consent re-confirmed today.')?.signed, undefined);
      assert.equal(consent('new written consent signed today.')?.signed, '2025-03-04');
      assert.equal(consent('written consent signed today for all areas.')?.all, true);
    });
    it('holds no sentence of the note', () => {
      const text = visitNote({ patient: 'A', date: '2025-03-04', body: needling([['upper trapezius', 'R']], { nprs: 5 }) + '\nMaria walked her dog Biscuit to the clinic.\n' });
      assert.doesNotMatch(JSON.stringify(facts(text)), /Maria|Biscuit|walked/);
    });
  });
});
