import assert from 'node:assert/strict';
import { applyEdits, lint } from '../../src/core/engine/lint';
import { resolveConfig, type ConfigFile } from '../../src/core/config/config';
import type { Finding } from '../../src/core/types';

/** Joins lines with LF; `crlf()` gives the same note with Windows line ends. */
export const note = (...lines: string[]) => lines.join('\n') + '\n';
export const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** Findings of one rule. */
export function findings(text: string, ruleId: string, config?: ConfigFile): Finding[] {
  return lint(text, config ? resolveConfig(config) : undefined).findings.filter((f) => f.ruleId === ruleId);
}

/** Asserts the rule raises nothing. */
export function assertClean(text: string, ruleId: string, config?: ConfigFile): void {
  const got = findings(text, ruleId, config);
  assert.deepEqual(got.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.message}`), [], `expected no ${ruleId} findings`);
}

/** The text a finding covers. */
export const covered = (text: string, f: Finding) => text.slice(f.start, f.end);

/** Applies the fix with the given index of a finding and returns the new text. */
export function applyFix(text: string, f: Finding, index = 0): string {
  const fix = f.fixes[index];
  assert.ok(fix, `finding has no fix #${index}`);
  return applyEdits(text, fix.edits);
}

/** Asserts every line of `before` is still present, in order, in `after` (fixes never delete what was written). */
export function assertNothingLost(before: string, after: string): void {
  let at = 0;
  for (const line of before.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const i = after.indexOf(line, at);
    assert.ok(i >= 0, `line lost or reordered by fix: ${JSON.stringify(line)}`);
    at = i + line.length;
  }
}

/** Line and character of the first occurrence of `needle` (0-based). */
export function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `${JSON.stringify(needle)} not in text`);
  const before = text.slice(0, i);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: i - lastBreak - 1 };
}

/** Fills the prepared fields of a fixed note as a clinician would: each ‹…› field gets the value for its hint, else its first choice. */
export function fillFields(text: string, values: Record<string, string> = {}): string {
  return text.replace(/‹([^‹›\r\n]*)›/g, (_, hint: string) => {
    const key = Object.keys(values).find((k) => hint.includes(k));
    if (key) return values[key];
    return hint.split('|')[0].replace(/\s*…$/, '').trim();
  });
}
