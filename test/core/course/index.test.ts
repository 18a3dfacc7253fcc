import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CourseIndex, courseKey } from '../../../src/core/course/index';
import { readHeader, type VisitHeader } from '../../../src/core/course/visit';
import { visitNote } from './notes';

const h = (patient: string | undefined, visit?: string, date?: string, episode?: string): VisitHeader => readHeader(visitNote({ patient, visit, date, episode }));

describe('course: patient index', () => {
  it('groups notes by patient and episode, oldest first', () => {
    const idx = new CourseIndex();
    idx.upsert('a/3.md', h('EX-1', '3 of 8', '2025-01-20'));
    idx.upsert('a/1.md', h('EX-1', '1 of 8', '2025-01-06'));
    idx.upsert('a/2.md', h('ex-1 ', '2 of 8', '2025-01-13'));
    idx.upsert('a/k1.md', h('EX-1', '1 of 6', '2025-06-02', 'knee'));
    idx.upsert('b/1.md', h('EX-2', '1 of 4', '2025-01-07'));
    assert.deepEqual(idx.courseOf('a/2.md')!.entries.map((e) => e.path), ['a/1.md', 'a/2.md', 'a/3.md'], 'identifiers match whatever their case and spacing');
    assert.deepEqual(idx.courseOf('a/k1.md')!.entries.map((e) => e.path), ['a/k1.md'], 'another episode is another course');
    assert.deepEqual(idx.coursesOf('EX-1').map((c) => c.episode ?? ''), ['', 'knee']);
    assert.deepEqual(idx.earlier('a/3.md').map((e) => e.path), ['a/1.md', 'a/2.md']);
    assert.deepEqual(idx.earlier('a/1.md'), []);
    assert.deepEqual(idx.courses().map((c) => [c.patient, c.episode, c.notes, c.first, c.last]), [
      ['EX-1', undefined, 3, '2025-01-06', '2025-01-20'], ['EX-1', 'knee', 1, '2025-06-02', '2025-06-02'], ['EX-2', undefined, 1, '2025-01-07', '2025-01-07'],
    ]);
  });

  it('lists notes without a patient identifier and never assigns them', () => {
    const idx = new CourseIndex();
    idx.upsert('x.md', h(undefined, '2 of 8', '2025-01-13'));
    idx.upsert('y.md', readHeader('---\npatient: [broken\n---\n'));
    idx.upsert('z.md', h('EX-1', '1 of 8', '2025-01-06'));
    assert.deepEqual(idx.unidentified(), ['x.md', 'y.md']);
    assert.equal(idx.courseOf('x.md'), undefined);
    assert.deepEqual(idx.courseOf('z.md')!.entries.map((e) => e.path), ['z.md']);
  });

  it('reports conflicting and missing visit numbers, duplicate and missing dates, and dates out of visit order', () => {
    const idx = new CourseIndex();
    idx.upsert('p/1.md', h('A', '1 of 8', '2025-01-06'));
    idx.upsert('p/3a.md', h('A', '3 of 8', '2025-01-20'));
    idx.upsert('p/3b.md', h('A', '3 of 8', '2025-01-20'));
    idx.upsert('p/5.md', h('A', '5 of 8', '2025-01-13'));
    idx.upsert('p/none.md', h('A', undefined, undefined));
    const kinds = idx.courseOf('p/1.md')!.problems.map((p) => p.kind === 'note' ? `note:${p.problem.kind}` : p.kind).sort();
    assert.deepEqual(kinds, ['date-duplicate', 'date-missing', 'order-conflict', 'visit-gap', 'visit-number-conflict', 'visit-number-missing']);
    const gap = idx.courseOf('p/1.md')!.problems.find((p) => p.kind === 'visit-gap');
    assert.deepEqual(gap, { kind: 'visit-gap', numbers: [2, 4] });
    assert.deepEqual(idx.courseOf('p/1.md')!.entries.map((e) => e.path), ['p/1.md', 'p/5.md', 'p/3a.md', 'p/3b.md', 'p/none.md'], 'kept by date, never merged');
  });

  it('reports a note of another patient in a folder that holds one patient\'s notes', () => {
    const idx = new CourseIndex();
    for (let i = 1; i <= 4; i++) idx.upsert(`pt/${i}.md`, h('A', `${i} of 8`, `2025-01-0${i}`));
    idx.upsert('pt/stray.md', h('B', '1 of 4', '2025-01-05'));
    const p = idx.courseOf('pt/1.md')!.problems.find((x) => x.kind === 'other-patient-in-folder');
    assert.deepEqual(p, { kind: 'other-patient-in-folder', folder: 'pt', paths: ['pt/stray.md'] });
    assert.equal(idx.courseOf('pt/stray.md')!.problems.some((x) => x.kind === 'other-patient-in-folder'), false, 'the stray note\'s own course is not the folder\'s');
    idx.remove('pt/stray.md');
    assert.equal(idx.courseOf('pt/1.md')!.problems.some((x) => x.kind === 'other-patient-in-folder'), false, 'fixed when the note moves away');
    // A shared folder of many patients is not a problem.
    const shared = new CourseIndex();
    for (let i = 1; i <= 6; i++) shared.upsert(`all/${i}.md`, h(`P${i % 3}`, `${Math.ceil(i / 3)} of 2`, `2025-01-0${i}`));
    assert.equal(shared.courses().some((c) => shared.course(c.key)!.problems.length), false);
  });

  it('updates incrementally: a note changing patient moves course; removal drops it', () => {
    const idx = new CourseIndex();
    idx.upsert('1.md', h('A', '1 of 2', '2025-01-06'));
    idx.upsert('2.md', h('A', '2 of 2', '2025-01-13'));
    assert.equal(idx.courseOf('2.md')!.entries.length, 2);
    idx.upsert('2.md', h('B', '1 of 2', '2025-01-13'));
    assert.deepEqual(idx.courseOf('1.md')!.entries.map((e) => e.path), ['1.md']);
    assert.deepEqual(idx.courseOf('2.md')!.entries.map((e) => e.path), ['2.md']);
    idx.remove('1.md');
    assert.equal(idx.courseOf('1.md'), undefined);
    assert.equal(idx.size, 1);
    assert.equal(courseKey({ patient: 'B' }), idx.keyOf('2.md'));
  });

  it('incremental updates give the same courses as building from scratch (property)', () => {
    const op = fc.record({
      path: fc.constantFrom('a/1.md', 'a/2.md', 'a/3.md', 'b/1.md', 'b/2.md'),
      remove: fc.boolean(),
      patient: fc.constantFrom('A', 'a', 'B', undefined),
      episode: fc.constantFrom(undefined, 'knee'),
      visit: fc.integer({ min: 1, max: 4 }),
      day: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      const live = new CourseIndex();
      const last = new Map<string, VisitHeader>();
      for (const o of ops) {
        if (o.remove) {
          live.remove(o.path);
          last.delete(o.path);
        } else {
          const header = h(o.patient, `${o.visit} of 4`, `2025-01-0${o.day}`, o.episode);
          live.upsert(o.path, header);
          last.set(o.path, header);
        }
        live.courses(); // read between updates, so stale sorted courses would show
      }
      const fresh = new CourseIndex();
      for (const [path, header] of last) fresh.upsert(path, header);
      const view = (idx: CourseIndex) => idx.courses().map((c) => ({ ...c, entries: idx.course(c.key)!.entries.map((e) => e.path), problems: idx.course(c.key)!.problems }));
      assert.deepEqual(view(live), view(fresh));
      assert.deepEqual(live.unidentified(), fresh.unidentified());
    }), { numRuns: 300 });
  });
});
