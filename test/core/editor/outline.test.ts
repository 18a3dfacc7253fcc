import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { outlineOf, type OutlineSymbol } from '../../../src/core/editor/outline';
import { renderTemplate } from '../../../src/core/editor/template';
import { NOTE_TEMPLATES } from '../../../src/core/editor/templates';

const tree = (symbols: OutlineSymbol[]): unknown[] => symbols.map((s) => (s.children.length ? { [s.name]: tree(s.children) } : s.name));
const outline = (text: string) => outlineOf(lint(text).note);

const TABLE_NOTE = [
  '---', 'patient: P1', 'date: 2025-03-04', 'visit: 2 of 8', '---', '',
  '# Dry needling visit', '',
  '## Subjective', '', 'Neck pain, NPRS 5/10.', '',
  '## Objective', '', 'Tender R upper trapezius.', '',
  '### Dry needling', '',
  '| Muscle | Side | Needle (mm) | LTR |', '|---|---|---|---|', '| upper trapezius | R | 0.25×30 | +x2 |', '| levator scapulae | L | 0.30×40 | none |', '',
  '## Assessment', '', 'Improving.', '',
  '## Plan', '', 'Plan of care: 8 visits.', 'Aftercare given.', '',
  '## Billing', '', 'CPT 20560', '',
].join('\n');

describe('outline of a note', () => {
  it('lists the front matter, the title, S, O, A, P and the other sections, with records under their section', () => {
    assert.deepEqual(tree(outline(TABLE_NOTE)), [
      'Front matter', 'Dry needling visit', 'Subjective',
      { Objective: [{ 'Dry needling': ['R upper trapezius', 'L levator scapulae'] }] },
      'Assessment', { Plan: ['Plan of care'] }, 'Billing',
    ]);
  });

  it('gives each symbol a range that holds its selection and its children, inside its parent', () => {
    const text = TABLE_NOTE;
    const check = (symbols: OutlineSymbol[], parent?: OutlineSymbol) => {
      for (const s of symbols) {
        assert.ok(s.start <= s.selectionStart && s.selectionEnd <= s.end, `${s.name}: selection outside its range`);
        if (parent) assert.ok(parent.start <= s.start && s.end <= parent.end, `${s.name} outside ${parent.name}`);
        check(s.children, s);
      }
    };
    const symbols = outline(text);
    check(symbols);
    const objective = symbols.find((s) => s.name === 'Objective')!;
    assert.equal(text.slice(objective.selectionStart, objective.selectionEnd), '## Objective');
    assert.ok(text.slice(objective.start, objective.end).endsWith('| levator scapulae | L | 0.30×40 | none |'));
    const ut = objective.children[0].children.find((c) => c.name === 'R upper trapezius')!;
    assert.equal(text.slice(ut.selectionStart, ut.selectionEnd), 'upper trapezius');
    assert.equal(ut.detail, '0.25×30 mm, LTR x2');
    // Never the patient: the front matter shows the date and visit only.
    assert.equal(symbols[0].detail, '2025-03-04, visit 2 of 8');
  });

  it('reads labels as sections: "S:", "**O:**", "A/P", and a label after a full stop', () => {
    const text = 'S: neck pain\n**O:** R UT 0.25x30 mm, LTR x1\n\nA/P: improving. Continue.\n';
    assert.deepEqual(outline(text).map((s) => [s.name, s.detail]), [['Subjective', 'S:'], ['Objective', '**O:**'], ['Assessment / Plan', 'A/P:']]);
    const dense = outline('S: sore neck. O: tender R UT. A: improving. P: continue.\n');
    assert.deepEqual(dense.map((s) => s.name), ['Subjective', 'Objective', 'Assessment', 'Plan']);
    for (let i = 1; i < dense.length; i++) assert.ok(dense[i - 1].end <= dense[i].start, 'sections on one line do not overlap');
  });

  it('a note without sections or front matter has only its records and headings', () => {
    assert.deepEqual(tree(outline('DN to R UT 0.25x30 mm, LTR x2.\n')), ['R upper trapezius']);
    assert.deepEqual(outline(''), []);
  });

  for (const t of NOTE_TEMPLATES) {
    it(`a new "${t.name}" note shows S, O, A and P`, () => {
      const names = outline(renderTemplate(t.text, { patient: 'P1', date: '2025-03-04' }).text).map((s) => s.name);
      for (const n of ['Subjective', 'Objective', 'Assessment', 'Plan']) assert.equal(names.filter((x) => x === n).length, 1, `${n} in ${names.join(', ')}`);
    });
  }
});
