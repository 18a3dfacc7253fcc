import { defaultConfig, type ResolvedConfig } from '../config/config';
import { buildSuppressor } from './directives';
import { buildNote, type Note } from '../model/note';
import { ruleById, rules, type Report, type Rule } from '../rules';
import { widenOverTags } from '../model/html-text';
import { insideOpaque } from '../model/positions';
import type { Finding, Fix, OffsetEdit, Severity } from '../types';
import type { CourseContext } from '../course/context';

/** What a check may know beyond the note itself. */
export interface LintOptions {
  /** The time the note is checked at (rules about timeliness read it); default: now. */
  now?: Date;
  /** The patient's other visits, when the caller knows them. */
  course?: CourseContext;
}

export interface LintResult {
  findings: Finding[];
  note: Note;
}

export function severityOf(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.meta.id]?.severity ?? config.rules[rule.meta.code]?.severity ?? rule.meta.defaultSeverity;
}

/** Parses the note once and runs every enabled rule over it. */
export function lint(text: string, config: ResolvedConfig = defaultConfig(), options: LintOptions = {}): LintResult {
  const note = buildNote(text, config.vocabulary);
  return { note, findings: lintNote(note, config, options) };
}

export function lintNote(note: Note, config: ResolvedConfig = defaultConfig(), options: LintOptions = {}): Finding[] {
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  const toFinding = (ruleId: string, severity: Severity, r: Report): Finding => {
    // Rules read cleaned text; what the clinician sees highlighted is the raw line, tags whole.
    const [start, end] = widenOverTags(note.text, r.start, r.end);
    return {
      ruleId, severity, start, end, range: note.lines.range(start, end), message: r.message, ...(r.detail ? { detail: r.detail } : {}),
      // Text inserted inside a code block or raw HTML (an unclosed fence runs to the end) would not
      // count and would change that block, so such fixes are not offered.
      fixes: (r.fixes ?? []).filter((f) => !f.edits.some((e) => insideOpaque(note, e.start))).map((f): Fix => ({
        title: f.title, safe: f.safe ?? false,
        edits: f.edits.map((e) => ({ ...e, range: note.lines.range(e.start, e.end) })),
      })),
    };
  };
  const suppressor = buildSuppressor(note.comments, note.lines, (name) => ruleById(name)?.meta.id);
  for (const rule of rules) {
    const severity = severityOf(rule, config);
    if (severity === 'off') continue;
    const setting = config.rules[rule.meta.id] ?? config.rules[rule.meta.code];
    rule.check(note, {
      config, vocab: config.vocabulary, options: setting?.options ?? {}, unknownDirectives: suppressor.unknown, now, course: options.course,
      report: (r) => {
        if (!suppressor.isSuppressed(rule.meta.id, note.lines.positionAt(r.start).line)) findings.push(toFinding(rule.meta.id, severity, r));
      },
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}

/** Drops edits that overlap an earlier one (and a second insertion at the same place), so fixes never clobber each other. */
export function nonOverlapping<T extends OffsetEdit>(edits: T[]): T[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: T[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end && kept.length && kept[kept.length - 1].start === e.start)) continue;
    kept.push(e);
    lastEnd = e.end;
  }
  return kept;
}

/** Applies edits, last first; overlapping ones are dropped rather than merged (see nonOverlapping). */
export function applyEdits(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const e of nonOverlapping(edits).reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Applies the first safe fix of every finding (fix-all) and returns the new text. */
export function applySafeFixes(text: string, findings: Finding[]): string {
  return applyEdits(text, findings.flatMap((f) => f.fixes.find((x) => x.safe)?.edits ?? []));
}
