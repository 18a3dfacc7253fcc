// Numbers written as words, as dictation and careful typists write them ("five needles in, four
// out", "a thirty millimetre needle"). Readers that need a number take the words through here, so
// "five" and "5" read the same everywhere.
import { alternation, AFTER, BEFORE } from './pattern';

const UNITS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const valueOfWord = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);

/** A number from one to ninety-nine in words: "four", "thirty", "twenty-five", "forty five". */
export const SPELLED_NUMBER_SOURCE = `(?:(?:${alternation(TENS)})(?:[\\s-]+(?:${alternation(UNITS.slice(0, 9))}))?|${alternation(UNITS)})`;

const spelledNumberRe = new RegExp(`${BEFORE}${SPELLED_NUMBER_SOURCE}${AFTER}`, 'gi');

/** The value of a spelled number ("twenty-five" → 25), or undefined when `words` is not one. */
export function spelledNumberValue(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 2) return undefined;
  const first = valueOfWord.get(parts[0]);
  if (first === undefined) return undefined;
  if (parts.length === 1) return first;
  const second = valueOfWord.get(parts[1]);
  return first >= 20 && first % 10 === 0 && second !== undefined && second < 10 ? first + second : undefined;
}

/** `text` with every spelled number written in digits, for readers that want the numbers, not the places. */
export function withSpelledNumbersAsDigits(text: string): string {
  return text.replace(spelledNumberRe, (w) => String(spelledNumberValue(w) ?? w));
}
