import type { Unit } from './units';

// Session-level statements: consent, aftercare, needle counts. Each is found wherever it
// stands: a labelled line, a bullet, a table row, a heading with lines under it, front matter.

export type ConsentStatus = 'given' | 'refused' | 'withdrawn' | 'pending' | 'blank';

export interface Statement<S extends string> {
  unit: number;
  start: number;
  end: number;
  status: S;
  /** The statement's text together with the lines under its heading or bullet. */
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/**
 * Clauses are read one at a time, so "declined e-stim; consented to DN" is about two
 * things. Split at sentence ends, semicolons, line breaks and turns such as ", then" or "but".
 */
function clauses(text: string): string[] {
  return text.split(/(?<!\b(?:incl|approx|pt|e\.g|i\.e|vs|min|lat|med|ant|post|sup|inf|R|L))[.!?](?=\s|$)|[;\n\r•·]|,\s*(?=then\b|but\b|however\b|now\b|later\b)|\s(?=but\b|however\b)/i)
    .map((c) => c.trim()).filter(Boolean);
}

/** Table rows read as "label: values", so "| Consent | declined |" reads like "Consent: declined". */
function rowText(u: Unit, word: RegExp): string {
  if (u.kind !== 'row') return u.text;
  const cells = u.cells!;
  const label = cells.findIndex((c) => word.test(c.text));
  if (label < 0) return cells.map((c) => `${c.column}: ${c.text}`).join('; ');
  const rest = cells.filter((_, i) => i !== label).map((c) => c.text.trim()).filter(Boolean);
  return `${cells[label].text.trim()}: ${rest.join(', ')}`;
}

/** What a label's value holds when nothing was written: "", "___", "N/A", "—", "?", "[ ]". */
const blankValue = /^[\s*_]*(?:_{2,}|\[\s?\]|☐|n\/?a|tbd|tbc|\?+|—|–|-+|\.{3}|…)?[\s*_.]*$/i;
const uncheckedBox = /(?:^|\s)(?:\[\s?\]|☐)(?=\s|$)/;
const checkedBox = /(?:^|\s)(?:\[[xX✓✔]\]|☑|☒|✓|✔)(?=\s|$)/;

// The thing a verb is about. Needling (or consent itself, or treatment as a whole) is what
// a consent statement is about; a named other treatment ("e-stim", "photos") is not.
const needlingObject = /^[\s:,\-–—]*(?:(?:to|for|with|of|from)\s+)?(?:(?:the|any|all|proceeding with|proceed with)\s+)?(?:(?:trigger[- ]point|TrP|deep|superficial)\s+)?(dry[- ]needling|needling|needles?|DN|TDN|TrP-?DN|FDN|DDN|SDN|IMS|needle insertion|(?:the\s+)?procedure|treatment|tx|consent|it|this)\b/i;
const otherObject = /^[\s:,\-–—]*(?:(?:to|for|with|of|from)\s+)?(?:(?:the|any|a|an)\s+)?(?:e-?stim\w*|electric\w*|PENS|IMES|TENS|IFC|NMES|manual therapy|MT\b|manipulation|mobili[sz]ation|SMT|cupping|IASTM|taping|tape|K-?tape|photos?|photographs?|pictures?|video\w*|recording|exercise|HEP|massage|US\b|ultrasound|traction|heat|ice|laser|chaperone|interpreter|students?|observers?|handouts?|follow[- ]?up|appointment|referral|imaging|x-?rays?|MRI|injections?|meds?|medications?|opioids?)/i;
/** "DN of the thoracic region", "needling to R UT": about one site only, not needling as a whole. */
const partialTail = /^\s+(?:to|of|over|at|in|into|near|around|on|for)\s+(?!this\b|today\b|the (?:session|visit|day|moment|time)\b|present\b|now\b|all\b)\S/i;
const furtherObject = /^[\s:,\-–—]*(?:(?:to|for|with)\s+)?(?:any\s+)?(?:further|more|additional|continued|remaining|rest of)\b/i;

type ObjectKind = 'needling' | 'partial' | 'further' | 'other' | 'none';

function objectOf(after: string): ObjectKind {
  if (furtherObject.test(after)) return 'further';
  const n = needlingObject.exec(after);
  if (n) return partialTail.test(after.slice(n[0].length)) ? 'partial' : 'needling';
  if (otherObject.test(after)) return 'other';
  return 'none';
}

// ---------------------------------------------------------------------------------------------
// Consent

const consentWordRe = /\b(?:consent(?:ed|s|ing)?|DCO)\b/i;
const needlingWordRe = /\b(?:dry[- ]needl\w*|needl(?:ing|ed)|DN|TDN|TrP-?DN|FDN|IMS)\b/;
const withdrawnRe = /\b(?:withdr[ae]w[ns]?|withdrawn|withdrawing|revok(?:ed|es|ing)|rescind(?:ed|s|ing))\b/i;
const needleWithdrawnRe = /\bneedles?\s+(?:(?:was|were|is|are|then|slowly|fully)\s+)*(?:withdr|remov)\w*|withdr\w+\s+(?:(?:the|all|each)\s+)?needles?\b/i;
const pendingRe = /\b(?:pending|awaiting|to be (?:obtained|signed|discussed|completed|confirmed|reviewed)|not yet|next (?:visit|session|time|appt|appointment)|TBD|TBC|deferred|will (?:obtain|sign|be|decide|consider|think)|wants? (?:time )?to think|(?:is |was )?(?:undecided|unsure|hesitant))\b/i;
const refusalVerbRe = /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|al|ing)|unwilling|(?:does|did|do)(?: not|n't) (?:want|wish|agree|consent)|not (?:interested|willing|agreeable)|opt(?:ed|s)? (?:out|against))\b/i;
const negationBeforeRe = /\b(?:no|not|never|without|declin(?:ed|es|ing)|refus(?:ed|es|ing)|denie[sd]|unwilling|unable to|did not|does not|doesn't|didn't|won't|cannot|can't)\s+(?:(?:verbal|written|informed|formal|any|give|to|provide|obtain|obtained|have|a)\s+)*$/i;
const negationAfterRe = /^[\s:*_\-–—]*(?:(?:for|to)\s+(?:DN|dry needling|needling)\s*[:\-–—]?\s*)?(?:declined|refused|denied|no\b(?!\s+(?:questions|concerns|changes?|contraindications|issues|problems))|none\b|not\b(?!\s+(?:acupuncture|an acupuncturist))|N\b|✗|✘|×)/i;
const notGivenRe = /\b(?:not|never)\s+(?:been\s+)?(?:obtained|given|signed|received|documented|done)\b/i;
const givenRe = /\b(?:obtained|signed|given|on file|in (?:the )?chart|verbal(?:ly)?|written|reviewed|re-?confirmed|confirmed|consent(?:ed|s|ing)|agree[sd]?|yes|Y|provided|documented|informed|understood|received|see (?:previous|prior|initial|last|eval\w*|IE)|per (?:form|chart|IE|eval\w*))\b|\[x\]|✓|✔|☑/i;
const pendingStartRe = new RegExp(String.raw`^\W*(?:pending|awaiting|to be (?:obtained|signed)|not yet|TBD|TBC|deferred)\b`, 'i');
const agreementRe = /\b(?:agree[sd]?|agreeable|wish(?:es|ed)? to proceed|(?:is |was )?happy to proceed|elected)\b(?:\s+(?:to|with))?/i;

function classifyConsentClause(clause: string, context: 'explicit' | 'implicit' | 'none'): ConsentStatus | undefined {
  const word = consentWordRe.exec(clause);
  const aboutNeedling = needlingWordRe.test(clause);
  if (!word && !aboutNeedling && context === 'none') return undefined;
  if (word && withdrawnRe.test(clause) && !needleWithdrawnRe.test(clause)) return 'withdrawn';
  if (!word && /\bwithdr[ae]w\w*\s+from\s+(?:DN|dry needling|needling|treatment)\b/i.test(clause)) return 'withdrawn';

  if (word) {
    if (uncheckedBox.test(clause)) return 'blank';
    const before = clause.slice(0, word.index);
    const after = clause.slice(word.index + word[0].length);
    // "no consent", "did not consent", "pt declined consent": refused, unless about one site or another treatment.
    if (negationBeforeRe.test(before) && !/\bno (?:questions|concerns|contraindications|change)\b/i.test(before)) {
      return ['partial', 'other', 'further'].includes(objectOf(after)) ? undefined : 'refused';
    }
    const na = negationAfterRe.exec(after);
    if (na) return ['partial', 'other', 'further'].includes(objectOf(after.slice(na[0].length))) ? undefined : 'refused';
    if (notGivenRe.test(after.split(/\s+/).slice(0, 6).join(' '))) return 'refused';
  }
  const refusal = refusalVerbRe.exec(clause);
  if (refusal) {
    const obj = objectOf(clause.slice(refusal.index + refusal[0].length));
    const needlingBefore = needlingWordRe.test(clause.slice(0, refusal.index));
    if (obj === 'needling' || (obj === 'none' && (word || needlingBefore || context !== 'none'))) return 'refused';
  }
  if (word && pendingRe.test(clause)) return 'pending';
  if (!word && context !== 'none' && pendingStartRe.test(clause)) return 'pending';
  if (word) {
    if (word[0].toUpperCase() === 'DCO') return 'given';
    // "consented to manual therapy only" is not consent to needling.
    if (objectOf(clause.slice(word.index + word[0].length)) === 'other' && !aboutNeedling) return undefined;
    if (checkedBox.test(clause) || givenRe.test(clause) || /\binformed consent\b/i.test(clause)) return 'given';
    return undefined;
  }
  const agree = agreementRe.exec(clause);
  if (agree && objectOf(clause.slice(agree.index + agree[0].length)) !== 'other' && (aboutNeedling || context === 'explicit')) return 'given';
  if (context === 'explicit' && (givenRe.test(clause) || checkedBox.test(clause))) return 'given';
  return undefined;
}

/**
 * Reads clauses in order: a later clause overrides an earlier one ("initially declined, then
 * consented"), except that a pending form does not undo consent already given ("verbal consent
 * obtained; written form to be signed next visit"). `explicit` is set for text under a consent
 * heading or key, where every clause is about consent.
 */
export function classifyConsent(raw: string, explicit = false): ConsentStatus | undefined {
  // "Consent (Y/N):" is a form prompt, not an answer.
  const text = raw.replace(/\(?\bY\s*\/\s*N\b\)?/gi, '');
  const word = consentWordRe.exec(text);
  if (word) {
    const after = text.slice(word.index + word[0].length);
    const label = /^[\s*_]*(?:form|status|for (?:DN|dry needling|needling))?[\s*_]*:/i.exec(after);
    if (label && blankValue.test(after.slice(label[0].length))) return 'blank';
  }
  const context = explicit ? 'explicit' : word ? 'implicit' : 'none';
  let status: ConsentStatus | undefined;
  for (const c of clauses(text)) {
    const s = classifyConsentClause(c, context);
    if (!s) continue;
    if (s === 'pending' && status === 'given') continue;
    if (s === 'blank' && status) continue;
    status = s;
  }
  return status;
}

const startsLabel = /^[*_]*[A-Za-z][\w /&().'-]{0,40}?[*_]*\s*(?::|[-–—]\s)/;

/** Lines under a heading, or the continuation lines and sub-items of a bullet, belong to it. */
function blockText(units: Unit[], i: number, match: (heading: string) => boolean): string {
  const u = units[i];
  const parts = [u.text];
  for (let j = i + 1; j < units.length; j++) {
    const v = units[j];
    if (u.kind === 'heading') {
      if (v.kind === 'heading' && v.depth <= u.depth) break;
      if (!match(v.heading) && v.kind !== 'heading') break;
    } else {
      if (v.block !== u.block && v.parentItem !== u.block) break;
      // Notes often run label lines together in one paragraph: "Consent: …" then "Screen: …".
      if (v.block === u.block && startsLabel.test(v.text)) break;
    }
    parts.push(v.text);
  }
  return parts.join('\n');
}

/** "Consent:" or "**Aftercare:**" alone on a line, with its answer in the list just below it. */
function listUnderLabel(units: Unit[], i: number): string | undefined {
  const u = units[i];
  const next = units[i + 1];
  if (u.kind === 'row' || !/:[\s*_]*$/.test(u.text) || !next || next.kind !== 'item' || next.line > u.line + 2) return undefined;
  const parts: string[] = [];
  for (let j = i + 1; j < units.length && units[j].kind === 'item' && units[j].topStart === next.topStart; j++) parts.push(units[j].text);
  return parts.join('\n');
}

export function findConsent(units: Unit[], frontMatter?: Record<string, unknown>): Statement<ConsentStatus>[] {
  const out: Statement<ConsentStatus>[] = [];
  const fm = frontMatter?.consent;
  if (fm !== undefined) {
    // Front matter sits above everything else, so it comes first in document order.
    const text = fm === null ? '' : typeof fm === 'string' ? fm : typeof fm === 'boolean' ? (fm ? 'yes' : 'no') : JSON.stringify(fm);
    const status = !text.trim() ? 'blank' : (classifyConsent('consent: ' + text, true) ?? 'given');
    out.push({ unit: -1, start: 0, end: 0, status, text: 'consent: ' + text });
  }
  const isHeading = (h: string) => /\bconsent\b/.test(h);
  units.forEach((u, i) => {
    if (u.kind === 'heading') {
      if (!isHeading(u.text.toLowerCase())) return;
      const body = blockText(units, i, isHeading);
      const inner = body.slice(u.text.length).trim();
      const status = inner ? (classifyConsent(inner, true) ?? 'given') : 'blank';
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: body });
      return;
    }
    const text = rowText(u, consentWordRe);
    let status = classifyConsent(text);
    let body = u.kind === 'row' ? text : blockText(units, i, isHeading);
    const list = status === 'blank' ? listUnderLabel(units, i) : undefined;
    if (list) {
      status = classifyConsent(list, true) ?? 'given';
      body = text + '\n' + list;
    }
    if (status) out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: body });
  });
  return out;
}

/** "Pt withdrew consent; needling stopped and all needles removed": the withdrawal was honoured. */
export const needlingStopped = (text: string) =>
  /\b(?:stopp?ed|discontinued|ceased|terminated|halted|ended|abandoned|no further (?:needl\w*|DN|needles?)|needles? (?:were |was )?(?:all )?(?:removed|withdrawn)|(?:all )?needles removed|removed (?:all )?(?:the )?needles?)\b/i.test(text);

// ---------------------------------------------------------------------------------------------
// Aftercare

export type AftercareStatus = 'given' | 'deferred' | 'blank';

const aftercareWordRe = /\b(?:after[- ]?care|post[- ]?(?:needling|treatment|tx|dn|procedure)\s+(?:care|instructions?|advice|education)|home[- ]care|home instructions|discharge instructions|care instructions)\b/i;
const aftercareTopicRe = /\b(?:sorene?ss|sore|ache|aching|bruis\w*|bleed\w*|red flags?|pneumothora\w*|PTX|SOB|shortness of breath|breathless\w*|chest pain|hydrat\w*|water|heat|ice|activit(?:y|ies)|exercise|strenuous|driv\w*|dizz\w*|faint\w*|light-?headed\w*|infection|what to expect|post[- ]?needling|PNS|DOMS|ED\b|A&E|emergency|911|999|112|call (?:us|the clinic|clinic)|contact (?:us|the clinic|clinic)|handout|leaflet|sheet)\b/i;
const educatedRe = /\b(?:educated|educat(?:ion|e)|advised|advice|instructed|instructions?|informed|counsell?ed|told|reviewed|discussed|explained|warned|reassured|handout|leaflet|given|provided|verbal(?:ly)?|written|expect(?:ed)?|may (?:feel|experience|be)|possible|normal)\b[^.\n;]{0,80}?\b(?:sorene?ss|sore|bruis\w*|red flags?|pneumothora\w*|PTX|SOB|shortness of breath|chest pain|hydrat\w*|heat|ice|activity|activities|driv\w*|what to expect|post[- ]?needling|PNS|DOMS)\b|\b(?:sorene?ss|sore|bruis\w*|red flags?|PTX|SOB|chest pain)\b[^.\n;]{0,40}?\b(?:expected|possible|may (?:occur|last|persist|develop)|normal|likely|reviewed|discussed|explained|advised)\b/i;
const deferredRe = /\b(?:defer(?:red|ring)?|next (?:visit|session|time|appt|appointment)|to be (?:given|provided|discussed|reviewed|done)|not (?:given|provided|discussed|reviewed|done|covered)|will (?:give|provide|discuss|review|cover|send)|pending|TBD|TBC|none(?: given)?|no time|ran out of time|left (?:early|before))\b/i;
const noAftercareRe = /\b(?:no|without)\s+(?:\w+\s+)?(?:after[- ]?care|post[- ]?\w+\s+(?:care|instructions?|advice|education)|home[- ]care)\b/i;

/** "red flags to be discussed next visit" names a topic without having covered it. */
const futureVerbRe = /\b(?:to be|will be|will|to)\s+(?:give|given|provide|provided|discuss|discussed|review|reviewed|explain|explained|cover|covered|done)\b/gi;
const coveredNow = (text: string) => educatedRe.test(text.replace(futureVerbRe, ' '));

function classifyAftercareLine(text: string, word: RegExpExecArray): AftercareStatus {
  const after = text.slice(word.index + word[0].length);
  const label = /^[\s*_]*(?:(?:given|provided|education|instructions?|advice)\s*)?[\s*_]*(?:[:\-–—]|\?)[\s*_]*/i.exec(after);
  if (label && blankValue.test(after.slice(label[0].length))) return 'blank';
  if (label && /^\s*(?:no|n|none|not given)\b/i.test(after.slice(label[0].length)) && !coveredNow(text)) return 'deferred';
  if (coveredNow(text)) return 'given';
  if (noAftercareRe.test(text) || deferredRe.test(text)) return 'deferred';
  return 'given';
}

export function findAftercare(units: Unit[], frontMatter?: Record<string, unknown>): Statement<AftercareStatus>[] {
  const out: Statement<AftercareStatus>[] = [];
  const fm = frontMatter?.aftercare;
  if (fm !== undefined) {
    const text = fm === null ? '' : typeof fm === 'string' ? fm : Array.isArray(fm) ? fm.join('; ') : String(fm);
    const status: AftercareStatus = !text.trim() || fm === false || blankValue.test(text) ? 'blank'
      : educatedRe.test(text) ? 'given' : deferredRe.test(text) || /^\s*(?:no|none)\b/i.test(text) ? 'deferred' : 'given';
    out.push({ unit: -1, start: 0, end: 0, status, text: 'aftercare: ' + text });
  }
  // "Aftercare" headings hold aftercare whatever their lines say; an "Education" heading
  // holds aftercare only when its lines are about what to expect after needling.
  const isAftercareHeading = (h: string) => /after[- ]?care|home[- ]care|home instructions|post[- ]?(?:needling|treatment|tx|dn|procedure)\s+(?:care|instructions?|advice|education)/.test(h);
  const isEducationHeading = (h: string) => /^(?:patient |pt\.? )?education\b|^instructions\b/.test(h);
  units.forEach((u, i) => {
    if (u.kind === 'heading') {
      const h = u.text.toLowerCase();
      const aftercareHeading = isAftercareHeading(h);
      if (!aftercareHeading && !isEducationHeading(h.replace(/^#+\s*|[*_]/g, '').trim())) return;
      const match = aftercareHeading ? isAftercareHeading : isEducationHeading;
      const body = blockText(units, i, (x) => match(x) || isAftercareHeading(x));
      const inner = body.slice(u.text.length).trim();
      let status: AftercareStatus | undefined;
      if (!inner) status = aftercareHeading ? 'blank' : undefined;
      else if (educatedRe.test(inner) || (aftercareTopicRe.test(inner) && !deferredRe.test(inner))) status = 'given';
      else if (deferredRe.test(inner) || noAftercareRe.test(inner)) status = 'deferred';
      else status = aftercareHeading ? 'given' : undefined;
      if (status) out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: body });
      return;
    }
    const text = rowText(u, aftercareWordRe);
    const word = aftercareWordRe.exec(text);
    let block = u.kind === 'row' ? text : blockText(units, i, isAftercareHeading);
    if (word) {
      let status = classifyAftercareLine(text, word);
      const list = status === 'blank' ? listUnderLabel(units, i) : undefined;
      if (list) {
        block = text + '\n' + list;
        status = educatedRe.test(list) || aftercareTopicRe.test(list) || !(deferredRe.test(list) || noAftercareRe.test(list)) ? 'given' : 'deferred';
      }
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: block });
    } else if (givesAdvice(text)) {
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status: 'given', text: block });
    }
  });
  return out;
}

/**
 * A sentence that records advice given ("Pt educated on soreness, heat and hydration"), not consent
 * ("risks incl. soreness reviewed") and not the patient's report. Read sentence by sentence, since a
 * dense paragraph often holds the consent and the advice on one line.
 */
function givesAdvice(text: string): boolean {
  if (!educatedRe.test(text)) return false;
  // Sentences, not clauses: "risks reviewed; soreness and bruising possible" is still about consent.
  return text.split(/(?<!\b(?:incl|approx|pt|e\.g|i\.e|vs|min|lat|med|ant|post|sup|inf|R|L|\d))[.!?](?=\s|$)/i).some((s) => educatedRe.test(s) && !consentWordRe.test(s)
    && !/^\s*(?:[A-Z]{1,2}:\s*)?(?:pt|patient)?\s*(?:reports?|states?|c\/o|complains?|notes?|denies)\b/i.test(s));
}

const ptxRe = /\b(?:pneumothora(?:x|ces)|PTX|collapsed lung|punctured lung|lung (?:puncture|injury|collapse)|short(?:ness)? of breath|SOB|breathless(?:ness)?|difficulty breathing|trouble breathing|chest pain|chest tightness|pain on breathing|pleuritic)\b/i;
/** True when a text names pneumothorax or its warning signs (breathlessness, chest pain). */
export const mentionsPneumothorax = (text: string) => ptxRe.test(text);

// ---------------------------------------------------------------------------------------------
// Needle counts

export interface NeedleCount {
  unit: number;
  start: number;
  end: number;
  inserted?: number;
  removed?: number;
  /** "All needles removed", "count correct", "no needles retained". */
  allRemoved: boolean;
  /** The line explains a difference between the numbers: "1 found on the table". */
  accountedFor: boolean;
}

const allRemovedRe = /\ball\s+(?:\d{1,3}\s+)?(?:(?:of\s+the|the)\s+)?(?:needles?\s+)?(?:were\s+|was\s+)?(?:removed|accounted for|out|retrieved|withdrawn|disposed)|\bneedles?\s+(?:were\s+)?all\s+(?:removed|out|accounted for)|\bneedles?\s+(?:count\s+)?(?:is\s+|was\s+)?(?:correct|verified|reconciled|matched?|complete)\b|\bcount\s+(?:is\s+|was\s+)?(?:correct|verified|reconciled|matched?)\b|\bno\s+needles?\s+(?:were\s+)?(?:retained|left|remaining|remain)\b/i;
const accountedRe = /\b(?:found|located|retrieved|recovered|accounted for|dropped|unused|not inserted|not used|discarded before)\b/i;
const notTime = String.raw`(?!\s*(?:min|mins|minutes?|sec|secs|seconds?|s\b|mm|cm|h\b|hrs?|hours?|%|°|x\b|×))`;
// A bare "in" counts only as "5 in / 5 out", "5 in, 5 out", "5 (in)": never "2 needles in R UT".
const inAfterRe = /\b(\d{1,3})\s*(?:needles?\s*)?(?:\(\s*in\s*\)|in(?=\s*(?:[/,;)\-–—&|]|and\b|$|\d))|(?:inserted|placed|used)\b)/i;
const outAfterRe = /\b(\d{1,3})\s*(?:needles?\s*)?\(?\s*(?:out(?!\s+of\b)|removed|withdrawn|retrieved)\b\s*\)?/i;
const inBeforeRe = new RegExp(String.raw`(?:\b|#)(?:needles?\s+)?(?:in|inserted|placed)\s*[:=#]?\s*(\d{1,3})\b` + notTime, 'i');
const outBeforeRe = new RegExp(String.raw`(?:\b|#)(?:needles?\s+)?(?:out|removed|withdrawn|retrieved)\s*[:=#]?\s*(\d{1,3})\b` + notTime, 'i');
const pairRe = /\bin\s*\/\s*out\s*[:=]?\s*(\d{1,3})\s*\/\s*(\d{1,3})\b|\b(\d{1,3})\s*\/\s*(\d{1,3})\s*(?:needles?\s*)?\(?in\s*\/\s*out\b|\bcount\s*[:=]?\s*(\d{1,3})\s*\/\s*(\d{1,3})\b(?!\s*\/)|\bneedles?\s*(?:count)?\s*[:=]\s*(\d{1,3})\s*\/\s*(\d{1,3})\b(?!\s*\/)/i;
const ofRe = /\b(?:removed|out)\s*[:=]?\s*(\d{1,3})\s*(?:of|\/|out of)\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:of|out of)\s*(\d{1,3})\s*(?:needles?\s*)?(?:removed|out|retrieved)\b|\b(?:removed|retrieved)\s+(\d{1,3})\s*(?:of|out of)\s*(\d{1,3})\b/i;

function countsIn(t: string): { inserted?: number; removed?: number } {
  const pair = pairRe.exec(t);
  if (pair) {
    const [a, b] = [pair[1] ?? pair[3] ?? pair[5] ?? pair[7], pair[2] ?? pair[4] ?? pair[6] ?? pair[8]];
    return { inserted: parseInt(a, 10), removed: parseInt(b, 10) };
  }
  const of = ofRe.exec(t);
  if (of) return { removed: parseInt(of[1] ?? of[3] ?? of[5], 10), inserted: parseInt(of[2] ?? of[4] ?? of[6], 10) };
  const inM = inAfterRe.exec(t) ?? inBeforeRe.exec(t);
  const outM = outAfterRe.exec(t) ?? outBeforeRe.exec(t);
  return { inserted: inM ? parseInt(inM[1], 10) : undefined, removed: outM ? parseInt(outM[1], 10) : undefined };
}

/** "Needles: 5 in / 5 out", "needle count in 6, out 6", "in/out 4/4", "all needles removed". */
export function findNeedleCounts(units: Unit[]): NeedleCount[] {
  const out: NeedleCount[] = [];
  units.forEach((u, i) => {
    let t = u.text;
    if (u.kind === 'row') {
      // A table with "needles in" / "needles out" columns.
      const cells = u.cells!;
      const inCell = cells.find((c) => /\bin\b|inserted/.test(c.column) && /needle|count|^in$/.test(c.column));
      const outCell = cells.find((c) => /\bout\b|removed/.test(c.column) && /needle|count|^out$|^removed$/.test(c.column));
      if (inCell || outCell) {
        const num = (s?: string) => (s && /^\s*\d{1,3}\s*$/.test(s) ? parseInt(s, 10) : undefined);
        const inserted = num(inCell?.text);
        const removed = num(outCell?.text);
        if (inserted !== undefined || removed !== undefined) {
          out.push({ unit: i, start: u.start, end: u.start + t.length, inserted, removed, allRemoved: false, accountedFor: false });
        }
        return;
      }
      t = cells.map((c) => `${c.column}: ${c.text}`).join('; ');
    }
    // "1 in / 1 out" is a count even without the word "needle".
    if (!/needle|count|\bin\s*\/\s*out\b|\b\d{1,3}\s*in\s*[/,;&]\s*\d{1,3}\s*out\b/i.test(t)) return;
    const allRemoved = allRemovedRe.test(t) || (/\bneedles?\b/i.test(t) && /\ball\s+(?:removed|out|accounted for|retrieved)\b/i.test(t));
    const { inserted, removed } = countsIn(t);
    if (inserted !== undefined || removed !== undefined || allRemoved) {
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, inserted, removed, allRemoved, accountedFor: accountedRe.test(t) });
    }
  });
  return out;
}
