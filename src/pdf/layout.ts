// Lays out printable blocks (src/core/handout/blocks.ts) on PDF pages with PDFKit: headings,
// paragraphs with bold and italic, bullet lists, the red-flag box, tables and a note's front
// matter. Standard fonts only (no font files, nothing fetched); text is mapped to what they print.

import PDFDocument from 'pdfkit';
import type { PrintBlock, Run } from '../core/handout/blocks';
import { toWinAnsi } from './winansi';

export interface PdfOptions {
  paperSize: 'A4' | 'Letter';
  largePrint: boolean;
  /** The document title: the only metadata written (no patient identifiers). */
  title: string;
  language?: string;
}

const RED = '#b00020';
const BOX_FILL = '#fff4f4';
const GREY = '#777777';

type Doc = InstanceType<typeof PDFDocument>;

function fontFor(r: Pick<Run, 'bold' | 'italic' | 'code'>): string {
  if (r.code) return r.bold ? 'Courier-Bold' : 'Courier';
  if (r.bold && r.italic) return 'Helvetica-BoldOblique';
  if (r.bold) return 'Helvetica-Bold';
  if (r.italic) return 'Helvetica-Oblique';
  return 'Helvetica';
}

const plain = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

class Layout {
  readonly base: number;
  readonly gap: number;

  constructor(readonly doc: Doc, largePrint: boolean) {
    this.base = largePrint ? 15 : 11;
    this.gap = this.base * 0.55;
  }

  get left(): number { return this.doc.page.margins.left; }
  get width(): number { return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right; }
  get bottom(): number { return this.doc.page.height - this.doc.page.margins.bottom; }

  /** Starts a new page unless `height` still fits on this one. */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.doc.page.margins.top + 1) this.doc.addPage();
  }

  runs(runs: readonly Run[], x: number, width: number, size: number, extra: Partial<Run> = {}, color = '#000000'): void {
    const list = runs.filter((r) => r.text.length);
    if (!list.length) return;
    this.doc.fillColor(color);
    list.forEach((r, i) => {
      this.doc.font(fontFor({ ...r, bold: r.bold || extra.bold, italic: r.italic || extra.italic })).fontSize(r.code ? size * 0.92 : size);
      const options = { width, continued: i < list.length - 1, lineGap: size * 0.25 };
      const text = toWinAnsi(r.text);
      if (i === 0) this.doc.text(text, x, this.doc.y, options);
      else this.doc.text(text, options);
    });
  }

  blocks(blocks: readonly PrintBlock[], x: number, width: number): void {
    blocks.forEach((b, i) => {
      this.block(b, x, width);
      if (i < blocks.length - 1) this.doc.y += this.gap;
    });
  }

  /** Height of the blocks laid out at `width`: measured by laying them out on a tall scratch page that is never written. */
  measure(blocks: readonly PrintBlock[], width: number): number {
    const scratch = new PDFDocument({ size: [this.doc.page.width, 100_000], margins: { top: 0, bottom: 0, left: 0, right: 0 }, autoFirstPage: true });
    const layout = new Layout(scratch, this.base !== 11);
    scratch.y = 0;
    layout.blocks(blocks, 0, width);
    return scratch.y;
  }

  block(b: PrintBlock, x: number, width: number): void {
    const doc = this.doc;
    switch (b.kind) {
      case 'heading': {
        const size = this.base * (b.level === 1 ? 1.75 : b.level === 2 ? 1.3 : 1.12);
        // A heading never ends a page: it moves down with the first lines of what it heads.
        this.keep(size * 1.4 + this.base * 3);
        if (b.level > 1) doc.y += this.gap * 0.6;
        this.runs(b.runs, x, width, size, { bold: true });
        break;
      }
      case 'paragraph':
        this.keep(this.base * 1.4);
        this.runs(b.runs, x, width, this.base);
        break;
      case 'list': {
        const indent = this.base * 1.3;
        b.items.forEach((item, i) => {
          this.keep(this.base * 1.4);
          const y = doc.y;
          doc.font('Helvetica').fontSize(this.base).fillColor('#000000');
          doc.text(b.ordered ? `${b.start + i}.` : '•', x, y, { width: indent, lineBreak: false });
          doc.y = y;
          this.blocks(item, x + indent, width - indent);
          if (i < b.items.length - 1) doc.y += this.gap * 0.4;
        });
        break;
      }
      case 'box': {
        const pad = this.base * 0.8;
        const inner = width - 2 * pad;
        const height = this.measure(b.blocks, inner) + 2 * pad;
        // The warning is never split across pages (unless it is longer than a page).
        this.keep(Math.min(height, this.bottom - doc.page.margins.top));
        const top = doc.y;
        const page = doc.page;
        const fits = top + height <= this.bottom;
        if (fits) doc.save().rect(x, top, width, height).fill(BOX_FILL).restore();
        doc.y = top + pad;
        this.blocks(b.blocks, x + pad, inner);
        const bottom = doc.page === page ? Math.max(doc.y + pad, top + (fits ? height : 0)) : doc.y + pad;
        if (doc.page === page) doc.save().lineWidth(2.5).strokeColor(RED).rect(x, top, width, bottom - top).stroke().restore();
        doc.x = x;
        doc.y = bottom + this.gap;
        break;
      }
      case 'table': this.table(b.header, b.rows, x, width); break;
      case 'fields': this.table([], b.entries.map(([k, v]) => [[{ text: k, bold: true }], [{ text: v }]]), x, width, false); break;
      case 'code':
        this.keep(this.base * 1.4);
        this.runs([{ text: b.text, code: true }], x, width, this.base);
        break;
      case 'rule':
        this.keep(this.base);
        doc.save().lineWidth(0.75).strokeColor(GREY).moveTo(x, doc.y + this.gap / 2).lineTo(x + width, doc.y + this.gap / 2).stroke().restore();
        doc.y += this.gap;
        break;
    }
  }

  /** A grid; column widths follow the length of their text. */
  table(header: Run[][], rows: Run[][][], x: number, width: number, lines = true): void {
    const doc = this.doc;
    const all = header.length ? [header, ...rows] : rows;
    const columns = Math.max(0, ...all.map((r) => r.length));
    if (!columns) return;
    const size = this.base * 0.9;
    const pad = 3;
    const weight = Array.from({ length: columns }, (_, c) => Math.min(40, Math.max(4, ...all.map((r) => plain(r[c] ?? []).length))));
    const total = weight.reduce((a, b) => a + b, 0);
    const widths = weight.map((w) => (w / total) * width);
    const rowHeight = (row: Run[][], bold: boolean) => Math.max(size * 1.3, ...row.map((cell, c) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
      return doc.heightOfString(toWinAnsi(plain(cell)) || ' ', { width: widths[c] - 2 * pad, lineGap: size * 0.2 });
    })) + 2 * pad;
    const drawRow = (row: Run[][], bold: boolean) => {
      const h = rowHeight(row, bold);
      this.keep(h);
      const y = doc.y;
      let cx = x;
      for (let c = 0; c < columns; c++) {
        if (lines) doc.save().lineWidth(0.5).strokeColor(GREY).rect(cx, y, widths[c], h).stroke().restore();
        doc.y = y + pad;
        this.runs(row[c] ?? [], cx + pad, widths[c] - 2 * pad, size, bold ? { bold: true } : {});
        cx += widths[c];
      }
      doc.x = x;
      doc.y = y + h;
    };
    if (header.length) drawRow(header, true);
    for (const r of rows) drawRow(r, false);
  }
}

/** Lays out the blocks on A4 or Letter pages and returns the PDF's bytes. */
export function renderPdf(blocks: readonly PrintBlock[], o: PdfOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const margin = 54; // 19 mm: inside what every office printer can print
    const doc = new PDFDocument({
      size: o.paperSize === 'Letter' ? 'LETTER' : 'A4',
      margins: { top: margin, bottom: margin, left: margin, right: margin },
      // Only the title: no author, subject or keywords that could name the patient.
      info: { Title: toWinAnsi(o.title) },
      displayTitle: true,
      ...(o.language ? { lang: o.language } : {}),
      pdfVersion: '1.4',
      compress: true,
    });
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => {
      const size = chunks.reduce((n, c) => n + c.length, 0);
      const out = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    doc.on('error', reject);
    try {
      const layout = new Layout(doc, o.largePrint);
      layout.blocks(blocks, layout.left, layout.width);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}
