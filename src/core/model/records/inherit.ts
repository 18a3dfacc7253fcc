// What lead-ins, parent items, headings and session-wide statements add to each record.
import { abdominalPlace, spinalLevels, type AbdominalPlace, type SpinalLevel } from '../../lexicon/places';
import { detailsByMuscle, detailsOf, fill } from './details';
import { NamesOnLine } from './own-stretch';
import { sessionDetails, sessionNeedles } from './session';
import { sideOfText, type SideAssignment } from './sides';
import type { Sources } from './sources';
import type { Details, NeedlingRecord } from './types';

const spineMuscle = (r: NeedlingRecord) => r.kind === 'group' || (r.kind === 'muscle' && r.muscle.region === 'back');
// The abdominal wall lies over the lung only over the ribs, so only it (and groups) look for a place on it.
const abdominalWallMuscle = (r: NeedlingRecord) => r.kind === 'group' || (r.kind === 'muscle' && r.muscle.lungOnly === 'over-the-ribs');

/** What lead-ins, parent items, headings and session statements add to each record. */
export function inherit(src: Sources, records: NeedlingRecord[]): void {
  const { units, mentions, scopes } = src;
  const session = sessionDetails(units, src.sections, src.absorbed, new Set(records.filter((r) => r.needle?.lengthMm).map((r) => r.unit)), scopes.hosts);
  const needleFor = sessionNeedles(session);
  // Many records share a lead-in: read each governing line once.
  const governing = new Map<number, {
    details: Details; byMuscle: Map<string, Details>; side?: ReturnType<typeof sideOfText>; level?: SpinalLevel; place?: AbdominalPlace;
  }>();
  // A side written with a region on a lead-in ("DN L calf, prone:") is the side of the muscles under it;
  // a side written with a muscle belongs to that muscle.
  const read = (g: number) => {
    let x = governing.get(g);
    if (!x) {
      const own = mentions[g].filter((m) => m.kind !== 'group');
      const text = units[g].text;
      const names = own.flatMap((m) => (m.muscle ? [{ start: m.start, end: m.end, id: m.muscle.id }] : []));
      governing.set(g, (x = {
        details: detailsOf(text), byMuscle: names.length ? detailsByMuscle(text, names) : new Map(),
        side: sideOfText(text, own), level: spinalLevels(text)[0], place: abdominalPlace(text),
      }));
    }
    return x;
  };
  // The muscles named on each line, sorted once and only for a line whose record asks where on the abdominal wall it is.
  const names = new Map<number, NamesOnLine>();
  const namesOn = (i: number) => {
    let n = names.get(i);
    if (!n) names.set(i, (n = new NamesOnLine(mentions[i].map((m) => [m.start, m.end]))));
    return n;
  };
  // The nearest heading above each unit, worked out once and only when a record has a heading to read.
  let headingAbove: Int32Array | undefined;
  const sectionOpensBelowHeading = (i: number) => {
    if (!headingAbove) {
      headingAbove = new Int32Array(units.length);
      let last = -1;
      units.forEach((x, j) => {
        if (x.kind === 'heading') last = j;
        headingAbove![j] = last;
      });
    }
    const section = src.sections[units[i].section];
    return Boolean(section && section.firstUnit > headingAbove[i]);
  };
  records.forEach((r, n) => {
    const u = units[r.unit];
    const from = [...new Set([...scopes.parents[r.unit], ...scopes.governors[r.unit]])].filter((g) => g !== r.unit);
    let d: Details = r;
    let side: SideAssignment | undefined = r.side ? { side: r.side, ambiguous: r.sideAmbiguous } : undefined;
    for (const g of from) {
      const x = read(g);
      // "0.25x30mm for UT, 0.25x40mm for levator": what the lead-in wrote with this record's muscle comes first.
      const mine = r.kind === 'muscle' ? x.byMuscle.get(r.muscle.id) : undefined;
      d = fill(mine ? fill(d, mine) : d, x.details);
      if (!side) side = x.side;
    }
    // A heading that names only a side or a region ("### Left", "## R shoulder"), not the note's title
    // over the SOAP sections ("# Physiotherapy follow-up: left calf" over "S: …").
    if (!side && u.heading && u.heading.length <= 40 && !sectionOpensBelowHeading(r.unit)) side = sideOfText(u.heading);
    if (!d.needle?.lengthMm) {
      const needle = needleFor(r.unit, u.section);
      if (needle) d = { ...d, needle: d.needle && !needle.diameterMm ? { ...needle, diameterMm: d.needle.diameterMm } : needle };
    }
    if (!d.twitch && session.allMuscles.twitch) d = { ...d, twitch: session.allMuscles.twitch };
    if (session.allMuscles.referral) d = { ...d, referral: true };
    if (session.tolerance) d = { ...d, tolerance: true };
    const at = r.start - u.start;
    // The spinal level matters only for back muscles (lung risk, a refused area), so only they look for one.
    const level = !spineMuscle(r) ? undefined : spinalLevels(u.text.slice(Math.max(0, at - 80), r.end - u.start + 80))[0] ?? from.map((g) => read(g).level).find(Boolean) ?? spinalLevels(u.heading)[0];
    const place = !abdominalWallMuscle(r) ? undefined : abdominalPlace(namesOn(r.unit).ownStretch(u.text, r.start - u.start, r.end - u.start))
      ?? from.map((g) => read(g).place).find(Boolean) ?? (u.heading ? abdominalPlace(u.heading) : undefined);
    const host = scopes.governors[r.unit].find((g) => scopes.hosts.has(g));
    records[n] = {
      ...r, ...d, side: side?.side, sideAmbiguous: side?.ambiguous, ...(level ? { level } : {}), ...(place ? { abdominalPlace: place } : {}), ...(host !== undefined ? { host } : {}),
    } as NeedlingRecord;
  });
}
