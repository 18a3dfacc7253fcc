// The snippets file, expanded as VS Code expands it: with every tab stop left as inserted (a
// snippet the clinician did not fill in), and with every tab stop filled in. A snippet prepares
// statements, it never makes them: left as inserted, every clinical field is a blank that
// placeholder-unfilled reports, and the note states no consent, aftercare, needle count or
// response; filled in, the same text is a complete statement that lints clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/engine/lint';
import type { Note } from '../../../src/core/model/note';

interface Snippet { prefix: string[]; body: string[]; description: string }
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(process.cwd(), 'snippets/dn-soap.code-snippets'), 'utf8'));

const VARS: Record<string, string> = { CURRENT_YEAR: '2025', CURRENT_MONTH: '03', CURRENT_DATE: '04', CURRENT_HOUR: '10', CURRENT_MINUTE: '20' };

/** What a clinician writes into each free-text field, by the field's hint. */
const WRITTEN: Record<string, string> = {
  'patient id': 'EX-0001',
  'name, credentials': 'J. Doe, PT, DPT',
  'what the patient reports: symptoms, change since the last visit, function': 'Neck pain with right-sided headache for 6 weeks, worse after desk work.',
  score: '5',
  'findings: posture, range of motion, palpation, tests': 'Taut band with a tender spot in the R upper trapezius reproducing familiar temple pain.',
  date: '2025-03-01',
  'risks, e.g. pneumothorax, bruising, bleeding, soreness, fainting': 'pneumothorax, bruising, bleeding, soreness, fainting and infection',
  'hand hygiene, gloves, skin cleaned': 'hand hygiene, gloves, skin cleaned with 70% alcohol',
  muscle: 'upper trapezius',
  needles: '1',
  'referral, tolerance': 'familiar pain reproduced; tolerated well',
  count: '1',
  'clinical impression and the response to treatment': 'Myofascial pain of the upper trapezius with an active trigger point.',
  're-test after needling, e.g. NPRS or range of motion': 'NPRS 3/10',
  'exercises given or reviewed': 'upper trapezius stretch reviewed',
  'when, and what is planned': 'in 1 week, re-assess and needle as indicated',
  'sterile single-use, lot number': 'sterile single-use, lot 4471',
  minutes: '10',
  placement: 'paired across the same muscle',
  'what was done': 'pressure applied for 2 minutes',
  'advice and follow-up': 'call tomorrow',
  'text of the addendum': 'Patient called: soreness settled by day 2.',
  before: '4',
  after: '2',
  movement: 'cervical rotation R',
};

type Field = { stop: string; blank: string; choices?: string[] };

/**
 * Expands VS Code snippet syntax. `fill` decides what a tab stop holds: left as inserted (its
 * default, a choice's first option) or written by the clinician. Variables resolve to a fixed date.
 */
function expand(body: string, fill: (f: Field) => string, fields: Field[] = []): string {
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
    const choice = /^(\d+)\|((?:[^|\\]|\\.)*)\|$/.exec(inner);
    const withDefault = /^(\d+|[A-Z_]+):([\s\S]*)$/.exec(inner);
    if (choice) {
      const options = choice[2].split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
      const f = { stop: choice[1], blank: options[0], choices: options.slice(1) };
      fields.push(f);
      out += fill(f);
    } else if (withDefault && VARS[withDefault[1]] !== undefined) {
      out += VARS[withDefault[1]];
    } else if (withDefault) {
      const inside = expand(withDefault[2], fill, fields);
      // A tab stop around variables only (the visit date) holds what the variables give.
      if (/^\$\{?[A-Z_]/.test(withDefault[2])) out += inside;
      else {
        const f = { stop: withDefault[1], blank: inside };
        fields.push(f);
        out += fill(f);
      }
    } else out += VARS[inner] ?? '';
    i = j;
  }
  return out;
}

const hint = (blank: string) => blank.replace(/^‹|›$/g, '');
const asInserted = (f: Field) => f.blank;
const filledIn = (f: Field) => {
  if (f.choices) return f.choices[0];
  const written = WRITTEN[hint(f.blank)];
  assert.ok(written !== undefined, `no sample answer for the field ${f.blank}`);
  return written;
};
const text = (name: string, fill: (f: Field) => string, eol = '\n') => expand(snippets[name].body.join(eol), fill);
const fieldsOf = (name: string) => { const fields: Field[] = []; expand(snippets[name].body.join('\n'), asInserted, fields); return fields; };

/** What a note states by itself: consent given, aftercare given, a needle count, a response on a record. */
function statements(note: Note): string[] {
  return [
    ...note.consent.filter((c) => c.status === 'given').map(() => 'consent'),
    ...note.aftercare.filter((a) => a.status === 'given').map(() => 'aftercare'),
    ...note.needleCounts.filter((n) => n.inserted !== undefined || n.removed !== undefined || n.allRemoved).map(() => 'needle count'),
    // A response is stated for a muscle: a row whose muscle is still a blank states none.
    ...note.records.filter((r) => r.kind === 'muscle' && (r.twitch || r.referral || r.tolerance)).map((r) => `response on ${r.written}`),
  ];
}

describe('snippets (dn-soap.code-snippets)', () => {
  it('has the snippets clinicians need, each with a dn- prefix and a description', () => {
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    for (const p of ['dn-note', 'dn-table', 'dn-record', 'dn-consent', 'dn-aftercare', 'dn-aftercare-ptx', 'dn-screen', 'dn-session', 'dn-estim', 'dn-ae', 'dn-addendum', 'dn-outcomes']) {
      assert.ok(prefixes.includes(p), `missing ${p}`);
    }
    for (const s of Object.values(snippets)) assert.ok(s.description.length > 10);
  });

  it('offers the vocabulary as choices after a blank (sides, techniques, needle sizes, codes)', () => {
    const all = Object.values(snippets).map((s) => s.body.join('\n')).join('\n');
    assert.match(all, /\$\{\d+\|‹R\\, L or B›,R,L,B\|\}/);
    assert.match(all, /\$\{\d+\|‹technique›,pistoning,static,rotation/);
    assert.match(all, /\$\{\d+\|‹needle›,0\.25×25 mm,0\.25×30 mm/);
    assert.match(all, /\$\{\d+\|‹dry needling code for the muscle count›,20560,20561\|\}/);
  });

  for (const name of Object.keys(snippets)) {
    describe(name, () => {
      it('every tab stop starts as a blank ‹…›: no default side, needle, count, response or attestation', () => {
        const fields = fieldsOf(name);
        for (const f of fields) {
          assert.match(f.blank, /^‹[^‹›]+›$/, `tab stop ${f.stop} starts as ${JSON.stringify(f.blank)}`);
          assert.ok(hint(f.blank).length <= 80, `tab stop ${f.stop}: a blank over 80 characters is not reported`);
          if (f.choices) assert.ok(!f.choices.some((c) => c.includes('‹')), `tab stop ${f.stop}: a choice is an answer, not a blank`);
        }
      });

      it('left as inserted, each blank is reported by placeholder-unfilled and the note states nothing by itself', () => {
        const inserted = text(name, asInserted);
        const { findings, note } = lint(inserted);
        const blanks = [...inserted.matchAll(/‹[^‹›\n]*›/g)].map((m) => `${m.index}-${m.index! + m[0].length}`);
        const reported = findings.filter((f) => f.ruleId === 'placeholder-unfilled').map((f) => `${f.start}-${f.end}`);
        assert.deepEqual(reported, blanks);
        assert.equal(blanks.length, fieldsOf(name).length);
        assert.deepEqual(statements(note), []);
      });

      it('filled in, no blank is left and nothing else is reported about what was filled', () => {
        const filled = text(name, filledIn);
        const { findings } = lint(filled);
        assert.doesNotMatch(filled, /[‹›]/);
        assert.deepEqual(findings.filter((f) => f.ruleId === 'placeholder-unfilled' || f.ruleId === 'pain-score-out-of-range'), []);
      });
    });
  }

  it('the whole-note snippet, filled in, is a complete note that lints clean and reads as written', () => {
    const { findings, note } = lint(text('Dry needling visit note', filledIn));
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.range.start.line + 1}: ${f.message}`), []);
    assert.equal(note.sections.filter((s) => s.kind !== 'other').map((s) => s.kind).join(','), 'subjective,objective,assessment,plan');
    assert.equal(note.records.length, 1);
    assert.equal(note.records[0].muscle?.name, 'upper trapezius');
    assert.equal(note.records[0].side, 'R');
    assert.deepEqual([...new Set(statements(note))].sort(), ['aftercare', 'consent', 'needle count', 'response on upper trapezius']);
    assert.deepEqual(note.cpt.map((c) => c.code), ['20560']);
    assert.deepEqual(note.icd.map((c) => c.code), ['M79.12']);
    assert.ok(note.needleCounts.some((n) => n.inserted === 1 && n.removed === 1 && n.allRemoved));
    assert.ok(note.frontMatter?.data?.clinician);
  });

  it('the whole-note snippet, filled in with CRLF line ends, lints clean too', () => {
    assert.deepEqual(lint(text('Dry needling visit note', filledIn, '\r\n')).findings.map((f) => f.ruleId), []);
  });

  it('left as inserted, the whole note names no muscle and is not clean', () => {
    const { findings, note } = lint(text('Dry needling visit note', asInserted));
    assert.ok(findings.some((f) => f.ruleId === 'placeholder-unfilled' && f.severity === 'error'));
    assert.deepEqual(note.records.filter((r) => r.kind === 'muscle'), []);
  });

  it('each statement snippet states its fact only once filled in', () => {
    const lead = 'Dry needling:\n- R upper trapezius 0.25x30 mm, LTR x1\n\n';
    const cases: Array<[string, string, (n: Note) => boolean]> = [
      ['Consent', '', (n) => n.consent.some((c) => c.status === 'given')],
      ['Aftercare', lead, (n) => n.aftercare.some((a) => a.status === 'given')],
      ['Aftercare with pneumothorax red flags', lead, (n) => n.aftercare.some((a) => a.status === 'given')],
      ['Session safety', lead, (n) => n.needleCounts.some((c) => c.inserted === 1 && c.removed === 1 && c.allRemoved)],
      ['Needling record (list)', 'Dry needling:\n', (n) => n.records.some((r) => r.kind === 'muscle' && r.side === 'R' && r.twitch?.present === true && r.needle?.lengthMm === 25)],
      ['Needling record (table)', '', (n) => n.records.some((r) => r.kind === 'muscle' && r.side === 'R' && r.twitch?.present === true && r.needles === 1)],
    ];
    for (const [name, before, states] of cases) {
      assert.equal(states(lint(before + text(name, asInserted)).note), false, `${name} states it before it is filled in`);
      assert.equal(states(lint(before + text(name, filledIn)).note), true, `${name} does not state it once filled in`);
    }
  });
});
