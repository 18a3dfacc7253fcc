import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertClean, applyFix, assertNothingLost, covered, crlf, findings, note, positionOf, fillFields } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'aftercare-missing';

describe('rule aftercare-missing', () => {
  it('is clean for the model note and aftercare in its many forms', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
    assertClean(labelled(), ID);
    assertClean(headed(), ID);
    for (const aftercare of [
      'Pt educated on expected post-needling soreness and to stay hydrated.',
      'Advised pt re soreness 24-48h, heat after 24h.',
      'Post-needling instructions given verbally and handout.',
      'Education: post-DN soreness expected 24-48 h, bruising may occur.',
      'Aftercare: standard handout given.',
    ]) assertClean(labelled({ aftercare }), ID);
    assertClean(note('## Objective', 'DN R UT 0.25x30 mm, LTR x2.', '', '## Aftercare', '- soreness up to 72 h', '- call if chest pain or SOB'), ID);
    assertClean(note('O: DN R UT 0.25x30 mm, LTR x2.', 'Aftercare:', '- soreness 24–72 h', '- call if SOB'), ID);
    assertClean(note('---', 'aftercare: soreness and red flags reviewed', '---', 'O: DN R UT 0.25x30 mm, LTR x2.'), ID);
  });

  it('reads aftercare in more of the clinic\'s words: safety netting, advice after any name of the needling, after-effects, when to ring', () => {
    for (const aftercare of ['Safety netted re PTX symptoms.', 'Safety-netting advice given.', 'Post tx advice as per protocol.', 'Post-IMS advice given.', 'Informed re after-effects.', 'Told to ring if any concerns.']) {
      assertClean(labelled({ aftercare }), ID);
    }
    // A call the patient will make is no advice.
    assert.equal(findings(labelled({ aftercare: 'Pt will call if unable to attend.' }), ID).length, 1);
  });

  it('reads a label for the time after any name of the needling over what to expect, not over what did not happen (batch 244, wlt-18)', () => {
    assertClean(labelled({ aftercare: '- Post-IMS: groin likely sore for a day or two; heat. Ring the clinic if any concerns.' }), ID);
    assert.equal(findings(labelled({ aftercare: 'Post-procedure: tolerated well, hemostasis with pressure, no bleeding.' }), ID).length, 1);
  });

  it('reads advice named after trigger point dry needling or acupuncture (batch 245, wlw-01)', () => {
    for (const aftercare of ['Post-TDN care: groin will feel like the day after a hard practice for ~24-48 hr; heat or ice.', 'Post-acupuncture advice given.', 'Post dry needling instructions given.']) {
      assertClean(labelled({ aftercare }), ID);
    }
  });

  it('reads an activity back or resumed next week as when it starts again, not advice put off (batch 246, wme-16)', () => {
    for (const aftercare of ['Aftercare: thigh sore/heavy 24–48 h, skip hockey tonight (back next week), heat.', 'Aftercare: rest tonight, resume training next week.']) {
      assertClean(labelled({ aftercare }), ID);
    }
    assert.match(findings(labelled({ aftercare: 'Aftercare: to be given next week.' }), ID)[0]?.message ?? '', /^Aftercare put off/);
  });

  it('is clean when nothing was needled', () => {
    assertClean(note('S: neck pain.', 'O: ROM limited.', 'P: DN next visit.'), ID);
  });

  it('reports missing aftercare on the Plan label, where aftercare goes', () => {
    const text = labelled({ aftercare: null });
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(covered(text, f), 'P:');
    assert.equal(f.message, 'No aftercare documented');
    const h = headed({ aftercare: null });
    assert.equal(covered(h, findings(h, ID)[0]), '## Plan');
  });

  it('reports deferred and empty aftercare on that line', () => {
    for (const [aftercare, word] of [
      ['Aftercare: to be given next visit.', /^Aftercare put off/], ['Aftercare education deferred to next session due to time.', /^Aftercare put off/],
      ['No aftercare given.', /^Aftercare put off/], ['Aftercare:', /^Aftercare line is empty$/], ['**Aftercare:**', /^Aftercare line is empty$/], ['Aftercare: N/A', /^Aftercare line is empty$/],
    ] as const) {
      const text = labelled({ aftercare });
      const [f] = findings(text, ID);
      assert.ok(f, aftercare);
      assert.equal(covered(text, f), aftercare);
      assert.deepEqual(f.range.start, positionOf(text, aftercare));
      assert.match(f.message, word);
    }
    const h = note('## Objective', 'DN R UT 0.25x30 mm, LTR x2.', '', '## Aftercare', '', '## Plan', 'Continue.');
    assert.equal(covered(h, findings(h, ID)[0]), '## Aftercare');
    // A template's heading over its own field left empty (batch 51).
    const field = note('## Objective', 'DN R UT 0.25x30 mm, LTR x2.', '', '## Aftercare', 'Aftercare: ___', '', '## Plan', 'Continue.');
    assert.match(findings(field, ID)[0]?.message ?? '', /^Aftercare line is empty$/);
    assertClean(note('## Objective', 'DN R UT 0.25x30 mm, LTR x2.', '', '## Aftercare', 'Aftercare: soreness 24-48 h, heat, call if worse.', '', '## Plan', 'Continue.'), ID);
  });

  it('reads a form\'s aftercare question answered no as aftercare not given, with its letter in brackets (batch 234)', () => {
    for (const aftercare of ['Aftercare given: [N]', 'DN aftercare handout given: No', 'Post-needling advice given: ✗']) {
      const text = labelled({ aftercare });
      assert.match(findings(text, ID)[0]?.message ?? '', /^Aftercare put off/, aftercare);
    }
    const under = (...lines: string[]) => note('## Objective', 'DN R UT 0.25x30 mm, LTR x2.', '', '**Aftercare**', ...lines, '', '## Plan', 'Continue.');
    assert.match(findings(under('- DN aftercare handout given: [N]'), ID)[0]?.message ?? '', /^Aftercare put off/);
    assertClean(under('- DN aftercare handout given: [N]', '- Soreness 24-48 h and heat explained: [Y]'), ID);
  });

  it('reads an EMR\'s bold tags as bold: an empty <b>Aftercare:</b> label is not answered by the label after it (batch 92 with tags)', () => {
    for (const [open, close] of [['**', '**'], ['<b>', '</b>'], ['<strong>', '</strong>']]) {
      const bold = (label: string) => `${open}${label}${close}`;
      const text = note(`${bold('Objective:')} DN R UT 0.25x30 mm, LTR x2.`, '', bold('Aftercare:'), '', `${bold('Other treatment:')} Hip hinge drill.`, '', `${bold('Plan:')} Review.`);
      const [f, ...rest] = findings(text, ID);
      assert.equal(rest.length, 0, open);
      assert.equal(f?.message, 'Aftercare line is empty', open);
      assert.equal(covered(text, f), bold('Aftercare:'), open);
    }
  });

  it('reads a box nobody ticked as nothing stated ("- [ ] Aftercare handout given", batch 57)', () => {
    const text = note('DN R VL 0.30x60 mm, LTR x4. Needles 1 in / 1 out.', '', '## Aftercare', '- [ ] Aftercare handout given', 'Ran over time, review aftercare next visit.');
    assert.match(findings(text, ID)[0]?.message ?? '', /^Aftercare put off/);
    assertClean(note('DN R VL 0.30x60 mm, LTR x4. Needles 1 in / 1 out.', '', '## Aftercare', '- [x] Aftercare handout given: soreness 24-48 h, heat'), ID);
  });

  it('reads advice that lasts until the next visit as advice given ("no running until next visit", batch 54)', () => {
    assertClean(note('DN L TA 0.30x40 mm, LTR x3. Needles 1 in / 1 out.', '', 'AFTERCARE:', 'Soreness 24-72 h, ice prn, walking ok, no running until next visit.'), ID);
    const [f] = findings(note('DN L TA 0.30x40 mm, LTR x3. Needles 1 in / 1 out.', '', 'AFTERCARE:', 'Aftercare sheet next visit.'), ID);
    assert.match(f?.message ?? '', /^Aftercare put off/);
  });

  it('ends an aftercare heading\'s statement at a SOAP section opened by a label under it', () => {
    const body = ['## Objective', 'DN R piriformis 0.30x75 mm, LTR x2. Needles 1 in / 1 out.', '', '### Post-Needling Aftercare', '- [ ] Soreness 24–48 h / heat or ice reviewed', '- [ ] Aftercare handout given', ''];
    const plan = ['Improving, hip IR R 25° → 30° post-tx.', '', 'Plan:', 'Continue 1x/wk; progress lifting mechanics.'];
    for (const label of ['## Assessment', '**Assessment**', 'Assessment:']) {
      assert.deepEqual(findings(note(...body, label, ...plan), ID).map((f) => f.message), ['Aftercare line is empty'], label);
    }
  });

  it('does not read advice the patient was given before, told in the Subjective, as aftercare given today', () => {
    const visit = (history: string) => note(`S: R neck pain 5/10. ${history}`, 'O: TTP R UT.', 'DN sitting: R UT 0.25x30 mm, LTR x2. All needles removed.', 'P: DN again next week.');
    for (const history of ['Previous physio advised re soreness after DN.', 'Had DN 2 years ago and was advised re soreness, heat.']) {
      assert.equal(findings(visit(history), ID).length, 1, history);
    }
    // Today's advice written in the Subjective beside that history still counts.
    assertClean(visit('Sore after last session as expected; advised re heat and soreness 24-48 h.'), ID);
  });

  it('does not read a risk named on a consent line as aftercare, with or without a label (batch 52)', () => {
    for (const consent of ['Consent: verbal, written on file. Discussed risk of PTX/SOB.', '- [x] Verbal consent to DN today, written on file. Discussed risk of PTX/SOB.']) {
      const [f] = findings(labelled({ consent, aftercare: 'Aftercare handout: give next visit.' }), ID);
      assert.match(f?.message ?? '', /^Aftercare put off/, consent);
    }
  });

  it('does not read the risks on a line that opens with the patient agreeing to the needling as aftercare (batch 224)', () => {
    const consent = 'Pt happy to proceed with DN as discussed at IA, risks explained again (soreness, bruising, faint). Verbal consent given.';
    assert.deepEqual(findings(labelled({ consent, aftercare: null }), ID).map((f) => f.message), ['No aftercare documented']);
    // Advice in a sentence of its own after the consent is still aftercare.
    assertClean(labelled({ consent: `${consent} Advised soreness 24-48 h, heat prn.`, aftercare: null }), ID);
  });

  it('reads advice whose first topic comes after a long simile in the same sentence (batch 248, wmq-07)', () => {
    const aftercare = "He was told to expect the calf to feel like after a hard day's work for a day or two, to keep walking, use heat, and to phone us if it becomes hot or red.";
    assertClean(labelled({ aftercare }), ID);
    // The topic is looked for in the same sentence only.
    assert.equal(findings(labelled({ aftercare: "He was told to expect the calf to feel like after a hard day's work. Keep walking the dog is his goal." }), ID).length, 1);
  });

  it('reads what to do if a topic comes up, achiness, and advice named after the needle (probes of the clinic\'s own words)', () => {
    for (const aftercare of ['If sore, heat pack.', 'If bruised: ice.', 'If a bit sore, ibuprofen.', 'Expect achiness 1-2 days; keep moving.', 'Post-needle care explained.']) {
      assertClean(labelled({ aftercare }), ID);
    }
    // In the patient's report it is history; a condition with no remedy after it is no advice.
    for (const aftercare of ['S: if sore, takes ibuprofen.', 'Review if sore.']) assert.equal(findings(labelled({ aftercare }), ID).length, 1, aftercare);
  });

  it('reads a post-needling label with a spaced dash, and what the patient may feel for a time (batch 251, wnf-17, wnf-07)', () => {
    for (const aftercare of ['P: Post-needling - ache for a day or two, heat, keep turning the head.', 'Plan: Calf may feel corked for 24-48h, gentle spin or walk fine.']) {
      assertClean(labelled({ aftercare }), ID);
    }
    // In the patient's report it is history.
    assert.equal(findings(labelled({ aftercare: 'S: says the calf may feel corked for 24-48h after long rides.' }), ID).length, 1);
  });

  it('reads soreness hedged and given a time in words as what to expect (batch 255, wof-02, wof-12, wof-14)', () => {
    for (const aftercare of [
      'Plan: Calf might feel bruised or tender for a day or two, keep walking on the flat, ring us if it swells up.',
      'Plan: Ache maybe a day or two, ice or heat whichever she prefers, walk on the flat.',
      'Plan: Probably achy for a day or two, heat, keep walking, drink some water.',
      'P: likely sore for a couple of days, heat and keep moving.',
      'P: could be tender for twenty-four to forty-eight hours, heat if needed.',
    ]) assertClean(labelled({ aftercare }), ID);
    // In the patient's report it is history; a hedge over no topic, or a time with no hedge before it, is no advice.
    // Nor is a plan to look at a topic again, or a time before now.
    for (const aftercare of ['S: probably sore for a day or two after the long walk.', 'A: likely to settle over a few days.', 'P: review in a couple of days.',
      'P: will review soreness in 2 days.', 'P: will recheck bruising in two days.', 'A: probably sore from the race a few days ago.']) {
      assert.equal(findings(labelled({ aftercare }), ID).length, 1, aftercare);
    }
  });

  it('reads soreness hedged and forecast for the hours ahead as what to expect: "Likely sore tomorrow" (batch 283, wuq-18)', () => {
    for (const aftercare of [
      'P: Likely sore tomorrow, keep moving, heat. Lumbar support in patrol car seat.', 'P: Will likely be sore tomorrow, keep moving.',
      'P: Might ache overnight, heat.', 'P: Probably tender over the next few days, walk daily.',
    ]) assertClean(labelled({ aftercare }), ID);
    // In the patient's report it is history; a hedge over no topic, or a topic with no hedge, is no advice.
    for (const aftercare of ['S: probably sore tomorrow after the match, she thinks.', 'P: Likely review tomorrow.', 'A: likely myofascial, sore on palpation.']) {
      assert.equal(findings(labelled({ aftercare }), ID).length, 1, aftercare);
    }
  });

  it('reads soreness said to be usual for a time as what to expect: "Post-IMS soreness usual for 1-2 days" (batch 285, wva-02)', () => {
    for (const aftercare of ['P: Post-IMS soreness usual for 1-2 days. Walk, heat, avoid long drives today if you can.', 'P: Ache is common for a day or two. Walk.']) {
      assertClean(labelled({ aftercare }), ID);
    }
    // Usual with no time is how things have been, and in the patient's report it is history.
    for (const aftercare of ['P: Stiffness as usual in the mornings. Walk.', 'S: soreness usual for 1-2 days after last IMS.']) {
      assert.equal(findings(labelled({ aftercare }), ID).length, 1, aftercare);
    }
  });

  it('reads what the patient may have, and where, as what to expect: "She may have a sore thigh for a day or two" (batch 269, wrm-09)', () => {
    for (const aftercare of [
      'P: She may have a sore thigh for a day or two. An easy 5 km tomorrow is fine, but no hills for 48 hours.',
      'P: might be tender in the calf for 24 h, keep walking.', 'P: could have some bruising; ring us if it spreads.', 'P: Ice or heat as she likes, keep walking.',
    ]) assertClean(labelled({ aftercare }), ID);
    // In the patient's report it is history; a place with no topic before it is no advice.
    for (const aftercare of ['S: she may have a sore thigh from the race last week.', 'P: progress step-ups as she likes.']) {
      assert.equal(findings(labelled({ aftercare }), ID).length, 1, aftercare);
    }
  });

  it('reads an advice label over its whole line, as under an Advice heading (batch 252, wnp-14)', () => {
    assertClean(labelled({ aftercare: 'Advice: leg will feel heavy for a day, easy spin only tomorrow, no hills till Sun. Heat or ice as he likes.' }), ID);
    // A label over consent, or over no topic of aftercare, is no aftercare.
    for (const aftercare of ['Education: consent for DN, risks incl. soreness explained.', 'Advice: see GP re bloods.']) {
      assert.equal(findings(labelled({ aftercare }), ID).length, 1, aftercare);
    }
  });

  it('fix inserts aftercare after the needling, keeps all text and satisfies the rule', () => {
    for (const text of [labelled({ aftercare: null }), headed({ aftercare: null }), crlf(labelled({ aftercare: null })), labelled({ aftercare: 'Aftercare:' })]) {
      const [f] = findings(text, ID);
      assert.equal(f.fixes[0].safe, false);
      const prepared = applyFix(text, f);
      assertNothingLost(text, prepared);
      // Prepared, not attested: nothing counts as advice given until its fields are filled.
      assert.equal(findings(prepared, ID).length, 1);
      const fixed = fillFields(prepared);
      assertClean(fixed, ID);
      assertClean(fixed, 'placeholder-unfilled');
      assert.ok(fixed.indexOf('Aftercare given') > fixed.indexOf('DN '));
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixed), 'keeps CRLF');
    }
  });

  it('fix includes pneumothorax red flags only when a muscle over the lung was needled', () => {
    const lung = labelled({ aftercare: null });
    const fixedLung = applyFix(lung, findings(lung, ID)[0]);
    assert.match(fixedLung, /Pneumothorax warning signs: ‹explained: breathlessness or chest pain in the next 2 days means emergency care \| not explained›/);
    const glute = headed({ aftercare: null });
    const fixedGlute = applyFix(glute, findings(glute, ID)[0]);
    assert.doesNotMatch(fixedGlute, /red flags/i);
  });

  it('fix of a lung note also satisfies pneumothorax-not-discussed', () => {
    const text = labelled({ aftercare: null, consent: 'Consent: verbal consent obtained.' });
    assert.equal(findings(text, 'pneumothorax-not-discussed').length, 1);
    const fixed = fillFields(applyFix(text, findings(text, ID)[0]));
    assertClean(fixed, 'pneumothorax-not-discussed');
  });

  it('reads the needling explained before consent, and a handout still to bring, as no aftercare (batch 258, wox-16)', () => {
    for (const aftercare of [
      'DN explained (ache, bruising, fainting, infection). Verbal consent obtained.',
      'Aftercare handout: ran out of copies, will bring one next trip.',
      'P: Review next trip 4/52; bring aftercare sheet.',
    ]) assert.equal(findings(labelled({ aftercare }), ID).length, 1, aftercare);
    // Advice about what the needling brings on, given on its own line, is aftercare.
    assertClean(labelled({ aftercare: 'DN aftercare explained: ache and bruising for a day or two, heat.' }), ID);
  });
  it('reads what the patient might feel, a few words on, as advice: "Might be a bit tender or bruised tomorrow" (batch 277, wtd-17)', () => {
    for (const aftercare of ['Mx: Might be a bit tender or bruised over the shin tomorrow, ice if sore.', 'Could feel a little achy tonight; heat is fine.']) {
      assertClean(labelled({ aftercare }), ID);
    }
    // … not what something else might be ("might be worth a scan").
    assert.equal(findings(labelled({ aftercare: 'Might be worth a scan if no better.' }), ID).length, 1);
  });

  it('reads a coded record entry\'s date and code as no part of its line: "19-May-2026 (XaPrs) Post-DN: bit achy tonight, ice" (batch 277, wte-11)', () => {
    assertClean(labelled({ aftercare: '19-May-2026 (XaPrs) Post-DN: bit achy tonight, ice if it bothers him, no training until Thurs.' }), ID);
  });
});
