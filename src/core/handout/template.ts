// The handout template language: Markdown with front matter, fields and conditional blocks.
//
//   ---
//   name: Aftercare after dry needling      (all four keys are required)
//   version: 3
//   language: en
//   title: After your dry needling visit
//   ---
//   # {{title}}
//   {{#redFlags}} … {{/redFlags}}             the red-flag box: shown only when a muscle over the
//                                             lung was needled, and only allowed right after the title
//   {{#if anticoagulants}} … {{else}} … {{/if}}, {{#unless firstVisit}} … {{/unless}}
//   {{clinic.phone}}, {{areas}}, {{nextVisit}}  fields; {{areaList}} alone on a line: a bullet per area
//
// The parser is strict: an unknown name, an unclosed block or a stray tag is an error naming the
// line, and a template with an error makes no handout at all, never half of one.

import { suggestion } from '../config/check';

export const FIELDS = ['title', 'date', 'areas', 'nextVisit', 'clinic.name', 'clinic.phone', 'clinic.afterHours', 'clinic.address'] as const;
export const LIST_FIELDS = ['areaList'] as const;
export const CONDITIONS = [
  'areas', 'needled', 'lungRisk', 'anticoagulants', 'vasovagal', 'firstVisit', 'nextVisit',
  'prefersHeat', 'prefersIce', 'heatOrIce', 'clinic.name', 'clinic.phone', 'clinic.afterHours', 'clinic.address',
] as const;

export type FieldName = (typeof FIELDS)[number];
export type ListFieldName = (typeof LIST_FIELDS)[number];
export type ConditionName = (typeof CONDITIONS)[number];

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: FieldName; line: number }
  | { kind: 'list'; name: ListFieldName; line: number }
  | { kind: 'if'; condition: ConditionName; negate: boolean; then: TemplateNode[]; otherwise: TemplateNode[]; line: number }
  | { kind: 'redFlags'; body: TemplateNode[]; line: number };

export interface TemplateMeta {
  name: string;
  version: string;
  language: 'en' | 'es';
  title: string;
}

export interface Template {
  meta: TemplateMeta;
  body: TemplateNode[];
  /** The template has a red-flag box (so a handout after needling over the lung carries the warning). */
  hasRedFlags: boolean;
  /** Line of the file where the body starts (1-based), for messages. */
  bodyLine: number;
}

export interface TemplateError {
  /** 1-based line in the template file. */
  line: number;
  message: string;
}

export type TemplateParse = { ok: true; template: Template } | { ok: false; errors: TemplateError[] };

const META_KEYS = ['name', 'version', 'language', 'title'] as const;

function parseMeta(text: string, errors: TemplateError[]): { meta?: TemplateMeta; body: string; bodyLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') {
    errors.push({ line: 1, message: 'The template must start with front matter (a line "---", then name, version, language and title, then "---").' });
    return { body: lines.join('\n'), bodyLine: 1 };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    errors.push({ line: 1, message: 'The front matter is not closed: add a line "---" after the title.' });
    return { body: '', bodyLine: lines.length + 1 };
  }
  const values: Record<string, string> = {};
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) {
      errors.push({ line: i + 1, message: 'Front matter lines are "key: value".' });
      continue;
    }
    const key = m[1];
    if (!(META_KEYS as readonly string[]).includes(key)) {
      errors.push({ line: i + 1, message: `Unknown front matter key "${key}".${suggestion(key, [...META_KEYS])}` });
      continue;
    }
    values[key] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  for (const key of META_KEYS) if (!values[key]) errors.push({ line: end + 1, message: `The front matter needs "${key}".` });
  if (values.language && values.language !== 'en' && values.language !== 'es') {
    errors.push({ line: 1 + lines.slice(1, end).findIndex((l) => /^\s*language\s*:/.test(l)) + 1, message: `language must be "en" or "es", not "${values.language}".` });
  }
  const ok = META_KEYS.every((k) => values[k]) && (values.language === 'en' || values.language === 'es');
  return {
    meta: ok ? { name: values.name, version: values.version, language: values.language as 'en' | 'es', title: values.title } : undefined,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

type Tag =
  | { kind: 'field'; name: string }
  | { kind: 'open'; block: 'if' | 'unless' | 'redFlags'; condition?: string }
  | { kind: 'else' }
  | { kind: 'close'; block: string };

function readTag(inner: string): Tag | string {
  const s = inner.trim();
  let m: RegExpExecArray | null;
  if ((m = /^#(if|unless)\s+([\w.]+)$/.exec(s))) return { kind: 'open', block: m[1] as 'if' | 'unless', condition: m[2] };
  if (/^#(if|unless)\s*$/.test(s)) return `{{${s}}} needs a condition, e.g. {{#if lungRisk}}.`;
  if (s === '#redFlags') return { kind: 'open', block: 'redFlags' };
  if (s === 'else') return { kind: 'else' };
  if ((m = /^\/(\w+)$/.exec(s))) return { kind: 'close', block: m[1] };
  if (/^[\w.]+$/.test(s)) return { kind: 'field', name: s };
  return `{{${s}}} is not a field or a block. Fields look like {{clinic.phone}}; blocks like {{#if firstVisit}} … {{/if}}.`;
}

interface Frame {
  node: Extract<TemplateNode, { kind: 'if' | 'redFlags' }> | undefined;
  into: TemplateNode[];
  block: 'root' | 'if' | 'unless' | 'redFlags';
  line: number;
  sawElse: boolean;
}

const TAG_RE = /\{\{([^{}]*)\}\}/g;
const BLOCK_ONLY_LINE = /^[ \t]*\{\{\s*(?:#(?:if|unless)\s+[\w.]+|#redFlags|else|\/\w+)\s*\}\}[ \t]*$/;

/** Parses a template file's text; every problem is reported with its line. */
export function parseTemplate(text: string): TemplateParse {
  const errors: TemplateError[] = [];
  const { meta, body, bodyLine } = parseMeta(text, errors);
  const root: TemplateNode[] = [];
  const stack: Frame[] = [{ node: undefined, into: root, block: 'root', line: 0, sawElse: false }];
  const top = () => stack[stack.length - 1];
  const pushText = (t: string) => {
    if (!t) return;
    const into = top().into;
    const last = into[into.length - 1];
    if (last?.kind === 'text') last.text += t;
    else into.push({ kind: 'text', text: t });
  };
  let redFlags: { line: number } | undefined;
  let contentBeforeRedFlags = 0; // non-blank lines before the box (the title may be one)
  const lines = body.split('\n');
  lines.forEach((raw, i) => {
    const line = bodyLine + i;
    const eol = i < lines.length - 1 ? '\n' : '';
    // A block tag alone on its line takes the line with it, so blocks leave no blank lines behind.
    const standalone = BLOCK_ONLY_LINE.test(raw);
    const outside = raw.replace(TAG_RE, '');
    if (/\{\{|\}\}/.test(outside)) errors.push({ line, message: 'A "{{" or "}}" here has no partner: tags are written {{name}}.' });
    if (!redFlags && stack.length === 1 && outside.trim() && !standalone) contentBeforeRedFlags++;
    let last = 0;
    TAG_RE.lastIndex = 0;
    for (let m = TAG_RE.exec(raw); m; m = TAG_RE.exec(raw)) {
      pushText(raw.slice(last, m.index));
      last = m.index + m[0].length;
      const tag = readTag(m[1]);
      if (typeof tag === 'string') {
        errors.push({ line, message: tag });
        continue;
      }
      if (tag.kind === 'field') {
        if ((LIST_FIELDS as readonly string[]).includes(tag.name)) {
          if (raw.trim() !== m[0]) errors.push({ line, message: `{{${tag.name}}} must stand alone on its line: it becomes one bullet per area.` });
          top().into.push({ kind: 'list', name: tag.name as ListFieldName, line });
        } else if ((FIELDS as readonly string[]).includes(tag.name)) {
          top().into.push({ kind: 'field', name: tag.name as FieldName, line });
        } else {
          errors.push({ line, message: `Unknown field {{${tag.name}}}.${suggestion(tag.name, [...FIELDS, ...LIST_FIELDS]).replace(/Did you mean (.*)\?/, 'Did you mean {{$1}}?')}` });
        }
        continue;
      }
      if (tag.kind === 'open') {
        if (tag.block === 'redFlags') {
          if (redFlags) errors.push({ line, message: `Only one {{#redFlags}} box is allowed (the first is on line ${redFlags.line}).` });
          else if (stack.length > 1) errors.push({ line, message: '{{#redFlags}} cannot be inside another block.' });
          else if (contentBeforeRedFlags > 1 || (contentBeforeRedFlags === 1 && !/^\s*#/.test(lines.slice(0, i).find((l) => l.trim()) ?? ''))) {
            errors.push({ line, message: 'The red-flag box must come first, right after the title, so a patient sees it before anything else.' });
          }
          redFlags ??= { line };
          const node: TemplateNode = { kind: 'redFlags', body: [], line };
          top().into.push(node);
          stack.push({ node, into: node.body, block: 'redFlags', line, sawElse: false });
        } else {
          const condition = tag.condition!;
          if (!(CONDITIONS as readonly string[]).includes(condition)) {
            errors.push({ line, message: `Unknown condition "${condition}" in {{#${tag.block} ${condition}}}.${suggestion(condition, [...CONDITIONS])}` });
          }
          const node: TemplateNode = { kind: 'if', condition: condition as ConditionName, negate: tag.block === 'unless', then: [], otherwise: [], line };
          top().into.push(node);
          stack.push({ node, into: node.then, block: tag.block, line, sawElse: false });
        }
        continue;
      }
      if (tag.kind === 'else') {
        const f = top();
        if (f.block !== 'if' && f.block !== 'unless') errors.push({ line, message: '{{else}} is only allowed inside {{#if …}} or {{#unless …}}.' });
        else if (f.sawElse) errors.push({ line, message: `A second {{else}} for the block opened on line ${f.line}.` });
        else {
          f.sawElse = true;
          f.into = (f.node as Extract<TemplateNode, { kind: 'if' }>).otherwise;
        }
        continue;
      }
      // close
      const f = top();
      if (f.block === 'root') errors.push({ line, message: `{{/${tag.block}}} closes nothing: no block is open here.` });
      else if (f.block !== tag.block) errors.push({ line, message: `{{/${tag.block}}} does not match {{#${f.block}}} opened on line ${f.line}; close that one first.` });
      else stack.pop();
    }
    if (standalone) return;
    pushText(raw.slice(last) + eol);
  });
  for (const f of stack.slice(1).reverse()) errors.push({ line: f.line, message: `{{#${f.block}${f.node?.kind === 'if' ? ' ' + f.node.condition : ''}}} is never closed: add {{/${f.block}}}.` });
  if (errors.length || !meta) return { ok: false, errors: errors.length ? errors.sort((a, b) => a.line - b.line) : [{ line: 1, message: 'The front matter is incomplete.' }] };
  return { ok: true, template: { meta, body: root, hasRedFlags: !!redFlags, bodyLine } };
}

/** One line per problem, "line 12: …", for messages and the CLI. */
export function describeTemplateErrors(errors: readonly TemplateError[]): string {
  return errors.map((e) => `line ${e.line}: ${e.message}`).join('\n');
}
