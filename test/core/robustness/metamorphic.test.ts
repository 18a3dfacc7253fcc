import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../../src/core/config/config';
import { lint } from '../../../src/core/engine/lint';
import { NOTE_RULES } from '../../blind/score';
import { LINE_MAPS, RESIDUE, rewrites } from './rewrites';

// The same note written another way a clinic's system writes it must give the same findings on the
// same lines (rewrites.ts: line endings, bullet and emphasis marks, bold labels and tags, quotes,
// pasted spaces, the × sign, headings, abbreviations spelt out). Read over a sample of the blind
// notes (every STEP-th), written by helpers who never read the code; `npm run metamorphic` reads them all.

const STEP = Number(process.env.METAMORPHIC_STEP ?? 40);
const BLIND = 'test/fixtures/blind';

const variants = rewrites(defaultConfig().vocabulary);
// A finding about the whole note may sit on another line when the note is written another way (as in blind scoring).
// A rewrite that moves lines compares each finding at the line its own line lands on (LINE_MAPS).
const findingsOf = (text: string, lineAt: (line: number) => number = (l) => l) =>
  lint(text).findings.map((f) => `${f.ruleId}@${NOTE_RULES.has(f.ruleId) ? 'note' : lineAt(f.range.start.line)}`).sort().join(', ');

function sample(): Array<{ name: string; text: string }> {
  const notes: Array<{ name: string; text: string }> = [];
  for (const batch of readdirSync(BLIND).filter((d) => /^batch\d+$/.test(d)).sort()) {
    const dir = join(BLIND, batch, 'notes');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) notes.push({ name: `${batch}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
  }
  return notes.filter((_, i) => i % STEP === 0);
}

describe('robustness: the same note written another way gives the same findings', () => {
  const notes = sample();
  const expected = new Map<string, string>();
  before(() => {
    for (const n of notes) expected.set(n.name, findingsOf(n.text));
  });
  it(`reads a sample of ${notes.length} blind notes (every ${STEP}th)`, () => {
    assert.ok(notes.length >= 100, `only ${notes.length} notes in the sample`);
    assert.ok([...expected.values()].some((f) => f !== ''), 'the sample holds notes with findings');
  });
  for (const [variant, rewrite] of Object.entries(variants)) {
    it(variant, () => {
      const changed = notes.filter((n) => rewrite(n.text) !== n.text);
      assert.ok(changed.length > 0, `no note in the sample is written with what "${variant}" rewrites`);
      const expectedOf = (n: { name: string; text: string }) => {
        const map = LINE_MAPS[variant]?.(n.text);
        return map ? findingsOf(n.text, (l) => map[l]) : expected.get(n.name);
      };
      const residue = new Set(RESIDUE[variant] ?? []);
      const differs = (n: { name: string; text: string }) => findingsOf(rewrite(n.text)) !== expectedOf(n);
      const differ = changed.filter((n) => !residue.has(n.name) && differs(n)).map((n) => `${n.name}: ${expectedOf(n)} -> ${findingsOf(rewrite(n.text))}`);
      assert.deepEqual(differ, []);
      // A note listed as residue that now reads the same is mended: it leaves the list.
      assert.deepEqual(notes.filter((n) => residue.has(n.name) && !differs(n)).map((n) => n.name), [], 'mended: remove from RESIDUE');
    });
  }
});
