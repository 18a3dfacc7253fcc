import type { LineIndex } from './parse/line-index';
import type { HtmlComment } from './model/units';

// Inline comments that silence rules, markdownlint-style:
//   <!-- dnlint-disable [ids] -->            until a matching enable
//   <!-- dnlint-enable [ids] -->
//   <!-- dnlint-disable-line [ids] -->       the comment's own line
//   <!-- dnlint-disable-next-line [ids] -->  the next line that has text (formatters add blank lines)
//   <!-- dnlint-disable-file [ids] -->       the whole note
// Ids may be rule ids or codes; no ids means every rule. Text after " -- " is a reason, kept for audit.

export interface Suppressor {
  isSuppressed(ruleId: string, line: number): boolean;
  /** Directives naming rules that do not exist. */
  unknown: Array<{ start: number; end: number; name: string }>;
}

interface Span {
  ids: Set<string> | 'all';
  from: number;
  to: number;
}

const directiveRe = /^dnlint-(disable|enable|disable-line|disable-next-line|disable-file)\b([^]*)$/;

export function buildSuppressor(comments: HtmlComment[], lines: LineIndex, resolveId: (name: string) => string | undefined): Suppressor {
  const spans: Span[] = [];
  const unknown: Suppressor['unknown'] = [];
  const open = new Map<string, number>(); // id or '*' -> start line
  const last = lines.lineCount - 1;
  for (const c of comments) {
    const m = directiveRe.exec(c.value);
    if (!m) continue;
    const [kind, rest] = [m[1], m[2].split(/\s--\s|\s--$/)[0]];
    const names = rest.split(/[\s,]+/).filter(Boolean);
    const ids = new Set<string>();
    for (const name of names) {
      const id = resolveId(name);
      if (id) ids.add(id);
      else unknown.push({ start: c.start, end: c.end, name });
    }
    if (names.length && !ids.size) continue;
    const set: Set<string> | 'all' = names.length ? ids : 'all';
    const line = lines.positionAt(c.start).line;
    const endLine = lines.positionAt(c.end).line;
    if (kind === 'disable-file') spans.push({ ids: set, from: 0, to: last });
    else if (kind === 'disable-line') spans.push({ ids: set, from: line, to: endLine });
    else if (kind === 'disable-next-line') {
      let next = endLine + 1;
      while (next < last && lines.lineText(next).trim() === '') next++;
      spans.push({ ids: set, from: next, to: next });
    } else if (kind === 'disable') {
      for (const id of set === 'all' ? ['*'] : set) if (!open.has(id)) open.set(id, line);
    } else {
      const keys = set === 'all' ? [...open.keys()] : [...set];
      for (const id of keys) {
        const from = open.get(id);
        if (from === undefined) continue;
        spans.push({ ids: id === '*' ? 'all' : new Set([id]), from, to: line });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) spans.push({ ids: id === '*' ? 'all' : new Set([id]), from, to: last });
  return {
    unknown,
    isSuppressed: (ruleId, line) => spans.some((s) => line >= s.from && line <= s.to && (s.ids === 'all' || s.ids.has(ruleId))),
  };
}
