// Visit notes for the handout tests: one with needling over the lung, one without, and a builder
// that adds a line to the Plan.

export const NOW = new Date('2025-03-04T15:30:00');

export function visit(opts: { muscles: string[]; subjective?: string[]; objective?: string[]; plan?: string[]; frontMatter?: string[]; aftercare?: boolean }): string {
  return [
    ...(opts.frontMatter ? ['---', ...opts.frontMatter, '---', ''] : []),
    '## Subjective', '', 'Neck and hip pain for 3 weeks. NPRS 5/10.', ...(opts.subjective ?? []), '',
    '## Objective', '', 'Consent: verbal consent for dry needling obtained today.', '', 'Dry needling performed:', '',
    ...opts.muscles.map((m) => `- ${m} 0.25x30 mm, pistoning, LTR x2`), '',
    'Needles: all removed, count correct.', ...(opts.objective ?? []), '',
    '## Assessment', '', 'Myofascial pain, improving.', '',
    '## Plan', '', ...(opts.aftercare ? ['Aftercare: soreness 24-72 h expected, bruising possible.', ''] : []), ...(opts.plan ?? ['Continue home exercises.']), '',
  ].join('\n');
}

/** Upper trapezius lies over the lung apex. */
export const THORACIC = visit({ muscles: ['R upper trapezius', 'L gluteus medius'] });
/** Calf and hip: nothing near the lung. */
export const NON_THORACIC = visit({ muscles: ['R gastrocnemius', 'L gluteus medius'] });
