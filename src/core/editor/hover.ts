import type { ResolvedConfig } from '../config/config';
import type { Note } from '../model/note';
import type { MuscleMention } from '../vocab';
import type { Muscle, Region, Risk } from '../vocab/types';

// Hover text for a muscle written in a note: what the linter understood it to be, where it
// is, what a needle can reach there, and how it counts for billing.

export interface HoverInfo {
  start: number;
  end: number;
  /** Markdown. */
  markdown: string;
}

const REGION: Record<Region, string> = {
  'head-face': 'head and face', neck: 'neck', shoulder: 'shoulder', arm: 'arm', forearm: 'forearm', hand: 'hand',
  back: 'back', 'thorax-abdomen': 'thorax and abdomen', 'pelvis-hip': 'pelvis and hip', thigh: 'thigh', leg: 'leg', foot: 'foot',
};
const RISK: Record<Risk, string> = {
  lung: 'lung and pleura (pneumothorax risk)', organ: 'an abdominal or pelvic organ', neurovascular: 'nerves and vessels', neuraxis: 'the spinal canal',
};

/** The muscle, ambiguous token or group term at `offset`, or undefined. */
export function hoverAt(note: Note, offset: number, config: ResolvedConfig): HoverInfo | undefined {
  const mention = mentionAt(note, offset, config);
  if (!mention) return undefined;
  const { start, end, m } = mention;
  if (m.muscle) return { start, end, markdown: describeMuscle(m.muscle, config) };
  if (m.candidates?.length) {
    return {
      start, end,
      markdown: `**${escapeMarkdown(m.text)}** is ambiguous: it can mean ${m.candidates.map((c) => `**${c.name}**`).join(' or ')}. Write the full muscle name so the record and the billing count are unambiguous.`,
    };
  }
  if (m.group) {
    const members = m.group.members.map((id) => config.vocabulary.byId(id)?.name).filter(Boolean);
    return {
      start, end,
      markdown: `**${escapeMarkdown(m.text)}** is a group of muscles${members.length ? ` (${members.join(', ')})` : ''}, not one muscle. Name the specific muscles needled: coders and auditors count named muscles.`,
    };
  }
  return undefined;
}

function mentionAt(note: Note, offset: number, config: ResolvedConfig): { start: number; end: number; m: MuscleMention } | undefined {
  for (let i = 0; i < note.units.length; i++) {
    const u = note.units[i];
    if (offset < u.start || offset > u.start + u.text.length) continue;
    if (u.cells) {
      const cell = u.cells.find((c) => offset >= c.start && offset <= c.start + c.text.length);
      if (!cell) continue;
      const hit = config.vocabulary.scanMuscles(cell.text).find((m) => offset >= cell.start + m.start && offset <= cell.start + m.end);
      if (hit) return { start: cell.start + hit.start, end: cell.start + hit.end, m: hit };
      continue;
    }
    const hit = note.mentions[i]?.find((m) => offset >= u.start + m.start && offset <= u.start + m.end);
    if (hit) return { start: u.start + hit.start, end: u.start + hit.end, m: hit };
  }
  return undefined;
}

export function describeMuscle(muscle: Muscle, config: ResolvedConfig): string {
  const lines = [`**${escapeMarkdown(muscle.name)}**${muscle.shorthand.length ? ` (${muscle.shorthand.map((s) => `\`${s}\``).join(', ')})` : ''}`, ''];
  lines.push(`Region: ${REGION[muscle.region] ?? muscle.region}`, '');
  const risk = muscle.atRisk ?? (muscle.risks.length ? muscle.risks.map((r) => RISK[r]).join('; ') : undefined);
  if (risk) {
    const lung = muscle.lungProximity === 'S' ? ' Pleura and lung proximity is reported for this muscle.' : muscle.lungProximity === 'A' ? ' The lung is anatomically within reach.' : '';
    lines.push(`Structures at risk: ${escapeMarkdown(risk)}.${lung}`, '');
  }
  const parent = config.vocabulary.billingParent(muscle);
  lines.push(parent.id === muscle.id
    ? 'Billing: counts as one muscle (right and left separately).'
    : `Billing: counts as **${escapeMarkdown(parent.name)}**; parts and heads of one muscle are counted once.`);
  if (!config.billing.countSidesSeparately) lines[lines.length - 1] = lines[lines.length - 1].replace(' (right and left separately)', '');
  return lines.join('\n');
}

/** Text shown as written in Markdown: the characters that would start emphasis, code, links or HTML are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
