// What the handout says about this visit, taken from the note: the areas needled in a patient's
// words with their side, whether a muscle over the lung was needled, and the lines the note calls
// for (triggers.ts). Nothing here is invented: an area the tool cannot name becomes "the treated area".

import type { ClinicConfig } from '../config/clinic';
import type { HandoutLanguage, HeatOrIce } from '../config/handout';
import type { NeedlingRecord } from '../model/records';
import type { Note } from '../model/note';
import { layRegions, layTerms, layVocabRegions, type LayLanguage } from '../vocab/lay-terms';
import type { Muscle, Vocabulary } from '../vocab';
import { findTriggers, type NextVisit } from './triggers';

export interface HandoutFacts {
  language: HandoutLanguage;
  /** The day the handout is made, YYYY-MM-DD. */
  date: string;
  /** Areas needled, in everyday words with the side: "right upper back and neck (trapezius)". */
  areas: string[];
  needled: boolean;
  /** A muscle over the lung was needled: the red-flag box goes at the top. */
  lungRisk: boolean;
  anticoagulants: boolean;
  vasovagal: boolean;
  firstVisit: boolean;
  nextVisit?: NextVisit;
  heatOrIce: HeatOrIce;
  clinic: ClinicConfig;
}

type SideSet = Set<'L' | 'R'>;

interface Area {
  region: string;
  names: string[];
  sides: SideSet;
}

const TREATED_AREA: Record<LayLanguage, string> = { en: 'the treated area', es: 'la zona tratada' };

/** Where a muscle is and what to call it; a clinic's own muscle uses its parent's words, or its vocabulary region. */
function layFor(muscle: Muscle, vocab: Vocabulary, lang: LayLanguage): { region: string; name?: string } {
  const own = layTerms[muscle.id];
  if (own) return { region: layRegions[own.region][lang], name: own.name[lang] };
  const parentMuscle = muscle.parent ? vocab.byId(muscle.parent) : undefined;
  const parent = muscle.parent ? layTerms[muscle.parent] ?? (parentMuscle && layTerms[vocab.billingParent(parentMuscle).id]) : undefined;
  if (parent) return { region: layRegions[parent.region][lang], name: parent.name[lang] };
  return { region: layVocabRegions[muscle.region][lang] };
}

/** One region shared by all the muscles, or undefined. */
function sharedRegion(muscles: readonly Muscle[], vocab: Vocabulary, lang: LayLanguage): string | undefined {
  const regions = new Set(muscles.map((m) => layFor(m, vocab, lang).region));
  if (regions.size === 1) return [...regions][0];
  const broad = new Set(muscles.map((m) => layVocabRegions[m.region][lang]));
  return broad.size === 1 ? [...broad][0] : undefined;
}

function placeOf(r: NeedlingRecord, vocab: Vocabulary, lang: LayLanguage): { region: string; name?: string } {
  if (r.muscle) return layFor(r.muscle, vocab, lang);
  // Narrowed by kind: the note model gives group members and candidates only on those records.
  const candidates: readonly Muscle[] = r.kind === 'group'
    ? (r.group?.members ?? []).map((id: string) => vocab.byId(id)).filter((m): m is Muscle => !!m)
    : r.kind === 'ambiguous' ? r.candidates ?? [] : [];
  // A group term or an ambiguous abbreviation: the region when all its muscles share one, never the word as written.
  return { region: (candidates.length && sharedRegion(candidates, vocab, lang)) || TREATED_AREA[lang] };
}

function sideWords(sides: SideSet, lang: LayLanguage): { before: string; after: string } {
  if (sides.size === 2) return lang === 'en' ? { before: '', after: ', both sides' } : { before: '', after: ', ambos lados' };
  if (sides.has('R')) return lang === 'en' ? { before: 'right ', after: '' } : { before: '', after: ', lado derecho' };
  if (sides.has('L')) return lang === 'en' ? { before: 'left ', after: '' } : { before: '', after: ', lado izquierdo' };
  return { before: '', after: '' };
}

function describe(a: Area, lang: LayLanguage): string {
  const { before, after } = sideWords(a.sides, lang);
  // "right the treated area" reads badly: the side goes after the generic words.
  const generic = a.region === TREATED_AREA[lang];
  const side = generic && before ? (lang === 'en' ? `, ${before.trim()} side` : after) : '';
  const names = a.names.length ? ` (${a.names.join(', ')})` : '';
  return generic ? `${a.region}${side || after}${names}` : `${before}${a.region}${after}${names}`;
}

/** The needled areas in a patient's words, one per region, in the order the note names them. */
export function describeAreas(records: readonly NeedlingRecord[], vocab: Vocabulary, lang: LayLanguage): string[] {
  const areas: Area[] = [];
  for (const r of records) {
    const place = placeOf(r, vocab, lang);
    let area = areas.find((a) => a.region === place.region);
    if (!area) areas.push((area = { region: place.region, names: [], sides: new Set() }));
    if (place.name && !area.names.includes(place.name)) area.names.push(place.name);
    if (r.side === 'B') area.sides.add('L').add('R');
    else if (r.side) area.sides.add(r.side);
  }
  return areas.map((a) => describe(a, lang));
}

export interface FactsOptions {
  language: HandoutLanguage;
  heatOrIce: HeatOrIce;
  clinic: ClinicConfig;
  vocabulary: Vocabulary;
  now: Date;
}

export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function handoutFacts(note: Note, o: FactsOptions): HandoutFacts {
  const t = findTriggers(note);
  return {
    language: o.language,
    date: isoDate(o.now),
    areas: describeAreas(note.records, o.vocabulary, o.language),
    needled: note.needled,
    lungRisk: note.records.some((r) => r.muscle?.risks.includes('lung')),
    anticoagulants: t.anticoagulants,
    vasovagal: t.vasovagal,
    firstVisit: t.firstVisit,
    ...(t.nextVisit ? { nextVisit: t.nextVisit } : {}),
    heatOrIce: o.heatOrIce,
    clinic: o.clinic,
  };
}
