import { parseDocument } from 'yaml';

export interface FrontMatter {
  data?: Record<string, unknown>;
  /** Parse problem, with the offset in the document where it was found. */
  error?: { message: string; offset: number };
  start: number;
  end: number;
}

/** Parses the YAML between the front matter fences; `valueStart` is where that YAML begins in the note. */
export function parseFrontMatter(value: string, start: number, end: number, valueStart: number): FrontMatter {
  // logLevel 'error': yaml's warnings (process.emitWarning, printed to stderr) quote note text.
  const doc = parseDocument(value, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length) {
    const e = doc.errors[0];
    // yaml's messages quote the offending text, which may be patient data; keep only the kind of problem.
    const kind = e.code ? e.code.toLowerCase().replace(/_/g, ' ') : 'invalid YAML';
    return { start, end, error: { message: kind, offset: valueStart + (e.pos?.[0] ?? 0) } };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // An alias with no anchor, or an alias bomb: yaml throws (quoting the text) instead of reporting.
    return { start, end, error: { message: 'an alias (*name) that cannot be resolved', offset: valueStart } };
  }
  if (data === null || data === undefined) return { start, end, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { start, end, error: { message: 'front matter is not a list of "key: value" lines', offset: valueStart } };
  }
  const lowered: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) lowered[k.toLowerCase()] = v;
  return { start, end, data: lowered };
}
