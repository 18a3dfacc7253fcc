// An EMR line pasted as "<p>Dry needling - R hip:</p>" opens an HTML block, and in CommonMark that
// block runs on over every line up to the next blank one: a table, a heading or a nested list typed
// straight under it would be raw text. The clinician typed those lines as Markdown and reads them
// so; lines of such a block with no tag in them are parsed as Markdown.
import type { Block, Point } from './blocks';
import { shiftedCopy } from './shift';

// Blocks whose lines are not text to read: comments, processing instructions, declarations, CDATA, raw content.
const opaqueOpenRe = /^[ \t]{0,3}<(?:!|\?|(?:script|pre|style|textarea)(?:[\s>]|$))/i;
// Anything that may be a tag (a letter, "/" or "!" after "<"); "<1 min" and "< 20 mm" are text.
const tagRe = /<[A-Za-z/!]/;
// Elements that hold lines of text: untagged lines inside one still open ("<p>O: TTP L calf<br>" over
// "Consent:") are its text, not Markdown typed after it.
const textElementRe = /<(\/?)(?:p|div|li|td|th|tr|table|thead|tbody|ul|ol|h[1-6]|blockquote|section|span|font)\b[^<>]*>/gi;

/**
 * The top-level blocks with each HTML block cut into its HTML lines and the runs of untagged lines
 * outside any open element between them (parsed by `parse`, which gives positions from the run's start).
 * No run holds a line that could open an HTML block, so a run's blocks are never cut again:
 * each line is parsed at most twice, and the whole stays linear.
 */
export function markdownInHtml(text: string, blocks: Block[], parse: (source: string) => Block[]): Block[] {
  if (!blocks.some((b) => b.type === 'html' && !opaqueOpenRe.test(b.value))) return blocks;
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type !== 'html' || opaqueOpenRe.test(block.value)) out.push(block);
    else cutHtml(text, block, parse, out);
  }
  return out;
}

/** A span of whole lines of the block: HTML (lines with tags, or inside an element still open) or Markdown. */
interface Run {
  html: boolean;
  start: Point;
  end: Point;
}

function cutHtml(text: string, block: Block & { type: 'html' }, parse: (source: string) => Block[], out: Block[]): void {
  const { start } = block.position;
  const end = block.position.end.offset;
  const runs: Run[] = [];
  let at = start.offset;
  let line = start.line;
  let open = 0;
  while (at < end) {
    let eol = at;
    while (eol < end && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const source = text.slice(at, eol);
    const html = open > 0 || tagRe.test(source);
    for (const m of source.matchAll(textElementRe)) open = Math.max(0, open + (m[1] ? -1 : 1));
    const from: Point = { line, column: 1, offset: at };
    const to: Point = { line, column: eol - at + 1, offset: eol };
    const last = runs[runs.length - 1];
    if (last && last.html === html) last.end = to;
    else runs.push({ html, start: from, end: to });
    at = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
    line++;
  }
  if (runs.length === 1) {
    out.push(block);
    return;
  }
  for (const run of runs) {
    // A run opening with "---" would read as front matter on its own; it stays as it was.
    if (run.html || text.startsWith('---', run.start.offset)) out.push({ type: 'html', value: text.slice(run.start.offset, run.end.offset), position: { start: run.start, end: run.end } });
    else for (const b of parse(text.slice(run.start.offset, run.end.offset))) out.push(shiftedCopy(b, run.start.line - 1, run.start.offset));
  }
}
