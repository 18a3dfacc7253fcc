// What a consent statement is about, read one clause at a time: needling as a whole, one site
// of it, acupuncture named apart, another treatment, or more of it later.
import { ACUPUNCTURE_OBJECTS_SOURCE, furtherObjectRe, NEEDLING_OBJECTS_SOURCE, OTHER_OBJECTS_SOURCE, refusedActSource, refusedSiteDoneSource } from '../../lexicon/consent';
import { alternation } from '../../lexicon/pattern';
import { TREATMENT_MODIFIERS } from '../../lexicon/treatments';
import { anyAreaAllRe, siteLabelFillersRe } from '../../lexicon/places';
import { SIDE_SOURCE } from '../../lexicon/sides';
import { sentenceStopSource } from '../../lexicon/short-forms';
import { RUN_ON_PART_SOURCE } from '../../lexicon/labels';
import type { Vocabulary } from '../../vocab';

/**
 * Clauses are read one at a time, so "declined e-stim; consented to DN" is about two things.
 * Split at sentence ends, semicolons, line breaks and turns such as ", then" or "but".
 */
// A blank left to fill ends its field, so the next label on a dictated line is a clause of its own ("DN consent: ___ Risks reviewed: …");
// so does a comma before a statement's label, in a paragraph dictated without full stops ("…, consent: …, Aftercare: will be sore …").
const clauseEndRe = new RegExp(String.raw`${sentenceStopSource()}(?=\s|$)|[;\n\r•·]|,\s*(?=then\b|but\b|however\b|now\b|later\b)|\s(?=but\b|however\b)|(?<=__)\s+(?=[A-Z][A-Za-z /]{0,30}:)`
  + String.raw`|,(?=\s*${RUN_ON_PART_SOURCE})`, 'i');
export function clauses(text: string): string[] {
  return text.split(clauseEndRe).map((c) => c.trim()).filter(Boolean);
}

// The thing a verb is about. Needling (or consent itself, or treatment as a whole) is what a
// consent statement is about; a named other treatment ("e-stim", "photos") is not.
// The marks before the object are taken whole (a lookahead and its backreference make the run atomic): a site word
// may hold a dash, and giving back a long run of dashes one at a time was quadratic.
const lead = String.raw`^(?=(?<lead>[\s:,\-–—]*))\k<lead>(?:(?:to|for|with|of|from)\s+)?`;
/** "trigger point needling", "deep DN": words that say which needling, not where. */
const needlingKind = String.raw`(?:(?:trigger[- ]point|TrP|deep|superficial)\s+)?`;
const needlingObject = new RegExp(`${lead}(?:(?:the|any|all|proceeding with|proceed with)\\s+)?${needlingKind}(?:${NEEDLING_OBJECTS_SOURCE})(?![\\p{L}\\p{N}])`, 'iu');
/** Up to two words that say which treatment ("moist heat pack", "trigger point injections"). */
const describedBy = `(?:(?:${alternation(TREATMENT_MODIFIERS)})\\s+){0,2}`;
const otherObject = new RegExp(`${lead}(?:(?:the|any|a|an)\\s+)?${describedBy}(?:${OTHER_OBJECTS_SOURCE})(?![\\p{L}\\p{N}])`, 'iu');
/** The object written right before the consent word: "Photo consent signed", "ROI consent on file", "Acupuncture consent signed". */
const objectBeforeRe = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})[\\s*_/-]*$`, 'iu');
const acupunctureBefore = objectBeforeRe(ACUPUNCTURE_OBJECTS_SOURCE);
const otherBefore = objectBeforeRe(OTHER_OBJECTS_SOURCE);
export const objectBefore = (before: string): ObjectKind => (acupunctureBefore.test(before) ? 'acupuncture' : otherBefore.test(before) ? 'other' : 'none');
/** Acupuncture as a consent's object ("to acupuncture"), named apart from needling. */
export const acupunctureObject = new RegExp(`${lead}(?:(?:the|any)\\s+)?(?:${ACUPUNCTURE_OBJECTS_SOURCE})(?![\\p{L}\\p{N}])`, 'iu');
/** "DN of the thoracic region", "needling to R UT": about one site only, not needling as a whole. */
/** The words that lead to a site ("DN to the neck", "needling over R UT", "anything in the neck"), once for every pattern here. */
const TOWARD_SITE = `(?:${alternation(['to', 'of', 'over', 'at', 'in', 'into', 'near', 'around', 'on', 'for'])})`;
const partialTail = new RegExp(`^\\s+${TOWARD_SITE}\\s+(?!this\\b|that\\b|those\\b|them\\b|it\\b|today\\b|the (?:session|visit|day|moment|time)\\b|present\\b|now\\b|all\\b)\\S`, 'i');

/** "declined calf needling", "pt declined R UT DN": a site written before the needling word, a few words at most. */
const siteBeforeNeedling = new RegExp(
  `${lead}(?:(?:the|any|all)\\s+)?(?<site>(?:[\\p{L}\\p{N}'/&-]+\\s+){0,3}?[\\p{L}\\p{N}'/&-]+)\\s+${needlingKind}(?:${NEEDLING_OBJECTS_SOURCE})(?![\\p{L}\\p{N}])`, 'iu',
);
const sideWordsRe = new RegExp(`(?<![\\w/])${SIDE_SOURCE}\\.?(?![\\w/])`, 'gi');

/** Words that name only a site: areas, muscles (when the vocabulary is at hand), sides, "and". */
export function onlySite(words: string, vocab?: Vocabulary): boolean {
  const muscles = vocab?.scanMuscles(words) ?? [];
  const withoutMuscles = muscles.reduceRight((t, m) => t.slice(0, m.start) + ' ' + t.slice(m.end), words);
  const rest = withoutMuscles.replace(anyAreaAllRe, ' ');
  if (!muscles.length && rest === withoutMuscles) return false;
  return !/[\p{L}\d]/u.test(rest.replace(sideWordsRe, ' ').replace(siteLabelFillersRe, ' ').replace(/[/&,+-]/g, ' '));
}

/** What a consent word is about; `acupuncture` is consented to as the needling, but refusing it refuses no needling. */
export type ObjectKind = 'needling' | 'acupuncture' | 'partial' | 'further' | 'other' | 'none';

/** Objects a denial of consent leaves needling untouched by: one site, acupuncture named apart, another treatment, more of it. */
export const DENIAL_SPARES_NEEDLING: ReadonlySet<ObjectKind> = new Set(['partial', 'acupuncture', 'other', 'further']);

/**
 * A site written as the object itself, up to the clause's next mark: "needling the neck" after the needling word, "to the
 * calf" or "anything in the neck" after a refusal. Only sites count ("needling today" is needling as a whole).
 */
const siteObject = new RegExp(
  `^[\\s:,\\-–—]*(?:(?:to\\s+)?(?:${refusedActSource})\\s+)?(?:${TOWARD_SITE}\\s+)?(?:(?:anything|any needles?|needles?)\\s+${TOWARD_SITE}\\s+)?(?:(?:the|his|her|their|any)\\s+)?`
    + `(?<site>[^,.;:()\\n]{1,40}?)(?:\\s+(?:${refusedSiteDoneSource}))?\\s*(?:$|[,;:()\\n]|\\.(?!\\S))`,
  'i',
);
function siteObjectOf(text: string, vocab?: Vocabulary): string | undefined {
  // Set apart from the word before ("declined-neck.md" is a file's name, not a refusal of the neck).
  if (!/^[\s:,–—]/.test(text)) return undefined;
  const words = siteObject.exec(text)?.groups?.site;
  return words && onlySite(words, vocab) ? words : undefined;
}

export function objectOf(after: string, vocab?: Vocabulary): { kind: ObjectKind; tail: string } {
  if (furtherObjectRe.test(after)) return { kind: 'further', tail: '' };
  const n = needlingObject.exec(after);
  if (n) {
    const rest = after.slice(n[0].length);
    if (partialTail.test(rest)) return { kind: 'partial', tail: rest };
    const direct = /^\s+\S/.test(rest) ? siteObjectOf(rest, vocab) : undefined;
    return direct ? { kind: 'partial', tail: ' ' + direct } : { kind: 'needling', tail: '' };
  }
  const site = siteBeforeNeedling.exec(after);
  const words = site?.groups?.site;
  if (words && onlySite(words, vocab)) return { kind: 'partial', tail: ' ' + words };
  const alone = siteObjectOf(after, vocab);
  if (alone) return { kind: 'partial', tail: ' ' + alone };
  if (acupunctureObject.test(after)) return { kind: 'acupuncture', tail: '' };
  if (otherObject.test(after)) return { kind: 'other', tail: '' };
  return { kind: 'none', tail: '' };
}
