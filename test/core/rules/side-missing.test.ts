import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { applyFix, assertClean, assertNothingLost, covered, crlf, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'side-missing';

describe('rule side-missing', () => {
  it('raises nothing on the model note or when every muscle has a side', () => {
    assertClean(modelNote(), ID);
    assertClean(note('## Objective', '- R UT 0.25x30 LTR x2', '- UT (L) 0.25x30 LTR x1', '- bilat levator scapulae 0.25x40, LTR+'), ID);
    assertClean(note('O:', '- Right:', '  - UT 0.25x30, +LTR'), ID);
  });
  it('reads a lead-in of a side and the part of the body as the side of the muscles under it: "Right foot:" (batch 269, wrm-15)', () => {
    for (const lead of ['Right foot:', 'R lower leg:', '**Left forearm:**']) {
      assertClean(note('## Objective', 'Dry needling, prone.', '', lead, '- Abductor hallucis: 0.25 x 30 mm, LTR x1.', '- Medial gastrocnemius: 0.30 x 50 mm, LTR x2.'), ID);
    }
    // A place with no side leads nothing of the kind.
    assert.equal(findings(note('## Objective', 'Dry needling, prone.', '', 'Lower leg:', '- Medial gastrocnemius: 0.30 x 50 mm, LTR x2.'), ID).length, 1);
  });
  it('does not count the L of QL or L4-5 as a side', () => {
    const text = note('O: DN QL 0.30x60, LTR x2', 'O: DN L4-5 multifidus 0.30x50, LTR x1');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => covered(text, f)), ['QL', 'multifidus']);
  });
  it('reads a side written before the muscle\'s level as its side: "R T5-6 multifidus", with another side later on the line (batch 289, wvy-09)', () => {
    for (const item of ['- R T5-6 multifidus 0.25x40 mm, aimed at lamina / LTR x2, ref into R scap', '- L L4/5 multifidus 0.30x50 mm, LTR x2, ref to L buttock']) {
      assertClean(note('## Objective', 'DN prone:', item), ID);
    }
    // A level with no side before it gives none.
    assert.equal(findings(note('## Objective', 'DN prone:', '- T5-6 multifidus 0.25x40 mm, LTR x2, ref into R scap'), ID).length, 1);
  });
  it('reads B/L as bilateral, a side (batch 231\'s writers asked)', () => {
    assertClean(note('## Objective', 'DN B/L upper trapezius 0.25x30 mm, LTR x2.'), ID);
  });
  it('reads the left- or right-hand side and the typed short forms as sides', () => {
    for (const written of ['DN gluteus medius RHS 0.30x50 mm, LTR x2.', 'DN gluteus medius LHS 0.30x50 mm, LTR x2.', 'DN Rgt gluteus medius 0.30x50 mm, LTR x2.', 'DN Lft gluteus medius 0.30x50 mm, LTR x2.']) {
      assertClean(note('## Objective', written), ID);
    }
    assert.equal(findings(note('## Objective', 'DN gluteus medius 0.30x50 mm, LTR x2.'), ID).length, 1);
  });
  it('does not read how the patient lay as the side of the muscles under the lead-in', () => {
    for (const lead of ['DN side-lying on the left:', 'DN, L side up:', 'DN (lying on R side):', 'DN L side-lying:', 'DN R sidelying, 0.30x50:']) {
      const text = note('## Objective', lead, '- gluteus medius 0.30x50 mm, LTR x1');
      assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['gluteus medius'], lead);
    }
  });
  it('does not read how the patient lay as a side when a full stop follows it (batch 264, wqh-02)', () => {
    const text = note('**Dry needling** — pt side-lying on L.', '', '| Side | Muscle | Needle | Response |', '|---|---|---|---|',
      '| R | gluteus medius | 0.30 x 60 mm | LTR x3 |', '|  | QL | 0.30 x 60 mm | LTR x2 |');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['QL']);
  });
  it('reads a side column headed in French or Spanish ("Côté", "Lado") (batch 266, wqw)', () => {
    for (const [muscle, side, needle, response] of [['Muscle', 'Côté', 'Aiguille', 'Réponse'], ['Músculo', 'Lado', 'Aguja', 'Respuesta']]) {
      const text = note('## Objective', 'TTP R upper trap.', '', "Journal d'aiguilles / Needling log — seated, pincer grip, needle aimed posterior/caudal:", '',
        `| ${muscle} | ${side} | ${needle} | ${response} |`, '|---|---|---|---|', '| upper trapezius | R | 0,25 x 30 mm | LTR x4 |');
      assertClean(text, ID);
      assert.deepEqual(lint(text).note.records.map((r) => `${r.side} ${r.muscle?.id}`), ['R upper-trapezius']);
    }
  });
  it('flags a muscle in a sentence with its exact range and explains why', () => {
    const text = note('## Objective', 'DN upper trapezius 0.25x30 mm, LTR x3');
    const [f] = findings(text, ID);
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.range.start, positionOf(text, 'upper trapezius'));
    assert.equal(covered(text, f), 'upper trapezius');
    assert.equal(f.message, 'No side for "upper trapezius"');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Add side: left', 'Add side: right', 'Add side: bilateral']);
    assert.ok(f.fixes.every((x) => !x.safe));
  });
  it('inserts the side before the muscle, and the rule is then satisfied', () => {
    const text = crlf(note('**O:** DN UT 0.25x30, LTR x2'));
    const [f] = findings(text, ID);
    for (const [i, word] of [[0, 'L UT'], [1, 'R UT'], [2, 'bilateral UT']] as const) {
      const fixed = applyFix(text, f, i);
      assert.ok(fixed.includes(word), fixed);
      assertNothingLost(text, fixed.replace(word, 'UT'));
      assertClean(fixed, ID);
    }
  });
  it('fills an empty Side cell in a table', () => {
    const text = note('| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| upper trapezius |  | 0.25x30 | + |');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'upper trapezius');
    const fixed = applyFix(text, f, 1);
    assert.ok(fixed.includes('| upper trapezius |  R | 0.25x30 |') || fixed.includes('| upper trapezius | R | 0.25x30 |'), fixed);
    assertClean(fixed, ID);
  });
  it('takes the side of a needling title or heading over the table for a Side cell left empty (batch 163)', () => {
    const rows = ['| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| Biceps femoris long head | L | 0.30 x 60 mm | x2 |', '| Semitendinosus |  | 0.30 x 60 mm | x1 |'];
    assertClean(note('**Dry needling — L posterior thigh, prone**', '', ...rows), ID);
    assertClean(note('### Left', '', ...rows), ID);
    // With no side above the table, the empty cell is still the missing side.
    const text = note('**Dry needling — posterior thigh, prone**', '', ...rows);
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['Semitendinosus']);
  });
  it('does not flag plans, subjective reports or groups', () => {
    assertClean(note('## Subjective', 'Pain in upper trap.', '## Plan', 'DN to UT next visit.'), ID);
    assertClean(note('O: DN paraspinals 0.30x50, LTR x2'), ID);
  });
  it('reads a side field beside the muscle\'s field, whatever side the pain went to (batch 256, wok-01, wok-02, wok-04)', () => {
    for (const row of [
      'Dry Needling - Muscle: upper trapezius | Side: Left | Needle: 0.25 x 30 mm | Response: +LTR x4, referral to L temple',
      'Upper trapezius, side: left, 0.25 x 30 mm, +LTR x4, referral to L temple',
      'Side: Left | Muscle: upper trapezius | Needle: 0.25 x 30 mm | Response: +LTR x4, referral to R temple',
    ]) assertClean(note('## Objective', 'DN prone:', row), ID);
    // A side only where the pain went is no side of the muscle.
    assert.equal(findings(note('## Objective', 'DN prone:', 'Muscle: upper trapezius | Needle: 0.25 x 30 mm | Response: +LTR x4, referral to L temple'), ID).length, 1);
  });
  it('asks for the side of a misspelt name with one clear muscle, not of a name with no clear match (batch 59)', () => {
    const text = note('DN prone:', '- biceps femoras 0.30x60 mm LTR x3', '- R semitendinosus 0.30x60 mm LTR x1');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['biceps femoras']);
  });

  it('reads field names printed in square brackets as a template prints them (batch 258, wow-01, wow-03)', () => {
    assertClean(note('## Objective', 'DN prone:', '[Muscle] upper trapezius [Side] R [Needle] 0.25x30 mm [Response] LTR x3, ref to R temple'), ID);
    assert.equal(findings(note('## Objective', 'DN prone:', '[Muscle] upper trapezius [Needle] 0.25x30 mm [Response] LTR x3, ref to R temple'), ID).length, 1);
  });

  it('does not read "both" of a count ("Both needles out") as both sides (batch 261, wpn-02)', () => {
    const text = note('O: I needled the biceps femoris long head with two needles, LTR x2. Both needles out, count correct.');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['biceps femoris long head']);
    assertClean(note('O: I needled both upper trapezius with two needles, LTR x2. Both needles out.'), ID);
  });
});
