// Prepared text: what the extension inserts for the clinician to complete (templates, snippets,
// quick fixes). It never states a clinical fact itself: every fact is a field written ‹what to
// fill›, or ‹a|b|c› for a choice, and a field left as it is stays a `placeholder-unfilled` error
// until the clinician replaces it. In the editor the fields become snippet tab stops.

/** A field: ‹hint› or ‹choice|choice|…›. */
export const FIELD_RE = /‹([^‹›\r\n]*)›/g;

/** The fields of a prepared text, in order. */
export function fieldsOf(text: string): Array<{ start: number; end: number; hint: string; choices?: string[] }> {
  return [...text.matchAll(FIELD_RE)].map((m) => {
    const inner = m[1];
    const choices = inner.includes('|') ? inner.split('|').map((c) => c.trim()).filter(Boolean) : undefined;
    return { start: m.index!, end: m.index! + m[0].length, hint: inner, ...(choices ? { choices } : {}) };
  });
}

/** Escapes text for a VS Code snippet body, where $, } and \ are syntax. */
export const escapeSnippetText = (text: string) => text.replace(/[$}\\]/g, (c) => `\\${c}`);

/**
 * The prepared text as a snippet: each field becomes a tab stop whose default is the field as
 * written (so Tab past it leaves a visible, flagged blank); a choice field offers the blank first,
 * then each choice. Tab stops are numbered from `firstStop`; the snippet ends after the text.
 */
export function toSnippet(text: string, firstStop = 1): string {
  let out = '';
  let last = 0;
  let stop = firstStop;
  for (const f of fieldsOf(text)) {
    out += escapeSnippetText(text.slice(last, f.start));
    const blank = `‹${f.choices ? f.choices.join(' | ') : f.hint}›`;
    if (f.choices) {
      const options = [blank, ...f.choices].map((c) => c.replace(/[,|\\$}]/g, (ch) => `\\${ch}`));
      out += `\${${stop++}|${options.join(',')}|}`;
    } else {
      out += `\${${stop++}:${escapeSnippetText(blank)}}`;
    }
    last = f.end;
  }
  return out + escapeSnippetText(text.slice(last));
}

/** The prepared text as it reads when inserted without a snippet engine: choice fields show their options. */
export function toPlain(text: string): string {
  return text.replace(FIELD_RE, (_, inner: string) => `‹${inner.includes('|') ? inner.split('|').map((c) => c.trim()).join(' | ') : inner}›`);
}
