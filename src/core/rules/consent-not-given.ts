import type { Note } from '../model/note';
import { muscleOf, type NeedlingRecord } from '../model/records';
import { needlingStopped, type ConsentScope, type ConsentStatus, type Statement } from '../model/statements';
import type { Vocabulary } from '../vocab';
import { describeRecord, say } from './helpers';
import type { Rule } from './rule';


/** Front-matter statements have no line of their own: point at the "consent:" key. */
function rangeOf(note: Note, s: Statement<ConsentStatus>): { start: number; end: number } {
  if (s.unit >= 0 || !note.frontMatter) return { start: s.start, end: s.end };
  const fm = note.text.slice(note.frontMatter.start, note.frontMatter.end);
  const m = /^[ \t]*consent[ \t]*:.*$/im.exec(fm);
  if (!m) return { start: note.frontMatter.start, end: note.frontMatter.start };
  const start = note.frontMatter.start + m.index + (m[0].length - m[0].trimStart().length);
  return { start, end: note.frontMatter.start + m.index + m[0].trimEnd().length };
}

export const consentNotGiven: Rule = {
  meta: {
    id: 'consent-not-given',
    code: 'DN002',
    defaultSeverity: 'error',
    title: 'Needling is recorded while consent is refused, withdrawn or pending.',
    messages: {
      refused: 'Consent refused, but needling is recorded',
      withdrawn: 'Consent withdrawn, but needling went on',
      pending: 'Consent pending, but needling is recorded',
      area: 'Needled despite refusal: {muscle}',
    },
    rationale:
      'Informed consent must be in place before the first needle and the patient may withdraw it at any time. A note that records refused, withdrawn or pending consent and also records needling reads as treatment without permission, unless a later statement shows the patient did consent (for example "declined e-stim; consented to DN") or that needling stopped when consent was withdrawn. The latest consent statement in the note is the one that counts.',
    example: {
      bad: 'Consent: pending — form to be signed next visit.\nO: DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.',
      good: 'Consent: declined e-stim; verbal consent to DN obtained, risks reviewed.\nO: DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.',
    },
    decides: [
      'Raised once per note when needling is recorded and consent to it is refused, '
        + 'declined (also as an agreement denied: `pt did not agree`, `was not happy to go ahead with DN`), '
        + 'withdrawn, pending (to be obtained, awaiting the form, undecided) or ticked `No`, '
        + 'also a form\'s consent question answered no whatever its words (`Verbal consent obtained: No`, `Written DN consent form on file: [N]`); '
        + 'under a consent heading the lines that name consent say so, not the other boxes ticked there (`## Consent checklist` over `- Written consent signed: [ ] Yes [x] No` and `- Risks reviewed: [x] Yes`).',
      'The latest statement counts: `initially hesitant, then consented after discussion` is consent; '
        + 'a pending form does not undo verbal consent given today, in the same line or later in the note (`P: collect signed form next visit`); '
        + 'a consent field left blank after it (`… will sign and bring back. Verbal consent: ___`) answers nothing, so the consent stays pending; '
        + 'the willingness a patient reports in the Subjective (`Agreeable to trying DN after education last visit`) is not consent given, '
        + 'and on a Subjective line that also names consent only its sentences naming consent count (`… Agreeable to trying DN at eval. Took the DN consent form home but forgot to bring it back.`); '
        + 'a consent form handed over for the patient to read, sign and return (`consent form given today; '
        + 'pt will read, sign and return next visit`, also with an aside between the form and its verb: `consent form (risks: soreness, bruising) given today`; '
        + '`he\'ll sign and bring it back Thurs`) is pending, not consent given, and so is a signed form to come with the next review (`Review 1/52 w/ signed consent form`,'
        + ' also a form not signed yet: `took consent form home, hasn\'t signed it yet`, `Review Thurs with signed consent form`, '
        + '`Signed consent form to come back at that visit`, `Signed DN form back Fri — scan to chart`); '
        + 'a written consent form gone through with the patient who will sign it later (`written consent form reviewed with Luc today; '
        + 'he will sign and bring it back`, also ticked: `[x] Written dry needling consent form reviewed with patient today; will sign and return at next visit`, '
        + 'and naming two treatments: `written DN/acupuncture consent form reviewed with pt today`) '
        + 'is pending too, also under an `Informed consent:` label, which names the field and says nothing given '
        + '(`Informed consent: DN consent form reviewed with pt and mother; form to be signed and returned at next visit`), '
        + 'and under a label alone on its line over the risks discussed and the form still to sign (`INFORMED CONSENT ATTESTATION:` over `Risks … discussed; questions answered.` and `consent form reviewed with Veteran; Veteran to sign at next visit.`); '
        + 'risks gone through after the form still to sign leave it pending (`DN consent form reviewed with pt today; pt will sign and return next visit. Risks reviewed: soreness, bruising.`).',
      'A refusal of one area counts for that area: `declined needling of the neck` (also with the site first, `declined calf needling`, `pt declined R UT DN`, '
        + 'or as the object itself, `said no to needling the neck`, `doesn\'t want anything in the neck`) '
        + 'raises it when a muscle there was needled, not when only the low back was (a muscle placed below the 12th rib or the rib cage is the low back\'s); the refused site ends at the next consent, '
        + 'even with no punctuation between (`pt declined DN to neck today verbal consent to DN low back obtained`). '
        + 'A refusal in a clause labelled with muscles counts for those muscles (`R abductor hallucis: DN offered, pt declined today`, '
        + 'also with the trigger point they hold: `R brachioradialis TrP too: DN offered, pt declined`), one labelled with an area for that area (`Neck: pt declined DN today`), '
        + 'and so does a refusal with no object of its own after needling of named muscles was offered (`DN L quadratus plantae offered today, pt declined`), '
        + 'also in the clause after the offer when it names only the patient (`DN to R levator scapulae offered; pt declined today`), '
        + 'and a refusal given as the reason named muscles were not needled counts for those muscles (`R gluteus medius not needled (pt declined)`), while the rest of the line may still consent.',
      'Consent withdrawn part-way raises it when needling is recorded after the withdrawal; not when the note says needling stopped (`withdrew consent, needles removed, session ended`).',
      'Not raised for refusals of something else (e-stim, photographs, students present) or of more needling or a visit still to come '
        + '(`declined further DN`, `declined to come back for DN`), for `no questions` or `no concerns`, or for needles being withdrawn.',
    ],
    fixable: false,
  },
  check(note, ctx) {
    if (!note.needled) return;
    // Front matter comes first; after that, statements stand in document order and the last one
    // counts, except that a form still to be signed or collected does not undo consent given today
    // ("verbal consent obtained" then "P: collect signed form next visit").
    let last: Statement<ConsentStatus> | undefined;
    for (const c of note.consent) {
      if (c.status === 'blank' || c.scope) continue;
      if (c.status === 'pending' && last?.status === 'given') continue;
      last = c;
    }
    if (last && last.status !== 'given' && last.status !== 'blank') {
      // A withdrawal honoured at once ("needles removed, session ended") is fine, unless the
      // needling narrative goes on after it (muscles recorded before and after the withdrawal).
      const continued = note.records.some((r) => r.end < last.start) && note.records.some((r) => r.start > last.end);
      const honoured = last.status === 'withdrawn' && needlingStopped(last.text) && !continued;
      if (!honoured) ctx.report({ ...rangeOf(note, last), message: consentNotGiven.meta.messages[last.status] });
    }
    // A refusal of one area or muscle matters when a muscle there was needled.
    for (const c of note.consent) {
      if (!c.scope || c.status !== 'refused') continue;
      const needled = note.records.find((r) => inScope(r, c.scope!, note, ctx.vocab));
      if (needled) ctx.report({ ...rangeOf(note, c), message: say(consentNotGiven.meta.messages.area, { muscle: describeRecord(needled) }) });
    }
  },
};

function inScope(r: NeedlingRecord, scope: ConsentScope, note: Note, vocab: Vocabulary): boolean {
  const m = muscleOf(r);
  if (scope.kind === 'muscles') {
    const ids = new Set(scope.ids);
    if (r.kind === 'group') return r.group.members.some((id) => ids.has(id));
    return Boolean(m && (ids.has(m.id) || ids.has(vocab.billingParent(m).id)));
  }
  const regions = r.kind === 'group' ? r.group.members.map((id) => vocab.byId(id)?.region) : [m?.region];
  if (!regions.some((x) => x && scope.regions.includes(x))) return false;
  if (!scope.level) return true;
  // "declined needling of the low back": a back muscle placed at thoracic levels is outside it.
  const level = r.level ?? note.spinalRegion;
  if (level) return level === scope.level;
  return scope.level === 'thoracic' ? Boolean(m?.risks.includes('lung')) : !m?.risks.includes('lung');
}
