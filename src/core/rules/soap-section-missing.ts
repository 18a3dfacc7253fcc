import type { Note } from '../model/note';
import { SECTION_NAMES, SOAP_KINDS, type Section, type SoapKind } from '../model/sections';
import type { OffsetEdit } from '../types';
import type { Rule } from './rule';
import { lineStartOffset, listWords, say } from './helpers';

const titles: Record<SoapKind, string> = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' };

/** Writes a missing section's label the way the note writes its others: "## Plan", "P:", "**P:**", "PLAN:". */
function labelFor(kind: SoapKind, model: Section): string {
  if (model.depth > 0) return '#'.repeat(model.depth) + ' ' + titles[kind];
  const bare = model.label.replace(/[*_]/g, '').replace(/[:\-–—)]\s*$/, '').trim();
  const bold = /^\*\*|^__/.test(model.label) ? model.label.slice(0, 2) : '';
  const word = bare.length === 1 ? titles[kind][0] : bare === bare.toUpperCase() ? titles[kind].toUpperCase() : titles[kind];
  return `${bold}${word}:${bold}`;
}

function missingEdits(note: Note, missing: SoapKind[], present: Section[]): OffsetEdit[] {
  const model = present[0];
  const eol = note.eol;
  const byOffset = new Map<number, string[]>();
  for (const kind of missing) {
    // Before the next section that is present in SOAP order, else at the end of the note.
    const next = present.find((s) => SOAP_KINDS.indexOf(s.kind as SoapKind) > SOAP_KINDS.indexOf(kind));
    const at = next ? lineStartOffset(note, note.lines.positionAt(next.labelStart).line) : note.text.length;
    byOffset.set(at, [...(byOffset.get(at) ?? []), labelFor(kind, model)]);
  }
  return [...byOffset].map(([at, labels]) => {
    if (at < note.text.length) {
      const sep = model.depth > 0 ? eol + eol : eol;
      return { start: at, end: at, newText: labels.map((l) => l + sep).join('') };
    }
    const lead = note.text.length && !/[\r\n]$/.test(note.text) ? eol + eol : /(\r?\n){2}$/.test(note.text) || !note.text.length ? '' : eol;
    const sep = model.depth > 0 ? eol + eol : eol;
    return { start: at, end: at, newText: lead + labels.map((l) => l + sep).join('') };
  });
}

export const soapSectionMissing: Rule = {
  meta: {
    id: 'soap-section-missing',
    code: 'DN013',
    defaultSeverity: 'warning',
    title: 'The note lacks one or more SOAP sections (Subjective, Objective, Assessment, Plan).',
    messages: {
      some: 'No {sections} section',
      none: 'No SOAP sections',
    },
    completeness: true,
    rationale:
      'A SOAP note shows the reasoning behind the treatment: what the patient reported, what was found, what the clinician concluded and what happens next. Auditors and payers read a missing Assessment or Plan as missing clinical reasoning or medical necessity. A stand-alone dry-needling procedure note with no SOAP sections at all (as some boards require for every needling treatment) is left alone, since it is meant to sit beside the visit note.',
    example: {
      bad: 'S: neck pain 6/10.\nO: DN R upper trapezius 0.25x30 mm.\nP: continue 2x/week.',
      good: 'S: neck pain 6/10.\nO: DN R upper trapezius 0.25x30 mm.\nA: active TrP R UT, improving.\nP: continue 2x/week.',
    },
    decides: [
      'Raised once per note that lacks one or more of the four; a note with none at all is told so, unless it records needling (see the stand-alone procedure note below).',
      'Names read as each section (any case; a single letter only with a colon or dash, or alone on its line in capitals in a note that writes two or more letters so, '
        + `in the SOAP order: \`S\` over the history, \`O\` over the exam): ${SOAP_KINDS.map((k) => `${titles[k]}: ${SECTION_NAMES[k].filter((n) => n.length > 1).join(', ')}`).join('; ')}. `
        + '`A/P` and `Assessment/Plan` count as both; a name in two languages (`Goddrychol / Subjective`) counts as its section, and so does a name beside one other word (`Subjective / Kaupapa`, `Advice and plan`).',
      'A section opens on a heading, its single letter included (`## S`), also with its colon and a title for the patient (`## S: What you told us`), '
        + 'also numbered as EMR templates print them (`## 1. Subjective`, `## 3) Assessment`, `## IV. Plan`) or after a note app\'s picture (`## 🔍 Objective`), '
        + 'or on its name at the start of a line: alone on it, with a colon or dash after it, or set in bold (`SUBJECTIVE`, `S:`, `Objective –`, '
        + '`**PC:**`, `**S –**`, `**Plan**`), also inside an EMR\'s HTML tags (`<b>S:</b>`); mid-line after a full stop or semicolon (`… improving. P: continue`); '
        + 'and in a paragraph dictated without full stops after a comma, by its letter or any of its names of three letters or more in any case, with a colon '
        + 'or a spaced dash, when the line marks two sections so, or one written out after the line\'s own label '
        + '(`Visit 5, S: pain 4/10, …, O - rotation R 65 deg, …, Assessment: improving, P: f/u 1 wk`, `Subjective: …, on examination: …, impression: …, plan: …`; '
        + 'a name may carry the possessive a dictating clinician gives it: `my impression -`, `our plan:`; '
        + 'a lone `, P: 72` is a pulse). '
        + '`Rx`, `Tx` and `Ax` are not section names: each means the treatment, the prescription or the examination in some clinics and another section in others.',
      'A coded heading in square brackets (`[History]`, `[O/E] …`, `[Plan]`) names its section; another one (`[Procedure]`) ends the section before it.',
      'A heading that names the visit rather than a section (`# Initial assessment – R shoulder`, `# Re-assessment visit`) is a title, not the Assessment section.',
      'A stand-alone needling procedure note with no SOAP sections at all is left alone.',
      'A note with no section before a code block that is never closed (a dictation pasted inside ```) is left to code-block-unclosed.',
      'A section written inside such a block is not read, so a note with some sections before the block is told which are missing.',
    ],
    fixable: true,
  },
  check(note, ctx) {
    if (!note.units.length) return;
    const present = note.sections.filter((s) => s.kind !== 'other');
    // A stand-alone procedure note has no SOAP sections by design.
    if (!present.length && note.needled) return;
    // No section before a fence never closed: the note's text is in the block, which code-block-unclosed reports.
    if (!present.length && note.unclosedFences.length) return;
    // "A/P" holds both the assessment and the plan.
    const have = new Set(present.flatMap((s) => [s.kind, ...(s.also ?? [])]));
    const missing = SOAP_KINDS.filter((k) => !have.has(k));
    if (!missing.length) return;
    const at = present[0] ? { start: present[0].labelStart, end: present[0].labelEnd } : { start: note.units[0].start, end: note.units[0].start + note.units[0].text.length };
    const names = missing.map((k) => titles[k]);
    ctx.report({
      ...at,
      message: present.length ? say(soapSectionMissing.meta.messages.some, { sections: listWords(names).replace(/ and /, ' or ') }) : soapSectionMissing.meta.messages.none,
      fixes: present.length ? [{ title: `Add ${listWords(names)} ${names.length === 1 ? 'heading' : 'headings'} to fill in`, edits: missingEdits(note, missing, present), safe: true }] : [{
        title: 'Add SOAP headings to fill in',
        // Empty headings state nothing clinical and remove nothing, so fix-all may add them.
        safe: true,
        edits: [{ start: note.text.length, end: note.text.length, newText: (note.text.length && !/[\r\n]$/.test(note.text) ? note.eol : '') + note.eol + SOAP_KINDS.map((k) => `## ${titles[k]}`).join(note.eol + note.eol) + note.eol }],
      }],
    });
  },
};
