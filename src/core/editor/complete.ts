// Completions for dry-needling notes as plain data; the editor adapter maps them to its own
// items. What is offered depends on where the cursor is (see complete-context.ts): muscles in a
// needling record, sides after a muscle, needle sizes, techniques, responses, billing and
// diagnosis codes, front matter keys.

import { countBilledMuscles } from '../model/billing';
import { defaultConfig, type ResolvedConfig } from '../config/config';
import { completionContext, type CompletionContextKind } from './complete-context';
import { buildNote, type Note } from '../model/note';
import { cptCodes, dryNeedlingCodeFor, icdCodes } from '../vocab/codes';
import { responses } from '../vocab/responses';
import { approaches, techniques } from '../vocab/techniques';
import type { Muscle, Vocabulary } from '../vocab';

export type CompletionItemKind = 'muscle' | 'side' | 'needle' | 'technique' | 'response' | 'code' | 'key';

export interface CompletionEntry {
  label: string;
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

export function completeAt(text: string, offset: number, note?: Note, config: ResolvedConfig = defaultConfig()): CompletionResult {
  const vocab = config.vocabulary;
  const ctx = completionContext(text, offset, vocab);
  const range = { replaceStart: ctx.replaceStart, replaceEnd: ctx.replaceEnd };
  let items: Item[] = [];
  switch (ctx.kind) {
    case 'muscle': items = muscleItems(vocab, ctx.word); break;
    case 'side': items = sideItems(); break;
    case 'needle': items = needleItems(); break;
    case 'technique': items = techniqueItems(); break;
    case 'response': items = responseItems(); break;
    // Only billing needs the parsed note, and only for ranking.
    case 'cpt': items = cptItems(note ?? buildNote(text, vocab), config); break;
    case 'icd': items = icdItems(); break;
    case 'front-matter-key': items = frontMatterItems(); break;
    default: break;
  }
  return { context: ctx.kind, items: items.map((i) => ({ ...i, ...range })) };
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

function muscleItems(vocab: Vocabulary, word: string): Item[] {
  const typed = word.trim();
  // An ambiguous token ("TA") or shorthand ("UT") puts the muscles it can mean first.
  const ambiguous = typed ? vocab.ambiguous(typed) : undefined;
  const exact = typed ? vocab.lookupMuscle(typed) : undefined;
  const first = new Set<string>([...(ambiguous?.candidates ?? []), ...(exact ? [exact.id] : [])]);
  return vocab.muscles.map((m) => {
    const keys = [...m.shorthand, m.name, ...m.synonyms];
    const top = first.has(m.id);
    return {
      label: m.name,
      kind: 'muscle' as const,
      detail: [m.shorthand.join(', '), REGION_WORDS[m.region] ?? m.region, m.risks.includes('lung') ? 'lung nearby' : ''].filter(Boolean).join(' · '),
      documentation: describeMuscle(vocab, m) + (ambiguous && top ? `\n\n"${typed}" can mean several muscles; this is one of them.` : ''),
      insertText: m.name,
      // Leading with the typed token makes the editor's fuzzy filter rank the meant muscle first.
      filterText: (top ? [typed, ...keys.filter((k) => k !== typed)] : keys).join(' '),
      sortText: `${top ? '0' : '1'}-${m.name}`,
    };
  });
}

function sideItems(): Item[] {
  return [
    { label: 'L', kind: 'side', detail: 'left', sortText: '0' },
    { label: 'R', kind: 'side', detail: 'right', sortText: '1' },
    { label: 'bilateral', kind: 'side', detail: 'both sides (billing counts each side; record each side on its own line)', sortText: '2', filterText: 'bilateral bilat B' },
  ].map((i) => ({ ...i, kind: 'side' as const, insertText: i.label }));
}

function needleItems(): Item[] {
  const out: Item[] = [];
  NEEDLE_DIAMETERS_MM.forEach((d, i) => NEEDLE_LENGTHS_MM.forEach((len, j) => {
    const label = `${d}×${len} mm`;
    out.push({
      label, kind: 'needle', insertText: label, detail: `${d} mm diameter, ${len} mm long`,
      filterText: `${d}x${len} ${d}×${len} ${d.replace(/^0/, '')}x${len}`,
      sortText: `${String(i).padStart(2, '0')}${String(j).padStart(2, '0')}`,
      documentation: len > 25 ? 'Over a lung-risk site, a needle longer than 25 mm can reach the pleura in thin patients.' : undefined,
    });
  }));
  return out;
}

function techniqueItems(): Item[] {
  const t = techniques.map((x, i) => ({
    label: x.name, kind: 'technique' as const, insertText: x.name,
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

const RESPONSE_FORMS: Array<[string, string]> = [['LTR x', 'local twitch responses, with the count'], ['+LTR', 'local twitch response present'], ['no LTR', 'no local twitch response']];

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
