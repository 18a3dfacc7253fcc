// The signature block as it appears in a note: a horizontal rule, the hidden marker with the
// recorded details, and visible lines that read well in the editor, the preview and print:
//
//   ***
//
//   <!-- dn-signature v1
//   signs: note
//   …
//   -->
//   **Signed by Jane Doe, PT, DPT** (author) · 2026-11-30 14:05 −05:00\
//   SHA-256 `3f2a…`
//
// The rule is `***`, not `---`: right under a paragraph, `---` would turn that paragraph into a
// heading, a visible change that removing one blank line (which the digest ignores) could make.
// The visible lines are rendered from the marker, so a hand edit of either shows. Parsing
// never throws: a damaged block comes back with a problem in plain words.
import { canonicalLine } from './canonical';
import { DIGEST_RE } from './digest';
import { MARKER, MEANINGS, SIGNS, VERSION, fieldLines, sealOf, type Meaning, type SignatureFields, type Signs } from './fields';
import { fromBase64 } from './bytes';
import { isBlank, splitLines, type Line } from './lines';
import { fingerprint } from './ssh-key';
import { readSshsig, type SshsigContents } from './sshsig';
import { parseIso, shownTime } from './time';

const TITLES: Record<Signs, string> = { note: 'Signed', addendum: 'Addendum signed', 'late-entry': 'Late entry signed', correction: 'Correction signed' };

/** Markdown-escapes what would otherwise turn a name or reason into formatting. */
const escape = (s: string) => s.replace(/[\\`*_[\]<>]/g, '\\$&');

/** The visible lines, each but the last ending in a Markdown line break (`\`, which editors never trim). */
export function visibleLines(f: SignatureFields, keyFingerprint?: string): string[] {
  const who = escape(f.name) + (f.credentials ? `, ${escape(f.credentials)}` : '');
  const title = f.meaning === 'co-signer' ? 'Co-signed' : TITLES[f.signs];
  const meaning = f.role ? `${f.meaning}, ${escape(f.role)}` : f.meaning;
  const lines = [`**${title} by ${who}** (${meaning}) · ${shownTime(f.at)}`];
  if (f.override) lines.push(`Signed with ${f.override.errors} open error${f.override.errors === 1 ? '' : 's'}. Reason: ${escape(f.override.reason)}`);
  lines.push(`SHA-256 \`${f.digest}\`${keyFingerprint ? ` · Ed25519 key \`${keyFingerprint}\`` : ''}`);
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}\\` : l));
}

/** The block's text, starting with its rule line and ending with a line break. */
export function renderBlock(f: SignatureFields, eol: '\n' | '\r\n', keyFingerprint?: string): string {
  return ['***', '', `<!-- ${MARKER} v${VERSION}`, ...fieldLines(f), '-->', ...visibleLines(f, keyFingerprint)].join(eol) + eol;
}

interface Extent {
  /** Start of the block: its rule line, or the marker line when the rule is gone. */
  start: number;
  /** After the block's last line break (or the end of the text). */
  end: number;
  /** 0-based line of the marker. */
  line: number;
  /** [start, end) of the first visible line, where findings about the block go. */
  headline: { start: number; end: number };
}

export interface ParsedBlock extends Extent {
  kind: 'block';
  fields: SignatureFields;
  /** The key signature's contents, when the block carries one. */
  key?: SshsigContents & { fingerprint: string };
}

export interface MalformedBlock extends Extent {
  kind: 'malformed';
  /** What is wrong, in plain words (never quoting the note). */
  problem: string;
}

export type ScannedBlock = ParsedBlock | MalformedBlock;

const MARKER_RE = new RegExp(`^ {0,3}<!--[ \\t]*${MARKER}\\b(.*)$`);
const RULE_RE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FIELD_RE = /^([a-z-]+):[ \t]?(.*)$/;
const KNOWN = ['signs', 'meaning', 'name', 'credentials', 'role', 'id', 'at', 'digest', 'prev', 'override-errors', 'override-reason', 'seal', 'sshsig'];

/** Quick test: does the text hold any signature marker at all? */
export const mayHoldSignature = (text: string) => text.includes(MARKER) || text.includes('SHA-256 `') || /signed by/i.test(text);

/** Every signature block in the text, in order. */
export function scanBlocks(text: string): ScannedBlock[] {
  if (!mayHoldSignature(text)) return [];
  const lines = splitLines(text);
  const out: ScannedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER_RE.exec(lines[i].text);
    if (m) {
      const scanned = scanOne(lines, i, m[1]);
      out.push(scanned.block);
      i = scanned.lastLine;
    } else if (VISIBLE_RE.test(lines[i].text)) {
      // A signature's visible lines whose hidden details were removed or mangled: not a note
      // that looks unsigned, but a damaged signature.
      let last = i;
      while (lines[last + 1] && !isBlank(lines[last + 1].text) && !MARKER_RE.test(lines[last + 1].text)) last++;
      out.push({
        kind: 'malformed', problem: 'its hidden details are missing or were edited by hand, so it cannot be checked',
        start: lines[i].start, end: lines[last].next, line: i, headline: { start: lines[i].start, end: lines[i].end },
      });
      i = last;
    }
  }
  return out;
}

/** The visible lines of a signature (see visibleLines), which never stand alone. */
const VISIBLE_RE = /^ {0,3}(?:\*\*(?:Signed|Co-signed|Addendum signed|Late entry signed|Correction signed) by .*\*\* \((?:author|co-signer)\b|SHA-256 `[0-9a-f]{64}`)/;

function scanOne(lines: Line[], markerLine: number, afterMarker: string): { block: ScannedBlock; lastLine: number } {
  let start = lines[markerLine].start;
  for (let k = markerLine - 1; k >= 0; k--) {
    if (isBlank(lines[k].text)) continue;
    if (RULE_RE.test(lines[k].text)) start = lines[k].start;
    break;
  }
  const malformed = (problem: string, lastLine: number): { block: MalformedBlock; lastLine: number } => ({
    block: { kind: 'malformed', problem, start, end: lines[lastLine].next, line: markerLine, headline: { start: lines[markerLine].start, end: lines[markerLine].end } },
    lastLine,
  });
  const version = /^[ \t]+v(\d+)[ \t]*$/.exec(afterMarker);
  if (!version) {
    return malformed(/-->/.test(afterMarker) ? 'its hidden details were cut to one line' : 'its first line was changed (it should read "<!-- dn-signature v1")', markerLine);
  }
  if (Number(version[1]) !== VERSION) return malformed(`it was made by another version of the signing format (v${version[1]}), which this version cannot check`, markerLine);

  // The hidden details, up to the line that closes the comment.
  const raw = new Map<string, string>();
  let close = -1;
  let problem: string | undefined;
  for (let k = markerLine + 1; k < lines.length; k++) {
    const t = lines[k].text.trim();
    if (t === '-->') {
      close = k;
      break;
    }
    if (t.includes('-->') || MARKER_RE.test(lines[k].text)) break;
    const f = FIELD_RE.exec(t);
    if (!f) problem ??= `line ${k - markerLine + 1} of its hidden details is not "name: value"`;
    else if (!KNOWN.includes(f[1])) problem ??= `its hidden details have an unknown entry "${f[1].slice(0, 30)}"`;
    else if (raw.has(f[1])) problem ??= `its hidden details give "${f[1]}" twice`;
    else raw.set(f[1], f[2]);
  }
  if (close < 0) return malformed('its hidden details are not closed with "-->"', markerLine);
  if (problem) return malformed(problem, close);
  const parsed = readFields(raw);
  if (!parsed.ok) return malformed(parsed.problem, close);
  const fields = parsed.fields;

  let key: ParsedBlock['key'];
  if (fields.sshsig !== undefined) {
    const blob = fromBase64(fields.sshsig);
    const contents = blob ? readSshsig(blob) : { ok: false as const, problem: 'the key signature is not valid base64' };
    if (!contents.ok) return malformed(contents.problem, close);
    key = { ...contents.value, fingerprint: fingerprint(contents.value.publicKey) };
  }

  // The visible lines must be exactly what the details render to.
  const expected = visibleLines(fields, key?.fingerprint);
  let last = close;
  for (let j = 0; j < expected.length; j++) {
    const line = lines[close + 1 + j];
    if (!line || isBlank(line.text)) break;
    last = close + 1 + j;
    if (canonicalLine(line.text) !== expected[j]) {
      while (lines[last + 1] && !isBlank(lines[last + 1].text)) last++;
      return malformed('its visible lines were edited by hand and no longer match the signature details', last);
    }
  }
  if (last - close !== expected.length) return malformed('some of its visible lines are missing', last);
  const headline = lines[close + 1];
  return {
    block: { kind: 'block', fields, key, start, end: lines[last].next, line: markerLine, headline: { start: headline.start, end: headline.end } },
    lastLine: last,
  };
}

type FieldsResult = { ok: true; fields: SignatureFields } | { ok: false; problem: string };

function readFields(raw: Map<string, string>): FieldsResult {
  const text = (key: string): string | undefined | Error => {
    const v = raw.get(key);
    if (v === undefined) return undefined;
    try {
      const s: unknown = JSON.parse(v);
      return typeof s === 'string' ? s : new Error();
    } catch {
      return new Error();
    }
  };
  for (const required of ['signs', 'meaning', 'name', 'credentials', 'at', 'digest', 'seal']) {
    if (!raw.has(required)) return { ok: false, problem: `its hidden details lack "${required}"` };
  }
  const strings: Record<string, string | undefined> = {};
  for (const key of ['name', 'credentials', 'role', 'id', 'override-reason', 'sshsig']) {
    const v = text(key);
    if (v instanceof Error) return { ok: false, problem: `the "${key}" in its hidden details is damaged (it must be text in double quotes)` };
    strings[key] = v;
  }
  const signs = raw.get('signs') as Signs;
  if (!SIGNS.includes(signs)) return { ok: false, problem: `its hidden details say it signs "${signs.slice(0, 20)}", which is not one of ${SIGNS.join(', ')}` };
  const meaning = raw.get('meaning') as Meaning;
  if (!MEANINGS.includes(meaning)) return { ok: false, problem: `its meaning "${meaning.slice(0, 20)}" is not author or co-signer` };
  const at = raw.get('at')!;
  if (!parseIso(at)) return { ok: false, problem: 'its signing time is not a valid date and time with a UTC offset' };
  const digest = /^sha256:(.*)$/.exec(raw.get('digest')!)?.[1];
  if (!digest || !DIGEST_RE.test(digest)) return { ok: false, problem: 'its digest is not "sha256:" and 64 hex digits' };
  let prev: string | undefined;
  if (raw.has('prev')) {
    prev = /^sha256:(.*)$/.exec(raw.get('prev')!)?.[1];
    if (!prev || !DIGEST_RE.test(prev)) return { ok: false, problem: 'its link to the previous signature is not "sha256:" and 64 hex digits' };
  }
  const seal = /^sha256:([0-9a-f]{64})$/.exec(raw.get('seal')!)?.[1];
  if (!seal) return { ok: false, problem: 'its seal is not "sha256:" and 64 hex digits' };
  let override: SignatureFields['override'];
  if (raw.has('override-errors') || raw.has('override-reason')) {
    const errors = Number(raw.get('override-errors'));
    const reason = strings['override-reason'];
    if (!Number.isInteger(errors) || errors < 1 || !reason) return { ok: false, problem: 'its record of signing with open errors needs both the number of errors and the reason' };
    override = { errors, reason };
  }
  const fields: SignatureFields = { signs, meaning, name: strings.name!, credentials: strings.credentials!, at, digest, seal };
  if (strings.role !== undefined) fields.role = strings.role;
  if (strings.id !== undefined) fields.id = strings.id;
  if (prev !== undefined) fields.prev = prev;
  if (override) fields.override = override;
  if (strings.sshsig !== undefined) fields.sshsig = strings.sshsig;
  if (!fields.name.trim()) return { ok: false, problem: 'its signer name is empty' };
  if (sealOf(fields) !== seal) return { ok: false, problem: 'its details were changed after signing (they no longer match its seal)' };
  return { ok: true, fields };
}
