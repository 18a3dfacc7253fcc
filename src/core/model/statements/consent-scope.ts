// A refusal of part of the needling ("declined DN to the neck", "R UT: pt declined"): the
// muscles or the area it refuses, so needling elsewhere stays consented.
import { refusalRe, refusedSiteEndRe, siteNamedBeforeRe } from '../../lexicon/consent';
import { needlingTermRe } from '../../lexicon/needling';
import { areaRes } from '../../lexicon/places';
import { notDoneRe } from '../../lexicon/status';
import type { MuscleMention, Vocabulary } from '../../vocab';
import { clauses, objectOf, onlySite } from './consent-object';
import type { ConsentScope } from './types';
import { labelHead } from './blocks';

/** The muscles a mention may mean: itself, a group's members, or each reading of an ambiguous abbreviation. */
const muscleIds = (m: MuscleMention): string[] => (m.muscle ? [m.muscle.id] : m.group?.members ?? m.candidates?.map((x) => x.id) ?? []);

/**
 * "Pt declined DN to the neck", "did not consent to needling of the thoracic region; consented to
 * DN of gluteals": a refusal of one part. The scope is the area or the muscles the refusal names.
 */
export function refusedPart(text: string, vocab: Vocabulary): ConsentScope | undefined {
  for (const c of clauses(text)) {
    const refusal = refusalRe.exec(c) ?? /\b(?:not|no)\s+(?:consent\w*|agree\w*)\b/i.exec(c);
    if (!refusal) continue;
    const obj = objectOf(c.slice(refusal.index + refusal[0].length), vocab);
    if (obj.kind !== 'partial') continue;
    const tail = obj.tail.split(refusedSiteEndRe)[0];
    const muscles = vocab.scanMuscles(tail).flatMap(muscleIds);
    if (muscles.length) return { kind: 'muscles', ids: muscles };
    const area = areaScope(tail);
    if (area) return area;
  }
  return undefined;
}

/** The first area a site names ("neck", "low back"), as a refusal's scope. */
function areaScope(site: string): ConsentScope | undefined {
  const area = areaRes.find((a) => a.re.test(site));
  return area && { kind: 'area', regions: area.regions, ...(area.level ? { level: area.level } : {}) };
}

/**
 * "R abductor hallucis: DN offered, pt declined today": a refusal in a clause labelled with the
 * muscles it is about refuses those muscles only. The label is short, before a colon or a dash.
 */
/** A refusal scoped to some muscles, with the clauses that say it. */
export type ScopedRefusal = { scope: ConsentScope; clauses: string[] };

export function refusedLabelled(text: string, vocab: Vocabulary): ScopedRefusal | undefined {
  for (const c of clauses(text)) {
    const refusal = refusalRe.exec(c);
    if (!refusal) continue;
    const site = siteLabel(labelHead(c.slice(0, refusal.index)), vocab);
    if (site === undefined) continue;
    const muscles = vocab.scanMuscles(site);
    // "Neck: pt declined DN today": an area label refuses that area only.
    const scope = muscles.length ? { kind: 'muscles' as const, ids: muscles.flatMap(muscleIds) } : areaScope(site);
    if (scope) return { scope, clauses: [c] };
  }
  return undefined;
}

const clauseLabelRe = /^[\s*_-]*([^:–—]{1,60}?)\s*(?::|\s[-–—]\s)/;

/**
 * The label naming only muscles or areas (and their sides) among the labels a clause opens with: "R UT: declined",
 * and the second of "Palp: R brachioradialis TrP too: DN offered, pt declined". "Pt with R UT pain: declined DN" is
 * about the patient.
 */
function siteLabel(head: string, vocab: Vocabulary): string | undefined {
  let rest = head;
  for (let label = clauseLabelRe.exec(rest); label; label = clauseLabelRe.exec(rest)) {
    if (onlySite(label[1], vocab)) return label[1];
    rest = rest.slice(label[0].length);
  }
  return undefined;
}

/**
 * The muscles a clause offers for needling: "DN to R levator scapulae offered" names levator; a clause saying the
 * needling was not done is about the muscles before it too ("R gluteus medius not needled (pt declined)").
 */
function offeredMuscles(clause: string, vocab: Vocabulary): MuscleMention[] {
  const needling = needlingTermRe.exec(clause);
  if (!needling) return [];
  const after = vocab.scanMuscles(clause.slice(needling.index + needling[0].length));
  return after.length || !notDoneRe.test(clause) ? after : vocab.scanMuscles(clause.slice(0, needling.index));
}

/** Only the patient before the refusal: "pt declined today", "she declined". */
const subjectOnlyRe = /^[\s,]*(?:(?:the\s+)?(?:pt|patient|client|she|he|they)\b)?[\s,]*$/i;

/** Only the needling (and the patient) before the refusal: "DN declined by pt", "pt's DN was declined". */
function needlingOnly(before: string): boolean {
  const needling = needlingTermRe.exec(before);
  return Boolean(needling && subjectOnlyRe.test(before.slice(0, needling.index).replace(/'s\s*$/, ' '))
    && /^[\s,]*(?:(?:was|is|were|has been)\s*)?$/i.test(before.slice(needling.index + needling[0].length)));
}

/**
 * "DN L quadratus plantae offered today, pt declined as the sole is too sensitive": a refusal with no
 * object of its own refuses the needling its clause named before it, so the muscles named there.
 * "DN to R levator scapulae offered; pt declined today": a refusal whose clause names only the
 * patient refuses what the clause before it offered; "L gluteus minimus TrP suspected; DN declined by pt", whose
 * clause names only the needling, refuses it for the muscles the clause before it named.
 */
export function refusedOffer(text: string, vocab: Vocabulary): ScopedRefusal | undefined {
  const all = clauses(text);
  for (const [i, c] of all.entries()) {
    const refusal = refusalRe.exec(c);
    if (!refusal) continue;
    const after = c.slice(refusal.index + refusal[0].length);
    const pointsBack = siteNamedBeforeRe.test(after);
    if (!pointsBack && objectOf(after, vocab).kind !== 'none') continue;
    const before = c.slice(0, refusal.index);
    const previous = i > 0 && !refusalRe.test(all[i - 1]) ? all[i - 1] : undefined;
    const muscles = offeredMuscles(before, vocab);
    // "… – pt declined DN there": what the clause named before the refusal, or else the clause before it.
    const named = pointsBack ? vocab.scanMuscles(before) : [];
    const offered = muscles.length ? muscles : named.length ? named
      : previous && (needlingOnly(before) || pointsBack) ? vocab.scanMuscles(previous)
        : previous && subjectOnlyRe.test(before) ? offeredMuscles(previous, vocab) : [];
    // "Neck tight – pt declined DN there", "Neck tight; DN declined by pt": the area named before the refusal, or else in the clause before it.
    if (!offered.length) {
      const here = pointsBack ? areaScope(before) : undefined;
      if (here) return { scope: here, clauses: [c] };
      const earlier = previous && (pointsBack || needlingOnly(before)) ? areaScope(previous) : undefined;
      if (earlier && previous) return { scope: earlier, clauses: [previous, c] };
    }
    if (offered.length) return { scope: { kind: 'muscles', ids: offered.flatMap(muscleIds) }, clauses: muscles.length || named.length || !previous ? [c] : [previous, c] };
  }
  return undefined;
}
