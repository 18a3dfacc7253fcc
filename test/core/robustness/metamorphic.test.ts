import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/engine/lint';

// The same note written another way a clinic's system writes it must give the same findings on the
// same lines: line endings, bullet and emphasis marks, quotes, pasted spaces, the × sign, heading
// levels. Read over a sample of the blind notes (every STEP-th), which were written by helpers who
// never read the code; The whole set runs with METAMORPHIC_STEP=1.

const STEP = Number(process.env.METAMORPHIC_STEP ?? 40);
const BLIND = 'test/fixtures/blind';

/** Applies `fn` to each line outside front matter, code fences and HTML comments (they keep their own syntax). */
const prose = (fn: (line: string) => string) => (text: string) => {
  const lines = text.split('\n');
  let frontMatter = lines[0] === '---';
  let fence = false;
  return lines.map((line, i) => {
    if (frontMatter) {
      if (i > 0 && line === '---') frontMatter = false;
      return line;
    }
    if (/^\s*(?:```|~~~)/.test(line)) {
      fence = !fence;
      return line;
    }
    return fence || line.includes('<!--') ? line : fn(line);
  }).join('\n');
};

const variants: Record<string, (text: string) => string> = {
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'curly apostrophes': prose((l) => l.replace(/(\w)'(\w)/g, '$1\u2019$2')),
  'curly double quotes': prose((l) => l.replace(/"([^"\n]*)"/g, '\u201c$1\u201d')),
  'asterisk bullets': prose((l) => l.replace(/^(\s*)- /, '$1* ')),
  'bold with underscores': prose((l) => l.replace(/\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*/g, '__$1__')),
  'non-breaking spaces between words': prose((l) => l.replace(/(\p{L}) (\p{L})/gu, '$1\u00a0$2')),
  'the × sign in needle sizes': prose((l) => l.replace(/(\d)\s*[xX]\s*(\d)/g, '$1\u00d7$2')),
  'headings one level down': prose((l) => (/^#{1,5}\s/.test(l) ? '#' + l : l)),
  'headings in capitals': prose((l) => (/^#{1,6}\s/.test(l) ? l.toUpperCase() : l)),
  'trailing spaces': prose((l) => (l.trim() && !/^\s*\|/.test(l) ? l + ' ' : l)),
};

const findingsOf = (text: string) => lint(text).findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort().join(', ');

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
      const differ = changed.filter((n) => findingsOf(rewrite(n.text)) !== expected.get(n.name)).map((n) => `${n.name}: ${expected.get(n.name)} -> ${findingsOf(rewrite(n.text))}`);
      assert.deepEqual(differ, []);
    });
  }
});
