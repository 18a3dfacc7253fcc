// The PDF exporter, for the editor and the CLI (bundled as dist/pdf.js and required on first use):
// a handout or a visit note, on A4 or Letter, in normal or large print. Runs in Node without a
// browser, a download or a font file; the only metadata written is the document's title.

import { printBlocks } from '../core/handout/blocks';
import { renderPdf, type PdfOptions } from './layout';

export type { PdfOptions } from './layout';
export { toWinAnsi } from './winansi';

/** Title written into a note's PDF: never the patient's name or the file's name. */
export const NOTE_PDF_TITLE = 'Dry needling visit note';

/** A handout's Markdown as a PDF; `title` is the template's title. */
export function handoutPdf(markdown: string, options: PdfOptions): Promise<Uint8Array> {
  return renderPdf(printBlocks(markdown), options);
}

/** A visit note as a PDF, front matter and signature block included as they are written. */
export function notePdf(noteText: string, options: Omit<PdfOptions, 'title'>): Promise<Uint8Array> {
  return renderPdf(printBlocks(noteText), { ...options, title: NOTE_PDF_TITLE });
}
