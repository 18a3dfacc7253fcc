import { defaultConfig, resolveConfig, type CheckedConfigFile as ConfigFile, type ResolvedConfig } from './config';
import { ruleById, rules, type RuleMeta } from '../rules';
import { isObject, isStringArray, kindOf, SEVERITIES, stringList, suggestion } from './check';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import picomatch from 'picomatch/posix';

export { SEVERITIES };
import { sections, type SectionKey } from './sections';

// Reads `.dnlintrc.json` text (JSON with comments and trailing commas, as VS Code reads it)
// and checks it against the same rules as schemas/dnlint.schema.json. A bad part is
// dropped with a problem message and its default is used; the rest still applies, so a
// typo in one rule name never switches the whole linter back to defaults.

export interface ParsedConfig {
  config: ResolvedConfig;
  /** Each problem as one line, prefixed with `source` when given. */
  problems: string[];
  /** The same problems with their positions in the file (the editor underlines the key). */
  issues: ConfigIssue[];
}

const TOP_LEVEL_KEYS = ['$schema', 'rules', 'billing', 'vocabulary', 'include', 'exclude', 'maxLiveLintBytes', ...Object.keys(sections)];
const MUSCLE_STRING_LISTS = ['shorthand', 'synonyms', 'risks'];
const MUSCLE_STRINGS = ['name', 'region', 'parent'];

export function parseConfigText(text: string, source?: string): ParsedConfig {
  const problems: string[] = [];
  const issues: ConfigIssue[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseJsoncTree(text);
  } catch (e) {
    if (!(e instanceof JsoncError)) throw e;
    const message = `invalid JSON: ${e.message}. Using the default settings.`;
    problems.push(`${source ? `${source}: ` : ''}line ${e.line}, column ${e.column}: ${message}`);
    issues.push({ kind: 'syntax', message, at: { offset: e.offset, length: e.length, line: e.line, column: e.column } });
    return { config: defaultConfig(), problems, issues };
  }
  const where = (message: string) => {
    problems.push(source ? `${source}: ${message}` : message);
    issues.push({ kind: 'setting', message, at: locate(tree, message, withoutBom(text)) });
  };
  const file = validateConfig(tree ? getNodeValue(tree) : undefined, where);
  const config = resolveConfig(file);
  // The vocabulary drops clinic entries that clash with built-in terms; say so here, where the clinic will look.
  if (file.vocabulary) {
    const builtIn = new Set(defaultConfig().vocabulary.problems);
    for (const p of config.vocabulary.problems) if (!builtIn.has(p)) where(`vocabulary: ${p}`);
  }
  return { config, problems, issues };
}

/** Keeps the valid parts of a parsed configuration; reports the rest through `problem`. */
export function validateConfig(value: unknown, problem: (message: string) => void): ConfigFile {
  const file: ConfigFile = {};
  if (value === undefined) return file;
  if (!isObject(value)) {
    problem(`the configuration must be a JSON object ({ … }), not ${kindOf(value)}. Using the default settings.`);
    return file;
  }
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case '$schema':
        if (typeof v === 'string') file.$schema = v;
        else problem(`$schema: must be a string, not ${kindOf(v)}; ignored.`);
        break;
      case 'rules': {
        const r = validateRules(v, problem);
        if (r) file.rules = r;
        break;
      }
      case 'billing': {
        const b = validateBilling(v, problem);
        if (b) file.billing = b;
        break;
      }
      case 'vocabulary': {
        const voc = validateVocabulary(v, problem);
        if (voc) file.vocabulary = voc as ConfigFile['vocabulary'];
        break;
      }
      case 'include':
      case 'exclude': {
        const list = globList(v, key, problem);
        if (list) file[key] = list;
        break;
      }
      case 'maxLiveLintBytes':
        if (typeof v === 'number' && Number.isInteger(v) && v > 0) file.maxLiveLintBytes = v;
        else problem(`maxLiveLintBytes: must be a whole number of bytes greater than 0, not ${kindOf(v)}; using the default.`);
        break;
      default:
        if (Object.hasOwn(sections, key)) setSection(file, key as SectionKey, v, problem);
        else problem(`${key}: unknown setting; ignored.${suggestion(key, TOP_LEVEL_KEYS)}`);
    }
  }
  return file;
}

function validateRules(value: unknown, problem: (m: string) => void): ConfigFile['rules'] | undefined {
  if (!isObject(value)) {
    problem(`rules: must be an object mapping rule ids to a severity, not ${kindOf(value)}; every rule runs at its default severity.`);
    return undefined;
  }
  const out: NonNullable<ConfigFile['rules']> = {};
  for (const [name, setting] of Object.entries(value)) {
    const rule = ruleById(name);
    if (!rule) {
      problem(`rules.${name}: no such rule; ignored.${suggestion(name, allRuleNames())}`);
      continue;
    }
    const id = rule.meta.id;
    if (typeof setting === 'string') {
      if (isSeverity(setting)) out[id] = setting;
      else problem(`rules.${name}: severity must be one of ${SEVERITIES.join(', ')}, not "${setting}"; using the rule's default.`);
    } else if (isObject(setting)) {
      const { severity, ...given } = setting;
      const options = checkOptions(rule.meta, name, given, problem);
      if (severity !== undefined && !isSeverity(severity)) {
        problem(`rules.${name}.severity: must be one of ${SEVERITIES.join(', ')}, not ${kindOf(severity)}; using the rule's default.`);
        out[id] = { ...options, severity: rule.meta.defaultSeverity };
      } else {
        out[id] = severity === undefined ? { ...options, severity: rule.meta.defaultSeverity } : { ...options, severity };
      }
    } else {
      problem(`rules.${name}: must be a severity (${SEVERITIES.join(', ')}) or an object with "severity", not ${kindOf(setting)}; using the rule's default.`);
    }
  }
  return out;
}

function validateBilling(value: unknown, problem: (m: string) => void): ConfigFile['billing'] | undefined {
  if (!isObject(value)) {
    problem(`billing: must be an object, not ${kindOf(value)}; using the default billing settings.`);
    return undefined;
  }
  const out: NonNullable<ConfigFile['billing']> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'countSidesSeparately') {
      if (typeof v === 'boolean') out.countSidesSeparately = v;
      else problem(`billing.countSidesSeparately: must be true or false, not ${kindOf(v)}; using the default (true).`);
    } else {
      problem(`billing.${key}: unknown setting; ignored.${suggestion(key, ['countSidesSeparately'])}`);
    }
  }
  return out;
}

function validateVocabulary(value: unknown, problem: (m: string) => void): Record<string, unknown> | undefined {
  if (!isObject(value)) {
    problem(`vocabulary: must be an object with "muscles" and/or "terms", not ${kindOf(value)}; ignored.`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'muscles') {
      if (!Array.isArray(v)) {
        problem(`vocabulary.muscles: must be a list of muscles, not ${kindOf(v)}; ignored.`);
        continue;
      }
      const muscles: Record<string, unknown>[] = [];
      v.forEach((m, i) => {
        const at = `vocabulary.muscles[${i}]`;
        if (!isObject(m)) return problem(`${at}: must be an object with at least a "name", not ${kindOf(m)}; ignored.`);
        if (typeof m.name !== 'string' || !m.name.trim()) return problem(`${at}: needs a "name" (the muscle as it is written in notes); ignored.`);
        for (const list of MUSCLE_STRING_LISTS) {
          if (m[list] !== undefined && !isStringArray(m[list])) return problem(`${at}.${list}: must be a list of strings; this muscle is ignored.`);
        }
        for (const single of MUSCLE_STRINGS) {
          if (m[single] !== undefined && typeof m[single] !== 'string') return problem(`${at}.${single}: must be a string; this muscle is ignored.`);
        }
        const known = [...MUSCLE_STRINGS, ...MUSCLE_STRING_LISTS];
        for (const key of Object.keys(m)) {
          if (!known.includes(key)) problem(`${at}.${key}: unknown setting; ignored.${suggestion(key, known)}`);
        }
        muscles.push(Object.fromEntries(Object.entries(m).filter(([k]) => known.includes(k))));
      });
      out.muscles = muscles;
    } else if (key === 'terms') {
      const list = stringList(v, 'vocabulary.terms', problem);
      if (list) out.terms = list;
    } else {
      problem(`vocabulary.${key}: unknown setting; ignored.${suggestion(key, ['muscles', 'terms'])}`);
    }
  }
  return out;
}

/** A list of glob patterns: an empty or unreadable pattern is dropped with a problem. */
function globList(value: unknown, key: 'include' | 'exclude', problem: (m: string) => void): string[] | undefined {
  const list = stringList(value, key, problem);
  return list?.filter((pattern) => {
    const at = `${key}[${(value as unknown[]).indexOf(pattern)}]`;
    if (!pattern.trim()) return problem(`${at}: an empty pattern matches no file; ignored.`), false;
    try {
      picomatch.makeRe(pattern);
      return true;
    } catch {
      return problem(`${at}: "${pattern.slice(0, 60)}" is not a glob pattern that can be read; ignored.`), false;
    }
  });
}

/** Every rule id and code, as the schema lists them. */
export function allRuleNames(): string[] {
  return rules.flatMap((r) => [r.meta.id, r.meta.code]);
}

const isSeverity = (v: unknown): v is (typeof SEVERITIES)[number] => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);

// --- JSON with comments ---------------------------------------------------------------

/** A problem in the configuration file, with where it is when that is known. */
export interface ConfigIssue {
  /** `syntax`: the file is not JSON, so all of it falls back to the defaults; `setting`: one setting does; `unreadable`: the file cannot be read. */
  kind: 'syntax' | 'setting' | 'unreadable';
  /** Plain words, starting with the setting's path when it is about one (`rules.consent-mising: no such rule…`). */
  message: string;
  /** The key (or list item, or the bad character) the message is about; 1-based line and column. */
  at?: { offset: number; length: number; line: number; column: number };
}

export class JsoncError extends Error {
  constructor(message: string, readonly line: number, readonly column: number, readonly offset = 0, readonly length = 0) {
    super(message);
  }
}

const jsoncOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true } as const;

/** The text with a byte-order mark blanked out (same length, so offsets still match the file). */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);

/**
 * JSON with // and /* *\/ comments and trailing commas (jsonc-parser, as VS Code reads its own
 * settings), as a tree with offsets; undefined for an empty file or one with only comments.
 * Throws JsoncError naming the first problem in plain words, with its 1-based position.
 */
export function parseJsoncTree(text: string): JsonNode | undefined {
  const source = withoutBom(text);
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, jsoncOptions);
  if (!errors.length) return tree;
  const first = errors[0];
  const { line, column } = positionAt(source, first.offset);
  throw new JsoncError(describeSyntaxError(source, errors), line, column, first.offset, first.length);
}

/** The value of a JSONC text (see parseJsoncTree); undefined for an empty file. */
export function parseJsonc(text: string): unknown {
  const tree = parseJsoncTree(text);
  return tree ? getNodeValue(tree) : undefined;
}

/** 1-based line and column; a CR before LF is not a column of its own. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      column = 1;
    } else if (text[k] !== '\r') column++;
  }
  return { line, column };
}

function describeSyntaxError(text: string, errors: ParseError[]): string {
  const [first, next] = errors;
  // The error codes are a const enum in jsonc-parser's types; their names are stable strings.
  const code = (e: ParseError | undefined) => (e ? printParseErrorCode(e.error) : undefined);
  const found = (at: number) => (at >= text.length ? 'the file ends too early' : `unexpected character "${text[at]}"`);
  switch (code(first)) {
    case 'InvalidSymbol':
      // The parser says what it wanted in the error after: a bare word where a key belongs is the common case.
      if (code(next) === 'PropertyNameExpected') return `expected a property name in double quotes but found ${found(first.offset)}`;
      if (code(next) === 'ValueExpected') return `expected a value but found ${found(first.offset)}`;
      return found(first.offset);
    case 'PropertyNameExpected':
      return `expected a property name in double quotes but found ${found(first.offset)}`;
    case 'ColonExpected':
      return `expected ":" after a property name but found ${found(first.offset)}`;
    case 'CommaExpected':
      return `expected "," between two entries but found ${found(first.offset)}`;
    case 'CloseBraceExpected':
      return `expected "," or "}" but found ${found(first.offset)}`;
    case 'CloseBracketExpected':
      return `expected "," or "]" but found ${found(first.offset)}`;
    case 'ValueExpected':
      return `expected a value but found ${found(first.offset)}`;
    case 'EndOfFileExpected':
      return `${found(first.offset)} after the end of the configuration`;
    case 'UnexpectedEndOfString':
      return 'a string is never closed';
    case 'UnexpectedEndOfComment':
      return 'a /* comment is never closed';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'invalid escape in a string';
    case 'InvalidCharacter':
      return 'a control character (such as a tab or line break) inside a string';
    case 'InvalidNumberFormat':
      return 'invalid number';
    default:
      return `${found(first.offset)}`;
  }
}

/** Where a problem about `path.to[3].key` is: the key of that member (or the list item); the nearest enclosing one that exists. */
function locate(root: JsonNode | undefined, message: string, text: string): ConfigIssue['at'] {
  if (!root) return undefined;
  const path = /^([^\s:]+): /.exec(message)?.[1];
  const segments: Array<string | number> = [];
  if (path) for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) segments.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  for (let n = segments.length; n >= 0; n--) {
    const node = n ? findNodeAtLocation(root, segments.slice(0, n)) : root;
    if (!node) continue;
    const target = node.parent?.type === 'property' ? node.parent.children![0] : node;
    return { offset: target.offset, length: target.length, ...positionAt(text, target.offset) };
  }
  return undefined;
}

/** A section of its own module (config/sections.ts) checks its own value. */
function setSection<K extends SectionKey>(file: ConfigFile, key: K, value: unknown, problem: (m: string) => void): void {
  (file as Record<string, unknown>)[key] = sections[key].validate(value, problem);
}

/** Keeps the options the rule declares, with the declared type; says what is wrong with the rest. */
function checkOptions(meta: RuleMeta, name: string, given: Record<string, unknown>, problem: (m: string) => void): Record<string, unknown> {
  const declared = meta.options ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    const option = Object.hasOwn(declared, key) ? declared[key] : undefined;
    if (!option) {
      const known = Object.keys(declared);
      problem(`rules.${name}.${key}: ${meta.id} has no such option${known.length ? ` (it has ${known.join(', ')})` : ''}; ignored.${suggestion(key, known)}`);
    } else if (typeof value !== option.type || (option.type === 'number' && option.minimum !== undefined && (value as number) < option.minimum)) {
      problem(`rules.${name}.${key}: must be ${option.type === 'boolean' ? 'true or false' : `a number${option.minimum !== undefined ? ` of at least ${option.minimum}` : ''}`}, not ${kindOf(value)}; using the default (${option.default}).`);
    } else {
      out[key] = value;
    }
  }
  return out;
}
