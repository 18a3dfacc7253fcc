import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/config';
import { lint } from '../../../src/core/engine/lint';
import { hoverAt } from '../../../src/core/editor/hover';
import { note } from '../helpers';

const text = note(
  '## O', 'Dry needling performed:', '- R UT 0.25x30 mm, LTR x2', '',
  '| Muscle | Side | Needle (mm) |', '|---|---|---|', '| gluteus medius | L | 0.30x60 |', '',
  'Tight paraspinals; TA tender.',
);
const at = (needle: string, delta = 1) => hoverAt(lint(text).note, text.indexOf(needle) + delta, defaultConfig());

describe('muscle hover', () => {
  it('describes shorthand in a list: name, shorthand, region, risk, billing roll-up', () => {
    const h = at('UT');
    assert.ok(h);
    assert.equal(text.slice(h.start, h.end), 'UT');
    assert.match(h.markdown, /^\*\*upper trapezius\*\* \(`UT`/);
    assert.match(h.markdown, /Region: shoulder/);
    assert.match(h.markdown, /Structures at risk: .*lung/);
    assert.match(h.markdown, /counts as \*\*trapezius\*\*/);
  });

  it('works inside a table cell', () => {
    const h = at('gluteus medius', 3);
    assert.ok(h);
    assert.equal(text.slice(h.start, h.end), 'gluteus medius');
    assert.match(h.markdown, /Region: pelvis and hip/);
    assert.match(h.markdown, /counts as one muscle/);
  });

  it('explains ambiguous shorthand and group terms, and is silent elsewhere', () => {
    assert.match(at('TA')!.markdown, /ambiguous: it can mean .*tibialis anterior/);
    assert.match(at('paraspinals')!.markdown, /group of muscles/);
    assert.equal(at('Dry needling'), undefined);
  });
});
