// Rewrites that keep a note's meaning: the same note as another clinic's system writes it. Used by the
// metamorphic test (a sample of the blind notes) and by `npm run metamorphic` (all of them), so a
// way of writing the engine reads differently is found without a new batch.
import type { Vocabulary } from '../../../src/core/vocab';

export type Rewrite = (text: string) => string;

/** Applies `fn` to each line outside front matter, code fences and HTML comments (they keep their own syntax). */
export const prose = (fn: (line: string) => string): Rewrite => (text) => {
  const lines = text.split('\n');
  let frontMatter = lines[0] === '---';
  let fence = false;
  return lines.map((line, i) => {
    if (frontMatter) {
      if (i > 0 && line === '---') frontMatter = false;
      return line;
    }
    if (/^\s*(?:```|~~~)/.test(line)) {
      fence = !fence;
      return line;
    }
    return fence || line.includes('<!--') ? line : fn(line);
  }).join('\n');
};

const SOAP: Record<string, string> = { S: 'Subjective', O: 'Objective', A: 'Assessment', P: 'Plan' };
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 0–99 in words, as dictation writes them ("twenty-five"). */
const inWords = (n: number) => (n < 20 ? UNITS[n] : TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : ''));
// The numbers of a needle count: right before the words that say in or out ("5 in / 5 out", "6 needles inserted, 6 removed").
const countNumberRe = /(?<![\d.,/x×])\b(\d{1,2})(?=\s*(?:needles?\s+)?(?:in|out|inserted|removed|used|withdrawn)\b(?!\s+of\b))/gi;
// A length alone ("40 mm needle"), not the length of a size ("0.25x40 mm").
const loneLengthRe = /(?<![\d.,/x×*]\s*)\b(\d{2})\s?mm\b/g;
const boldRe = /\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*/g;
const UK: Record<string, string> = { hematoma: 'haematoma', anesthe: 'anaesthe', counsele: 'counselle', favor: 'favour', color: 'colour', behavior: 'behaviour', center: 'centre', program: 'programme' };

/** Lines of plain text (a label or a sentence, no list, table or heading) that an EMR's export joins with <br>. */
const joinable = (l: string) => /^[A-Za-z(]/.test(l);

/**
 * For each line of a note, the line it is on once consecutive plain lines are joined with <br> tags, as
 * an EMR's export writes them: one line per paragraph. A blank line after each joined paragraph keeps
 * the lines below it where they were.
 */
export function joinedLines(text: string): number[] {
  const lines = text.split('\n');
  const at: number[] = [];
  lines.forEach((l, i) => {
    at.push(i > 0 && joinable(l) && joinable(lines[i - 1]) ? at[i - 1] : i);
  });
  return at;
}

const joinWithBreaks: Rewrite = (text) => {
  if (/^(?:---|\s*(?:```|~~~))/m.test(text) || text.includes('<!--')) return text;
  const lines = text.split('\n');
  const at = joinedLines(text);
  const out = [...lines];
  lines.forEach((l, i) => {
    if (at[i] === i) return;
    out[at[i]] += '<br>' + l;
    out[i] = '';
  });
  return out.join('\n');
};

/** Each top-level list's "- " bullets as "1. ", "2. ", … (outside front matter, fences and comments, as `prose`). */
const numberLists: Rewrite = (text) => {
  let n = 0;
  return prose((l) => {
    if (!/^[-*+] /.test(l)) {
      if (l.trim()) n = 0;
      return l;
    }
    return `${++n}. ${l.slice(2)}`;
  })(text);
};
/** Lines whose items (a top-level list right under a line ending in a colon, no nested item) a dictated note writes on that line, "; " between them. */
export function dictatedLines(text: string): number[] {
  const lines = text.split('\n');
  const at = lines.map((_, i) => i);
  if (/^(?:---|\s*(?:```|~~~))/m.test(text) || text.includes('<!--')) return at;
  for (let i = 0; i < lines.length; i++) {
    if (!/^[A-Za-z*_].*:[*_]*\s*$/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && /^[-*+] (?!\[)\S/.test(lines[j])) j++;
    if (j - i < 3 || (j < lines.length && /^\s+\S/.test(lines[j]))) continue;
    for (let k = i + 1; k < j; k++) at[k] = i;
    i = j - 1;
  }
  return at;
}

const dictateLists: Rewrite = (text) => {
  const at = dictatedLines(text);
  if (at.every((a, i) => a === i)) return text;
  const out = text.split('\n');
  out.forEach((l, i) => {
    if (at[i] === i) return;
    const item = l.slice(2).replace(/[.;]\s*$/, '');
    out[at[i]] += (i - 1 === at[i] ? ' ' : '; ') + item;
    out[i] = '';
  });
  return out.join('\n');
};
/** Notes whose every line is prose: no front matter, fence or comment (rewrites that move lines keep to these). */
const allProse = (text: string) => !/^(?:---|\s*(?:```|~~~))/m.test(text) && !text.includes('<!--');

/** For each line, where it lands once a line is inserted after each line `inserts` picks. */
function afterInserts(text: string, inserts: (lines: string[], i: number) => boolean): number[] {
  const lines = text.split('\n');
  const at: number[] = [];
  let added = 0;
  lines.forEach((_, i) => {
    at.push(i + added);
    if (allProse(text) && inserts(lines, i)) added++;
  });
  return at;
}

/** A level 1 or 2 heading with a blank line (or nothing) above it, which a setext underline can replace. */
const setextable = (lines: string[], i: number) => /^#{1,2} +[A-Za-z*_][^#]*$/.test(lines[i]) && !/^[-*+] /.test(lines[i].replace(/^#+ +/, '')) && (i === 0 || !lines[i - 1].trim());
export const setextLines = (text: string) => afterInserts(text, setextable);
const setextHeadings: Rewrite = (text) => {
  if (!allProse(text)) return text;
  const lines = text.split('\n');
  return lines.map((l, i) => {
    if (!setextable(lines, i)) return l;
    const title = l.replace(/^#+ +/, '').trimEnd();
    return `${title}\n${(l.startsWith('## ') ? '-' : '=').repeat(Math.max(3, title.length))}`;
  }).join('\n');
};

/** A top-level item followed at once by another: a loose list puts a blank line between them. */
const TOP_ITEM = /^(?:[-*+]|\d{1,2}[.)]) /;
const looseGap = (lines: string[], i: number) => TOP_ITEM.test(lines[i]) && i + 1 < lines.length && TOP_ITEM.test(lines[i + 1]);
export const looseListLines = (text: string) => afterInserts(text, looseGap);
const looseLists: Rewrite = (text) => {
  if (!allProse(text)) return text;
  const lines = text.split('\n');
  return lines.map((l, i) => (looseGap(lines, i) ? l + '\n' : l)).join('\n');
};

/** A consent or aftercare field's value typed on the line under its label ("Consent:" over "verbal consent obtained"). */
const splittable = (lines: string[], i: number) => /^(?:[A-Z][a-z]+ )?(?:[Cc]onsents?|[Aa]fter-? ?care|[Aa]dvice|[Ee]ducation)(?: [a-z]+)?:[ \t]+[A-Za-z(]/.test(lines[i]) && !/\|/.test(lines[i])
  // Typed straight under a table, the line is a row of it in Markdown, and so would the value be.
  && !(i > 0 && /^\s*\|/.test(lines[i - 1]));
export const valueUnderLabelLines = (text: string) => {
  const lines = text.split('\n');
  const at = afterInserts(text, splittable);
  // The value, where findings sit, moves to the line under its label.
  return at.map((a, i) => (allProse(text) && splittable(lines, i) ? a + 1 : a));
};
const valuesUnderLabels: Rewrite = (text) => {
  if (!allProse(text)) return text;
  const lines = text.split('\n');
  return lines.map((l, i) => (splittable(lines, i) ? l.replace(/^([^:]*:)[ \t]+/, '$1\n') : l)).join('\n');
};
/** Two lines of text one under the other (no table row, HTML, setext underline or indented line), which an email's double spacing parts with a blank line. */
const doubleSpacedGap = (lines: string[], i: number) => i + 1 < lines.length && lines[i].trim() !== '' && lines[i + 1].trim() !== ''
  && !/^\s*[|<]/.test(lines[i]) && !/^\s*[|<]/.test(lines[i + 1]) && !/^\s/.test(lines[i + 1]) && !/^[=-]+\s*$/.test(lines[i + 1]);
export const doubleSpacedLines = (text: string) => (/<(?:p|br)\b/i.test(text) ? text.split('\n').map((_, i) => i) : afterInserts(text, doubleSpacedGap));
const doubleSpaced: Rewrite = (text) => {
  // An HTML paragraph's lines (`<p>` … `<br>`) would be cut into blocks of their own: not what an email's spacing does.
  if (!allProse(text) || /<(?:p|br)\b/i.test(text)) return text;
  const lines = text.split('\n');
  return lines.map((l, i) => (doubleSpacedGap(lines, i) ? l + '\n' : l)).join('\n');
};
/** Who and where, as an EMR prints it under the note's title: a record number in a billing code's shape, a credential. */
const HEADER = ['Patient: A.B. | DOB 03/04/1961 | MRN 97140', 'Clinician: J. Smith, PT, DPT | Clinic: Northside Physio', ''];
const headerAt = (lines: string[]) => (/^# /.test(lines[0]) ? 1 : 0);
export const headerLines = (text: string) => {
  const lines = text.split('\n');
  const at = headerAt(lines);
  return lines.map((_, i) => (allProse(text) && i >= at ? i + HEADER.length : i));
};
const headerBlock: Rewrite = (text) => {
  if (!allProse(text)) return text;
  const lines = text.split('\n');
  const at = headerAt(lines);
  return [...lines.slice(0, at), ...HEADER, ...lines.slice(at)].join('\n');
};
const SIGNATURE = '\n\nElectronically signed by J. Smith, PT, DPT on 12/03/2026 at 14:32.\n';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every rewrite, by name. The vocabulary gives the muscle names and shorthand two of them spell out. */
export function rewrites(vocab: Vocabulary): Record<string, Rewrite> {
  const shorthand = new Map(vocab.muscles.flatMap((m) => m.shorthand.map((s) => [s, m.name] as const)));
  const shorthandRe = new RegExp(`(?<![\\w/-])(?:${[...shorthand.keys()].map(escape).join('|')})(?![\\w/-])`, 'g');
  // Not before a longer word, which may be the rest of a misspelt name ("L extensor digitorum longis").
  const sidedMuscleRe = new RegExp(`(?<![\\w/.-])([RL]) (${[...vocab.muscles.map((m) => m.name), ...shorthand.keys()].map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\w/-])(?!\\s+(?!with\\b)[a-z]{4,})`, 'g');
  const muscleNameRe = new RegExp(`\\b(?:${vocab.muscles.map((m) => escape(m.name)).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
  // … not before a longer word, which may be the rest of a misspelt name ("extensor digitorum longis" stays one name).
  const wholeMuscleNameRe = new RegExp(`${muscleNameRe.source}(?!\\s+(?!with\\b)[a-z]{4,})`, 'g');
  return {
    'CRLF line ends': (t) => t.replace(/\r?\n/g, '\r\n'),
    'trailing spaces': prose((l) => (l.trim() && !/^\s*\|/.test(l) ? l + '  ' : l)),
    'curly apostrophes': prose((l) => l.replace(/(\w)'(\w)/g, '$1\u2019$2')),
    'curly double quotes': prose((l) => l.replace(/"([^"\n]*)"/g, '\u201c$1\u201d')),
    'asterisk bullets': prose((l) => l.replace(/^(\s*)- /, '$1* ')),
    'plus bullets': prose((l) => l.replace(/^(\s*)- /, '$1+ ')),
    'capitalised items': prose((l) => l.replace(/^(\s*[-*] )([a-z])/, (m, b: string, c: string) => b + c.toUpperCase())),
    'bold with underscores': prose((l) => l.replace(boldRe, '__$1__')),
    'bold as <b> tags': prose((l) => l.replace(boldRe, '<b>$1</b>')),
    'bold as <strong> tags': prose((l) => l.replace(boldRe, '<strong>$1</strong>')),
    'labels in bold': prose((l) => l.replace(/^([A-Z][A-Za-z /]{0,30}):(?=\s)/, '**$1:**')),
    'labels in capitals': prose((l) => l.replace(/^([*_]*)([A-Z][a-z]+(?: [a-z]+)?)([*_]*):/, (m, a: string, w: string, b: string) => `${a}${w.toUpperCase()}${b}:`)),
    'SOAP letters spelt out': prose((l) => l.replace(/^([*_]*)([SOAP])([*_]*):/, (m, a: string, k: string, b: string) => `${a}${SOAP[k]}${b}:`)),
    'headings one level down': prose((l) => (/^#{1,5}\s/.test(l) ? '#' + l : l)),
    'headings in capitals': prose((l) => (/^#{1,6}\s/.test(l) ? l.toUpperCase() : l)),
    'headings as bold labels': prose((l) => l.replace(/^#{2,4} +([A-Za-z][A-Za-z /&-]*?)[ \t]*$/, '**$1:**')),
    'non-breaking spaces between words': prose((l) => l.replace(/(\p{L}) (\p{L})/gu, '$1\u00a0$2')),
    'the × sign in needle sizes': prose((l) => l.replace(/(\d)\s*[xX]\s*(\d)/g, '$1\u00d7$2')),
    'the × sign in twitch counts': prose((l) => l.replace(/\b(LTRs?|twitch(?:es)?) x(\d)/g, '$1 \u00d7$2')),
    'en dashes in ranges': prose((l) => l.replace(/(\d)-(\d)/g, '$1\u2013$2')),
    '&amp; for &': prose((l) => l.replace(/ & /g, ' &amp; ')),
    'sides spelt out': prose((l) => l.replace(/(?<![\w/.-])([RL]) (?=[a-z])/g, (m, s: string) => (s === 'R' ? 'right ' : 'left '))),
    'LTR spelt out': prose((l) => l.replace(/\bLTRs?\b/g, 'local twitch response')),
    'DN spelt out': prose((l) => l.replace(/\bDN\b(?!-?\d)/g, 'dry needling')),
    'pt spelt out': prose((l) => l.replace(/\bpt\b/g, 'patient')),
    'muscle shorthand spelt out': prose((l) => l.replace(shorthandRe, (m) => shorthand.get(m) ?? m)),
    'muscle names in title case': prose((l) => l.replace(muscleNameRe, (m) => m.replace(/\b[a-z]/g, (c) => c.toUpperCase()))),
    'Lt and Rt for sides': prose((l) => l.replace(/(?<![\w/.-])([RL]) (?=[a-z])/g, (m, s: string) => (s === 'R' ? 'Rt ' : 'Lt '))),
    'bilat for bilateral': prose((l) => l.replace(/\bbilateral(?:ly)?\b/g, 'bilat')),
    'client for patient': prose((l) => l.replace(/\b(?:patient|pt)\b/g, 'client').replace(/\b(?:Patient|Pt)\b/g, 'Client')),
    'UK spellings': prose((l) => l.replace(/\b(?:hematoma|anesthe|counsele|favor|color|behavior)|\b(?:center|program)(?=s?\b)/g, (m) => UK[m] ?? m)),
    'spaced needle sizes': prose((l) => l.replace(/(\d)[xX](\d)/g, '$1 x $2').replace(/(\d)mm\b/g, '$1 mm')),
    // Not after a comment line, which ends the list: four spaces there make code, in any Markdown reader.
    'four-space nested items': (t) => (t.includes('<!--') ? t : prose((l) => l.replace(/^((?: {2})+)(?=[-*+] )/, (m, i: string) => i + i))(t)),
    'lowercase labels': prose((l) => l.replace(/^([*_]*)([A-Z][a-z]+(?: [a-z]+)?)([*_]*):(?=\s)/, (m, a: string, w: string, b: string) => `${a}${w.toLowerCase()}${b}:`)),
    'no space after labels': prose((l) => l.replace(/^([*_]*[A-Za-z][A-Za-z /]{0,30}[*_]*:[*_]*) +(?=\S)/, '$1')),
    'ticks as check marks': prose((l) => l.replace(/^(\s*[-*+] )\[[xX]\] /, '$1\u2713 ')),
    // Only rows whose outer cells hold something (an empty first cell needs its pipe) and that cannot turn into a heading ("# | Muscle").
    'table rows without outer pipes': prose((l) => (/^\|\s*[^|\s#][^|]*\|.*\|[^|]*[^|\s]\s*\|\s*$/.test(l) ? l.replace(/^\|\s?/, '').replace(/\s?\|\s*$/, '') : l)),
    'lines joined with <br>': joinWithBreaks,
    'lists under a label dictated on its line': dictateLists,
    // Top-level lists only, in notes with no nested item: "1. " needs three spaces before a nested item where "- " needs two.
    'numbered lists': (t) => (/^\s+[-*+] /m.test(t) ? t : numberLists(t)),
    'labels with a spaced dash': prose((l) => l.replace(/^([*_]*[A-Z][A-Za-z /]{0,30}[*_]*):[*_]*(?=\s)/, (m, label: string) => `${label} -`)),
    'sides after the muscle in brackets': prose((l) => l.replace(sidedMuscleRe, (m, side: string, muscle: string) => `${muscle} (${side})`)),
    'setext headings': setextHeadings,
    'loose lists': looseLists,
    // A word processor's bullets pasted as text: no longer a Markdown list, each item still its own line.
    'bullets pasted as •': (t) => (/^\s+[-*+] /m.test(t) ? t : prose((l) => l.replace(/^[-*+] (?!\[)/, '\u2022 '))(t)),
    // Notes nested one level by two spaces only: a tab is four columns, so deeper levels would turn into code.
    'tab-indented nested items': (t) => (t.includes('<!--') || /^ {3,}[-*+] /m.test(t) ? t : prose((l) => l.replace(/^ {2}(?=[-*+] )/, '\t'))(t)),
    'headings ending in a colon': prose((l) => l.replace(/^(#{1,6} +.*[A-Za-z)])[ \t]*$/, '$1:')),
    'muscle names in capitals': prose((l) => l.replace(wholeMuscleNameRe, (m) => m.toUpperCase())),
    'sides spelt out with a capital': prose((l) => l.replace(/(?<![\w/.-])([RL]) (?=[a-z])/g, (m, s: string) => (s === 'R' ? 'Right ' : 'Left '))),
    'a header block under the title': headerBlock,
    'values on the line under their labels': valuesUnderLabels,
    'a signature at the end': (t) => (allProse(t) ? t.replace(/\s*$/, '') + SIGNATURE : t),
    'Y and N for yes and no': prose((l) => l.replace(/:([ \t]*)(Yes|No)(?=[ \t]*(?:[.;,]|$))/g, (m, sp: string, v: string) => `:${sp}${v[0]}`)),
    // French typography, and some EMRs: a space before a label's colon ("Consent : verbal").
    'a space before label colons': prose((l) => l.replace(/^([*_]*[A-Z][A-Za-z /]{0,30}[*_]*):(?=\s)/, '$1 :')),
    // A note app's inline fields, as Obsidian's Dataview writes them ("Consent:: verbal").
    'labels as inline fields': prose((l) => l.replace(/^([*_]*[A-Z][A-Za-z /]{0,30}[*_]*):(?=\s|$)/, '$1::')),
    // A note app's callouts and status markers: a picture before a label, ✅ for a ticked box.
    'labels opened by a picture': prose((l) => (/^[A-Z][A-Za-z /]{0,30}:/.test(l) ? `💡 ${l}` : l)),
    'ticks as ✅': prose((l) => l.replace(/^(\s*[-*+] )\[[xX]\] /, '$1\u2705 ')),
    // A clock time before a label ("09:14 S: …"), as a timed log stamps each entry: 1,434 of 13,927 notes changed before lineLeadRe read past it.
    'a time stamp opening labelled lines': prose((l) => (/^[A-Z][A-Za-z /]{0,30}:/.test(l) ? `09:14 ${l}` : l)),
    // An EMR's HTML with each line a paragraph of its own: 25 of 9,686 notes changed before a lead-in alone in its paragraph
    // reached the paragraphs of muscles after it, 1 after (listed in RESIDUE).
    'paragraphs in <p> tags': (t) => (allProse(t) ? t.split('\n').map((l) => (/^[A-Za-z(]/.test(l) ? `<p>${l}</p>` : l)).join('\n') : t),
    // Dictation writes numbers as words: a needle count ("five in / five out") and a length alone ("forty millimetres").
    'needle counts in words': prose((l) => (/needle|count|\bin\b.*\bout\b/i.test(l) ? l.replace(countNumberRe, (m, n: string) => inWords(Number(n))) : l)),
    'needle lengths in words': prose((l) => l.replace(loneLengthRe, (m, n: string) => `${inWords(Number(n))} millimetres`)),
    // A word processor's typography: en dashes in ranges and between parts ("24–48 h", "[Acupuncture protocol – MSK
    // template]"): 25 of 12,239 notes changed before a coded heading in brackets was read with an en dash.
    'en dashes between parts': prose((l) => l.replace(/(?<=\d)-(?=\d)/g, '\u2013').replace(/(?<=\S) - (?=\S)/g, ' \u2013 ')),
    // A web EMR's non-breaking spaces, also after numbers and signs (list markers keep their space, which Markdown needs).
    'non-breaking spaces after numbers and signs': prose((l) => l.replace(/(?<=[A-Za-z0-9.,;)])\x20(?=[A-Za-z0-9(])/g, (m, i: number) => (/^\s*(?:[-*+]|\d+[.)]|#+)$/.test(l.slice(0, i)) ? m : '\u00a0'))),
    'tabs after label colons': prose((l) => l.replace(/^([*_]*[A-Z][A-Za-z /]{0,30}[*_]*):[*_]*\x20(?=\S)/, (m) => m.slice(0, -1) + '\t')),
    // Muscle names set in italics or bold ("R *upper trapezius*", "DN to **L UT** offered; declined"): 2,045 and 2,044 of
    // 15,157 notes changed (sides, refusals, fibre names in brackets read across the marks) before emphasis inside a
    // line was read as plain words, sides read past emphasis marks and a side next to a bold name was kept as its own.
    'muscle names in italics': prose((l) => l.replace(wholeMuscleNameRe, '*$&*')),
    'muscle names in bold': prose((l) => l.replace(wholeMuscleNameRe, '**$&**')),
    // An email's double spacing: a blank line after every line of text (a note's HTML paragraphs left as they are). 3 of
    // 9,837 notes changed before a ticked item's label was read as a label ("- [x] Screen: … skin intact L calf" read
    // the calf as needled), "Screen clear:" as a screening label and a consent label's list was read across a blank line
    // ("**Consent checklist**", a blank line, "- [x] Risks reviewed: soreness, bruising": consent, not aftercare); 0 after.
    'double-spaced lines': doubleSpaced,
    // US notes' "Rt" and "Lt", a side after the name ("upper trapezius R": 118 of 15,285 notes changed before a name
    // restated in brackets after its side was read as one muscle, "vastus medialis R (VMO fibres)"), section labels in
    // lower case, headings closed with hashes, and "mm" with and without its space: none changed a finding.
    'sides as Rt and Lt': prose((l) => l.replace(/(?<![\w/.-])([RL]) (?=[a-z])/g, (m, side: string) => `${side}t `)),
    'a wrong side struck through': prose((l) => l.replace(/(?<![\w/.~-])([RL]) (?=[a-z])/g, (m, side: string) => `~~${side === 'R' ? 'L' : 'R'}~~ ${side} `)),
    'sides after the muscle': prose((l) => l.replace(sidedMuscleRe, (m, side: string, muscle: string) => `${muscle} ${side}`)),
    'section labels in lower case': prose((l) => l.replace(/^([*_]*)(Subjective|Objective|Assessment|Plan)(?=[*_]*:)/, (m, mark: string, w: string) => mark + w.toLowerCase())),
    'closing hashes on headings': prose((l) => l.replace(/^(#{1,6}) (.*\S)[ \t]*$/, '$1 $2 $1')),
    'mm joined to the number': prose((l) => l.replace(/(\d) mm\b/g, '$1mm')),
    'mm spaced from the number': prose((l) => l.replace(/(\d)mm\b/g, '$1 mm')),
    // Sizes with a unit on both parts ("0.25mm x 30mm") or a decimal comma, lines without their full stop, labels in
    // capitals, lists numbered "1)": none changed a finding.
    'units on both parts of a size': prose((l) => l.replace(/(?<![\d.,])(0?\.\d{2})\s*([x×])\s*(\d{2,3})\s?mm\b/g, '$1mm $2 $3mm')),
    'no full stops at line ends': prose((l) => l.replace(/(?<=[a-z0-9)])\.[ \t]*$/, '')),
    'decimal commas in sizes': prose((l) => l.replace(/(?<![\d.,])0\.(\d{2})(?=\s*[x×]\s*\d)/g, '0,$1')),
    'labels of several words in capitals': prose((l) => l.replace(/^([*_]*)([A-Z][A-Za-z /]{0,30})(?=[*_]*:)/, (m, mark: string, w: string) => mark + w.toUpperCase())),
    'numbered lists with brackets': (t) => (/^\s+[-*+] /m.test(t) ? t : prose((l) => l.replace(/^[-*+] (?!\[)/, () => '1) '))(t)),
    // A word processor's numbered headings ("## 5. Dry needling", "## 7. Advice"): 7 of 8,841 notes changed before a
    // heading's section number was read past, 1 of 8,877 until the lines under it were read past it too. Items ending
    // in a semicolon, as a word processor's lists do: none.
    'numbered headings': (t) => { let n = 0; return prose((l) => l.replace(/^(#{1,6}) (?=[A-Za-z*])/, (m, h: string) => `${h} ${++n}. `))(t); },
    'items ending in a semicolon': prose((l) => l.replace(/^(\s*[-*+] .*[A-Za-z0-9)])[ \t]*$/, '$1;')),
  };
}

/** For a rewrite that moves lines: the line each of a note's lines lands on. */
export const LINE_MAPS: Record<string, (text: string) => number[]> = {
  'lines joined with <br>': joinedLines, 'lists under a label dictated on its line': dictatedLines, 'setext headings': setextLines, 'loose lists': looseListLines,
  'a header block under the title': headerLines, 'values on the line under their labels': valueUnderLabelLines,
  'double-spaced lines': doubleSpacedLines,
};

/**
 * Notes of the blind batches a settled rewrite still reads differently: readings not yet mended, each listed
 * so that the unit test fails on any other note, and on one of these once it reads the same (then drop it here).
 * `npm run metamorphic` prints the differences. Lists dictated on the lead-in's line move a finding by a line.
 */
export const RESIDUE: Record<string, readonly string[]> = {
  // The rewrite capitalises a lower-case side ("r pronator teres" becomes "R pronator teres"), which gives the muscle its side.
  'capitalised items': [
    'batch169/zyw-18-forearm-barista.md',
    'batch186/zvh-02-low-back-ql.md',
    'batch186/zvh-16-masters-calf.md',
  ],
  // "**Treatment:**" over "8. Consent: …": a numbered list not starting at 1 cannot break a paragraph, so its items are the label's
  // paragraph lines, and "10. Side-lying, also needled L peroneus longus" runs on lazily under the bullet above it, under the lead-in.
  'headings as bold labels': [
    'batch172/zxh-02-calf-triathlon.md',
  ],
  'labels with a spaced dash': [
    'batch59/qy-13-footy-hamstring.md',
  ],
  'lines joined with <br>': [
    'batch89/eq-09-us-cottager-billing.md',
  ],
  'lists under a label dictated on its line': [
    'batch106/zt-01-lumbar-glute-ql.md',
    'batch112/st-09-post-shoulder.md',
    'batch134/tx-02-trail-crew-hip.md',
    'batch134/ty-02-shearer-low-back.md',
    'batch145/zzu-14-ankle-netball-template.md',
    'batch2/h-10-neck-dictated-count.md',
    'batch22/jd-09-shin-pickleball-ta.md',
    'batch60/rl-12-neck-scalenes.md',
  ],
  'muscle shorthand spelt out': [
    'batch3/o-01-rt-neck-shorthand.md',
  ],
  // "Consent:" left empty in its own <p>, right above the treatment line's <p>: the line is read as the empty label's answer,
  // so a muscle named on it with a response only (no dose of its own) is taken for what the consent was about.
  'paragraphs in <p> tags': [
    'batch95/ky-03-dva-calf.md',
  ],
  'sides after the muscle in brackets': [
    'batch21/ke-02-neck-office-ut-ls.md',
  ],
};

/**
 * Rewrites whose readings are not all mended yet: `npm run metamorphic` runs them when named; the unit test does not.
 */
/**
 * A paste hard-wrapped at `width` columns, as an email client or an old record system's export leaves it: each
 * prose line longer than the width broken at spaces, greedily, a list item's lines indented under its text.
 * Returns the text and, for each of its lines, the line of the original it came from.
 */
export function hardWrap(text: string, width = 80): { text: string; from: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  const lines = text.split('\n');
  let frontMatter = lines[0] === '---';
  let fence = false;
  lines.forEach((line, i) => {
    const keep = () => { out.push(line); from.push(i); };
    if (frontMatter) {
      if (i > 0 && line === '---') frontMatter = false;
      return keep();
    }
    if (/^\s*(?:```|~~~)/.test(line)) fence = !fence;
    if (fence || line.length <= width || /^\s*(?:```|~~~|[|#<>])/.test(line) || line.includes('<!--') || /\|.*\|/.test(line)) return keep();
    const lead = /^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?(?:\[[ xX]\]\s+)?/.exec(line)![0];
    let current = lead;
    for (const word of line.slice(lead.length).split(/ +/)) {
      if (current.length > lead.length && current.length + 1 + word.length > width) {
        out.push(current);
        from.push(i);
        current = ' '.repeat(lead.length) + word;
      } else current += (current.length > lead.length ? ' ' : '') + word;
    }
    out.push(current);
    from.push(i);
  });
  return { text: out.join('\n'), from };
}

/** For a rewrite that splits lines: the original line each line of the rewritten note came from. */
export const BACK_MAPS: Record<string, (text: string) => number[]> = {
  'hard-wrapped at 80 columns': (text) => hardWrap(text).from,
};

export function openRewrites(): Record<string, Rewrite> {
  return {
    // A paste wrapped at 80 columns (model/hard-wrap.ts): 189 of 16,981 notes still read differently (1,092 before it,
    // 427 before a break after a side or a part, "… R middle" over "trapezius", was read as a wrap), mostly where a line
    // breaks after a full stop or before a capital, or between two lines that each record a needle or a twitch, which
    // are read as new entries.
    'hard-wrapped at 80 columns': (t) => hardWrap(t).text,
    // As old record systems print a note: sizes in capitals are read ("0.25X30MM"), "PT PRONE" is the patient and
    // "SORENESS 24-48H, ICE PRN" is advice; some readings still differ on 40 of 17,459 notes (92 of 17,297 before),
    // most where a lower-case word becomes an abbreviation in capitals ("lt thigh" as "LT THIGH", "ta" as "TA").
    'the whole note in capitals': prose((l) => l.toUpperCase()),
  };
}
