import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alternation, words } from '../../../src/core/lexicon/pattern';

const whole = (source: string) => new RegExp(`^(?:${source})$`);

describe('lexicon: phrase patterns', () => {
  it('merges phrases on their common beginning and tries the longer branch first', () => {
    assert.equal(alternation(['post tx', 'post treatment']),
      '[pP][oO][sS][tT][\\s*_-]+[tT](?:[rR][eE][aA][tT][mM][eE][nN][tT]|[xX])');
  });

  it('makes the rest optional where one phrase ends inside another, so the longer one wins', () => {
    assert.equal(alternation(['LTR', 'LTR+']), 'LTR(?:\\+)?');
    assert.equal(words(['LTR', 'LTR+']).exec('LTR+ x2')?.[0], 'LTR+');
  });

  it('keeps abbreviations to capitals and lets other words match in any case, across hyphens and bold marks', () => {
    const re = words(['DN', 'dry needling']);
    assert.ok(re.test('DN to R UT'));
    assert.ok(!re.test('dn to R UT'));
    assert.ok(re.test('Dry-Needling'));
    assert.ok(re.test('**dry** needling'));
    assert.ok(!re.test('dry needlings'));
  });

  it('reads a trailing * as any ending of that word only', () => {
    const re = words(['tolerat* well']);
    assert.ok(re.test('tolerated well'));
    assert.ok(re.test('Tolerates  well'));
    assert.ok(!re.test('tolerated'));
  });

  it('keeps phrases that share their letters but not their case apart (capitals only against any case)', () => {
    const re = whole(alternation(['IMS', 'ims protocol']));
    assert.ok(re.test('IMS'));
    assert.ok(!re.test('ims'));
    assert.ok(re.test('IMS Protocol'));
  });

  it('lets a word match the informal spellings clinicians type for it ("gone thru", "sore tomoro"), in words not abbreviations', () => {
    const re = words(['gone through', 'sore tomorrow']);
    assert.ok(re.test('risks gone thru again'));
    assert.ok(re.test('Gone Through'));
    assert.ok(re.test('may be sore tomoro'));
    assert.ok(!re.test('gone thr'));
    assert.ok(!words(['THROUGH']).test('THRU'));
  });

  it('property: merging never changes which texts match, against one branch per phrase', () => {
    // A small alphabet, so phrases share beginnings, end inside each other and differ in case.
    const word = fc.stringMatching(/^[abAB1+.]{1,4}\*?$/);
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    const candidate = fc.stringMatching(/^[abAB1+. *_-]{0,12}$/);
    fc.assert(fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), fc.array(candidate, { maxLength: 8 }), (phrases, texts) => {
      const mergedRe = whole(alternation(phrases));
      const oneEach = whole(phrases.map((p) => alternation([p])).join('|'));
      for (const p of phrases.filter((q) => !q.includes('*'))) assert.ok(mergedRe.test(p), `"${p}" should match its own list`);
      for (const t of [...texts, ...phrases.map((p) => p.toLowerCase()), ...phrases.map((p) => p.toUpperCase())]) {
        assert.equal(mergedRe.test(t), oneEach.test(t), `"${t}" against ${JSON.stringify(phrases)}`);
      }
    }), { numRuns: 300 });
  });
});
