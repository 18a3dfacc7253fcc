import assert from 'node:assert/strict';
import { readableText } from '../../../src/core/util/readable-text';

describe('util/readableText', () => {
  it('writes other spaces as spaces and underscore emphasis as asterisks, keeping the length', () => {
    const cases: Array<[string, string]> = [
      ['upper\u00a0trapezius\u202f0.25', 'upper trapezius 0.25'],
      ['__Consent__', '**Consent**'],
      ['__R neck__ (sitting)', '**R neck** (sitting)'],
      ['(__Aftercare:__)', '(**Aftercare:**)'],
      ['__R UT__, L LS.', '**R UT**, L LS.'],
    ];
    for (const [written, read] of cases) {
      assert.equal(readableText(written), read, written);
      assert.equal(readableText(written).length, written.length);
    }
  });
  it('leaves blanks to fill and underscores inside words as written', () => {
    for (const written of ['Consent: __', 'Consent:__', 'Name: ____', 'Side: _', 'pt_id: 3', 'a__b', '___', '_a _a _a x']) {
      assert.equal(readableText(written), written, written);
    }
  });
  it('reads emphasis inside a line as plain words, and keeps the emphasis that opens a line or makes a label', () => {
    const cases: Array<[string, string]> = [
      ['- R *upper trapezius* 0.25x30', '- R  upper trapezius  0.25x30'],
      ['DN to **L UT** / *levator scapulae* offered; declined', 'DN to   L UT   /  levator scapulae  offered; declined'],
      ['R __UT__, L _LS_.', 'R   UT  , L  LS .'],
      ['Tx: (*R UT*)', 'Tx: ( R UT )'],
    ];
    for (const [written, read] of cases) assert.equal(readableText(written), read, written);
    for (const written of ['**Consent:** verbal', '- **R UT** 0.30x40', '**Dry needling — R calf, prone**', '> **Plan** review', 'Position: prone. *Note:* see below', 'a **b**: c', '2 * 3 * 4', '- [x] **R UT** needled']) {
      assert.equal(readableText(written), written, written);
    }
    // The line a mark opens is the mark's own, not the one above it.
    assert.equal(readableText('Consent: ___\n**Dry needling — R calf**'), 'Consent: ___\n**Dry needling — R calf**');
  });
  it('reads text struck through as spaces, marks and all, and leaves a fence and a lone tilde as written', () => {
    const cases: Array<[string, string]> = [
      ['- ~~L~~ R upper trapezius', `- ${' '.repeat(5)} R upper trapezius`],
      ['R LS ~~0.25x30~~ 0.30x40 mm', `R LS ${' '.repeat(11)} 0.30x40 mm`],
      ['<del>L UT</del> R UT; <s>LTR x1</s> <STRIKE>x</STRIKE>', `${' '.repeat(15)} R UT; ${' '.repeat(13)} ${' '.repeat(18)}`],
    ];
    for (const [written, read] of cases) {
      assert.equal(readableText(written), read, written);
      assert.equal(readableText(written).length, written.length);
    }
    for (const written of ['~~~', '~~~text\nx\n~~~', 'soreness ~24 h, ~2 days', '~~ spaced ~~', 'a ~~~b~~~ c']) assert.equal(readableText(written), written, written);
  });
  it('reads the Latin "m." before a muscle\'s name as spaces, and "mm." after a number as the unit it is (batch 196, a Dutch practice)', () => {
    assert.equal(readableText('- R m. levator scapulae, 0,30 x 40 mm, LTR x2'), '- R    levator scapulae, 0,30 x 40 mm, LTR x2');
    assert.equal(readableText('L mm. multifidi L4-5'), 'L     multifidi L4-5');
    for (const written of ['0.30 x 40 mm. pistoning', 'opening 32 mm. deviation', 'walked 5 m. slowly', 'Dr. m. Bakker', 'pm. review']) assert.equal(readableText(written), written, written);
  });
  it('reads the Latin "M." before a capitalised name after a side as spaces, but not an initial before a surname (found by rewriting the blind notes)', () => {
    assert.equal(readableText('R M. Gluteus medius 0.30 x 50 mm; R m. Vastus Lateralis'), 'R    Gluteus medius 0.30 x 50 mm; R    Vastus Lateralis');
    assert.equal(readableText('Left Mm. Rhomboidei'), 'Left     Rhomboidei');
    for (const written of ['Physio: M. Jones, PT', 'Signed M. Smith', 'Ref: Dr M. Patel']) assert.equal(readableText(written), written, written);
  });
  it('reads punctuation a dictation slip left as a word as its sign, keeping the length, but not a word written about (batch 227, wht-07)', () => {
    const said = 'R glute med 0.30 x 60 mm LTR x3 comma R hamstrings 0.30 x 60 mm semicolon tol well full stop Aftercare given';
    const read = readableText(said);
    assert.equal(read.length, said.length);
    assert.equal(read, 'R glute med 0.30 x 60 mm LTR x3,      R hamstrings 0.30 x 60 mm;          tol well.          Aftercare given');
    assert.equal(readableText('LTR x3 Comma R UT'), 'LTR x3,      R UT');
    for (const about of ['the semicolon item passes it on', 'bleeding came to a full stop quickly', 'over a period of two weeks', 'comma at the start', 'ends on a comma']) {
      assert.equal(readableText(about), about);
    }
  });

  it('stays linear on a long line of opened strike marks', () => {
    const line = '~~a '.repeat(200_000);
    assert.equal(readableText(line), line);
  });
  it('stays linear on a long line of emphasis', () => {
    const line = 'x *a* '.repeat(200_000);
    assert.equal(readableText(line), 'x  a  '.repeat(200_000));
  });
  it('stays linear on a long run of spaces before a Latin "M."', () => {
    // Before: both lookbehinds read back over the run from each of its positions (400,000 spaces took minutes).
    const line = `O: DN R${' '.repeat(400_000)}M. Gluteus medius 0.30x50 mm`;
    assert.equal(readableText(line), line.replace('M.', '  '));
  });
  it('stays linear on a long line of lone underscores', () => {
    const line = '_a '.repeat(200_000);
    assert.equal(readableText(line), line);
  });
});
