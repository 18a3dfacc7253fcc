// Aftercare as the note states it: given this visit, put off, or an empty label; under an
// aftercare or education heading, on a labelled line, in a table row, in front matter, or as a
// sentence of advice anywhere in the note.
import {
  adviceHeadingRe, advised, afterNeedlingLabelRe, topicNamedRe, aftercareTopicRe, changedTopicRe, aftercareWordRe, anyAftercareTopicRe,
  deferredAftercare, needlingExplainedRe, pneumothoraxNamedRe, promisedEducationRe, adviceWrittenShort, mayFeelForSpanRe, careTopicRe, expectationWordRe, toldRe, AFTER_NEEDLING_LABEL_SOURCE,
} from '../../lexicon/aftercare';
import { agreementRe, consentLabelOnlyRe, consentLabelRe, consentWordRe } from '../../lexicon/consent';
import { needlingTermRe } from '../../lexicon/needling';
import { blankValue, fieldAnsweredNoRe, noAnswerOpeningRe, RUN_ON_PART_SOURCE } from '../../lexicon/labels';
import { pastRe, todayRe } from '../../lexicon/status';
import type { Unit } from '../units';
import { matchLabel } from '../sections';
import {
  answerUnderLabel, typedOnUnder, withoutAnsweredNo, blankMarkRe, blockText, consentListOf, labelAsideRe, labelHead,
  rowText, rowUnderConsentLabel, startsLabel, ticksIn, withinOwnSection,
} from './blocks';
import type { AftercareStatus, Statement } from './types';
import { execAll } from '../../util/matches';
import { LABEL_ASIDE } from '../../lexicon/pattern';
import { memoByText } from '../../util/memo';
import { sentenceStopSource } from '../../lexicon/short-forms';


const noAftercareRe = /\b(?:no|without)\s+(?:\w+\s+)?(?:after[- ]?care|post[- ]?\w+\s+(?:care|instructions?|advice|education)|home[- ]care)\b/i;
/** A line naming what to expect that puts nothing off: one deferred item in an advice list leaves the rest given. */
const topicGiven = (text: string) => text.split('\n').some((line) => aftercareTopicRe.test(line) && !deferredAftercare(line));
/** "red flags to be discussed next visit" names a topic without having covered it. */
const coveredNow = (text: string) => advised(text.replace(promisedEducationRe, ' '));

// A sentence also ends before a number ("… ok tomorrow. 1x/wk through indoor season; progress plyo next visit.") and,
// in notes typed or dictated in lower case, before a small letter ("aftercare soreness 48 hours heat. continue hep dn
// next visit"), but not after a digit ("0.25 mm", "x3.") or a short form ("incl. bruising").
const sentenceEndRe = new RegExp(`${sentenceStopSource('\\d')}(?=\\s+[A-Za-z\\d]|$)`, 'g');

/** The sentence holding the aftercare word ("Aftercare: soreness 24-48 h. Next visit retest" stops before "Next"). */
function ownStatement(text: string, at: number): string {
  let start = 0;
  let end = text.length;
  for (const m of execAll(sentenceEndRe, text)) {
    if (m.index! < at) start = m.index! + 1;
    else {
      end = m.index!;
      break;
    }
  }
  return text.slice(start, end);
}

/** "- [ ] Aftercare handout given": a box nobody ticked states nothing. */
const untickedOnly = (line: string) => {
  const ticks = ticksIn(line);
  return ticks.boxes > 0 && !ticks.ticked.length;
};
const withoutUnticked = (text: string) => text.split('\n').filter((line) => !untickedOnly(line)).join('\n');

/** What ends an aftercare label after its word: "Aftercare given:", "Aftercare (leaflet given?):", "Aftercare -". */
const aftercareLabelRe = new RegExp(String.raw`^[\s*_]*(?:(?:given|provided|education|instructions?|advice|reviewed)\s*)?${LABEL_ASIDE}[\s*_]*(?:[:\-–—]|\?)[\s*_]*`, 'i');

function classifyAftercareLine(text: string, word: RegExpExecArray): AftercareStatus {
  if (untickedOnly(text)) return 'blank';
  const after = text.slice(word.index + word[0].length);
  const label = aftercareLabelRe.exec(labelHead(after));
  if (label && blankValue.test(after.slice(label[0].length))) return 'blank';
  // Read in its own sentence: a dense line also holds consent and exam text that "reviews" other things.
  const own = ownStatement(text, word.index);
  if (label && noAnswerOpeningRe.test(after.slice(label[0].length)) && !coveredNow(own)) return 'deferred';
  if (coveredNow(own)) return 'given';
  if (noAftercareRe.test(own) || deferredAftercare(own)) return 'deferred';
  // "Aftercare: soreness 24-48 h, ice or heat": a label followed by what to expect is advice given.
  return 'given';
}

const isAftercareHeading = (h: string) => aftercareWordRe.test(h);

/**
 * "Post-needling: sore for a day or two, heat", also after the section's own label ("P: Post-needling - ache …"): a label for the
 * time after needling over a topic. So is an advice or education label over its line ("Advice: leg will feel heavy for a day, …
 * Heat or ice as he likes."), as under an "Advice" heading, unless the line is about consent.
 */
function afterNeedlingLabel(text: string): boolean {
  const afterSection = text.slice(matchLabel(text)?.length ?? 0);
  if (afterNeedlingLabelRe.test(afterSection)) return topicNamedRe.test(afterSection.replace(afterNeedlingLabelRe, '').replace(changedTopicRe, ' '));
  const colon = afterSection.indexOf(':');
  if (colon < 0 || colon > 40 || !isEducationHeading(afterSection.slice(0, colon).replace(/[*_\s]+/g, ' ').trim().toLowerCase())) return false;
  const said = afterSection.slice(colon + 1);
  return !consentWordRe.test(said) && !deferredAftercare(said) && topicNamedRe.test(said.replace(changedTopicRe, ' '));
}

/** "Consent:" alone on the line above in the same paragraph: this line is its answer ("verbal, risks incl. soreness explained"). */
const valueOfConsentLabel = (units: readonly Unit[], i: number) => i > 0 && units[i - 1].block === units[i].block && consentLabelOnlyRe.test(units[i - 1].text);

// "## Advice" over "Forearm may ache for a day or two and bruise a little": advice, like education, when its lines name a topic.
const isEducationHeading = (h: string) => adviceHeadingRe.test(h);

/** Advice typed on the line under its label, in its paragraph or item, reads as typed after it ("Aftercare:" over "will give handout next visit"). */
function typedOnStatus(units: readonly Unit[], i: number, label: string, firstLine: string): AftercareStatus | undefined {
  if (!typedOnUnder(units, i)) return undefined;
  const line = `${label} ${firstLine}`;
  return classifyAftercareLine(line, aftercareWordRe.exec(line)!);
}

/**
 * What the lines under an aftercare or advice heading or label say. Under "Aftercare" they are aftercare whatever
 * they say, and nothing there, or only the template's own field left empty ("Aftercare: ___"), is a blank; under
 * "Advice" or "Education" they are aftercare only when they name what to expect after needling.
 */
function statusUnder(lines: string, holdsAftercare: boolean): AftercareStatus | undefined {
  const inner = lines.trim();
  const onlyBlanks = inner.split('\n').every((line) => blankValue.test(line.trim().replace(startsLabel, '')));
  if (!inner || onlyBlanks) return holdsAftercare ? 'blank' : undefined;
  // "**Aftercare**" over "- DN aftercare handout given: [N]": the form's own questions answered no give nothing.
  if (inner.split('\n').every((line) => fieldAnsweredNoRe.test(line.trim()) || blankValue.test(line.trim()))) return 'deferred';
  if (advised(inner) || topicGiven(inner)) return 'given';
  if (deferredAftercare(inner) || noAftercareRe.test(inner)) return 'deferred';
  return holdsAftercare ? 'given' : undefined;
}

/** What a label alone on its line ("**Aftercare:**") holds: the lines or the list just below it, in its own section. */
function underBareLabel(units: readonly Unit[], i: number): string {
  const u = units[i];
  const next = units[i + 1];
  // A new SOAP section ("P: continue") is not what the label holds, nor a paragraph after a blank line
  // that opens with a label of its own ("**Aftercare:**", blank, "**Other treatment:** clamshells").
  const ownLabelled = next && next.kind === 'line' && next.block !== u.block && startsLabel.test(next.text);
  if (!next || ownLabelled || next.kind === 'heading' || next.section !== u.section || next.line > u.lastLine + 2) return '';
  // A list under the label is its answer whole ("**Aftercare:**" over "- soreness 24-48 h", "- SOB → call 911"); a box nobody ticked says nothing.
  return withoutUnticked((next.kind === 'item' ? answerUnderLabel(units, i, aftercareWordRe) : undefined) ?? blockText(units, i + 1, isAftercareHeading));
}

export function findAftercare(units: readonly Unit[], frontMatter?: Record<string, unknown>, reportUnits?: (u: Unit) => boolean): Statement<AftercareStatus>[] {
  const out: Statement<AftercareStatus>[] = [];
  const fm = frontMatter?.aftercare;
  if (fm !== undefined) {
    const text = fm === null ? '' : typeof fm === 'string' ? fm : Array.isArray(fm) ? fm.join('; ') : String(fm);
    const status: AftercareStatus = !text.trim() || fm === false || blankValue.test(text) ? 'blank'
      : advised(text) ? 'given' : deferredAftercare(text) || /^\s*(?:no|none)\b/i.test(text) ? 'deferred' : 'given';
    out.push({ unit: -1, start: 0, end: 0, status, text: 'aftercare: ' + text });
  }
  // "Aftercare" headings hold aftercare whatever their lines say; an "Education" or "Advice" heading holds
  // aftercare only when its lines are about what to expect after needling.
  units.forEach((u, i) => {
    if (u.kind === 'heading') {
      const h = u.text.toLowerCase().replace(/^#+\s*|[*_]/g, '').trim();
      const aftercareHeading = isAftercareHeading(h);
      if (!aftercareHeading && !isEducationHeading(h)) return;
      const match = aftercareHeading ? isAftercareHeading : isEducationHeading;
      const body = blockText(units, i, (x) => match(x) || isAftercareHeading(x));
      const status = statusUnder(withoutUnticked(body.slice(u.text.length)), aftercareHeading);
      if (status) out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: body });
      return;
    }
    const text = rowText(u, aftercareWordRe);
    const word = aftercareWordRe.exec(text);
    // "**Advice:**" alone on a line is read like an "Advice" heading: what follows is aftercare when it names what to expect.
    // … with an aside before its colon too ("What to expect after dry needling (handout given):").
    const labelText = text.replace(labelAsideRe, '');
    // A label is short: the length bound keeps the pattern's overlapping underscores from rescanning a long line.
    const bareAdviceLabel = !word && u.kind !== 'row' && labelText.length <= 120 && /^[*_]*[\w. /&]+[*_]*:[*_]*$/.test(labelText.trim()) && isEducationHeading(labelText.replace(/[*_:\s]+$|^[*_\s]+/g, '').toLowerCase());
    if (bareAdviceLabel) {
      const under = underBareLabel(units, i);
      const status = statusUnder(under, false);
      if (status) out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: `${text}\n${under}` });
      return;
    }
    // The lines this one's statement runs on to: only worked out for a line that states aftercare.
    const blockOf = () => (u.kind === 'row' ? text : blockText(units, i, isAftercareHeading));
    if (word) {
      // "**Aftercare**" alone on a line is a label for what follows it, like a heading.
      // A blank field ("Aftercare: ___") is a field left empty, not a label over the lines after it.
      const bare = u.kind !== 'row' && !blankMarkRe.test(text) && !text.replace(labelAsideRe, '').replace(/[*_:#\s]/g, '').replace(new RegExp(aftercareWordRe.source, 'iu'), '').trim();
      if (bare) {
        const under = underBareLabel(units, i);
        const read = statusUnder(under, true)!;
        const status = (read !== 'blank' && under.trim() && typedOnStatus(units, i, text, under.trim().split('\n')[0])) || read;
        out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: `${text}\n${under}` });
        return;
      }
      let status = classifyAftercareLine(text, word);
      let block = withinOwnSection(u, blockOf(), word.index);
      // … or a label ending in its colon ("Aftercare sheet:"), its answer on the lines under it.
      const list = status === 'blank' || /:[*_\s]*$/.test(text) ? withoutUnticked(answerUnderLabel(units, i, aftercareWordRe) ?? '') || undefined : undefined;
      if (list) {
        block = text + '\n' + list;
        status = typedOnStatus(units, i, text, list.split('\n')[0])
          ?? (advised(list) || aftercareTopicRe.test(list) || !(deferredAftercare(list) || noAftercareRe.test(list)) ? 'given' : 'deferred');
      }
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: block });
    } else if (afterNeedlingLabel(text)) {
      // "- Post-needling: sore for a day or two, heat and keep walking": a label for the time after needling over what to expect;
      // a topic as a whole word ("Post-needling: Ober less restricted" names no rest), not one said to be absent
      // ("Post-procedure: tolerated well, hemostasis with pressure, no bleeding").
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status: 'given', text: blockOf() });
    } else if (!untickedOnly(text) && sectionParts(u, text).some((part) => givesAdvice(part, !reportUnits?.(u),
      consentWordRe.test(u.heading) || consentListOf(units, i) !== undefined || valueOfConsentLabel(units, i) || rowUnderConsentLabel(units, i)))) {
      // A line of a block already read under its heading or label is not a second statement.
      const last = out[out.length - 1];
      if (last && last.unit < i && last.text.includes(u.text)) return;
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status: 'given', text: blockOf() });
    }
  });
  return out;
}

/**
 * A sentence that records advice given ("Pt educated on soreness, heat and hydration"), not consent
 * ("risks incl. soreness reviewed") and not the patient's report; a topic with a time span ("soreness
 * 24-48 h, ice prn") counts only in the clinician's own sections. Read sentence by sentence, since a
 * dense paragraph often holds the consent and the advice on one line.
 */
/** A line cut where each section opens on it ("…, my impression - …, plan - told her the jaw may ache …"): each part is read apart. */
function sectionParts(u: Unit, text: string): string[] {
  if (!u.midSections?.length || text !== u.text) return [text];
  const cuts = [0, ...u.midSections.map((m) => m.at), text.length];
  return cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
}

/** The patient's history of advice from before ("advised re soreness after DN last year"): no advice given today among these clauses. */
const onlyPastAdvice = (advice: string[]) => advice.length > 0 && advice.every((clause) => pastRe.test(clause) && !todayRe.test(clause));

/** Whether a text gives advice, remembered by text for each way it may be read (most lines are read again at every re-lint). */
const adviceMemos = [false, true].map((clinicianWords) => [false, true].map((underConsentHeading) => memoByText((text) => readsAsAdvice(text, clinicianWords, underConsentHeading))));
const givesAdvice = (text: string, clinicianWords: boolean, underConsentHeading = false): boolean => adviceMemos[clinicianWords ? 1 : 0][underConsentHeading ? 1 : 0](text);

function readsAsAdvice(text: string, clinicianWords: boolean, underConsentHeading: boolean): boolean {
  // Education promised for later ("PTX to be discussed next visit") is not advice given today.
  const advisedHere = (s: string) => coveredNow(s) || (clinicianWords && adviceWrittenShort(s));
  if (!(anyAftercareTopicRe.test(text) || (clinicianWords && mayFeelForSpanRe.test(text))) || !advisedHere(text)) return false;
  // Sentences, not clauses: "risks reviewed; soreness and bruising possible" is still about consent,
  // and so is a risk named on a consent line ("Consent: … on file. Discussed risk of pneumothorax.",
  // "[x] Verbal consent to DN today. Discussed risk of PTX/SOB.").
  const sentences = sentencesOf(text);
  // … and so is a risk listed under a consent heading ("### Consent" over "[x] DN info sheet given, risks explained: soreness, bruising"),
  // or on a line that opens with the patient agreeing to the needling ("Pt happy to proceed with DN, risks explained again (soreness, bruising)").
  const agreesToNeedling = agreementRe.test(sentences[0]) && needlingTermRe.test(sentences[0]);
  const consentLine = underConsentHeading || consentLabelRe.test(text) || consentWordRe.test(sentences[0]) || agreesToNeedling;
  // … and so is the needling explained with what it may bring on, before the consent it leads to ("DN explained (ache, bruising,
  // fainting, infection). Verbal consent obtained.").
  // … and so are harms gone over on a consent line with nothing to do about them and nothing to expect ("### Consent" over "We went
  // over soreness, bruising, bleeding, fainting, infection and the sciatic nerve …"): the risks put, in other words.
  const harmsOnly = (s: string) => toldRe.test(s) && !careTopicRe.test(s) && !expectationWordRe.test(s) && !adviceWrittenShort(s);
  const consentTalk = (s: string) => (consentLine && (/\brisks?\b/i.test(s) || harmsOnly(s))) || (needlingExplainedRe.test(s) && consentWordRe.test(text));
  return sentences.some((s) => advisedHere(s) && !consentWordRe.test(s) && !consentTalk(s)
    && !/^\s*(?:[A-Z]{1,2}:\s*)?(?:(?:pt|patient)\s*)?(?:reports?|states?|c\/o|complains?|notes?|denies)\b/i.test(s)
    && (clinicianWords || !onlyPastAdvice(s.split(';').filter(advisedHere))));
}

/**
 * A line's sentences: cut at a full stop, "!" or "?" before a space, not after an abbreviation or a number ("incl.", "R.", "2."),
 * and, in a paragraph dictated without full stops, at the comma before a statement's label, a needling lead-in or the
 * next step told ("…, she was happy to go ahead, then DN R upper trap …, told her to expect …").
 */
const sentenceStopRe = new RegExp(`${sentenceStopSource('\\d')}(?=\\s|$)|,(?=\\s*(?:${RUN_ON_PART_SOURCE}|(?:then|next)\\s))|;(?=${AFTER_NEEDLING_LABEL_SOURCE})`, 'i');
export const sentencesOf = (text: string): string[] => text.split(sentenceStopRe);

/** True when a text names pneumothorax or its warning signs (breathlessness, chest pain), not as absent ("red flags reviewed, denies SOB"). */
export const mentionsPneumothorax = (text: string) => pneumothoraxNamedRe.test(withoutAnsweredNo(text));
