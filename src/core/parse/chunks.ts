// Finds places where a note can be cut into independently parsed pieces without
// changing how any block parses: before a line at column 0 that follows a blank line,
// outside front matter, fenced code and the HTML blocks that may contain blank lines.

export interface Chunk {
  start: number;
  end: number;
  /** 0-based line number of `start`. */
  line: number;
}

/** Lines per chunk before we look for a cut; below twice this a note is parsed whole. */
export const CHUNK_LINES = 200;

// A `---` line may not start a chunk: at the start of a text it would open front matter.
const dashes = /^-{3,}[ \t]*$/;

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const htmlWithBlanks: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

export function safeChunks(text: string, chunkLines = CHUNK_LINES): Chunk[] {
  const whole = [{ start: 0, end: text.length, line: 0 }];
  // Cheap pre-check: count line breaks only up to the threshold (a lone \r is a break too).
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1 && breaks < chunkLines * 2; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks < chunkLines * 2 && !/\r(?!\n)/.test(text)) return whole;

  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let lineNo = 0;
  let prevBlank = false;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let inFrontMatter = false;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null && m[0] !== '') {
    const start = m.index;
    const line = m[0].replace(/[\r\n]+$/, '');
    const outside = !fence && !htmlEnd && !inFrontMatter;
    if (outside && prevBlank && lineNo - chunkLine >= chunkLines && /^[^ \t]/.test(line) && !listMarker.test(line) && !dashes.test(line)) {
      chunks.push({ start: chunkStart, end: start, line: chunkLine });
      chunkStart = start;
      chunkLine = lineNo;
    }
    if (lineNo === 0 && /^---[ \t]*$/.test(line)) inFrontMatter = true;
    else if (inFrontMatter) {
      if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) inFrontMatter = false;
    } else if (fence) {
      const close = line.match(fenceOpen);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && isBlank(line.slice(close[0].length))) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const open = line.match(fenceOpen);
      if (open) fence = open[1];
      else {
        for (const [startRe, endRe] of htmlWithBlanks) {
          if (startRe.test(line)) {
            if (!endRe.test(line.replace(startRe, ''))) htmlEnd = endRe;
            break;
          }
        }
      }
    }
    prevBlank = isBlank(line);
    lineNo++;
  }
  chunks.push({ start: chunkStart, end: text.length, line: chunkLine });
  return chunks;
}
