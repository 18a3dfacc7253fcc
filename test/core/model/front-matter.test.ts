import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../src/core/model/front-matter';

describe('model front matter', () => {
  it('reads the same YAML again with the offsets of the note it is in', () => {
    const broken = 'date: 2026-12-02\nconsent: [verbal\n';
    const a = parseFrontMatter(broken, 0, 40, 4);
    const b = parseFrontMatter(broken, 10, 50, 14);
    assert.equal(a.error?.message, 'an unclosed [ or {');
    assert.equal(b.error?.message, a.error?.message);
    assert.equal(b.error!.offset - a.error!.offset, 10);
    assert.deepEqual([b.start, b.end], [10, 50]);
  });

  it('reads changed YAML afresh and keeps what it read from being changed', () => {
    const first = parseFrontMatter('Consent: verbal\n', 0, 20, 4);
    assert.deepEqual(first.data, { consent: 'verbal' });
    assert.deepEqual(parseFrontMatter('consent: written\n', 0, 20, 4).data, { consent: 'written' });
    assert.deepEqual(parseFrontMatter('- a list\n', 0, 20, 4).error?.message, 'not "key: value" lines');
    const again = parseFrontMatter('Consent: verbal\n', 0, 20, 4).data!;
    assert.deepEqual(again, { consent: 'verbal' });
    assert.throws(() => { again.consent = 'refused'; }, TypeError);
  });
});
