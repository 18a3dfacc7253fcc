import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyEdits } from '../../src/core/engine/lint';
import { planSignature } from '../../src/core/sign/sign';
import { parsePrivateKey } from '../../src/core/sign/ssh-key';
import { runCli, tempTree } from './cli-helpers';

const example = (name: string) => readFileSync(resolve('examples', name), 'utf8');
const SIGNED = example('signed-note.soap.md');
const CHAINED = example('signed-addendum.soap.md');

interface JsonNote {
  file: string;
  status: string;
  signatures: Array<{ line: number; signs: string; meaning: string; name: string; valid: boolean; key?: { fingerprint: string; status: string } }>;
  problems: Array<{ line: number; message: string }>;
  error?: string;
}
const json = (stdout: string): JsonNote[] => JSON.parse(stdout);

describe('cli: dn-lint verify', () => {
  it('examples/: the signed examples verify, the rest are listed as unsigned, exit 0', () => {
    const r = runCli(['verify', 'examples'], resolve('.'));
    assert.equal(r.code, 0, r.stderr);
    // The repository's .dnlintrc.json includes only *.soap.md: the two README files are counted, not named.
    assert.equal(r.stderr, 'dn-lint verify: 2 Markdown files were not checked: .dnlintrc.json includes only **/*.soap.md\n');
    assert.ok(!r.stdout.includes('signed-note.soap.md'), 'signed notes are listed only with --verbose');
    assert.match(r.stdout, /^examples\/clean-headings-table\.soap\.md: unsigned$/m);
    assert.match(r.stdout, /notes checked: 2 signed, \d+ unsigned; no note was changed after signing\.\n$/);
    const verbose = runCli(['verify', '--verbose', 'examples/signed-addendum.soap.md'], resolve('.'));
    assert.match(verbose.stdout, /^examples\/signed-addendum\.soap\.md: signed \(note signed by Alex Kim, SPT \(author\) 2025-03-12 12:05 −04:00; note co-signed by Jordan Doe, PT, DPT \(co-signer\) .*; late entry signed by Jordan Doe, PT, DPT \(author\) .*\)$/m);
  });

  it('JSON lists every note with its status and signatures', () => {
    const r = runCli(['verify', '--format', 'json', 'examples/signed-note.soap.md', 'examples/signed-addendum.soap.md', 'examples/clean-bold-crlf.soap.md'], resolve('.'));
    assert.equal(r.code, 0);
    const notes = json(r.stdout);
    assert.deepEqual(notes.map((n) => [n.file, n.status]), [
      ['examples/signed-note.soap.md', 'signed'], ['examples/signed-addendum.soap.md', 'signed'], ['examples/clean-bold-crlf.soap.md', 'unsigned'],
    ]);
    assert.deepEqual(notes[1].signatures.map((s) => `${s.signs}/${s.meaning}/${s.name}/${s.valid}`), ['note/author/Alex Kim/true', 'note/co-signer/Jordan Doe/true', 'late-entry/author/Jordan Doe/true']);
  });

  describe('over changed copies', () => {
    const blocks = CHAINED.split('\n***\n');
    const tree = tempTree({
      'tampered.soap.md': SIGNED.replace('NPRS 6/10 today', 'NPRS 5/10 today'),
      'crlf.soap.md': '\uFEFF' + SIGNED.replace(/\n/g, '\r\n'),
      'reordered.soap.md': [blocks[0], blocks[2], blocks[1], blocks[3]].join('\n***\n'),
      'removed.soap.md': [blocks[0], blocks[2], blocks[3]].join('\n***\n'),
      'damaged.soap.md': SIGNED.replace('meaning: author', 'meaning: witness'),
      'unsigned-addendum.soap.md': SIGNED + '\nLate note, not signed yet.\n',
      'clean.soap.md': SIGNED,
    });
    after(tree.cleanup);

    it('lists each problem with its line, exits 1 on tampering, and says nothing of the note text', () => {
      const r = runCli(['verify', '.'], tree.dir);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.trim().split('\n');
      const blockLine = SIGNED.split('\n').findIndex((l) => l.startsWith('**Signed by')) + 1;
      assert.ok(lines.includes(`tampered.soap.md:${blockLine}: changed after signing: the text above this signature changed after it was signed`), r.stdout);
      assert.ok(lines.some((l) => /^reordered\.soap\.md:\d+: signatures out of order or missing: the signature it followed was removed, or signatures were moved$/.test(l)), r.stdout);
      assert.ok(lines.some((l) => /^removed\.soap\.md:\d+: signatures out of order or missing: /.test(l)), r.stdout);
      assert.ok(lines.some((l) => /^damaged\.soap\.md:\d+: signature damaged: its meaning "witness" is not author or co-signer$/.test(l)), r.stdout);
      assert.ok(lines.some((l) => /^unsigned-addendum\.soap\.md:\d+: addendum not signed: /.test(l)), r.stdout);
      assert.ok(!lines.some((l) => l.startsWith('crlf.soap.md') || l.startsWith('clean.soap.md')), 'a line-ending conversion is not tampering');
      assert.equal(lines[lines.length - 1], '7 notes checked: 2 signed, 1 addendum not signed, 1 changed after signing, 2 signatures out of order or missing, 1 signature damaged; 4 notes were changed after signing.');
      assert.ok(!/NPRS|quadratus|Patient/.test(r.stdout + r.stderr));
    });

    it('exit 0 when only unsigned addenda and conversions are found', () => {
      assert.equal(runCli(['verify', 'crlf.soap.md', 'clean.soap.md', 'unsigned-addendum.soap.md'], tree.dir).code, 0);
    });
  });

  describe('key signatures and the clinic\'s allowed signers', () => {
    const key = parsePrivateKey(readFileSync(join('test/core/sign/fixtures/test-only-ed25519'), 'utf8'));
    assert.ok(key.ok);
    const pub = readFileSync('test/core/sign/fixtures/test-only-ed25519.pub', 'utf8').trim();
    const note = '## S\nNeck pain 5/10.\n';
    const plan = planSignature({ text: note, signer: { name: 'Jane Doe', credentials: 'PT', id: 'jd' }, meaning: 'author', now: new Date('2025-03-04T15:00:00Z'), errors: 0, key: key.ok ? key.value : undefined });
    assert.equal(plan.kind, 'sign');
    const keyed = plan.kind === 'sign' ? applyEdits(note, [plan.edit]) : '';
    const clinic = (keys: string[]) => JSON.stringify({ clinicians: [{ name: 'Jane Doe', credentials: 'PT', id: 'jd', publicKeys: keys }] });
    const listed = tempTree({ '.dnlintrc.json': clinic([pub]), 'n.soap.md': keyed });
    const unlisted = tempTree({ '.dnlintrc.json': clinic([]), 'n.soap.md': keyed });
    after(() => { listed.cleanup(); unlisted.cleanup(); });

    it('a key the clinic lists for the signer verifies', () => {
      const r = runCli(['verify', '--format', 'json', '.'], listed.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(json(r.stdout)[0].signatures[0].key, { fingerprint: 'SHA256:gbkc9L7b6aIBnLGwys9rtIetAmI6I85DTcTKkEUl8yU', status: 'verified' });
    });

    it('a key it does not list is unverifiable: listed, exit 0', () => {
      const r = runCli(['verify', '.'], unlisted.dir);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^n\.soap\.md:\d+: key not in the clinic's list: signed with key SHA256:gbkc9L7b6aIBnLGwys9rtIetAmI6I85DTcTKkEUl8yU, which the clinic does not list for Jane Doe$/m);
    });
  });

  it('usage errors and unreadable files exit 2', () => {
    assert.equal(runCli(['verify'], resolve('.')).code, 2);
    assert.equal(runCli(['verify', '--format', 'xml', 'examples'], resolve('.')).code, 2);
    const r = runCli(['verify', 'no-such-note.soap.md'], resolve('.'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-note\.soap\.md: no such file or folder/);
    assert.match(runCli(['verify', '--help'], resolve('.')).stdout, /^Usage: dn-lint verify/);
    assert.match(runCli(['--help'], resolve('.')).stdout, /dn-lint verify <note\|folder>/);
  });
});
