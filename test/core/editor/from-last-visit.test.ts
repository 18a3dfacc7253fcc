import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/engine/lint';
import { confirmFields, followUpFromLastVisit, patientOf, pickLastVisit, visitDateOf, type NoteFile } from '../../../src/core/editor/from-last-visit';
import { fieldsOf } from '../../../src/core/editor/prepared';
import { renderTemplate } from '../../../src/core/editor/template';
import { createVocabulary } from '../../../src/core/vocab';

const COURSE = join(__dirname, '../../../../../examples/course');
const course: NoteFile[] = readdirSync(COURSE).filter((f) => f.endsWith('.soap.md')).map((fileName) => ({ fileName, text: readFileSync(join(COURSE, fileName), 'utf8') }));
const byName = (name: string) => course.find((n) => n.fileName === name)!;
const vocab = createVocabulary();

/** The follow-up as it is written into the new file. */
function follow(last: NoteFile, date = '2025-01-20') {
  const f = followUpFromLastVisit(last);
  return { ...f, text: renderTemplate(f.template, { patient: f.patient, date }).text };
}
/** The note with every field taken out: what it states before the clinician writes anything. */
const stated = (text: string) => text.replace(/‹[^›\r\n]*›/g, '');

describe('new note from last visit', () => {
  it('finds the patient\'s most recent note before the new visit, by front matter or file name', () => {
    assert.equal(pickLastVisit(course, 'EX-0731', '2025-01-20')?.fileName, '2025-01-13-EX-0731.soap.md');
    assert.equal(pickLastVisit(course, 'ex 0731', '2025-03-01')?.fileName, '2025-02-24-EX-0731.soap.md');
    assert.equal(pickLastVisit(course, 'EX-0731', '2025-01-06'), undefined, 'nothing before the first visit');
    assert.equal(pickLastVisit(course, 'EX-9999', '2025-03-01'), undefined);
    const bare: NoteFile = { fileName: '2025-02-01-P77.soap.md', text: '## S\nsore\n' };
    assert.equal(patientOf(bare), 'P77');
    assert.equal(visitDateOf(bare), '2025-02-01');
    assert.equal(pickLastVisit([bare, { fileName: '2025-01-01-P77.soap.md', text: '' }], 'P77', '2025-03-01'), bare);
  });

  it('carries the patient, episode and next visit number; the date is today\'s and the clinician a field', () => {
    const f = follow(byName('2025-01-13-EX-0731.soap.md'));
    assert.equal(f.lastDate, '2025-01-13');
    const fm = lint(f.text).note.frontMatter?.data;
    assert.equal(fm?.patient, 'EX-0731');
    assert.equal(fm?.episode, 'neck-2025');
    assert.equal(fm?.visit, '3 of 8');
    assert.equal(fm?.date, '2025-01-20');
    assert.equal(fm?.payer, 'medicare');
    assert.equal(fm?.type, 'follow-up');
    assert.equal(fm?.clinician, '‹name, credentials›');
  });

  it('carries diagnosis codes, plan of care, goals and the consent on file, each as a field to confirm', () => {
    const f = follow(byName('2025-01-06-EX-0731.soap.md'), '2025-01-13');
    assert.deepEqual(f.carried, ['visit number', 'episode', 'plan of care', 'goals', 'consent on file', 'diagnosis codes']);
    // Too long for one field the placeholder rule reads (80 characters): two, split at a comma.
    assert.match(f.text, /^Plan of care: ‹confirm: 8 visits over 8 weeks \(dry needling, cervical and scapular exercise,› ‹confirm: posture advice\)\.›$/m);
    assert.match(f.text, /^Goals: ‹confirm: NDI below 10\/50, headache under 1 day\/week\.›$/m);
    assert.match(f.text, /^Consent: ‹confirm: written consent on file dated 2025-01-06›; verbal consent today ‹given.*declined›/m);
    assert.match(f.text, /Dx: ‹confirm: M79\.12›$/m);
    // Not one of them is stated until confirmed.
    for (const carried of ['8 visits', 'NDI below', 'consent on file dated', 'M79.12']) assert.ok(!stated(f.text).includes(carried), carried);
  });

  it('never carries findings: no Subjective or Objective text, needling, scores or responses of the last visit', () => {
    for (const last of course) {
      const f = follow(last, '2025-03-10');
      const text = stated(f.text);
      const n = lint(f.text).note;
      assert.deepEqual(n.records.filter((r) => r.kind === 'muscle').map((r) => r.written), [], `${last.fileName}: a muscle was carried as needled`);
      // The needling table's header is structure ("LTR" names a column there).
      for (const line of text.split('\n').filter((l) => !l.startsWith('| Muscle |'))) {
        assert.deepEqual(vocab.scanMuscles(line).map((m) => m.text), [], `${last.fileName}: a muscle is named in "${line}"`);
        assert.doesNotMatch(line, /\d\s*\/\s*10\b|\d\.\d{2}\s*[x×]\s*\d|\bLTR\b|\+\s*[x×]\d/, `${last.fileName}: "${line}"`);
      }
      const lastNote = lint(last.text).note;
      for (const u of lastNote.units) {
        const kind = u.section >= 0 ? lastNote.sections[u.section].kind : 'other';
        // Structure the follow-up template has too (the needling table's header) is not a finding.
        if ((kind === 'subjective' || kind === 'objective') && u.kind !== 'heading' && u.text.length > 12 && !f.template.includes(u.text)) {
          assert.ok(!f.text.includes(u.text), `${last.fileName}: "${u.text}" was copied`);
        }
      }
    }
  });

  it('is a follow-up to write: S, O, A, P with every field flagged, and the last note\'s HEP when it states one', () => {
    const f = follow(byName('2025-01-13-EX-0731.soap.md'));
    const findings = lint(f.text).findings;
    const blanks = findings.filter((x) => x.ruleId === 'placeholder-unfilled').length;
    assert.equal(blanks, fieldsOf(f.template).length, 'one finding per field');
    assert.deepEqual(lint(f.text).note.sections.filter((s) => s.kind !== 'other').map((s) => s.kind), ['subjective', 'objective', 'assessment', 'plan']);
    const hep: NoteFile = { fileName: '2025-02-01-P9.soap.md', text: '---\npatient: P9\n---\n## Subjective\nBetter.\n## Plan\nHEP: chin tucks 10x3 daily, doorway stretch.\n' };
    assert.match(follow(hep).text, /^Home exercise programme: ‹confirm: chin tucks 10x3 daily, doorway stretch\.›$/m);
  });

  it('splits a carried item too long for one field at clause ends, every part a field the rule sees', () => {
    const long = 'twice weekly for 6 weeks: dry needling to the neck and shoulder girdle, cervical and scapular strengthening, posture advice, graded return to overhead work';
    const fields = confirmFields(long);
    const parts = [...fields.matchAll(/‹confirm: ([^›]*)›/g)].map((m) => m[1]);
    assert.ok(parts.length > 1);
    assert.equal(parts.join(' '), long);
    assert.ok(parts.every((p) => `‹confirm: ${p}›`.length <= 82));
    assert.equal(lint(`## Plan\n\nPlan of care: ${fields}\n`).findings.filter((x) => x.ruleId === 'placeholder-unfilled').length, parts.length);
  });
});
