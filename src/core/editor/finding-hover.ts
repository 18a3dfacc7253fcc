import { ruleById } from '../rules';
import type { Finding, Severity } from '../types';
import { escapeMarkdown } from './hover';

// Hover text for a finding: what the Problems panel shows (the headline) and what it has no room
// for: the finding's detail, why the rule matters in a sentence or two, and the rule with a link
// that opens its documentation. Plain Markdown; the editor renders it, trusting only that command.

export const RULE_DOC_COMMAND = 'dnSoap.showRuleDocumentation';

export interface FindingHover {
  /** The range of the narrowest finding under the cursor (offsets). */
  start: number;
  end: number;
  markdown: string;
}

const SEVERITY: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
/** A rationale is a paragraph; the hover keeps its first sentences, up to about this many characters. */
const RATIONALE_CHARS = 320;

/** The findings whose range holds `offset`, narrowest first, as one hover; undefined when there is none. */
export function findingHoverAt(findings: readonly Finding[], offset: number): FindingHover | undefined {
  const here = findings
    .filter((f) => f.start <= offset && offset <= f.end)
    .sort((a, b) => (a.end - a.start) - (b.end - b.start));
  if (!here.length) return undefined;
  return { start: here[0].start, end: here[0].end, markdown: here.map(describeFinding).join('\n\n---\n\n') };
}

/** One finding: headline and severity, its detail, why it matters, and the rule with its documentation link. */
export function describeFinding(f: Pick<Finding, 'ruleId' | 'severity' | 'message' | 'detail'>): string {
  const meta = ruleById(f.ruleId)?.meta;
  const parts = [`**${escapeMarkdown(f.message)}** · ${SEVERITY[f.severity]}`];
  if (f.detail) parts.push(escapeMarkdown(f.detail));
  if (meta) parts.push(`*Why it matters:* ${escapeMarkdown(firstSentences(meta.rationale, RATIONALE_CHARS))}`);
  const id = meta?.id ?? f.ruleId;
  const link = `command:${RULE_DOC_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
  parts.push(`Rule [${escapeMarkdown(id)}${meta ? ` (${meta.code})` : ''}](${link} "Show the rule's documentation")`);
  return parts.join('\n\n');
}

/**
 * The first sentence of a paragraph, and the second too when both fit in `maxChars`. A sentence
 * ends at ". ", "! " or "? " before a capital letter or a digit, and not after "e.g." and the like, so
 * "e.g. 0.25 × 40" and "0.25 mm" do not end one.
 */
export function firstSentences(text: string, maxChars: number): string {
  const ends = [...text.matchAll(/(?<!\b(?:e\.g|i\.e|incl|approx|vs|etc|cf))[.!?](?=\s+[A-Z0-9"'(])/g)].map((m) => m.index! + 1);
  const sentences: string[] = [];
  let from = 0;
  for (const end of [...ends, text.length]) {
    sentences.push(text.slice(from, end).trim());
    from = end;
  }
  const two = `${sentences[0]} ${sentences[1] ?? ''}`.trim();
  return sentences.length > 1 && two.length <= maxChars ? two : sentences[0];
}
