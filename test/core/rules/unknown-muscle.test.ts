import assert from 'node:assert/strict';
import { applyFix, assertClean, assertNothingLost, covered, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';
import { lint } from '../../../src/core/engine/lint';

const lintRecords = (text: string) => lint(text).note.records.map((r) => (r.kind === 'muscle' ? r.muscle.id : r.written));

const ID = 'unknown-muscle';

describe('rule unknown-muscle', () => {
  it('raises nothing on the model note or on known muscles and shorthand', () => {
    assertClean(modelNote(), ID);
    assertClean(note('O: DN R UT 0.25x30, LTR x2; L glute med 0.30x60, LTR+'), ID);
  });
  it('reads a body area written as the parent item over the muscles needled there as an area, not a misspelt muscle', () => {
    const text = note('**Tx:**', '- DN (TrP, pistoning):', '  - L posterior thigh', '    - L biceps fem', '      - 0.30x60mm, LTR x2', '  - L groin', '    - L add longus', '      - 0.30x50mm, LTR x2');
    assertClean(text, ID);
    assertClean(text, 'needle-size-missing');
    assert.deepEqual(lintRecords(text), ['biceps-femoris', 'adductor-longus']);
  });
  it('flags a misspelt muscle in a sentence and suggests the muscle', () => {
    const text = note('## Objective', 'DN R upper trapezuis 0.25x30, LTR x2');
    const [f] = findings(text, ID);
    assert.equal(f.severity, 'warning');
    assert.equal(covered(text, f), 'upper trapezuis');
    assert.deepEqual(f.range.start, positionOf(text, 'upper trapezuis'));
    assert.equal(f.message, 'Unknown muscle name "upper trapezuis"');
    assert.equal(f.fixes[0].title, 'Change to "upper trapezius"');
    assert.equal(f.fixes[0].title, 'Change to "upper trapezius"');
    assert.equal(f.fixes[0].safe, false);
  });
  it('replaces only the misspelt word, then the rule is satisfied', () => {
    const text = note('O: DN R Upper trapezuis 0.25x30, LTR x2');
    const [f] = findings(text, ID);
    assert.deepEqual(f.fixes[0].edits.map((e) => text.slice(e.start, e.end)), ['trapezuis']);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('R Upper trapezius 0.25x30'), fixed);
    assertClean(fixed, ID);
  });
  it('reads a misspelt name written in capitals whole, and corrects it in capitals', () => {
    const text = note('DRY NEEDLING:', '- L EXTENSOR DIGITORUM LONGIS: 0.30x50mm, pistoning, LTR x1');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'EXTENSOR DIGITORUM LONGIS');
    const fixed = applyFix(text, f, f.fixes.findIndex((x) => x.title === 'Change to "extensor digitorum longus"'));
    assert.ok(fixed.includes('- L EXTENSOR DIGITORUM LONGUS: 0.30x50mm'), fixed);
    assertClean(fixed, ID);
  });
  it('flags an unrecognised Muscle cell in a table', () => {
    const text = note('| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| gluteus medis | L | 0.30x60 | + |');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'gluteus medis');
    assert.ok(f.fixes.some((x) => x.title === 'Change to "gluteus medius"'));
    const fixed = applyFix(text, f, f.fixes.findIndex((x) => x.title === 'Change to "gluteus medius"'));
    assertNothingLost(text.replace('medis', 'medius'), fixed);
    assertClean(fixed, ID);
  });
  it('never flags clinic vocabulary terms or muscles', () => {
    const text = note('| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| rectus capitis anterior | R | 0.16x15 | + |');
    assert.equal(findings(text, ID).length, 1);
    assertClean(text, ID, { vocabulary: { terms: ['rectus capitis anterior'] } });
    assertClean(text, ID, { vocabulary: { muscles: [{ name: 'rectus capitis anterior', region: 'neck' }] } });
  });
  it('does not flag ordinary words on a needling line, or misspellings in Subjective', () => {
    assertClean(note('O: DN performed with 0.25x30 needles throughout, LTR obtained in all muscles.'), ID);
    assertClean(note('## Subjective', 'Pain in R upper trapezuis, had LTR x2 last time.'), ID);
    // A position named by a movement is no misspelt muscle ("supination" is near "supinator") (batch 123).
    assertClean(note('### IMS', 'Supine, arm supported in supination, 0.25 × 30 mm, pistoning:', '- R pronator teres LTR x2'), ID);
    // How often, and the skin's preparation, on a lead-in: "twice" is near "triceps" (batch 250, wne-18).
    const leadIn = 'DN prone, foot off the table, skin prepped w/ alcohol twice (barn boots), 0.25x30 mm throughout:';
    const text = note('O: Palpation: taut bands R quadratus plantae.', 'Consent: signed, on file.', '', leadIn, '- R quadratus plantae, LTR x2', '- R abductor hallucis, LTR x3');
    assertClean(text, ID);
    assert.deepEqual(lintRecords(text), ['quadratus-plantae', 'abductor-hallucis']);
    // Where the needle points: "aimed" is near no muscle the note means (batch 263, wpz-02).
    assertClean(note('DN sitting, pincer grip, needle aimed away from lung, 0.25x30 mm:', '- R UT x2 sites — LTR x2'), ID);
    // Current through the needles, on a line run on from the last item: "leads" is near "lats" (batch 291, wwm-05).
    const stim = note('Dry needling, pt supine. Parameters:', '1. R supinator: 0.25x30 mm, static, tolerated well', 'E-stim parameters, leads on needles 1 + 3: 2 Hz, 250 us, 10 min.');
    assertClean(stim, ID);
    assert.deepEqual(lintRecords(stim), ['supinator']);
  });

  it('tries the value of a muscle field as a name, whatever field follows it (batch 258, wow-10)', () => {
    for (const row of ['[Muscle] medial gastrocnemeus [Side] L [Needle] 0.30x50 mm [Technique] pistoning [Response] LTR x3, familiar calf tightness',
      'Muscle: medial gastrocnemeus | Side: L | Needle: 0.30x50 mm | Technique: pistoning | Response: LTR x3, familiar calf tightness']) {
      const text = note('## Objective', '### Dry needling', '[Position] prone, foot off end of table:', row, '[Muscle] soleus [Side] L [Needle] 0.30x60 mm [Response] LTR x1');
      assert.deepEqual(findings(text, 'unknown-muscle').map((f) => covered(text, f)), ['medial gastrocnemeus'], row);
    }
  });
});
