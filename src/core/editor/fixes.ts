import { SIDE_SOURCE } from '../lexicon/sides';
import { afterFrontMatter } from '../model/positions';
import type { Note } from '../model/note';
import type { OffsetEdit } from '../types';
import { parseJsoncTree } from '../config/parse';
import type { Node as JsoncNode } from 'jsonc-parser/lib/esm/main.js';

// Editor fixes that are not a rule's own: silencing a rule where it fired, and teaching
// the clinic vocabulary a word. Both produce plain offset edits the editor applies
// (undoable); neither removes anything the clinician wrote.

export interface EditorFix {
  title: string;
  edits: OffsetEdit[];
}

/**
 * Silences `ruleId` where the finding at `offset` is:
 * - a normal line gets `<!-- dnlint-disable-next-line id -->` on its own line above, same indentation;
 * - a table row gets a disable/enable pair around the table (a comment line inside a table would end it);
 * - front matter gets `<!-- dnlint-disable-file id -->` after it (a comment would break the YAML).
 */
export function disableRuleFix(note: Note, ruleId: string, offset: number): EditorFix {
  const eol = note.eol;
  if (note.frontMatter && offset < note.frontMatter.end) {
    const at = afterFrontMatter(note);
    return { title: `Disable ${ruleId} for this note`, edits: [{ start: at, end: at, newText: `<!-- dnlint-disable-file ${ruleId} -->${eol}` }] };
  }
  const line = note.lines.positionAt(offset).line;
  const unit = note.units.find((u) => u.line === line);
  if (unit?.kind === 'row') {
    const rows = note.units.filter((u) => u.block === unit.block);
    const last = rows[rows.length - 1];
    const end = note.lines.lineEnd(last.line);
    const atEnd = end >= note.text.length;
    return {
      title: `Disable ${ruleId} for this table`,
      edits: [
        { start: unit.topStart, end: unit.topStart, newText: `<!-- dnlint-disable ${ruleId} -->${eol}` },
        { start: end, end, newText: `${eol}${eol}<!-- dnlint-enable ${ruleId} -->${atEnd ? eol : ''}` },
      ],
    };
  }
  const lineStart = note.lines.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(note.lines.lineText(line))![0];
  return {
    title: `Disable ${ruleId} for this line`,
    edits: [{ start: lineStart, end: lineStart, newText: `${indent}<!-- dnlint-disable-next-line ${ruleId} -->${eol}` }],
  };
}

const leadingSidesRe = new RegExp(String.raw`^\s*(?:${SIDE_SOURCE}\b\.?\s*)+`, 'i');
const bracketedSideAtEndRe = new RegExp(String.raw`\s*\(${SIDE_SOURCE}\)\s*$`, 'i');

/** The word a clinician wrote for an unknown muscle, without markup, side letters or punctuation around it. */
export function termFromWritten(written: string): string {
  return written
    .replace(/[*_`]/g, '')
    .replace(leadingSidesRe, '')
    .replace(bracketedSideAtEndRe, '')
    .replace(/^[\s,:;()-]+|(?<![\s,:;()-])[\s,:;()-]+$/g, '')
    .replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------
// .dnlintrc.json: add a term to vocabulary.terms with one small insertion, so comments,
// order and formatting of the rest of the file stay as they are.

export type VocabularyEdit =
  | { kind: 'create'; text: string }
  | { kind: 'edit'; edit: OffsetEdit }
  | { kind: 'present' }
  | { kind: 'invalid' };

export function newConfigText(term: string, eol = '\n'): string {
  return ['{', '  "vocabulary": {', `    "terms": [${JSON.stringify(term)}]`, '  }', '}', ''].join(eol);
}

export function addVocabularyTerm(configText: string | undefined, term: string): VocabularyEdit {
  if (configText === undefined) return { kind: 'create', text: newConfigText(term) };
  const eol = /\r\n/.test(configText) ? '\r\n' : '\n';
  if (!configText.trim()) return { kind: 'edit', edit: { start: 0, end: configText.length, newText: newConfigText(term, eol) } };
  let root: JsonNode;
  try {
    root = scanJsonc(configText);
  } catch {
    return { kind: 'invalid' };
  }
  if (root.kind !== 'object') return { kind: 'invalid' };
  const unit = indentUnit(configText);
  const quoted = JSON.stringify(term);
  const vocabulary = root.members!.find((m) => m.key === 'vocabulary')?.value;
  if (!vocabulary) return { kind: 'edit', edit: insertMember(configText, root, `"vocabulary": {${eol}${unit.repeat(2)}"terms": [${quoted}]${eol}${unit}}`, 1, unit, eol) };
  if (vocabulary.kind !== 'object') return { kind: 'invalid' };
  const terms = vocabulary.members!.find((m) => m.key === 'terms')?.value;
  if (!terms) return { kind: 'edit', edit: insertMember(configText, vocabulary, `"terms": [${quoted}]`, 2, unit, eol) };
  if (terms.kind !== 'array') return { kind: 'invalid' };
  const items = terms.items!;
  if (items.some((i) => i.kind === 'string' && typeof i.value === 'string' && i.value.toLowerCase() === term.toLowerCase())) return { kind: 'present' };
  if (!items.length) return { kind: 'edit', edit: { start: terms.start + 1, end: terms.start + 1, newText: quoted } };
  const last = items[items.length - 1];
  return { kind: 'edit', edit: { start: last.end, end: last.end, newText: `, ${quoted}` } };
}

function insertMember(text: string, obj: JsonNode, member: string, depth: number, unit: string, eol: string): OffsetEdit {
  const members = obj.members!;
  if (members.length) {
    const last = members[members.length - 1].value;
    return { start: last.end, end: last.end, newText: `,${eol}${unit.repeat(depth)}${member}` };
  }
  // Empty object: put the member on its own line and close the brace at the object's indentation.
  const lineStart = text.lastIndexOf('\n', obj.start) + 1;
  const outer = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const close = obj.end - 1;
  return { start: obj.start + 1, end: close, newText: `${eol}${unit.repeat(depth)}${member}${eol}${outer}` };
}

function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? (m[1].startsWith('\t') ? '\t' : m[1].length >= 4 && m[1].length % 4 === 0 ? '    ' : '  ') : '  ';
}

interface JsonNode {
  kind: 'object' | 'array' | 'string' | 'other';
  start: number;
  end: number;
  value?: unknown;
  members?: Array<{ key: string; value: JsonNode }>;
  items?: JsonNode[];
}

/** Offsets of every value in JSON with comments and trailing commas (the same reader as the configuration). Throws on malformed text. */
export function scanJsonc(text: string): JsonNode {
  const root = parseJsoncTree(text);
  if (!root) throw new Error('empty JSON');
  return toJsonNode(root);
}

function toJsonNode(node: JsoncNode): JsonNode {
  const span = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object':
      return { kind: 'object', ...span, members: (node.children ?? []).map((p) => ({ key: p.children![0].value as string, value: toJsonNode(p.children![1]) })) };
    case 'array':
      return { kind: 'array', ...span, items: (node.children ?? []).map(toJsonNode) };
    case 'string':
      return { kind: 'string', ...span, value: node.value };
    default:
      return { kind: 'other', ...span };
  }
}
