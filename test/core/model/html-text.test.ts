import assert from 'node:assert/strict';
import { cleanHtml, linePieces, widenOverTags } from '../../../src/core/model/html-text';

describe('html text', () => {
  it('cleans tags and entities without moving any character, bold as Markdown bold held against its words', () => {
    const raw = '<p><b>Plan:</b> review &amp; progress</p>';
    const clean = cleanHtml(raw);
    assert.equal(clean.length, raw.length);
    assert.equal(clean.trim().replace(/\s+/g, ' '), '**Plan:** review & progress');
    assert.equal(clean.indexOf('review'), raw.indexOf('review'));
    assert.equal(cleanHtml('pain < 20 mm, <1 min'), 'pain < 20 mm, <1 min');
  });

  it('widens a highlight that would split a tag to the whole tag, and leaves other ranges alone', () => {
    const raw = 'x <b>Aftercare:</b> y';
    const [start, end] = widenOverTags(raw, raw.indexOf('b>'), raw.indexOf('/b>'));
    assert.equal(raw.slice(start, end), '<b>Aftercare:</b>');
    assert.deepEqual(widenOverTags(raw, 0, 1), [0, 1]);
    const text = 'VAS <5 and > 2: pain';
    assert.deepEqual(widenOverTags(text, 5, 12), [5, 12]);
    // Only a tag within reach of the highlight is looked for: a "<" far before it, or a tag far after it, is not.
    const far = `<b>S:</b> ${'neck pain '.repeat(20)}R UT`;
    assert.deepEqual(widenOverTags(far, far.length - 4, far.length), [far.length - 4, far.length]);
    const near = `${'x'.repeat(200)}<span class="a">R UT</span>`;
    assert.equal(near.slice(...widenOverTags(near, near.indexOf('span') + 1, near.indexOf('R UT'))), '<span class="a">');
  });

  it('cuts a line at its <br> tags into the lines an EMR joined, each at its offset', () => {
    const line = 'S: sore neck<br>O: TTP R UT<BR/>Consent: verbal <br />';
    assert.deepEqual(linePieces(line).map((p) => [p.at, p.text]), [[0, 'S: sore neck'], [16, 'O: TTP R UT'], [32, 'Consent: verbal '], [54, '']]);
    assert.deepEqual(linePieces('no tags here'), [{ at: 0, text: 'no tags here' }]);
  });
});
