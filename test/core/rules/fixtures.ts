import { note } from '../helpers';

// Small notes shared by the session-rule tests. Each is complete except for what a test changes.

export interface Parts {
  consent?: string | null;
  needling?: string;
  count?: string | null;
  aftercare?: string | null;
}

/** A SOAP note with `S:`-style labels; pass null to leave a part out. */
export function labelled(p: Parts = {}): string {
  const lines = ['S: Neck pain 6/10, worse with typing.'];
  lines.push('O: Cervical rotation R 60°.');
  if (p.consent !== null) lines.push(p.consent ?? 'Consent: verbal consent obtained, risks incl. pneumothorax reviewed.');
  lines.push(p.needling ?? 'DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.');
  if (p.count !== null) lines.push(p.count ?? 'Needles: 1 in / 1 out, all removed.');
  if (p.aftercare !== null) lines.push(p.aftercare ?? 'Aftercare: soreness 24–72 h expected; SOB or chest pain → ED.');
  lines.push('A: Active TrP R UT, improving.', 'P: Continue 2x/week.');
  return note(...lines);
}

/** The same note with `## Heading` sections and bullets. */
export function headed(p: Parts = {}): string {
  const lines = ['## Subjective', 'Neck pain 6/10.', '', '## Objective'];
  if (p.consent !== null) lines.push(`- ${p.consent ?? 'Consent: written consent on file, pneumothorax risk reviewed'}`);
  lines.push(`- ${p.needling ?? 'DN L gluteus medius 0.30x60 mm, pistoning, LTR x2'}`);
  if (p.count !== null) lines.push(`- ${p.count ?? 'Needle count: 2 in / 2 out'}`);
  if (p.aftercare !== null) lines.push(`- ${p.aftercare ?? 'Aftercare: soreness 24–72 h, bruising possible'}`);
  lines.push('', '## Assessment', 'Active TrP L G med.', '', '## Plan', 'Continue.');
  return note(...lines);
}
