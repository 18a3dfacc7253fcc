import type { Rule } from './rule';
import { ESCAPED_BLANK, PROMPT_FIELD, SMARTLIST_FIELD, SNIPPET_FIELD, TEMPLATE_FIELD, WILDCARD_FIELD } from '../lexicon/labels';
import { say } from './helpers';

// Blanks a prepared statement leaves for the clinician: the fields this extension's snippets and
// fixes insert (‹what to fill›), runs of underscores from paper forms (___, __/__/____), template
// fields ({{date}}), raw snippet fields (${1:date}), a record system's *** wildcards and Epic's unanswered SmartLists ({Yes/No:123}). A
// horizontal rule (a line of underscores or stars only) is Markdown, not a blank. A template's
// prompt left in brackets ([Select], [enter pain score]) is a blank too, also with its marks escaped.
const blankRe = new RegExp(
  // A run of underscores may follow a times sign it counts for ("1x/wk x___ wks", "3x___").
  String.raw`‹[^›\r\n]{0,80}›|(?:(?<![\w_])|(?<=(?<![A-Za-z])[xX×]))(?:_{2,}[/.:-])*_{3,}(?![\w_])|(?<![\w_])(?:_{2,}[/.:-])+_{2,}(?![\w_])`
    + `|${TEMPLATE_FIELD}|${SNIPPET_FIELD}|${SMARTLIST_FIELD}|${WILDCARD_FIELD}|${PROMPT_FIELD}`
    // … and the same blanks escaped, as a document converter writes them.
    + `|${ESCAPED_BLANK}`,
  'g',
);
/** A long field shown in the headline up to `max` characters. */
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 2)}…${text.endsWith(']') ? ']' : '›'}`);
const ruleLineRe = /^[ \t]*(?:(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$/;

export const placeholderUnfilled: Rule = {
  meta: {
    id: 'placeholder-unfilled',
    code: 'DN019',
    defaultSeverity: 'error',
    title: 'A blank or template field was left in the note.',
    messages: {
      field: 'Fill in this field: {field}',
      blank: 'Blank left to fill in',
    },
    rationale:
      'A prepared statement (from a template, a snippet or a quick fix) only becomes a clinical fact once the clinician fills it in. A note that still holds a blank, such as "consent signed __/__/____" or "‹written or verbal›", states nothing for that field, yet reads at a glance as if it were complete. The blank must be filled in, or the line removed, before the note is signed.',
    example: {
      bad: 'Consent: written consent signed __/__/____; risks reviewed.',
      good: 'Consent: written consent signed 03/04/2026; risks reviewed.',
    },
    decides: [
      'Raised for each blank left in the note: fields written as ‹what to fill› (as inserted by the extension\'s snippets, templates and quick fixes),'
        + ' three or more underscores (`___`, `__/__/____`), template fields (`{{date}}`), snippet fields (`${1:date}`),'
        + ' a record system\'s wildcard left unfilled (`***` standing alone, as in `Pain: ***/10`), an Epic SmartList left unanswered (`{Yes/No:123}`)'
        + ' and a template\'s prompt left in its brackets (`[Select]`, `[enter pain score]`, `[choose one]`; a link `[Select](…)` is not one).',
      'A line of underscores or stars alone is a horizontal rule, not a blank; underscores inside words, `__bold__` and `***bold italic***` markup are not blanks.',
      'Blanks inside code blocks and HTML comments are not checked; blanks in HTML pasted from a record system (`LEFS: ___/80<br>`) are, and so are blanks escaped as a document converter writes them (`\\_\\_\\_`, `\\*\\*\\*` from a Google Docs download).',
    ],
    fixable: false,
  },
  check(note, ctx) {
    // A pasted EMR export's HTML is the clinician's text and is checked; code and comments are not.
    const skip = [...note.unread, ...note.comments.map((c): [number, number] => [c.start, c.end])];
    for (const m of note.text.matchAll(blankRe)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (skip.some(([a, b]) => start >= a && start < b)) continue;
      const line = note.lines.positionAt(start).line;
      if (ruleLineRe.test(note.lines.lineText(line))) continue;
      ctx.report({ start, end, message: /^[‹[]/.test(m[0]) ? say(placeholderUnfilled.meta.messages.field, { field: shorten(m[0], 36) }) : placeholderUnfilled.meta.messages.blank });
    }
  },
};
