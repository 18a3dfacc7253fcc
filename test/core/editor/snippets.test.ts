// The snippets file, expanded the way VS Code does with every placeholder left at its default.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/engine/lint';

interface Snippet { prefix: string[]; body: string[]; description: string }
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(process.cwd(), 'snippets/dn-soap.code-snippets'), 'utf8'));

const VARS: Record<string, string> = { CURRENT_YEAR: '2025', CURRENT_MONTH: '03', CURRENT_DATE: '04', CURRENT_HOUR: '10', CURRENT_MINUTE: '20' };

/** Expands VS Code snippet syntax with defaults: ${1:x} → x, ${1|a,b|} → a, $1 → '', $VAR → fixed value. */
export function expand(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) { out += body[++i]; continue; }
    if (c !== '$') { out += c; continue; }
    const simple = /^\$(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (simple) { out += VARS[simple[1]] ?? ''; i += simple[0].length - 1; continue; }
    assert.equal(body[i + 1], '{', `bad snippet syntax at ${i}`);
    let depth = 0, j = i + 1;
    for (; j < body.length; j++) {
      if (body[j] === '\\') { j++; continue; }
      if (body[j] === '{') depth++;
      else if (body[j] === '}' && --depth === 0) break;
    }
    const inner = body.slice(i + 2, j);
    const choice = /^\d+\|([^|]*)\|$/.exec(inner);
    const withDefault = /^(\d+|[A-Z_]+):([\s\S]*)$/.exec(inner);
    if (choice) out += choice[1].split(',')[0];
    else if (withDefault) out += VARS[withDefault[1]] ?? expand(withDefault[2]);
    else out += VARS[inner] ?? '';
    i = j;
  }
  return out;
}

describe('snippets (dn-soap.code-snippets)', () => {
  it('has the snippets clinicians need, each with a dn- prefix and a description', () => {
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    for (const p of ['dn-note', 'dn-table', 'dn-record', 'dn-consent', 'dn-aftercare', 'dn-aftercare-ptx', 'dn-screen', 'dn-session', 'dn-estim', 'dn-ae', 'dn-addendum', 'dn-outcomes']) {
      assert.ok(prefixes.includes(p), `missing ${p}`);
    }
    for (const s of Object.values(snippets)) assert.ok(s.description.length > 10);
  });

  it('placeholders offer the vocabulary as choices (sides, techniques, needle sizes)', () => {
    const all = Object.values(snippets).map((s) => s.body.join('\n')).join('\n');
    assert.match(all, /\$\{\d+\|R,L\|\}/);
    assert.match(all, /\$\{\d+\|pistoning,static,rotation/);
    assert.match(all, /\$\{\d+\|0\.25×25 mm,0\.25×30 mm/);
  });

  it('the whole-note snippet, with its defaults, is a complete note that lints clean', () => {
    const text = expand(snippets['Dry needling visit note'].body.join('\n'));
    const { findings, note } = lint(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.range.start.line + 1}: ${f.message}`), []);
    assert.equal(note.sections.filter((s) => s.kind !== 'other').map((s) => s.kind).join(','), 'subjective,objective,assessment,plan');
    assert.equal(note.records.length, 1);
    assert.equal(note.records[0].muscle?.name, 'upper trapezius');
    assert.equal(note.records[0].side, 'R');
    assert.ok(note.consent.some((c) => c.status === 'given'));
    assert.ok(note.aftercare.some((a) => a.status === 'given'));
    assert.deepEqual(note.cpt.map((c) => c.code), ['20560']);
    assert.deepEqual(note.icd.map((c) => c.code), ['M79.12']);
    assert.ok(note.needleCounts.some((n) => n.inserted === 1 && n.removed === 1 && n.allRemoved));
    assert.ok(note.frontMatter?.data?.clinician);
  });

  it('the same note with CRLF line ends lints clean too', () => {
    const text = expand(snippets['Dry needling visit note'].body.join('\r\n'));
    assert.deepEqual(lint(text).findings.map((f) => f.ruleId), []);
  });

  it('the record and safety snippets read as what they say', () => {
    const list = lint('Consent: verbal consent today.\n\n' + expand(snippets['Needling record (list)'].body.join('\n')) + '\n').note;
    assert.equal(list.records[0]?.muscle?.name, 'gluteus medius');
    assert.equal(list.records[0]?.side, 'R');
    assert.equal(list.records[0]?.needle?.lengthMm, 25);
    const session = lint(expand(snippets['Session safety'].body.join('\n'))).note;
    assert.ok(session.needleCounts.some((n) => n.inserted === 4 && n.removed === 4 && n.allRemoved));
    const consent = lint(expand(snippets['Consent'].body.join('\n'))).note;
    assert.equal(consent.consent[0]?.status, 'given');
    const after = lint(expand(snippets['Aftercare with pneumothorax red flags'].body.join('\n'))).note;
    assert.equal(after.aftercare[0]?.status, 'given');
  });
});
