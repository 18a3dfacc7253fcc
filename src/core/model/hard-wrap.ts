import { lineLeadRe, needlingHeadingLineRe, statementLabelRe } from '../lexicon/labels';
import { endsBeforeNameRe, endsOnArticleRe, opensOnRunOnWordRe, runsOnRe } from '../lexicon/run-on';
import { findNeedleCount, findNeedles, findTwitches, MM } from './tokens';

// A note pasted from an email or an old record system is often hard-wrapped: every sentence broken
// at a fixed width, wherever a word no longer fits ("R upper" over "trapezius 0.25x30 mm"). Each
// line of a paragraph is otherwise read as its own entry, so such a break would cut a record from
// its muscle, size or response. A break is a wrap only when the lines look as a wrapper leaves
// them: long lines of about one width, each broken mid-sentence just before a word that would not
// have fitted, and the next line not opening with a label, a bullet or a tag.

/** The widths a wrapper uses (50 to 120 columns); a longer line was typed as it is. */
export const WRAP_MIN_WIDTH = 50;
const MAX_WIDTH = 120;
/** How much shorter than the widest a wrapped line may be: the longest word that would not fit. */
const RAGGED = 25;

// A line that ends a sentence, a field or a tag ("<br>"), or opens with one ("Aftercare: …", "**Plan:**", "- ", an "o" typed as a bullet, "<p>").
const endsStatementRe = /(?:[.!?;:]["')\]*_]*|>)$/;
// A label opens with a capital or is bold ("Aftercare:", "**plan:**"), a short one also typed without its space ("A:R lat elbow",
// "a:rt calf", "Needle count:4 in"), or as a note app's inline field ("A:: …"); in lower case it is a word or two ("tx:", "pain
// score:"), since a wrapped sentence may well have a colon further on ("risk of collapsed lung: if short of breath").
// A capitalised word before a spaced dash is a label too ("A -", "DN - prone", "Rx – mobs").
const opensEntryRe = new RegExp(`^(?:${[
  String.raw`[*_]*[A-Z][\w /&()'’+-]{0,40}[*_]*::?[*_]*(?:\s|$)`, String.raw`(?:[A-Z][A-Za-z/& ]{0,20}|[a-z]{1,4}):(?=[A-Za-z\d])`,
  String.raw`[A-Z][\w/&'’+]{0,20}[ \t]+[-–—](?:\s|$)`, String.raw`[*_]+[a-z][\w /&()'’+-]{0,40}[*_]*:`, String.raw`[-*+•>|<#]|\d{1,2}[.)]\s|o[ \t]`,
].join('|')})`);
// … unless the line above runs on into it: "… 0.25x30 mm unless noted," over "pistoning:" ends a lead-in.
const opensLowerLabelRe = /^[a-z][\w()'’+-]*(?: [\w()'’+-]+)?:(?:\s|$)/;
const firstWordRe = /^\S+/;
/** A label's colon at the end of its line, bold or not ("DN prone, 0.30x40 mm:", "**Dry needling:**"). */
const endsOnColonRe = /:[*_]*\s*$/;
const opensCapitalRe = /^[*_]*[A-Z]/;
const records = (line: string) => findNeedles(line).length > 0 || findTwitches(line).length > 0 || findNeedleCount(line) !== undefined;
// A wrapped sentence runs on in lower case; a line opening with a capital, a side or a number is a new entry
// unless the line above cannot end there ("… pistoning," over "LTR x2").
const continuesRe = /^[a-z]/;
/** A unit opens no entry: it ends the size the line above breaks off ("… 0.25x30" over "mm: R upper trapezius …"). */
const opensOnUnitRe = new RegExp(`^${MM}(?![a-z])`, 'i');
/** An aside in brackets, not a number in them ("(2) R soleus …", "(iv)"). */
const asideRe = /^\((?![a-z\d]{1,2}\)|[ivx]{1,4}\))/i;

/** A line that leaves a bracket open ("… (0.20 x 15 mm, two local" over "twitch responses) …") runs on to the next. */
function leavesBracketOpen(line: string): boolean {
  let open = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41 && open > 0) open--;
  }
  return open > 0;
}
/** A line that cannot end where it does: on a comma, a joining word, an open bracket, or a side or part before a name. */
const runsOn = (line: string) => runsOnRe.test(line) || leavesBracketOpen(line) || endsBeforeNameRe.test(line);

/**
 * For each physical line of one paragraph, whether it continues the line above as a wrap.
 * `lines` are the lines as they sit in the document, from the start of the line (indentation
 * and bullet included, as a wrapper counts columns); `content` the same lines without them.
 */
export function wrappedLines(lines: readonly string[], content: readonly string[]): boolean[] {
  const joins = lines.map(() => false);
  if (lines.length < 2) return joins;
  let width = 0;
  for (let i = 0; i < lines.length - 1; i++) width = Math.max(width, lines[i].trimEnd().length);
  if (width < WRAP_MIN_WIDTH || width > MAX_WIDTH) return joins;
  // A break the width explains, mid-sentence and before no label; `certain` when the sentence visibly runs on.
  const breaks = lines.map((line, i) => {
    if (i === 0) return undefined;
    const above = lines[i - 1].trimEnd();
    // A time stamp or a picture before the line's words ("09:14 A: …", "💡 A: …") is read past, as the label readers do.
    const written = content[i].trimStart();
    const next = written.slice(lineLeadRe.exec(written)?.[0].length ?? 0);
    const word = firstWordRe.exec(next)?.[0];
    // A line that records a needle, a twitch or a count, over one whose first clause does too, are two entries unless the
    // first visibly runs on: notes typed a record to a line, long and in lower case ("L medial gastrocnemius 0.30 x 50 mm,
    // LTR x3, familiar pain" over "soleus 0.30 x 60 mm, LTR x2"; "… LTR x1" over "four needles in, four out").
    // Asked last, so the token scans run only on a break the width already explains.
    // The line above's last entry is what records: "…; DN R quadratus plantae" over "0.30x40 mm, LTR x1" is one record.
    const entries = () => records(above.split(/;|\.\s/).pop()!) && records(next.split(/[,;]|\.\s/)[0]) && !runsOn(above) && !opensOnRunOnWordRe.test(next);
    // A line opening as a needling lead-in ("dry needling - R thigh, supine:") is an entry of its own, typed in lower case
    // or not, unless the line above runs on into it ("… consent obtained for" over "dry needling to the R UT").
    if (word && opensOnUnitRe.test(next) && /\d$/.test(above)) return { certain: true };
    // A statement's own label ("needle count: 4 in / 3 out", "Needle count - 4 in") opens an entry even after a line ending on a part ("… needle kept distal").
    // So does a needling lead-in ending on its colon ("… signs to watch for" over "DN prone, flat palpation, 0.30x40 mm:"): a label over what follows.
    const leadIn = needlingHeadingLineRe.test(next);
    if (!word || endsStatementRe.test(above) || opensEntryRe.test(next) || ((opensLowerLabelRe.test(next) || leadIn) && !runsOn(above)) || (leadIn && endsOnColonRe.test(next))
      || (statementLabelRe.test(next) && (opensLowerLabelRe.test(next) || opensCapitalRe.test(next)))) return undefined;
    // A sentence never ends on an article, however short its line ("… verbally today. I needled the" over "right ECRB (…").
    // Nor does an aside in brackets open an entry: it says more of what the line above ends with ("… the left masseter" over
    // "(0.25 x 25 mm, one local twitch response)"), unless it numbers one ("(2) R soleus …"). A bracket left open runs on
    // whatever the widths ("… right soleus (0.30 x 50 mm, two" over "local twitch responses …" under a longer label line).
    if (endsOnArticleRe.test(above) || asideRe.test(next) || leavesBracketOpen(above)) return { certain: true };
    const fits = above.length >= width - RAGGED && above.length + 1 + word.length > width && !entries();
    if (!fits) return { typed: true } as const;
    // "… RETURN FORM" over "AT NEXT VISIT.": a line opening on a joining word carries on the sentence, in capitals too.
    // A word, not a label's letter: "A:L calf …" opens the Assessment.
    return { certain: runsOn(above) || (opensOnRunOnWordRe.test(next) && /^[A-Za-z]+\s/.test(next)), lowerCase: continuesRe.test(next) };
  });
  // Terse notes typed a line at a time, unpunctuated and in lower case, break mostly where no width explains it ("heat SOB or
  // chest pain go to ER" over "collect signed consent form next visit" over "f/u 1 wk"): there a line opening in lower
  // case is the writer's break, not a wrap. A paste keeps the writer's short lines too, so it takes more of them than wraps.
  let typed = 0;
  let explained = 0;
  for (const b of breaks) {
    if (!b) continue;
    if ('typed' in b) typed++;
    else explained++;
  }
  const byLine = typed > explained;
  const isCertain = (b: (typeof breaks)[number]) => Boolean(b && !('typed' in b) && (b.certain || (b.lowerCase && !byLine)));
  // A wrapper breaks every line of a paragraph alike: once one break certainly is a wrap, so are the others the
  // width explains, even before a capital or a number ("R infraspinatus" over "0.25x30 mm, LTR x3").
  const wrapped = breaks.some(isCertain);
  for (let i = 1; i < lines.length; i++) {
    const b = breaks[i];
    joins[i] = Boolean(b && !('typed' in b) && (isCertain(b) || wrapped));
  }
  return joins;
}
