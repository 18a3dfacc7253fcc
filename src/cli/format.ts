import { relative, sep } from 'node:path';
import type { Finding, Severity } from '../core/types';
import type { FileResult } from './lint-files';

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  /** 1-based, like the text output and editors' status bars. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface JsonFileResult {
  file: string;
  findings: JsonFinding[];
  error?: string;
}

/** Path as the user sees it: relative to the current folder, with forward slashes. */
export const displayPath = (path: string, cwd: string) => {
  const rel = relative(cwd, path) || path;
  return sep === '\\' ? rel.split(sep).join('/') : rel;
};

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId, severity: f.severity,
    line: f.range.start.line + 1, column: f.range.start.character + 1,
    endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1,
    message: f.message,
  };
}

export function formatJson(results: FileResult[], cwd: string): string {
  const out: JsonFileResult[] = results.map((r) => ({
    file: displayPath(r.path, cwd),
    findings: r.findings.map(toJsonFinding),
    ...(r.error ? { error: r.error } : {}),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

export function formatText(results: FileResult[], cwd: string): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(r.path, cwd);
    for (const f of r.findings) {
      const j = toJsonFinding(f);
      lines.push(`${file}:${j.line}:${j.column} ${f.severity} ${f.ruleId} ${oneLine(f.message)}`);
    }
  }
  lines.push(summary(results));
  return lines.join('\n') + '\n';
}

export function summary(results: FileResult[]): string {
  const count = { error: 0, warning: 0, info: 0 } as Record<Severity, number>;
  for (const r of results) for (const f of r.findings) count[f.severity]++;
  const total = count.error + count.warning + count.info;
  const unread = results.filter((r) => r.error).length;
  const checked = results.length - unread;
  const files = `${checked} ${plural(checked, 'file')} checked`;
  const failed = unread ? `; ${unread} ${plural(unread, 'file')} could not be checked` : '';
  if (!total) return `No problems found (${files}${failed}).`;
  return `${total} ${plural(total, 'problem')} (${count.error} ${plural(count.error, 'error')}, ${count.warning} ${plural(count.warning, 'warning')}, ${count.info} info) in ${results.filter((r) => r.findings.length).length} of ${files}${failed}.`;
}

const plural = (n: number, word: string) => (n === 1 ? word : word + 's');
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');
