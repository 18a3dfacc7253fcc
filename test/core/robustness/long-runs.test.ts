import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';

// A long run of one character inside a line (a fixed-width export's spaces, a form's underscores, a pasted rule of
// dashes) must be read in time that grows with its length. Each of these contexts once held a pattern that rescanned
// such a run from each of its positions (quadratic) or split it every way (cubic): a run of 80,000 then took minutes.
// Mocha's timeout is the bound; read linearly, each context's runs take a second or two.
const RUN = 80_000;
const FILLERS = [' ', '\t', '_', '-', '0', '*', '(', '.', ',', '|', '#', ':', 'R ', '_ ', '- '];
const CONTEXTS: Array<[string, (run: string) => string]> = [
  ['between a muscle and its dose', (run) => `O: DN R UT${run}0.25x30 mm LTR x2`],
  ['in a consent field', (run) => `Consent: ${run} obtained`],
  ['before a pain score', (run) => `S: pain ${run} 5/10`],
  ['between a side and its muscle in a list item', (run) => `- R${run}gluteus medius 0.30 x 50 mm, LTR`],
  ['inside a heading', (run) => `## Plan${run}x ##`],
  ['in a table cell', (run) => `| Muscle | Needle |\n|---|---|\n| R UT | ${run} 0.25x30 |`],
  ['in an aftercare statement', (run) => `Aftercare: ${run} soreness 24-48 h`],
  ['before a label\'s colon', (run) => `**Consent given${run}:** yes`],
  ['between a billing code and the next', (run) => `CPT 20560${run}M54.2`],
];

describe('robustness: long runs of one character inside a line', () => {
  for (const [where, line] of CONTEXTS) {
    it(`reads runs of ${RUN.toLocaleString('en')} characters ${where} in one pass`, () => {
      for (const filler of FILLERS) {
        const text = `## Objective\n${line(filler.repeat(Math.ceil(RUN / filler.length)))}\n`;
        const result = lint(text);
        for (const f of result.findings) assert.ok(f.start >= 0 && f.end <= text.length, `${JSON.stringify(filler)}: a finding outside the note`);
      }
    });
  }
});
