// Small visit notes for the course tests: front matter plus just enough body.
export interface NoteSpec {
  patient?: string;
  episode?: string;
  payer?: string;
  visit?: string;
  date?: string;
  type?: string;
  extra?: string[];
  body?: string;
}

export function visitNote(spec: NoteSpec): string {
  const fm = ['---'];
  if (spec.patient) fm.push(`patient: ${spec.patient}`);
  if (spec.episode) fm.push(`episode: ${spec.episode}`);
  if (spec.payer) fm.push(`payer: ${spec.payer}`);
  if (spec.visit) fm.push(`visit: ${spec.visit}`);
  if (spec.date) fm.push(`date: ${spec.date}`);
  if (spec.type) fm.push(`type: ${spec.type}`);
  fm.push(...(spec.extra ?? []), '---', '');
  return fm.join('\n') + (spec.body ?? '## Subjective\n\nNeck pain.\n');
}

/** A needling table body with one row per [muscle, side]. */
export function needling(rows: Array<[string, string]>, opts: { nprs?: number; consent?: string } = {}): string {
  return [
    '## Subjective', '', opts.nprs !== undefined ? `NPRS ${opts.nprs}/10 today.` : 'Neck pain.', '',
    '## Objective', '', opts.consent ? `Consent: ${opts.consent}` : 'Consent: written consent on file; verbal consent re-confirmed today.', '',
    '| Muscle | Side | Needle | n | LTR |', '|---|---|---|---|---|',
    ...rows.map(([m, s]) => `| ${m} | ${s} | 0.25x30 | 1 | +x1 |`), '',
  ].join('\n');
}
