import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { crlf, note, positionOf } from '../helpers';

// consent-missing is the rule used here: it reports on the needling record line. Other
// rules' findings are left out so these tests only see what the directives change.
const RECORD = 'O: DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.';
const WATCHED = new Set(['consent-missing', 'unknown-directive']);
const ids = (text: string) => lint(text).findings.map((f) => f.ruleId).filter((id) => WATCHED.has(id));
const consentFindings = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'consent-missing');

describe('core: directives', () => {
  it('without a directive, the record raises consent-missing (baseline)', () => {
    assert.deepEqual(ids(note('S: neck pain', RECORD)), ['consent-missing']);
  });

  it('reads a comment alone on a line a paragraph runs on over, indented under a label (batch 218)', () => {
    const lines = (id: string) => note('S: neck pain', 'Rx: manual work first,', `    <!-- dnlint-disable-next-line ${id} -->`, `    ${RECORD}`);
    assert.deepEqual(ids(lines('consent-missing')), []);
    assert.deepEqual(ids(lines('consent-mising')), ['unknown-directive', 'consent-missing']);
    // Not in a fenced code block.
    assert.deepEqual(ids(note('S: neck pain', '```', '<!-- dnlint-disable consent-mising -->', '```', RECORD)), ['consent-missing']);
  });

  describe('disable / enable', () => {
    it('disable by id silences the rule from the comment onwards', () => {
      assert.deepEqual(ids(note('<!-- dnlint-disable consent-missing -->', 'S: neck pain', RECORD)), []);
    });

    it('a disable after the finding does not silence it', () => {
      assert.deepEqual(ids(note('S: neck pain', RECORD, '<!-- dnlint-disable consent-missing -->')), ['consent-missing']);
    });

    it('enable ends the silenced region', () => {
      const text = note('<!-- dnlint-disable consent-missing -->', 'S: neck pain', '<!-- dnlint-enable consent-missing -->', RECORD);
      assert.deepEqual(ids(text), ['consent-missing']);
    });

    it('disable without ids silences every rule; a bare enable ends it', () => {
      assert.deepEqual(ids(note('<!-- dnlint-disable -->', 'S: neck pain', RECORD)), []);
      assert.deepEqual(ids(note('<!-- dnlint-disable -->', '<!-- dnlint-enable -->', 'S: neck pain', RECORD)), ['consent-missing']);
    });

    it('enabling one rule after disabling all turns that rule back on', () => {
      const text = note('<!-- dnlint-disable -->', 'S: neck pain', '<!-- dnlint-enable consent-missing -->', RECORD);
      assert.deepEqual(ids(text), ['consent-missing']);
    });

    it('disabling a rule again after enabling it inside a disable-all silences it again', () => {
      const text = note('<!-- dnlint-disable -->', '<!-- dnlint-enable consent-missing -->', '<!-- dnlint-disable consent-missing -->', 'S: neck pain', RECORD);
      assert.deepEqual(ids(text), []);
    });

    it('an enable with nothing disabled changes nothing', () => {
      assert.deepEqual(ids(note('<!-- dnlint-enable consent-missing -->', 'S: neck pain', RECORD)), ['consent-missing']);
    });
  });

  describe('disable-line and disable-next-line', () => {
    it('disable-line silences the comment\'s own line', () => {
      assert.deepEqual(ids(note('S: neck pain', `${RECORD} <!-- dnlint-disable-line consent-missing -->`)), []);
    });

    it('disable-line does not reach the next line', () => {
      assert.deepEqual(ids(note('S: neck pain <!-- dnlint-disable-line consent-missing -->', RECORD)), ['consent-missing']);
    });

    it('disable-next-line silences the next line', () => {
      assert.deepEqual(ids(note('S: neck pain', '<!-- dnlint-disable-next-line consent-missing -->', RECORD)), []);
    });

    it('disable-next-line skips blank lines a formatter may add', () => {
      assert.deepEqual(ids(note('S: neck pain', '<!-- dnlint-disable-next-line consent-missing -->', '', '', RECORD)), []);
      assert.deepEqual(ids(crlf(note('S: neck pain', '<!-- dnlint-disable-next-line consent-missing -->', '', RECORD))), []);
    });

    it('disable-next-line covers one line only', () => {
      const text = note('<!-- dnlint-disable-next-line consent-missing -->', 'S: neck pain', RECORD);
      const f = consentFindings(text);
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 2);
    });
  });

  describe('disable-file', () => {
    it('silences the rule in the whole note, wherever the comment stands', () => {
      assert.deepEqual(ids(note('S: neck pain', RECORD, '', '<!-- dnlint-disable-file consent-missing -->')), []);
    });

    it('without ids silences every rule in the note', () => {
      assert.deepEqual(lint(note('S: neck pain', RECORD, '<!-- dnlint-disable-file -->')).findings, []);
    });
  });

  describe('naming rules', () => {
    it('accepts the code (DN001) in any case, and comma- or space-separated lists', () => {
      assert.deepEqual(ids(note('<!-- dnlint-disable DN001 -->', 'S: neck pain', RECORD)), []);
      assert.deepEqual(ids(note('S: neck pain', '<!-- dnlint-disable-next-line dn001 -->', RECORD)), []);
      assert.deepEqual(ids(note('S: neck pain', `${RECORD} <!-- dnlint-disable-line DN001, consent-missing -->`)), []);
    });

    it('an unknown id is reported as unknown-directive at the comment, quoting the name', () => {
      const text = note('S: neck pain', '<!-- dnlint-disable-next-line consent-mising -->', RECORD);
      const found = lint(text).findings;
      assert.deepEqual(ids(text).sort(), ['consent-missing', 'unknown-directive']);
      const u = found.find((f) => f.ruleId === 'unknown-directive')!;
      assert.equal(u.severity, 'warning');
      assert.deepEqual(u.range.start, positionOf(text, '<!--'));
      assert.equal(text.slice(u.start, u.end), '<!-- dnlint-disable-next-line consent-mising -->');
      assert.match(u.message, /"consent-mising"/);
      assert.match(u.message, /silences nothing/);
    });

    it('a known id next to an unknown one still works', () => {
      const text = note('S: neck pain', '<!-- dnlint-disable-next-line consent-missing, no-such-rule -->', RECORD);
      assert.deepEqual(ids(text), ['unknown-directive']);
    });

    it('a directive naming only unknown ids silences nothing (it does not become "all rules")', () => {
      assert.deepEqual(ids(note('<!-- dnlint-disable nothing-here -->', 'S: neck pain', RECORD)).sort(), ['consent-missing', 'unknown-directive']);
    });
  });

  describe('reasons', () => {
    it('text after " -- " is a reason, not rule ids', () => {
      const text = note('S: neck pain', '<!-- dnlint-disable-next-line consent-missing -- consent on the paper form, scanned 2025-03-04 -->', RECORD);
      assert.deepEqual(ids(text), []);
    });

    it('a reason on a bare directive still means all rules', () => {
      assert.deepEqual(ids(note('S: neck pain', `${RECORD} <!-- dnlint-disable-line -- reviewed with supervisor -->`)), []);
    });
  });

  it('ordinary HTML comments and look-alikes are not directives', () => {
    assert.deepEqual(ids(note('<!-- dnlint is great -->', '<!-- dnlint-disabled consent-missing -->', 'S: neck pain', RECORD)), ['consent-missing']);
  });
});
