import assert from 'node:assert/strict';
import { assertClean, covered, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'cpt-not-for-dry-needling';

describe('rule cpt-not-for-dry-needling', () => {
  it('raises nothing on the model note, or on 97140 without needling', () => {
    assertClean(modelNote(), ID);
    assertClean(note('O: STM R UT 8 min.', 'Billing: 97140'), ID);
  });
  it('flags trigger-point injection, manual therapy and acupuncture codes on a needling note', () => {
    const text = note('## Objective', 'DN R UT 0.25x30, LTR x2', '## Billing', 'CPT: 20552, 97140, 97810, 97110');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => covered(text, f)), ['20552', '97140', '97810']);
    assert.equal(got[0].severity, 'error');
    assert.deepEqual(got[0].range.start, positionOf(text, '20552'));
    assert.deepEqual(got.map((f) => f.message), ['20552', '97140', '97810'].map((c) => `${c} is not a dry-needling code: bill 20560/20561`));
  });

  it('leaves 20552/20553 alone beside a documented trigger point injection, as 97140 beside manual therapy (batch 208)', () => {
    const procedures = ['PROCEDURE 1 - TPI', 'L upper trapezius: 1% lidocaine 2 mL, 27G x 32 mm, +LTR x2.', '',
      'PROCEDURE 2 - DRY NEEDLING (no injectate)', '- R rhomboid major: 0.25 x 30 mm, +LTR x2', 'Needles 1 in / 1 out.'];
    assert.deepEqual(findings(note(...procedures, '', 'Procedure codes: 20552, 20560'), ID), []);
    // Needling alone still bills no injection code.
    const needlingOnly = note('DRY NEEDLING:', '- R rhomboid major: 0.25 x 30 mm, +LTR x2', '', 'Procedure codes: 20552');
    assert.deepEqual(findings(needlingOnly, ID).map((f) => covered(needlingOnly, f)), ['20552']);
  });

  it('leaves 97140 alone beside a line labelled Manual with its minutes (batch 218)', () => {
    const text = (line: string) => note('## Objective', '- R masseter 0.16x15 mm, pistoning, LTR x3', line, 'Billing: 20560; 97140');
    assert.deepEqual(findings(text('Manual: intraoral R medial pterygoid release 8 min.'), ID), []);
    // The label alone, with nothing timed, documents no service.
    assert.deepEqual(findings(text('Manual: see HEP.'), ID).map((f) => f.ruleId), [ID]);
  });

  it('leaves 97140 alone when the note records manual therapy as a service of its own (realistic corpus)', () => {
    const text = note(
      'O: DN L infraspinatus 0.30x40 mm, LTR x3.',
      'Manual therapy R hip (separate region, 12 min): inferior and posterior glides grade III-IV.',
      'Charges: 20560; 97140 (separate region, R hip)',
    );
    assertClean(text, ID);
    assertClean(note('O: DN bilat UT 0.25x30, LTR x2.', 'Manual: STM bilat UT 8 min, thoracic PA mobs T3-T6 grade III.', 'CPT: 20560 x1, 97140 x1'), ID);
    // Manual therapy named only on the billing line or in the plan is not documented as done.
    const billed = note('O: DN L UT 0.25x30, LTR x2.', 'P: add manual therapy next visit.', 'CPT: 20560, 97140 (thoracic mobs)');
    assert.deepEqual(findings(billed, ID).map((f) => covered(billed, f)), ['97140']);
    // The code written on the line that says what was done and for how long.
    assertClean(note('O: DN R VL 0.30x50 mm, LTR x4.', '- Manual therapy (97140) x 10 min: R patellar mobs grade III.', 'CPT: 20560, 97140'), ID);
    // The code in brackets after what was done and its minutes (batch 275, wsy-18).
    assertClean(note('O: DN R masseter 0.25x30 mm, LTR x2.', 'Manual: intraoral R lateral pterygoid release 8 min, TMJ distraction R grade II 4 min (97140, 12 min total).', 'Charges: 20560 x1, 97140 x1'), ID);
    // Batch 14: glides written with an abbreviated direction.
    assertClean(note('O: DN R infraspinatus 0.30x40 mm, LTR x2.', 'Manual therapy 97140 (10 min): R GH post glides gr III-IV.', 'BILLING: 20560, 97140 x1'), ID);
    // Batch 23: minutes written after a multiplication sign on the line that names the code.
    assertClean(note('O: DN R rhomboid minor 0.25x25 mm, LTR x1.', '**Manual therapy (97140) x10 min:** prone thoracic PA mobilizations grade III-IV T3-T7.', 'CPT: 20560 x1, 97140 x1'), ID);
    // Batch 129: a billing grid's row says what was done and, in its Minutes column, for how long.
    assertClean(note('O: DN R TFL 0.30x50 mm, LTR x2.', '| Service | CPT | Units | Minutes |', '|---|---|---|---|', '| Therapeutic exercise | 97110 | 2 | 23 |',
      '| Manual therapy: R hip long-axis distraction + posterior glides gr III | 97140 | 1 | 10 |', '| Dry needling, 3+ muscles | 20561 | 1 | — |'), ID);
    const untimed = note('O: DN R TFL 0.30x50 mm, LTR x2.', '| Service | CPT | Units |', '|---|---|---|', '| Therapeutic exercise | 97110 | 2 |', '| Manual therapy | 97140 | 1 |');
    assert.deepEqual(findings(untimed, ID).map((f) => covered(untimed, f)), ['97140']);
    // Batch 81: a technique named in the exam with what it found is a test, not manual therapy done.
    const exam = note('Objective: Lumbar flexion limited 50%. Side glide L limited. TTP L QL.', 'Treatment: DN L QL 0.30x60 mm, LTR x3.', 'Charges: 97140 x1, 97110 x2');
    assert.deepEqual(findings(exam, ID).map((f) => covered(exam, f)), ['97140']);
    // Batch 125: a glide the exam found decreased is a test too.
    const decreased = note('O: Squat to 90 deg painful.', 'Patellar mobility: decreased medial glide L.', 'DN L VL 0.30x50 mm, LTR x3.', 'Billing: 97140 x1 (TrP DN L thigh)');
    assert.deepEqual(findings(decreased, ID).map((f) => covered(decreased, f)), ['97140']);
    assertClean(note('Objective: Side glide L limited. Lumbar PA mobs L3-5 grade III 8 min, stiffness eased.', 'Treatment: DN L QL 0.30x60 mm, LTR x3.', 'Charges: 20560, 97140'), ID);
    // Batch 16: nerve glides in the exercise list are exercise, not manual therapy.
    const glides = note('Tx: DN L piriformis 0.30x75 mm, LTR x2.', 'Ther-ex: piriformis stretch, bridges, sciatic nerve glides.', 'Billing: 97140 x1, 97110 x2');
    assert.deepEqual(findings(glides, ID).map((f) => covered(glides, f)), ['97140']);
    // Batch 10: Mulligan SNAGs and a named release are manual therapy too.
    assertClean(note('O: DN R UT 0.25x30 mm, LTR x3.', 'Manual (97140 x1, 8 min): C1-2 rot SNAG R, suboccipital release.', 'Billing: 20560, 97140 x1 (59)'), ID);
    // Batch 31: the billing line typed on under the Plan says what was done and for how long.
    assertClean(note('Tx: DN R UT 0.25x30 mm, LTR x2.', 'P: cont 1-2x/wk; HEP scap stab.', 'Billing: 20560, 97140 x1 (STM R UT 10 min)'), ID);
    const planned = note('Tx: DN R UT 0.25x30 mm, LTR x2.', 'P: STM R UT 10 min next visit.', 'Billing: 20560, 97140 x1');
    assert.deepEqual(findings(planned, ID).map((f) => covered(planned, f)), ['97140']);
    // Batch 63: what was done in the clinician's own words after the colon, with the minutes.
    assertClean(note('O: DN L masseter 0.25x30 mm, LTR x3.', '- Manual therapy 97140 x 10 min: intraoral masseter release, TMJ distraction gr II.'), ID);
    // Batch 84: a dictated paragraph holds the needling and, in a sentence of its own, the manual therapy.
    assertClean(note('Treatment: Consent reconfirmed. DN to the R rhomboid major 0.25 x 25 mm, pistoning, 2 LTRs. Needles 1 in 1 out. Manual therapy (97140) x 10 min: thoracic PA mobilizations T4 to T7 grade III.', 'Billing: 20560, 97140'), ID);
    // … while the needling's own sentence is no manual therapy, whatever it names.
    const same = note('Treatment: DN to the R rhomboid major 0.25 x 25 mm with STM 10 min, 2 LTRs.', 'Billing: 20560, 97140');
    assert.deepEqual(findings(same, ID).map((f) => covered(same, f)), ['97140']);
    // … but not a list of codes, nor the needling itself.
    for (const line of ['Manual therapy x 10 min: 20560, 97140', 'Manual therapy 97140 x 10 min: DN to L masseter']) {
      const text = note('O: DN L masseter 0.25x30 mm, LTR x3.', line);
      assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['97140'], line);
    }
  });

  it('does not take a ticked intake or consent box naming manual therapy for manual therapy done (batch 134)', () => {
    const text = note('**Intake consents (on file):**', '- [x] Dry needling', '- [x] Manual therapy', '', '## Objective', 'DN R hamstrings 0.30x60 mm, LTR x2.', '', '| CPT | Description | Units | Minutes |', '|---|---|---|---|', '| 97140 | DN R posterior thigh | 1 | 10 |');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['97140']);
    // A check mark with no box around it is a ticked box too (found by rewriting the blind notes).
    const ticked = text.replace(/\[x\] /g, '\u2713 ');
    assert.deepEqual(findings(ticked, ID).map((f) => covered(ticked, f)), ['97140']);
    // A label heading what was done still counts.
    assertClean(note('## Objective', 'DN L masseter 0.20x25 mm, LTR x2.', 'MANUAL THERAPY:', '- Intraoral L masseter release, 5 min', 'Billing: 20560, 97140 Manual therapy x1 unit (8 min)'), ID);
  });

  it('reads the lines under a heading that names 97140 as the manual therapy done (batch 90)', () => {
    const head = '## Objective\n| Muscle | Side | Needle | LTR |\n|---|---|---|---|\n| masseter | R | 0.20x25 mm | x2 |\n\n';
    const bill = '\n## Billing\n| CPT | Units |\n|---|---|\n| 20560 | 1 |\n| 97140 | 1 |\n';
    assertClean(`${head}### Manual Therapy (97140) — 10 min\n- Intraoral masseter release R, 4 min\n- TMJ distraction R, grade II, 6 min\n${bill}`, ID);
    // Lines that list codes, record the needling or say it was not done are no manual therapy.
    for (const lines of ['- 20560 x1, 10 min', '- DN R masseter 10 min', '- TMJ distraction not performed today, 10 min']) {
      const text = `${head}### Manual Therapy (97140)\n${lines}\n${bill}`;
      assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['97140', '97140'], lines);
    }
    // With no minutes on the heading or a line, it reads as the billing it names.
    const untimed = `${head}### Manual Therapy (97140)\n- TMJ distraction R, grade II\n${bill}`;
    assert.deepEqual(findings(untimed, ID).map((f) => covered(untimed, f)), ['97140', '97140']);
  });
});

