import fc from 'fast-check';

// Fragments a messy note is made of: SOAP labels in every style, needling records in
// tables, bullets and sentences, statements, codes, scores, and Markdown that may confuse a parser.
const fragments = [
  '## Subjective', '# S', 'S:', '**S:**', 'SUBJECTIVE', 'S - pt reports', 'O:', '**Objective**', 'A:', 'Assessment:', 'P:', 'PLAN',
  '- R UT 0.25x30mm pistoning LTR x3', '- L glute med 0.30 × 60 mm, +LTR, familiar pain', '1. QL L4-5, left, 0.30x60, no LTR',
  'DN to R UT and L levator scapulae, 0.25x30, LTR x2 each.', '| Muscle | Side | Needle | LTR |', '|---|---|---|---|',
  '| upper trapezius | R | 0.25x30 | +x3 |', '| uper trapezius | | 0.25x40 | - |', '| TA | L | 0.30x50 | + |', '| paraspinals | B/L | | |',
  'Consent: written consent on file, risks incl. PTX discussed.', 'Consent: declined', 'Consent:', 'Pt withdrew consent.',
  'Aftercare: soreness 24-72 h expected; SOB/chest pain -> ED.', 'Aftercare to be given next visit.',
  'Needles: 5 in / 4 out', 'All needles removed.', 'Billing: 20560', 'CPT 20561 x2', '97140', 'Dx: M54.5, M79.1, M79.12',
  'NPRS 12/10', 'pain 7/10 -> 3/10', 'VAS 120 mm', 'date 12/10/2026', 'BP 120/80', 'ODI 140%',
  '<!-- dnlint-disable-next-line side-missing -->', '<!-- dnlint-disable -->', '<!-- dnlint-enable -->', '<!-- dnlint-disable-file consent-missing -->',
  '---', 'consent: yes', 'aftercare: given', '```', '~~~', '    indented code', '> quoted R UT 0.25x30', '<script>alert(1)</script>',
  '* * *', '[link](javascript:alert(1))', '', '', '  ', '\t- nested', '    - deeper L SCM 0.16x15',
];

const eols = fc.constantFrom('\n', '\r\n', '\r');

/** A note-like text: random fragments, random line ends, sometimes a BOM or front matter. */
export const messyNote = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 40 }),
    eols,
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lines, eol, bom, frontMatter]) => (bom ? '\uFEFF' : '') + (frontMatter ? ['---', 'patient: X', '---'].join(eol) + eol : '') + lines.join(eol));

/** Any text at all, including lone surrogates and control characters. */
export const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), messyNote);
