import { parseDocument } from 'yaml';

export interface FrontMatter {
  data?: Record<string, unknown>;
  /** Parse problem, with the offset in the document where it was found. */
  error?: { message: string; offset: number };
  start: number;
  end: number;
}

/** yaml's error codes in plain words, short enough for a one-line message. */
const PROBLEMS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'a key written twice',
  BAD_INDENT: 'uneven indentation',
  TAB_AS_INDENT: 'a tab used to indent',
  MULTILINE_IMPLICIT_KEY: 'a line with no "key:"',
  BLOCK_AS_IMPLICIT_KEY: 'a colon inside a value (quote it)',
  MISSING_CHAR: 'an unclosed quote or bracket',
  UNEXPECTED_TOKEN: 'an unexpected character',
  BAD_SCALAR_START: 'a value starting with a reserved sign',
  BAD_DQ_ESCAPE: 'a bad \\ escape in quotes',
};

/** What the YAML says, apart from where the note puts it: an error's offset is from the YAML's start. */
type Reading = { data: Record<string, unknown> } | { error: { message: string; offset: number } };

// The last front matter read, kept because typing in the body leaves it the same on every keystroke.
let last: { value: string; reading: Reading } | undefined;

/** Parses the YAML between the front matter fences; `valueStart` is where that YAML begins in the note. */
export function parseFrontMatter(value: string, start: number, end: number, valueStart: number): FrontMatter {
  if (last?.value !== value) last = { value, reading: read(value) };
  const { reading } = last;
  return 'data' in reading ? { start, end, data: reading.data }
    : { start, end, error: { message: reading.error.message, offset: valueStart + reading.error.offset } };
}

function read(value: string): Reading {
  // logLevel 'error': yaml's warnings (process.emitWarning, printed to stderr) quote note text.
  const doc = parseDocument(value, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length) {
    const e = doc.errors[0];
    // yaml's messages quote the offending text, which may be patient data; keep only the kind of problem.
    // An unclosed [ or { is reported as an indentation problem; yaml's own wording tells them apart.
    const unclosed = e.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(e.message);
    const kind = unclosed ? 'an unclosed [ or {' : (PROBLEMS[e.code] ?? e.code.toLowerCase().replace(/_/g, ' '));
    return { error: { message: kind, offset: e.pos?.[0] ?? 0 } };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // An alias with no anchor, or an alias bomb: yaml throws (quoting the text) instead of reporting.
    return { error: { message: 'an *alias with no &anchor', offset: 0 } };
  }
  if (data === null || data === undefined) return { data: Object.freeze({}) };
  if (typeof data !== 'object' || Array.isArray(data)) return { error: { message: 'not "key: value" lines', offset: 0 } };
  const lowered: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) lowered[k.toLowerCase()] = v;
  // Shared by every version of the note that has this front matter: frozen so no reader can change another's.
  return { data: Object.freeze(lowered) };
}
