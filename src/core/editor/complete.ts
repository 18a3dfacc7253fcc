// Completions for dry-needling notes as plain data; the editor adapter maps them to its own
// items. What is offered depends on where the cursor is (see complete-context.ts): muscles in a
// needling record, sides after a muscle, needle sizes, techniques, responses, billing and
// diagnosis codes, front matter keys.

import { countBilledMuscles } from '../model/billing';
import { defaultConfig, type ResolvedConfig } from '../config/config';
import { completionContext, type CompletionContextKind } from './complete-context';
import { matchMuscles, type MuscleMatch } from './complete-muscles';
import { findNeedles } from '../model/tokens';
import { buildNote, type Note } from '../model/note';
import { cptCodes, dryNeedlingCodeFor, icdCodes } from '../vocab/codes';
import { responses } from '../vocab/responses';
import { approaches, techniques } from '../vocab/techniques';
import type { Muscle, Vocabulary } from '../vocab';

export type CompletionItemKind = 'muscle' | 'side' | 'needle' | 'technique' | 'response' | 'code' | 'key';

export interface CompletionEntry {
  label: string;
  /** Open the completion list again after this item is accepted: the record's next field follows. */
  retrigger?: boolean;
  kind: CompletionItemKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText?: string;
  /** What the editor's fuzzy filter matches the typed word against. */
  filterText?: string;
  sortText?: string;
  replaceStart: number;
  replaceEnd: number;
}

export interface CompletionResult {
  context: CompletionContextKind;
  items: CompletionEntry[];
  /** The list depends on every keystroke (ranking is recomputed), so the editor asks again as the clinician types. */
  incomplete: boolean;
}

/** What the editor knows beyond the note: the clinic's recently needled muscles and needle sizes. */
export interface CompletionHints {
  recentMuscles?: readonly string[];
  clinicNeedleSizes?: readonly string[];
}

// Brief §1.5 and §13.2: diameters and lengths in millimetres as packaged.
export const NEEDLE_DIAMETERS_MM = ['0.12', '0.14', '0.16', '0.18', '0.20', '0.22', '0.25', '0.30', '0.32', '0.35'];
export const NEEDLE_LENGTHS_MM = [13, 15, 25, 30, 40, 50, 60, 75];

const REGION_WORDS: Record<string, string> = {
  'head-face': 'head and face', neck: 'neck', shoulder: 'shoulder', arm: 'arm', forearm: 'forearm', hand: 'hand',
  back: 'back', 'thorax-abdomen': 'thorax and abdomen', 'pelvis-hip': 'pelvis and hip', thigh: 'thigh', leg: 'leg', foot: 'foot',
};

const FRONT_MATTER_KEYS: Array<[string, string]> = [
  ['patient_id', 'Chart or record number (no names needed in the file).'],
  ['date', 'Visit date, YYYY-MM-DD.'],
  ['time', 'Start time of the visit, HH:MM.'],
  ['clinician', 'Who needled: name and credentials, e.g. "J. Doe, PT, DPT".'],
  ['visit', 'Visit number in the episode of care, e.g. "4 of 8".'],
  ['consent', 'How consent was obtained, e.g. "written consent on file, verbal re-confirmed today".'],
  ['aftercare', 'Aftercare given, e.g. "soreness 24-72 h, bruising, red flags".'],
  ['referral', 'Referral on file, where the jurisdiction requires one.'],
  ['payer', 'Insurance or self-pay; Medicare does not cover dry needling by a physical therapist.'],
  ['signed', 'Signature and time the note was signed.'],
  ['locked', 'true once the note is signed; later changes go in a dated addendum.'],
];

// The chain on a record line: what follows what, for when the typed text fits the next field better.
const CHAIN: readonly CompletionContextKind[] = ['side', 'needle', 'technique', 'response'];

export function completeAt(text: string, offset: number, note?: Note, config: ResolvedConfig = defaultConfig(), hints: CompletionHints = {}): CompletionResult {
  const vocab = config.vocabulary;
  const ctx = completionContext(text, offset, vocab);
  const result = (kind: CompletionContextKind, items: Item[], start = ctx.replaceStart): CompletionResult => ({
    context: kind, incomplete: true, items: items.map((i) => ({ ...i, replaceStart: start, replaceEnd: ctx.replaceEnd })),
  });
  const typed = text.slice(ctx.replaceStart, offset);
  switch (ctx.kind) {
    case 'muscle': {
      // The phrase may have started later than the context thought ("performed on the glute m"):
      // the longest tail of it that names a muscle is what gets replaced.
      const parsed = note ?? buildNote(text, vocab);
      const ranking = { inNote: musclesOf(parsed), recent: hints.recentMuscles };
      const tails = tailsOf(typed);
      for (const tail of tails) {
        const matches = matchMuscles(vocab, tail.text, ranking);
        if (matches.length && (matches[0].score >= 55 || tail === tails[tails.length - 1])) {
          return result('muscle', muscleItems(vocab, tail.text, matches), ctx.replaceStart + tail.offset);
        }
      }
      return result('muscle', []);
    }
    case 'side': case 'needle': case 'technique': case 'response': {
      // The expected field first; if what is typed fits none of it, the fields after it in the chain.
      for (const kind of CHAIN.slice(CHAIN.indexOf(ctx.kind))) {
        const items = fieldItems(kind, typed, text, note, hints);
        if (items.length) return result(kind, items);
      }
      return result(ctx.kind, []);
    }
    // Only billing needs the parsed note, and only for ranking.
    case 'cpt': return { ...result('cpt', cptItems(note ?? buildNote(text, vocab), config)), incomplete: false };
    case 'icd': return { ...result('icd', icdItems()), incomplete: false };
    case 'front-matter-key': return { ...result('front-matter-key', frontMatterItems()), incomplete: false };
    default: return { context: 'none', items: [], incomplete: false };
  }
}

/** "performed on the glute m" → "performed on the glute m", "on the glute m", "the glute m", "glute m", "m". */
function tailsOf(phrase: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  for (const m of phrase.matchAll(/\S+/g)) out.push({ text: phrase.slice(m.index!), offset: m.index! });
  return out;
}

/** Muscles this note already names, needled or not: the likeliest next ones. */
function musclesOf(note: Note): Set<string> {
  const ids = new Set<string>();
  for (const r of note.records) if (r.kind === 'muscle') ids.add(r.muscle.id);
  for (const c of note.context) if (c.muscle) ids.add(c.muscle.id);
  return ids;
}

function fieldItems(kind: CompletionContextKind, typed: string, text: string, note: Note | undefined, hints: CompletionHints): Item[] {
  // Nothing is offered before something is typed: no guess waits to be accepted by Enter or Tab.
  if (!typed.trim()) return [];
  const fits = (keys: string[]) => keys.some((k) => k.toLowerCase().startsWith(typed.toLowerCase()));
  const items = kind === 'side' ? sideItems() : kind === 'needle' ? needleItems(text, note, hints) : kind === 'technique' ? techniqueItems() : responseItems();
  return items.filter((i) => fits([i.label, ...(i.filterText ?? '').split(' ')])).map((i) => ({ ...i, filterText: typed }));
}

type Item = Omit<CompletionEntry, 'replaceStart' | 'replaceEnd'>;

export function describeMuscle(vocab: Vocabulary, m: Muscle): string {
  const parts = [`**${m.name}** (${REGION_WORDS[m.region] ?? m.region})`];
  if (m.shorthand.length) parts.push(`Shorthand: ${m.shorthand.join(', ')}`);
  if (m.atRisk) parts.push(`Structures at risk: ${m.atRisk}${m.risks.includes('lung') ? ' (pneumothorax risk: record the approach and give red-flag aftercare)' : ''}`);
  const parent = vocab.billingParent(m);
  parts.push(parent.id === m.id ? 'Billing: counts as one muscle per side.' : `Billing: counts as ${parent.name} (parts and heads roll up).`);
  return parts.join('\n\n');
}

function muscleItems(vocab: Vocabulary, typed: string, matches: MuscleMatch[]): Item[] {
  const ambiguous = vocab.ambiguous(typed.trim());
  return matches.map((x, rank) => ({
    label: x.muscle.name,
    kind: 'muscle' as const,
    detail: [x.key !== x.muscle.name ? x.key : '', REGION_WORDS[x.muscle.region] ?? x.muscle.region, x.muscle.risks.includes('lung') ? 'lung nearby' : ''].filter(Boolean).join(' · '),
    documentation: describeMuscle(vocab, x.muscle) + (ambiguous ? `\n\n"${typed.trim()}" can mean several muscles; this is one of them.` : ''),
    // A space after the name, then the list goes on to the side or needle.
    insertText: x.muscle.name + ' ',
    retrigger: true,
    // The typed phrase itself, so the editor keeps this list and its order (it is re-asked on each keystroke).
    filterText: typed,
    sortText: String(rank).padStart(3, '0'),
  }));
}

function sideItems(): Item[] {
  return [
    { label: 'L', kind: 'side', detail: 'left', sortText: '0' },
    { label: 'R', kind: 'side', detail: 'right', sortText: '1' },
    { label: 'bilateral', kind: 'side', detail: 'both sides (billing counts each side; record each side on its own line)', sortText: '2', filterText: 'bilateral bilat B' },
  ].map((i) => ({ ...i, kind: 'side' as const, insertText: i.label }));
}

/** Sizes already written in this note first, then the clinic's, then the common ones, then every diameter × length. */
function needleItems(text: string, note: Note | undefined, hints: CompletionHints): Item[] {
  const seen = new Set<string>();
  const sizes: string[] = [];
  const add = (d: string | number | undefined, len: number | undefined) => {
    // A length under 13 mm is a size still being typed ("0.25x4"), not one the note uses.
    if (d === undefined || !len || len < 13) return;
    const dia = typeof d === 'number' ? d.toFixed(2) : d;
    const key = `${dia}×${len}`;
    if (seen.has(key)) return;
    seen.add(key);
    sizes.push(key);
  };
  for (const n of findNeedles(note ? '' : text)) add(n.diameterMm, n.lengthMm);
  for (const r of note?.records ?? []) add(r.needle?.diameterMm, r.needle?.lengthMm);
  for (const s of hints.clinicNeedleSizes ?? []) {
    const n = findNeedles(s)[0];
    add(n?.diameterMm, n?.lengthMm);
  }
  for (const s of COMMON_NEEDLE_SIZES) add(s[0], s[1]);
  NEEDLE_DIAMETERS_MM.forEach((d) => NEEDLE_LENGTHS_MM.forEach((len) => add(d, len)));
  return sizes.map((size, i) => {
    const [d, len] = size.split('×');
    const label = `${size} mm`;
    return {
      label, kind: 'needle' as const, insertText: `${label}, `, retrigger: true, detail: `${d} mm diameter, ${len} mm long`,
      filterText: [`${d}x${len}`, `${d.replace(/^0/, '')}x${len}`, `${d.replace(/^0\./, '')}x${len}`, `${d.replace(/^0\./, '')}${len}`, size].join(' '),
      sortText: String(i).padStart(3, '0'),
      documentation: Number(len) > 25 ? 'Over a lung-risk site, a needle longer than 25 mm can reach the pleura in thin patients.' : undefined,
    };
  });
}

// Sizes clinics use most (brief §1.5), in the order they are offered when the note has none yet.
const COMMON_NEEDLE_SIZES: ReadonlyArray<[string, number]> = [['0.25', 30], ['0.25', 40], ['0.30', 50], ['0.30', 60], ['0.25', 25], ['0.30', 40], ['0.16', 15], ['0.20', 25], ['0.30', 75]];

function techniqueItems(): Item[] {
  const t = techniques.map((x, i) => ({
    label: x.name, kind: 'technique' as const, insertText: `${x.name}, `, retrigger: true,
    detail: x.aliases.slice(0, 4).join(', '),
    documentation: x.requires ? `A complete record states: ${x.requires.join(', ')}.` : undefined,
    filterText: [x.name, ...x.aliases].join(' '), sortText: `0${String(i).padStart(2, '0')}`,
  }));
  const a = approaches.map((x, i) => ({
    label: x.name, kind: 'technique' as const, insertText: x.name, detail: 'approach',
    filterText: [x.name, ...x.aliases].join(' '), sortText: `1${String(i).padStart(2, '0')}`,
  }));
  return [...t, ...a];
}

const RESPONSE_FORMS: Array<[string, string]> = [['LTR x', 'local twitch responses, with the count'], ['+LTR', 'local twitch response present'], ['no LTR', 'no local twitch response'], ['familiar pain reproduced', 'the patient recognised the pain'], ['referred pain to ', 'where the pain referred']];

function responseItems(): Item[] {
  const forms = RESPONSE_FORMS.map(([label, detail], i) => ({ label, kind: 'response' as const, detail, insertText: label, sortText: `0${i}` }));
  const terms = responses.filter((r) => r.kind !== 'twitch').map((r, i) => ({
    label: r.name, kind: 'response' as const, detail: r.kind, insertText: r.name,
    filterText: [r.name, ...r.aliases].join(' '), sortText: `1${String(i).padStart(2, '0')}`,
  }));
  return [...forms, ...terms];
}

function cptItems(note: Note, config: ResolvedConfig): Item[] {
  const billed = countBilledMuscles(note, config);
  const matching = dryNeedlingCodeFor(billed.count)?.code;
  const counted = billed.count
    ? `This note records ${billed.count} muscle${billed.count === 1 ? '' : 's'}${billed.countSidesSeparately ? ' (left and right counted separately)' : ''}.`
    : '';
  return cptCodes.map((c) => {
    const rank = c.code === matching ? 0 : c.minMuscles !== undefined ? 1 : c.notForDryNeedling ? 3 : 2;
    const doc = [c.notForDryNeedling ? `Not for dry needling: ${c.notForDryNeedling}.` : '', c.minMuscles !== undefined ? counted : ''].filter(Boolean).join('\n\n');
    return {
      label: c.code, kind: 'code' as const, insertText: c.code,
      detail: c.code === matching ? `${c.description} (matches the muscles recorded)` : c.description,
      documentation: doc || undefined, filterText: `${c.code} ${c.description}`, sortText: `${rank}-${c.code}`,
    };
  });
}

function icdItems(): Item[] {
  // Deleted and header codes are rejected on claims, so they are never offered.
  return icdCodes.filter((c) => c.status === 'billable').map((c) => ({
    label: c.code, kind: 'code' as const, insertText: c.code, detail: c.description, filterText: `${c.code} ${c.description}`, sortText: c.code,
  }));
}

function frontMatterItems(): Item[] {
  return FRONT_MATTER_KEYS.map(([key, doc], i) => ({
    label: key, kind: 'key' as const, insertText: `${key}: `, documentation: doc, sortText: String(i).padStart(2, '0'),
  }));
}
