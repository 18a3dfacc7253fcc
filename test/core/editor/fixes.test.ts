import assert from 'node:assert/strict';
import { applyEdits, lint, nonOverlapping } from '../../../src/core/engine/lint';
import { resolveConfig } from '../../../src/core/config/config';
import { parseConfigText } from '../../../src/core/config/parse';
import { addVocabularyTerm, disableRuleFix, scanJsonc, termFromWritten } from '../../../src/core/editor/fixes';
import { assertNothingLost, crlf, findings, note } from '../helpers';

const needled = note(
  '## Objective',
  'Dry needling performed:',
  '- R upper trapezius 0.25x30 mm, LTR x2',
  '- levator scapulae 0.25x30 mm, LTR x1',
);

describe('editor fixes: disable a rule for this line', () => {
  it('puts a disable-next-line comment on its own line above, and the finding goes away', () => {
    const [f] = findings(needled, 'side-missing');
    assert.ok(f, 'fixture must raise side-missing');
    const fix = disableRuleFix(lint(needled).note, 'side-missing', f.start);
    assert.equal(fix.title, 'Disable side-missing for this line');
    const after = applyEdits(needled, fix.edits);
    assert.ok(after.includes('\n<!-- dnlint-disable-next-line side-missing -->\n- levator scapulae'));
    assert.deepEqual(findings(after, 'side-missing'), []);
    assertNothingLost(needled, after);
    // Other rules still run on that line.
    assert.equal(findings(after, 'consent-missing').length, findings(needled, 'consent-missing').length);
  });

  it('keeps CRLF line ends and the line indentation', () => {
    const text = crlf(note('## O', 'Dry needling performed:', '- R upper trapezius 0.25x30 mm', '  - levator scapulae 0.25x30 mm, LTR x1'));
    const [f] = findings(text, 'side-missing');
    assert.ok(f);
    const after = applyEdits(text, disableRuleFix(lint(text).note, 'side-missing', f.start).edits);
    assert.ok(after.includes('\r\n  <!-- dnlint-disable-next-line side-missing -->\r\n  - levator'));
    assert.ok(!/[^\r]\n/.test(after), 'only CRLF line ends');
    assert.deepEqual(findings(after, 'side-missing'), []);
  });

  it('wraps a table in disable/enable comments instead of breaking it with a comment row', () => {
    const text = note(
      '## Objective', '',
      '| Muscle | Side | Needle (mm) | LTR |', '|---|---|---|---|',
      '| upper trapezius | R | 0.25x30 | +x2 |', '| levator scapulae |  | 0.25x30 | +x1 |', '',
      'Plan: review in 1 week.',
    );
    const [f] = findings(text, 'side-missing');
    assert.ok(f, 'fixture must raise side-missing');
    const fix = disableRuleFix(lint(text).note, 'side-missing', f.start);
    assert.equal(fix.title, 'Disable side-missing for this table');
    const after = applyEdits(text, fix.edits);
    assert.ok(after.includes('<!-- dnlint-disable side-missing -->\n| Muscle'));
    assert.ok(after.includes('| levator scapulae |  | 0.25x30 | +x1 |\n\n<!-- dnlint-enable side-missing -->'));
    assert.deepEqual(findings(after, 'side-missing'), []);
    assert.equal(lint(after).note.records.length, 2, 'the table is still read as two records');
  });

  it('silences a front-matter finding for the note, after the front matter', () => {
    const text = note('---', 'consent:', '---', '', 'Dry needling performed: R upper trapezius 0.25x30 mm.');
    const n = lint(text).note;
    const fix = disableRuleFix(n, 'consent-missing', 5);
    assert.equal(fix.title, 'Disable consent-missing for this note');
    assert.equal(applyEdits(text, fix.edits).split('\n')[3], '<!-- dnlint-disable-file consent-missing -->');
  });
});

describe('editor fixes: add a term to the clinic vocabulary', () => {
  it('creates a minimal config when there is none', () => {
    const r = addVocabularyTerm(undefined, 'infraspinatis');
    assert.equal(r.kind, 'create');
    const { config, problems } = parseConfigText((r as { text: string }).text);
    assert.deepEqual(problems, []);
    assert.ok(config.vocabulary.isKnownTerm('infraspinatis'));
  });

  it('adds to an existing terms list, keeping comments and other settings', () => {
    const text = '{\n  // clinic settings\n  "rules": { "side-missing": "warning" },\n  "vocabulary": {\n    "terms": ["multifidi",]\n  }\n}\n';
    const r = addVocabularyTerm(text, 'infraspinatis');
    assert.equal(r.kind, 'edit');
    const after = applyEdits(text, [(r as { edit: { start: number; end: number; newText: string } }).edit]);
    assert.equal(after, '{\n  // clinic settings\n  "rules": { "side-missing": "warning" },\n  "vocabulary": {\n    "terms": ["multifidi", "infraspinatis",]\n  }\n}\n');
    const { config, problems } = parseConfigText(after);
    assert.deepEqual(problems, []);
    assert.equal(config.rules['side-missing']?.severity, 'warning');
    assert.ok(config.vocabulary.isKnownTerm('infraspinatis'));
  });

  it('adds a vocabulary section, or a terms list to it, in the file own indentation', () => {
    const noVocab = '{\n    "rules": {}\n}';
    const a = addVocabularyTerm(noVocab, 'x y');
    assert.equal(a.kind, 'edit');
    assert.equal(applyEdits(noVocab, [(a as any).edit]), '{\n    "rules": {},\n    "vocabulary": {\n        "terms": ["x y"]\n    }\n}');
    const emptyVocab = '{\r\n  "vocabulary": {}\r\n}\r\n';
    const b = addVocabularyTerm(emptyVocab, 'gastroc');
    const after = applyEdits(emptyVocab, [(b as any).edit]);
    assert.equal(after, '{\r\n  "vocabulary": {\r\n    "terms": ["gastroc"]\r\n  }\r\n}\r\n');
    assert.deepEqual(parseConfigText(after).problems, []);
  });

  it('does nothing when the term is listed, and refuses to edit invalid JSON', () => {
    assert.equal(addVocabularyTerm('{"vocabulary":{"terms":["Gastroc"]}}', 'gastroc').kind, 'present');
    assert.equal(addVocabularyTerm('{"vocabulary": ', 'gastroc').kind, 'invalid');
    assert.equal(addVocabularyTerm('{"vocabulary": []}', 'gastroc').kind, 'invalid');
    assert.equal(addVocabularyTerm('  ', 'gastroc').kind, 'edit');
  });

  it('the added term silences unknown-muscle for that word', () => {
    const text = note('## O', 'Dry needling performed:', '- R infraspinatis 0.30x50 mm, LTR x1');
    assert.equal(findings(text, 'unknown-muscle').length, 1);
    const r = addVocabularyTerm(undefined, termFromWritten('infraspinatis'));
    const { config } = parseConfigText((r as { text: string }).text);
    assert.deepEqual(lint(text, config).findings.filter((f) => f.ruleId === 'unknown-muscle'), []);
  });

  it('termFromWritten drops markup and side words', () => {
    assert.equal(termFromWritten('**R infraspinatis**'), 'infraspinatis');
    assert.equal(termFromWritten('left  gastroc med (L)'), 'gastroc med');
    assert.equal(termFromWritten('QL'), 'QL');
  });

  it('scanJsonc records offsets of nested values', () => {
    const text = '{ "a": [1, "b"], /* c */ "d": {"e": true} }';
    const root = scanJsonc(text);
    assert.equal(text.slice(root.members![0].value.start, root.members![0].value.end), '[1, "b"]');
    assert.equal(text.slice(root.members![1].value.start, root.members![1].value.end), '{"e": true}');
  });

  it('nonOverlapping keeps the same edits as the engine applies', () => {
    const edits = [{ start: 5, end: 8, newText: 'x' }, { start: 6, end: 7, newText: 'y' }, { start: 0, end: 0, newText: 'a' }, { start: 0, end: 0, newText: 'b' }];
    const text = '0123456789';
    assert.equal(applyEdits(text, nonOverlapping(edits)), applyEdits(text, edits));
    assert.equal(nonOverlapping(edits).length, 2);
    void resolveConfig;
  });
});
