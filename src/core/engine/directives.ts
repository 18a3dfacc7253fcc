import type { LineIndex } from '../parse/line-index';
import type { HtmlComment } from '../model/units';

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
  /** With ids 'all': rules re-enabled by name inside a disable-all region. */
  except?: Set<string>;
  from: number;
  to: number;
}

// Longest kinds first, and a space or the end after the kind: "disable-line" is not "disable" + "-line".
const directiveRe = /^dnlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^]*)$/;

export function buildSuppressor(comments: HtmlComment[], lines: LineIndex, resolveId: (name: string) => string | undefined): Suppressor {
  const spans: Span[] = [];
  const unknown: Suppressor['unknown'] = [];
  const open = new Map<string, number>(); // rule id -> start line
  let openAll: { from: number; except: Set<string> } | undefined;
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
      if (set === 'all') {
        // Re-disabling everything also covers rules that were enabled by name since.
        if (openAll?.except.size) spans.push({ ids: 'all', except: openAll.except, from: openAll.from, to: line });
        if (!openAll || openAll.except.size) openAll = { from: line, except: new Set() };
      } else {
        for (const id of set) if (!open.has(id)) open.set(id, line);
      }
    } else {
      for (const id of set === 'all' ? [...open.keys()] : set) {
        const from = open.get(id);
        if (from === undefined) continue;
        spans.push({ ids: new Set([id]), from, to: line });
        open.delete(id);
      }
      if (openAll) {
        spans.push({ ids: 'all', except: openAll.except, from: openAll.from, to: line });
        // "enable x" inside a disable-all turns x back on and leaves the rest silenced.
        openAll = set === 'all' ? undefined : { from: line + 1, except: new Set([...openAll.except, ...set]) };
      }
    }
  }
  for (const [id, from] of open) spans.push({ ids: new Set([id]), from, to: last });
  if (openAll) spans.push({ ids: 'all', except: openAll.except, from: openAll.from, to: last });
  return {
    unknown,
    isSuppressed: (ruleId, line) => spans.some((s) => line >= s.from && line <= s.to && (s.ids === 'all' ? !s.except?.has(ruleId) : s.ids.has(ruleId))),
  };
}
