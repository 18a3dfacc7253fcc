import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderBlock, scanBlocks } from '../../../src/core/sign/block';
import { sealOf, type SignatureFields } from '../../../src/core/sign/fields';
import { verifyText } from '../../../src/core/sign/verify';
import { renderPreviewHtml } from '../../../src/core/editor/preview';
import { NOTE, sign } from './helpers';

const sealed = (f: Omit<SignatureFields, 'seal'>): SignatureFields => ({ ...f, seal: sealOf(f) });
const FIELDS = sealed({ signs: 'note', meaning: 'author', name: 'Jane Doe', credentials: 'PT, DPT', at: '2026-11-30T14:05:00-05:00', digest: 'a'.repeat(64) });

describe('sign: signature block format', () => {
  it('renders a rule, the hidden details and visible lines that read well', () => {
    const text = renderBlock(FIELDS, '\n');
    assert.equal(text, [
      '***', '', '<!-- dn-signature v1', 'signs: note', 'meaning: author', 'name: "Jane Doe"', 'credentials: "PT, DPT"',
      'at: 2026-11-30T14:05:00-05:00', `digest: sha256:${'a'.repeat(64)}`, `seal: sha256:${FIELDS.seal}`, '-->',
      '**Signed by Jane Doe, PT, DPT** (author) · 2026-11-30 14:05 −05:00\\', `SHA-256 \`${'a'.repeat(64)}\``, '',
    ].join('\n'));
  });

  it('reads well in the preview and print: a rule, the bold signer line, a line break, the digest; the details hidden', () => {
    const html = renderPreviewHtml(sign(NOTE, { errors: 1, overrideReason: 'see <chart> *page 2*' }));
    const block = html.slice(html.lastIndexOf('<hr>'));
    assert.match(block, /^<hr>\n<p><strong>Signed by Jane Doe, PT, DPT<\/strong> \(author\) · 2026-11-30 14:05 −05:00<br>\nSigned with 1 open error\. Reason: see &#x3C;chart> \*page 2\*<br>\nSHA-256 <code>[0-9a-f]{64}<\/code><\/p>/);
    assert.ok(!html.includes('dn-signature') && !html.includes('seal'));
  });

  it('property: any name, credentials, role and reason survive rendering and parsing (including -->, quotes and Markdown)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
    const tricky = fc.constantFrom('O\'Brien "Bo" -->', '<!-- x -->', 'A*B_C`D[e]', 'Zoë Çelik', '\\', 'PT, DPT, OCS');
    fc.assert(fc.property(fc.oneof(text, tricky), fc.oneof(text, tricky), fc.option(text, { nil: undefined }), fc.option(fc.oneof(text, tricky), { nil: undefined }), fc.constantFrom('\n' as const, '\r\n' as const), (name, credentials, role, reason, eol) => {
      const { seal: _seal, ...base } = FIELDS;
      const f = sealed({ ...base, name, credentials, ...(role ? { role } : {}), ...(reason ? { override: { errors: 2, reason } } : {}) });
      const blocks = scanBlocks(`Note text.${eol}${eol}` + renderBlock(f, eol));
      assert.equal(blocks.length, 1);
      const b = blocks[0];
      assert.equal(b.kind, 'block', b.kind === 'malformed' ? b.problem : '');
      if (b.kind === 'block') assert.deepEqual(b.fields, f);
    }), { numRuns: 300 });
  });

  const signed = sign(NOTE);
  const damaged: Array<[string, (t: string) => string, RegExp]> = [
    ['the version line changed', (t) => t.replace('dn-signature v1', 'dn-signature v2'), /another version/],
    ['the first line damaged', (t) => t.replace('dn-signature v1', 'dn-signature'), /first line was changed/],
    ['the comment not closed', (t) => t.replace('\n-->\n', '\n'), /not closed/],
    ['a detail line without a colon', (t) => t.replace('meaning: author', 'meaning author'), /not "name: value"/],
    ['an unknown detail', (t) => t.replace('meaning: author', 'meaning: author\nsigner: someone'), /unknown entry "signer"/],
    ['a detail given twice', (t) => t.replace('meaning: author', 'meaning: author\nmeaning: author'), /twice/],
    ['a required detail missing', (t) => t.replace(/\nat: [^\n]*/, ''), /lack "at"/],
    ['an unquoted name', (t) => t.replace('name: "Jane Doe"', 'name: Jane Doe'), /"name" .* damaged/],
    ['an unknown meaning', (t) => t.replace('meaning: author', 'meaning: witness'), /not author or co-signer/],
    ['an impossible time', (t) => t.replace(/at: 2026-11-30T14:05:00/, 'at: 2026-02-30T14:05:00'), /signing time/],
    ['a short digest', (t) => t.replace(/digest: sha256:([0-9a-f]{64})/, 'digest: sha256:abc'), /64 hex digits/],
    ['the visible name edited', (t) => t.replace('**Signed by Jane Doe', '**Signed by John Doe'), /edited by hand/],
    ['a hidden detail edited (the id, not shown)', (t) => t.replace('id: "jd"', 'id: "xd"'), /no longer match its seal/],
    ['a name edited in both places', (t) => t.replace('name: "Jane Doe"', 'name: "John Doe"').replace('**Signed by Jane Doe', '**Signed by John Doe'), /no longer match its seal/],
    ['the hidden details removed', (t) => t.replace(/<!-- dn-signature v1[^]*?-->\n/, ''), /hidden details are missing/],
    ['the marker mangled', (t) => t.replace('<!-- dn-signature v1', '<!-- dn-signatur v1'), /hidden details are missing|edited by hand/],
    ['the visible digest line removed', (t) => t.replace(/\nSHA-256 `[0-9a-f]{64}`\n$/, '\n'), /missing/],
    ['a damaged key signature', (t) => t.replace('\n-->', '\nsshsig: "AAAA"\n-->'), /key signature/],
  ];
  for (const [what, damage, problem] of damaged) {
    it(`a hand-edited block is reported in plain words: ${what}`, () => {
      const text = damage(signed);
      assert.notEqual(text, signed);
      const v = verifyText(text);
      assert.equal(v.status, 'malformed');
      const check = v.checks[0];
      assert.equal(check.kind, 'malformed');
      if (check.kind === 'malformed') {
        assert.match(check.block.problem, problem);
        assert.ok(!check.block.problem.includes('Neck pain'), 'the problem never quotes the note');
      }
    });
  }

  it('property: mangling a block never throws', () => {
    const block = scanBlocks(signed)[0];
    fc.assert(fc.property(fc.array(fc.record({ at: fc.integer({ min: block.start, max: signed.length }), cut: fc.integer({ min: 0, max: 12 }), put: fc.string({ maxLength: 6 }) }), { maxLength: 5 }), (edits) => {
      let text = signed;
      for (const e of edits) text = text.slice(0, e.at) + e.put + text.slice(e.at + e.cut);
      const v = verifyText(text);
      assert.ok(['signed', 'unsigned', 'unsigned-addendum', 'malformed', 'tampered', 'badly-chained'].includes(v.status));
    }), { numRuns: 500 });
  });
});
