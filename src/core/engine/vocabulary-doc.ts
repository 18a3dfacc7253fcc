// The muscle vocabulary as a page clinics can read (docs/rules/muscles.md, written by
// scripts/gen-docs.mjs): which names, shorthand and group words the linter knows, which it asks
// about, and which muscles it treats as over the lung. Built from the typed vocabulary, so the
// page cannot drift from what the rules read.
import type { AmbiguousToken, GroupTerm, Muscle, Region, Risk } from '../vocab/types';

export interface VocabularyData {
  muscles: readonly Muscle[];
  groups: readonly GroupTerm[];
  ambiguous: readonly AmbiguousToken[];
  reserved: readonly string[];
}

const REGION_NAMES: Readonly<Record<Region, string>> = {
  'head-face': 'Head and face', neck: 'Neck', shoulder: 'Shoulder and shoulder girdle', arm: 'Upper arm', forearm: 'Forearm',
  hand: 'Hand', back: 'Back', 'thorax-abdomen': 'Chest and abdomen', 'pelvis-hip': 'Pelvis and hip', thigh: 'Thigh', leg: 'Lower leg', foot: 'Foot',
};

/** A table cell: pipes escaped, so a term with "|" cannot split the row. */
const cell = (s: string) => s.replace(/\|/g, '\\|');
const code = (xs: readonly string[]) => xs.map((x) => '`' + cell(x) + '`').join(', ');

const GENERIC_RISK: Readonly<Record<Exclude<Risk, 'lung'>, string>> = { neurovascular: 'nerves and vessels', organ: 'an organ', neuraxis: 'the spinal canal' };

/** The lung column: whether pneumothorax-not-discussed counts the muscle as over the lung, and on what evidence. */
function lungText(m: Muscle): string {
  if (!m.risks.includes('lung')) return '';
  const evidence = m.lungProximity === 'S' ? 'yes, reported' : 'yes, anatomically possible';
  return m.lungOnly === 'thoracic-levels' ? `${evidence}; at thoracic levels only` : m.lungOnly === 'over-the-ribs' ? `${evidence}; over the ribs only` : evidence;
}

/** The structures a needle can reach, in the vocabulary's own words (or the kind of risk when it names none). */
function nearbyText(m: Muscle): string {
  if (m.atRisk) return m.atRisk;
  return m.risks.filter((r): r is Exclude<Risk, 'lung'> => r !== 'lung').map((r) => GENERIC_RISK[r]).join(', ');
}

export function renderVocabularyDoc(data: VocabularyData): string {
  const byId = new Map(data.muscles.map((m) => [m.id, m]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const out: string[] = [
    '# Muscle vocabulary', '',
    'Generated from the typed vocabulary by `node scripts/gen-docs.mjs`.', '',
    'The muscles the linter knows, the ways of writing each, and the words it treats as a group or asks about. '
      + 'Names and "also written" forms match in any letter case, with or without a plural "s" and with hyphens or spaces alike; '
      + 'shorthand matches only as typed (`UT`, not `ut`). A word close to a name (`infraspinatous`) is reported by '
      + '[unknown-muscle](unknown-muscle.md) with the likely muscle; a group word by [muscle-not-specific](muscle-not-specific.md); '
      + 'a shorthand that names more than one muscle by [ambiguous-abbreviation](ambiguous-abbreviation.md). '
      + 'A clinic adds its own muscles and words under `vocabulary` in its configuration.', '',
    `Muscles marked "over the lung" need pneumothorax named in consent or aftercare when needled (see [pneumothorax-not-discussed](pneumothorax-not-discussed.md)). `
      + 'Parts and heads are counted as the muscle in the last column by [cpt-muscle-count](cpt-muscle-count.md).', '',
  ];
  const regions = Object.keys(REGION_NAMES) as Region[];
  for (const region of regions) {
    const list = data.muscles.filter((m) => m.region === region).sort((a, b) => a.name.localeCompare(b.name));
    if (!list.length) continue;
    out.push(`## ${REGION_NAMES[region]}`, '', '| Muscle | Also written | Shorthand | Over the lung | Structures nearby | Counted as |', '|---|---|---|---|---|---|');
    for (const m of list) {
      out.push(`| ${cell(m.name)} | ${code(m.synonyms)} | ${code(m.shorthand)} | ${lungText(m)} | ${cell(nearbyText(m))} | ${m.parent ? cell(nameOf(m.parent)) : ''} |`);
    }
    out.push('');
  }
  out.push('## Group words (not a specific muscle)', '', 'Each names several muscles; a note that needled one of them should name it.', '',
    '| Word | Also written | Muscles it covers |', '|---|---|---|');
  for (const g of data.groups) out.push(`| \`${cell(g.term)}\` | ${code(g.aliases ?? [])} | ${g.members.map(nameOf).map(cell).join(', ')} |`);
  out.push('', '## Shorthand the linter asks about', '', 'Each names different muscles (or something else) in different notes, so the linter asks which one was meant rather than guess.', '',
    '| Shorthand | Could be | Or |', '|---|---|---|');
  for (const a of data.ambiguous) out.push(`| \`${cell(a.token)}\` | ${a.candidates.map(nameOf).map(cell).join(', ')} | ${(a.otherMeanings ?? []).map(cell).join(', ')} |`);
  out.push('', '## Never read as a muscle', '', `Abbreviations with a settled meaning in needling notes: ${code(data.reserved)}.`, '');
  return out.join('\n');
}
