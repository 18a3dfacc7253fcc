// Reading grade of a handout or template. English: the Flesch–Kincaid grade (`flesch-kincaid`)
// with syllables counted by `syllable`. Spanish: Flesch–Kincaid's English syllable counts mean
// nothing, so the Fernández-Huerta ease score (the Spanish adaptation of Flesch reading ease, in
// its corrected form) is computed with Spanish syllables and mapped to the same US school grades
// as Flesch's own ease-to-grade table. Health agencies ask for grade 8 or below, many for 6.
//
// Markdown is read as a reader sees it: each heading, list item, table cell line and box line is a
// sentence of its own (a bullet without a full stop still ends where the line ends).

import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
  /** US school grade (years of schooling needed); lower is easier. */
  grade: number;
  /** How the grade was computed. */
  formula: 'flesch-kincaid' | 'fernandez-huerta';
  sentences: number;
  words: number;
  syllables: number;
}

/** Markdown to plain sentences: markup dropped, every block line ended as a sentence. */
export function plainSentences(markdown: string): string {
  const body = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  return body
    .split(/\r\n|\r|\n/)
    .map((l) => l
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/^\s*(?:>\s*)+/, '')
      .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`~|]/g, ' ')
      .replace(/\\(.)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l))
    .map((l) => (/[.!?:;]$/.test(l) ? l.replace(/[:;]$/, '.') : l + '.'))
    .join(' ');
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function countSentences(text: string): number {
  return text.split(/[.!?]+(?=\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
}

const STRONG = new Set('aeoáéóíú');
const VOWEL = /[aeiouáéíóúü]/;

/** Spanish syllables: one per vowel group, plus one per hiatus between two strong (or accented weak) vowels. */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return 1;
  let count = 0;
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (!VOWEL.test(c)) {
      prev = '';
      continue;
    }
    // A silent u in "que", "qui", "gue", "gui" is no vowel.
    if (c === 'u' && i > 0 && /[qg]/.test(w[i - 1]) && /[eéií]/.test(w[i + 1] ?? '')) continue;
    if (!prev || (STRONG.has(prev) && STRONG.has(c))) count++;
    prev = c;
  }
  return Math.max(1, count);
}

// Flesch's table from reading ease to school grade (90–100: 5th grade … 0–30: college graduate), as points to interpolate.
const EASE_TO_GRADE: Array<[number, number]> = [[100, 4], [90, 5], [80, 6], [70, 7], [60, 8.5], [50, 11], [30, 14], [0, 17]];

function gradeFromEase(ease: number): number {
  if (ease >= EASE_TO_GRADE[0][0]) return EASE_TO_GRADE[0][1];
  for (let i = 1; i < EASE_TO_GRADE.length; i++) {
    const [e1, g1] = EASE_TO_GRADE[i - 1];
    const [e2, g2] = EASE_TO_GRADE[i];
    if (ease >= e2) return g1 + ((e1 - ease) / (e1 - e2)) * (g2 - g1);
  }
  return EASE_TO_GRADE[EASE_TO_GRADE.length - 1][1];
}

/** Reading grade of Markdown text, rounded to one decimal. */
export function readability(markdown: string, language: 'en' | 'es'): Readability {
  const text = plainSentences(markdown);
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, countSentences(text));
  const count = language === 'es' ? spanishSyllables : (w: string) => (/^\d+$/.test(w) ? 1 : Math.max(1, syllable(w)));
  const syllables = words.reduce((n, w) => n + count(w), 0);
  if (!words.length) return { grade: 0, formula: language === 'es' ? 'fernandez-huerta' : 'flesch-kincaid', sentences: 0, words: 0, syllables: 0 };
  let grade: number;
  if (language === 'es') {
    const ease = 206.84 - 60 * (syllables / words.length) - 1.02 * (words.length / sentences);
    grade = gradeFromEase(ease);
  } else {
    grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  }
  return { grade: Math.round(grade * 10) / 10, formula: language === 'es' ? 'fernandez-huerta' : 'flesch-kincaid', sentences, words: words.length, syllables };
}
