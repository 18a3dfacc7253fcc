// What a table column holds, from its header text whatever the clinic calls it.
import { words } from './pattern';

export type ColumnKind = 'muscle' | 'side' | 'needle' | 'length' | 'gauge' | 'count' | 'twitch' | 'referral' | 'tolerance' | 'technique' | 'response' | 'exam' | 'modality';

// Checked in this order: the first kind whose words appear in the header wins. Bilingual clinics head their columns in
// French or Spanish too ("| Muscle | Côté | Aiguille | Réponse |", "| Músculo | Lado | Aguja | Respuesta |").
const COLUMN_WORDS: ReadonlyArray<[ColumnKind, readonly string[]]> = [
  ['exam', ['strength', 'grade', 'MMT', 'ROM', 'PPT', 'score', 'tender', 'TTP', 'palpation', 'finding', 'findings', 'pre', 'post']],
  ['side', ['side', 'laterality', 'lat', 'L/R', 'R/L', 'l/r', 'r/l', 'côté', 'cote', 'lado']],
  ['length', ['length', 'length (mm)', 'len', 'depth']],
  ['gauge', ['gauge', 'diameter', 'ga', 'dia']],
  ['needle', ['needle size', 'size', 'mm', 'needle (mm)', 'needles (mm)', 'needle mm', 'needle type']],
  ['twitch', ['LTR', 'LTRs', 'ltr', 'twitch', 'twitches', 'twitch response']],
  ['referral', ['referral', 'referred', 'ref', 'recognition', 'recognised', 'recognized', 'familiar', 'concordant', 'reproduced', 'reproduction']],
  ['tolerance', ['tolerance', 'tolerated', 'pt response', 'patient response']],
  ['count', ['#', 'n', 'no', 'no.', 'count', 'qty', 'number', 'needles', '# needles', 'n needles', 'no. of needles', 'insertions', 'needle count', '# of needles', 'needles used']],
  ['needle', ['needle', 'aiguille', 'aiguilles', 'aguja', 'agujas']],
  ['response', ['response', 'responses', 'result', 'outcome', 'réponse', 'réponses', 'reponse', 'respuesta', 'respuestas']],
  ['technique', ['technique', 'method', 'dose', 'approach', 'stim', 'e-stim', 'parameters', 'position']],
  // What was given on the row ("| Modality | Region | Parameters |"): needling or another treatment.
  ['modality', ['modality', 'modalities', 'intervention', 'interventions', 'treatment', 'tx', 'service']],
  ['muscle', ['muscle', 'muscles', 'músculo', 'músculos', 'musculo',
    'point', 'points', 'target', 'targets', 'structure', 'site', 'location', 'region', 'area', 'muscle/site', 'TrP', 'trigger point', 'TrP location', 'target tissue', 'muscle targeted']],
];

const kindRes = COLUMN_WORDS.map(([kind, list]) => [kind, words(list)] as const);

export function columnKind(header: string): ColumnKind | undefined {
  const h = header.replace(/[*_`]/g, '').trim();
  if (!h) return undefined;
  // "#" alone and "n" alone are counts (or row numbers, decided from the values).
  if (/^(?:#|n|no\.?)$/i.test(h)) return 'count';
  // "Muscle (side)": the muscle column, with the side written in its cells.
  const bare = h.replace(/\([^)]{0,200}\)/g, ' ').trim();
  if (bare !== h && kindRes.find(([kind]) => kind === 'muscle')![1].test(bare) && !kindRes.some(([kind, re]) => kind !== 'muscle' && re.test(bare))) return 'muscle';
  for (const [kind, re] of kindRes) if (re.test(h)) return kind;
  return undefined;
}

/** Columns that show a table records needling rather than an examination. */
export const NEEDLING_COLUMN_KINDS: ReadonlySet<ColumnKind> = new Set(['needle', 'length', 'gauge', 'twitch', 'referral', 'technique', 'response']);

/** Columns only a needling table has (a needle's size, length or gauge, a twitch): with one, an unnamed column of muscles is the muscle column. */
export const NEEDLE_ONLY_COLUMN_KINDS: ReadonlySet<ColumnKind> = new Set(['needle', 'length', 'gauge', 'twitch']);

/** A column of minutes ("| Minutes |"): how long each row's service took. */
export const MINUTES_COLUMN_TERMS: readonly string[] = ['minutes', 'mins', 'min'];
export const minutesColumnRe = words(MINUTES_COLUMN_TERMS);

/** Headers of a billing grid's columns ("| Service | CPT | Units | Minutes |"): two of them make a grid, not a form. */
export const BILLING_COLUMN_TERMS: readonly string[] = ['CPT', 'HCPCS', 'code', 'codes', 'units', 'unit', ...MINUTES_COLUMN_TERMS, 'charge', 'charges', 'modifier', 'modifiers', 'fee'];
export const billingColumnRe = words(BILLING_COLUMN_TERMS);
