// Aftercare handout figures: the reading grade of each shipped template and of the handout for a
// typical visit, the time to make a handout, and the time and size of its PDF (and of the visit
// note's PDF). Uses the built bundles: run `npm run build` first, then `node bench/handout.mjs`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_HANDOUT_RUNS ?? 30);

const t0 = performance.now();
const core = require(join(root, 'dist/core.js'));
const coreMs = performance.now() - t0;
const t1 = performance.now();
const pdf = require(join(root, 'dist/pdf.js'));
const pdfLoadMs = performance.now() - t1;

// A typical visit: needling over the lung and elsewhere, a blood thinner, a first visit, the next visit.
const note = readFileSync(join(root, 'examples/clean-headings-table.soap.md'), 'utf8');
const config = (language) => core.parseConfigText(JSON.stringify({
  clinic: { name: 'Riverside Physio', phone: '555 0100', afterHours: 'Call 111 for the nurse line.' }, handout: { language },
})).config;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn, runs = RUNS) {
  const ms = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    out = await fn();
    ms.push(performance.now() - s);
  }
  return { median: median(ms), first: ms[0], out };
}

const rows = [];
for (const language of ['en', 'es']) {
  const template = readFileSync(join(root, `templates/handout/${language}/aftercare.md`), 'utf8');
  const t = core.templateInsights(template).readability;
  rows.push([`template ${language}: reading grade (${t.formula}, every branch)`, t.grade.toFixed(1), `${t.words} words, ${t.sentences} sentences`]);
  const made = await time(() => core.createHandout(note, config(language), { now: new Date('2025-03-04T10:00:00') }));
  const h = made.out;
  rows.push([`typical visit ${language}: handout reading grade`, h.readability.grade.toFixed(1), `${h.readability.words} words; red-flag box: ${h.redFlagsIncluded}`]);
  rows.push([`typical visit ${language}: make the handout (parse note + render)`, `${made.median.toFixed(2)} ms`, `median of ${RUNS}; first ${made.first.toFixed(1)} ms`]);
  for (const [paperSize, largePrint] of [['A4', false], ['Letter', false], ['A4', true]]) {
    const p = await time(() => pdf.handoutPdf(h.markdown, { paperSize, largePrint, title: h.meta.title, language }));
    rows.push([`typical visit ${language}: handout PDF ${paperSize}${largePrint ? ' large print' : ''}`, `${p.median.toFixed(1)} ms`, `${(p.out.length / 1024).toFixed(1)} KB; first ${p.first.toFixed(1)} ms`]);
  }
}
const n = await time(() => pdf.notePdf(note, { paperSize: 'A4', largePrint: false }));
rows.push(['visit note PDF (A4)', `${n.median.toFixed(1)} ms`, `${(n.out.length / 1024).toFixed(1)} KB; first ${n.first.toFixed(1)} ms`]);
rows.push(['load dist/pdf.js (PDFKit) once', `${pdfLoadMs.toFixed(0)} ms`, `core ${coreMs.toFixed(0)} ms`]);

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padStart(9)}  ${c}`);
