import assert from 'node:assert/strict';
import { PDFParse } from 'pdf-parse';
import { resolveConfig } from '../../src/core/config/config';
import { createHandout } from '../../src/core/handout';
import { blocksText, printBlocks } from '../../src/core/handout/blocks';
import { handoutPdf, NOTE_PDF_TITLE, notePdf, toWinAnsi } from '../../src/pdf';
import { NOW, THORACIC } from '../core/handout/notes';

// The PDF is read back with a PDF text extractor (pdf-parse, on pdf.js), as a patient's or a
// records office's software would read it.

async function read(pdf: Uint8Array): Promise<{ text: string; firstPage: string; info: Record<string, unknown>; pages: number; width: number; height: number }> {
  // Read the page size first: the parser takes the bytes over (the array is detached).
  const raw = Buffer.from(pdf).toString('latin1');
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(raw)!;
    return { text: text.text, firstPage: text.pages[0]?.text ?? '', info: info.info as Record<string, unknown>, pages: text.total, width: Number(box[1]), height: Number(box[2]) };
  } finally {
    await parser.destroy();
  }
}

const squash = (s: string) => s.replace(/-- \d+ of \d+ --/g, ' ').replace(/\s+/g, ' ').trim();

function handout(language: 'en' | 'es' = 'en') {
  const r = createHandout(THORACIC.replace('Continue home exercises.', 'Review in 1 week.'), resolveConfig({
    clinic: { name: 'Riverside Physio', phone: '555 0100', afterHours: 'Call 111.' }, handout: { language, paperSize: 'A4', largePrint: false, heatOrIce: 'either' },
  }), { now: NOW });
  assert.ok(r.ok);
  return r;
}

describe('pdf: handout', function () {
  this.timeout(30_000);

  for (const language of ['en', 'es'] as const) {
    it(`holds every sentence of the handout, red-flag box first (${language})`, async () => {
      const r = handout(language);
      const pdf = await handoutPdf(r.markdown, { paperSize: 'A4', largePrint: false, title: r.meta.title, language });
      const got = squash((await read(pdf)).text);
      const want = squash(blocksText(printBlocks(r.markdown)));
      // Every line of the handout, in order, as a reader of the page sees it.
      let at = 0;
      for (const line of blocksText(printBlocks(r.markdown)).split('\n').map(squash).filter(Boolean)) {
        const i = got.indexOf(line, at);
        assert.ok(i >= 0, `missing or out of order: ${JSON.stringify(line)}`);
        at = i + line.length;
      }
      assert.ok(got.length >= want.length * 0.95);
      const warning = language === 'en' ? 'Warning signs: get help at once' : 'Señales de alarma: pida ayuda enseguida';
      assert.ok(got.indexOf(warning) < got.indexOf(language === 'en' ? 'Where we treated you today' : 'Dónde le tratamos hoy'));
    });
  }

  it('writes only the template title as metadata: no patient identifiers', async () => {
    const r = handout();
    const { info } = await read(await handoutPdf(r.markdown, { paperSize: 'A4', largePrint: false, title: r.meta.title }));
    assert.equal(info.Title, 'After your dry needling visit');
    for (const key of ['Author', 'Subject', 'Keywords']) assert.equal(info[key], undefined, key);
  });

  it('comes in A4 and Letter, and large print takes more room', async () => {
    const r = handout();
    const a4 = await read(await handoutPdf(r.markdown, { paperSize: 'A4', largePrint: false, title: 'T' }));
    const letter = await read(await handoutPdf(r.markdown, { paperSize: 'Letter', largePrint: false, title: 'T' }));
    const large = await read(await handoutPdf(r.markdown, { paperSize: 'A4', largePrint: true, title: 'T' }));
    assert.deepEqual([Math.round(a4.width), Math.round(a4.height)], [595, 842]);
    assert.deepEqual([letter.width, letter.height], [612, 792]);
    assert.ok(large.pages >= a4.pages);
    assert.ok(large.firstPage.length < a4.firstPage.length * 0.75, `${large.firstPage.length} characters on page 1 in large print, ${a4.firstPage.length} in normal`);
    assert.equal(squash(large.text), squash(a4.text).replace(/-- \d+ of \d+ --/g, '').replace(/\s+/g, ' ').trim());
  });

  it('prints Spanish accents, dashes and symbols the standard fonts lack', async () => {
    const md = '# Señales — ¿qué hacer?\n\nDolor ≤ 3/10 → bien; 24–72 h. Pulmón, niño, güero, «año».\n';
    const { text } = await read(await handoutPdf(md, { paperSize: 'A4', largePrint: false, title: 'Título' }));
    assert.match(squash(text), /Señales — ¿qué hacer\? Dolor <= 3\/10 -> bien; 24–72 h\. Pulmón, niño, güero, «año»\./);
    assert.equal(toWinAnsi('ŵ→≤✓ł'), 'w-><=v?');
  });
});

describe('pdf: visit note', function () {
  this.timeout(30_000);
  const signed = [
    '---', 'patient_id: EX-0142', 'date: 2025-03-04', '---', '',
    '## Objective', '', '| Muscle | Side | Needle |', '|---|---|---|', '| upper trapezius | R | 0.25×30 |', '',
    '## Plan', '', 'Aftercare: soreness 24–72 h expected.', '', '---', '', '<!-- dn-signature v1 sha256=abc -->',
    '**Signed by** J. Doe, PT, DPT, author, 2025-03-04 14:05 −05:00', '',
  ].join('\n');

  it('holds the front matter, tables and the signature block, with a fixed title', async () => {
    const { text, info } = await read(await notePdf(signed, { paperSize: 'Letter', largePrint: false }));
    const got = squash(text);
    for (const s of ['patient_id', 'EX-0142', 'upper trapezius', '0.25×30', 'Aftercare: soreness 24–72 h expected.', 'Signed by J. Doe, PT, DPT, author, 2025-03-04 14:05 -05:00']) {
      assert.ok(got.includes(s), `missing ${s} in ${got}`);
    }
    assert.ok(!got.includes('dn-signature'), 'the machine marker is not printed');
    assert.equal(info.Title, NOTE_PDF_TITLE);
    assert.ok(!JSON.stringify(info).includes('EX-0142'));
  });

  it('never runs or loads anything from the note: raw HTML and images are dropped', async () => {
    const { text } = await read(await notePdf('Text <b onclick="x()">bold</b> end\n\n<script>alert(1)</script>\n\n![scan](http://example.com/x.png)\n', { paperSize: 'A4', largePrint: false }));
    assert.doesNotMatch(text, /alert|example\.com|<script|onclick|<b/);
    assert.match(text, /Text bold end/);
    assert.match(text, /\[image not shown: scan\]/);
  });

  it('lays out a long note over several pages without losing a line', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `- line ${i + 1} of the plan`);
    const { text, pages } = await read(await notePdf(['## Plan', '', ...lines, ''].join('\n'), { paperSize: 'A4', largePrint: false }));
    assert.ok(pages >= 5);
    const got = squash(text);
    for (const i of [1, 150, 300]) assert.ok(got.includes(`line ${i} of the plan`));
  });
});
