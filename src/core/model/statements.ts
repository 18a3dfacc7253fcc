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

const consentWord = /\b(?:consent(?:ed|s|ing)?|DCO)\b/i;
const withdrawn = /\b(?:withdr[ae]w[ns]?|withdrawn|revok(?:ed|es)|rescind(?:ed|s))\b/i;
const refused = /\b(?:no|not|never|without|declin(?:ed|es|ing)|refus(?:ed|es|al|ing)|denie[sd]|unwilling|unable to|did not|does not|doesn't|didn't|won't|N)\b/;
const pending = /\b(?:pending|awaiting|to be (?:obtained|signed|discussed|completed)|not yet|next (?:visit|session)|TBD|TBC|deferred|will (?:obtain|sign|be))\b/i;
const given = /\b(?:obtained|signed|given|on file|in chart|verbal(?:ly)?|written|reviewed|re-?confirmed|confirmed|consented|agree[sd]?|yes|provided|documented|informed|understood|✓)\b|\[x\]|✔/i;
const blankValue = /^[\s:*_\-–—]*(?:_{2,}|\[\s?\]|n\/a|tbd|\?|—|-)?[\s*_.]*$/i;

function classifyConsent(text: string): ConsentStatus | undefined {
  const m = consentWord.exec(text);
  if (!m) return undefined;
  const after = text.slice(m.index + m[0].length);
  const near = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
  if (withdrawn.test(near)) return 'withdrawn';
  if (pending.test(near)) return 'pending';
  // Negation next to the word: "no consent", "consent: declined", "did not consent", "consent not obtained".
  const beforeWords = text.slice(0, m.index).split(/\s+/).slice(-4).join(' ');
  const afterWords = after.split(/\s+/).slice(0, 4).join(' ');
  if (refused.test(beforeWords) && !/\b(?:no questions|no concerns|no contraindications)\b/i.test(beforeWords) || /^\W*(?:declined|refused|no\b|not\b|denied|N\b)/i.test(after) || /\b(?:not|never)\s+(?:obtained|given|signed)/i.test(afterWords)) {
    return 'refused';
  }
  if (given.test(text)) return 'given';
  if (/^[\s*_]*(?:form)?[\s*_]*:/.test(after) && blankValue.test(after.replace(/^[\s*_]*(?:form)?[\s*_]*:/, ''))) return 'blank';
  if (/\bconsent(?:ed)?\b\s+(?:to|for)\b/i.test(text) || /\binformed consent\b/i.test(text)) return 'given';
  return undefined;
}

/** Headings and labels under which every line belongs to the statement. */
function blockText(units: Unit[], i: number, match: (heading: string) => boolean): string {
  const u = units[i];
  const parts = [u.text];
  for (let j = i + 1; j < units.length; j++) {
    const v = units[j];
    if (u.kind === 'heading') {
      if (v.kind === 'heading' && v.depth <= u.depth) break;
      if (!match(v.heading) && v.kind !== 'heading') break;
    } else if (v.block !== u.block && v.parentItem !== u.block) break;
    parts.push(v.text);
  }
  return parts.join('\n');
}

export function findConsent(units: Unit[], frontMatter?: Record<string, unknown>): Statement<ConsentStatus>[] {
  const out: Statement<ConsentStatus>[] = [];
  const isHeading = (h: string) => /consent/.test(h);
  units.forEach((u, i) => {
    const text = u.kind === 'row' ? u.cells!.map((c) => `${c.column}: ${c.text}`).join('; ') : u.text;
    let status = classifyConsent(text);
    if (u.kind === 'heading' && isHeading(u.text.toLowerCase())) {
      const body = blockText(units, i, isHeading);
      const inner = body.slice(u.text.length);
      status = classifyConsent('consent ' + inner) ?? (inner.trim() ? 'given' : 'blank');
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: body });
      return;
    }
    if (status) out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: blockText(units, i, isHeading) });
  });
  const fm = frontMatter?.consent;
  if (fm !== undefined && fm !== null) {
    const text = typeof fm === 'string' ? fm : typeof fm === 'boolean' ? (fm ? 'yes' : 'no') : JSON.stringify(fm);
    const status = classifyConsent('consent: ' + text) ?? (text.trim() ? 'given' : 'blank');
    out.push({ unit: -1, start: 0, end: 0, status, text: 'consent: ' + text });
  }
  return out;
}

export type AftercareStatus = 'given' | 'deferred' | 'blank';

const aftercareWord = /\b(?:after[- ]?care|post[- ]?(?:needling|treatment|tx|dn|procedure)\s+(?:care|instructions?|advice|education)|home (?:care|instructions)|discharge instructions|care instructions)\b/i;
const educatedRe = /\b(?:educated|advised|instructed|informed|counsel(?:l)?ed|told|reviewed|handout|given|verbal(?:ly)?|written)\b[^.\n]{0,80}\b(?:sorene?ss|sore|bruis\w*|red flags?|pneumothorax|PTX|SOB|shortness of breath|chest pain|hydrat\w*|heat|ice|activity|activities|driv\w*|what to expect|post[- ]needling|DOMS)\b/i;
const deferredRe = /\b(?:defer(?:red|ring)?|next (?:visit|session|time)|to be (?:given|provided|discussed|reviewed)|not (?:given|provided|discussed|reviewed)|will (?:give|provide|discuss|review)|pending|TBD|TBC|not done|none given|none)\b/i;

export function findAftercare(units: Unit[], frontMatter?: Record<string, unknown>): Statement<AftercareStatus>[] {
  const out: Statement<AftercareStatus>[] = [];
  const isHeading = (h: string) => /after[- ]?care|home (?:care|instructions)|patient education|post[- ]?(?:needling|treatment) (?:care|instructions|advice)/.test(h);
  units.forEach((u, i) => {
    const text = u.kind === 'row' ? u.cells!.map((c) => `${c.column}: ${c.text}`).join('; ') : u.text;
    if (u.kind === 'heading') {
      if (!isHeading(u.text.toLowerCase())) return;
      const body = blockText(units, i, isHeading);
      const inner = body.slice(u.text.length).trim();
      const status: AftercareStatus = !inner ? 'blank' : deferredRe.test(inner) && !educatedRe.test(inner) ? 'deferred' : 'given';
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: body });
      return;
    }
    const word = aftercareWord.exec(text);
    if (word) {
      const after = text.slice(word.index + word[0].length);
      const status: AftercareStatus = deferredRe.test(text) && !educatedRe.test(text) ? 'deferred'
        : /^[\s*_]*:[\s*_]*$/.test(after) ? 'blank' : 'given';
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: blockText(units, i, isHeading) });
    } else if (educatedRe.test(text)) {
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status: 'given', text: blockText(units, i, isHeading) });
    }
  });
  const fm = frontMatter?.aftercare;
  if (fm !== undefined && fm !== null) {
    const text = typeof fm === 'string' ? fm : Array.isArray(fm) ? fm.join('; ') : String(fm);
    out.push({ unit: -1, start: 0, end: 0, status: !text.trim() || fm === false ? 'blank' : deferredRe.test(text) ? 'deferred' : 'given', text: 'aftercare: ' + text });
  }
  return out;
}

const ptxRe = /\b(?:pneumothora(?:x|ces)|PTX|collapsed lung|punctured lung|lung (?:puncture|injury)|short(?:ness)? of breath|SOB|breathless(?:ness)?|difficulty breathing|chest pain|chest tightness)\b/i;
export const mentionsPneumothorax = (text: string) => ptxRe.test(text);

export interface NeedleCount {
  unit: number;
  start: number;
  end: number;
  inserted?: number;
  removed?: number;
  allRemoved: boolean;
}

const allRemovedRe = /\ball (?:\d+\s+)?needles? (?:were\s+)?(?:removed|accounted for|out|retrieved)|needles? (?:count )?(?:correct|verified|reconciled)|\bno needles? (?:retained|left)\b/i;

/** "Needles: 5 in / 5 out", "needle count in 6, out 6", "in/out 4/4", "all needles removed". */
export function findNeedleCounts(units: Unit[]): NeedleCount[] {
  const out: NeedleCount[] = [];
  units.forEach((u, i) => {
    const t = u.text;
    if (!/needle|count|\bin\s*\/\s*out\b/i.test(t)) return;
    const allRemoved = allRemovedRe.test(t);
    let inserted: number | undefined;
    let removed: number | undefined;
    const pair = t.match(/\bin\s*\/\s*out\s*[:=]?\s*(\d{1,3})\s*\/\s*(\d{1,3})\b/i) ?? t.match(/\bcount\s*[:=]?\s*(\d{1,3})\s*\/\s*(\d{1,3})\b/i);
    if (pair) {
      inserted = parseInt(pair[1], 10);
      removed = parseInt(pair[2], 10);
    } else {
      const inM = t.match(/(?:\b(\d{1,3})\s*(?:needles?\s*)?(?:in(?:serted)?)\b(?!\s*\/)|\b(?:in(?:serted)?)\s*[:=]?\s*(\d{1,3})\b)/i);
      const outM = t.match(/(?:\b(\d{1,3})\s*(?:needles?\s*)?(?:out|removed)\b|\b(?:out|removed)\s*[:=]?\s*(\d{1,3})\b)/i);
      if (inM) inserted = parseInt(inM[1] ?? inM[2], 10);
      if (outM) removed = parseInt(outM[1] ?? outM[2], 10);
    }
    if (/needle/i.test(t) || pair) {
      if (inserted !== undefined || removed !== undefined || allRemoved) out.push({ unit: i, start: u.start, end: u.start + t.length, inserted, removed, allRemoved });
    }
  });
  return out;
}
