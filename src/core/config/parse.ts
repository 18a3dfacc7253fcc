import { defaultConfig, resolveConfig, type CheckedConfigFile as ConfigFile, type ResolvedConfig } from './config';
import { ruleById, rules, type RuleMeta } from '../rules';
import { isObject, isStringArray, kindOf, SEVERITIES, stringList, suggestion } from './check';

export { SEVERITIES };
import { sections, type SectionKey } from './sections';

// Reads `.dnlintrc.json` text (JSON with comments and trailing commas, as editors allow)
// and checks it against the same rules as schemas/dnlint.schema.json. A bad part is
// dropped with a problem message and its default is used; the rest still applies, so a
// typo in one rule name never switches the whole linter back to defaults.

export interface ParsedConfig {
  config: ResolvedConfig;
  problems: string[];
}

const TOP_LEVEL_KEYS = ['$schema', 'rules', 'billing', 'vocabulary', 'include', 'exclude', 'maxLiveLintBytes', ...Object.keys(sections)];
const MUSCLE_STRING_LISTS = ['shorthand', 'synonyms', 'risks'];
const MUSCLE_STRINGS = ['name', 'region', 'parent'];

export function parseConfigText(text: string, source?: string): ParsedConfig {
  const problems: string[] = [];
  const where = (msg: string) => problems.push(source ? `${source}: ${msg}` : msg);
  let value: unknown;
  try {
    value = parseJsonc(text);
  } catch (e) {
    if (!(e instanceof JsoncError)) throw e;
    where(`line ${e.line}, column ${e.column}: invalid JSON: ${e.message}. Using the default settings.`);
    return { config: defaultConfig(), problems };
  }
  const file = validateConfig(value, where);
  const config = resolveConfig(file);
  // The vocabulary drops clinic entries that clash with built-in terms; say so here, where the clinic will look.
  if (file.vocabulary) {
    const builtIn = new Set(defaultConfig().vocabulary.problems);
    for (const p of config.vocabulary.problems) if (!builtIn.has(p)) where(`vocabulary: ${p}`);
  }
  return { config, problems };
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
        const list = stringList(v, key, problem);
        if (list) file[key] = list;
        break;
      }
      case 'maxLiveLintBytes':
        if (typeof v === 'number' && Number.isInteger(v) && v > 0) file.maxLiveLintBytes = v;
        else problem(`maxLiveLintBytes: must be a whole number of bytes greater than 0, not ${kindOf(v)}; using the default.`);
        break;
      default:
        if (key in sections) setSection(file, key as SectionKey, v, problem);
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

/** Every rule id and code, as the schema lists them. */
export function allRuleNames(): string[] {
  return rules.flatMap((r) => [r.meta.id, r.meta.code]);
}

const isSeverity = (v: unknown): v is (typeof SEVERITIES)[number] => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);

// --- JSON with comments ---------------------------------------------------------------

export class JsoncError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

/** Parses JSON that may contain // and /* *\/ comments and trailing commas. Throws JsoncError with a 1-based position. */
export function parseJsonc(text: string): unknown {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = i): never => {
    let line = 1;
    let col = 1;
    for (let k = 0; k < at && k < text.length; k++) {
      if (text[k] === '\n') {
        line++;
        col = 1;
      }
      else if (text[k] !== '\r') col++;
    }
    throw new JsoncError(message, line, col);
  };
  const describe = () => (i >= text.length ? 'the file ends too early' : `unexpected character "${text[i]}"`);

  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && text[i + 1] === '/') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) fail('a /* comment is never closed');
        i = end + 2;
      } else return;
    }
  };

  const parseString = (): string => {
    const start = i++;
    let out = '';
    for (;;) {
      if (i >= text.length || text[i] === '\n') fail('a string is never closed', start);
      const c = text[i++];
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i++];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e in simple) out += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) {
        out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
        i += 4;
      } else fail('invalid escape in a string', i - 2);
    }
  };

  const parseValue = (): unknown => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skip();
      if (text[i] === '}') return i++, obj;
      for (;;) {
        skip();
        if (text[i] === '}') return i++, obj; // trailing comma
        if (text[i] !== '"') fail(`expected a property name in double quotes but found ${describe()}`);
        const key = parseString();
        skip();
        if (text[i] !== ':') fail(`expected ":" after a property name but found ${describe()}`);
        i++;
        obj[key] = parseValue();
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return i++, obj;
        else fail(`expected "," or "}" but found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') return i++, arr;
        arr.push(parseValue());
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return i++, arr;
        else fail(`expected "," or "]" but found ${describe()}`);
      }
    }
    if (c === '"') return parseString();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) fail(`expected a value but found ${describe()}`);
    i += m![0].length;
    return m![0] === 'true' ? true : m![0] === 'false' ? false : m![0] === 'null' ? null : Number(m![0]);
  };

  skip();
  if (i >= text.length) return undefined; // an empty file means "all defaults"
  const value = parseValue();
  skip();
  if (i < text.length) fail(`${describe()} after the end of the configuration`);
  return value;
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
    const option = declared[key];
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
