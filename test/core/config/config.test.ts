import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRuleNames, parseConfigText, parseJsonc } from '../../../src/core/config/parse';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_LIVE_LINT_BYTES, defaultConfig } from '../../../src/core/config/config';
import { rules } from '../../../src/core/rules';
import { sections } from '../../../src/core/config/sections';

const SCHEMA_PATH = 'schemas/dnlint.schema.json';

describe('core: config parsing', () => {
  describe('JSON with comments', () => {
    it('accepts // and /* */ comments and trailing commas', () => {
      const text = '// clinic settings\n{\n  /* rules */ "rules": { "consent-missing": "warning", },\n  "include": ["notes/**/*.md",], // trailing\n}\n';
      const { config, problems } = parseConfigText(text);
      assert.deepEqual(problems, []);
      assert.equal(config.rules['consent-missing']?.severity, 'warning');
      assert.deepEqual(config.include, ['notes/**/*.md']);
    });

    // Objects come back without a prototype (a "__proto__" key is just a key), so compare as JSON.
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

    it('keeps "//" and "/*" inside strings', () => {
      assert.deepEqual(plain(parseJsonc('{ "$schema": "https://x.org/a//b/*c*/" }')), { $schema: 'https://x.org/a//b/*c*/' });
    });

    it('parses escapes, numbers, booleans and null like JSON.parse', () => {
      const src = '{"a":"tab\\t\\u00e9\\"q\\"","b":[1,-2.5,3e2,true,false,null],"c":{}}';
      assert.deepEqual(plain(parseJsonc(src)), JSON.parse(src));
    });

    it('a "__proto__" key is an unknown setting, never a prototype', () => {
      const { config, problems } = parseConfigText('{ "__proto__": { "maxLiveLintBytes": 5 }, "constructor": 1 }');
      assert.deepEqual(problems, ['__proto__: unknown setting; ignored.', 'constructor: unknown setting; ignored.']);
      assert.equal(config.maxLiveLintBytes, DEFAULT_MAX_LIVE_LINT_BYTES);
      assert.equal(({} as Record<string, unknown>).maxLiveLintBytes, undefined);
    });

    it('an empty file (or only comments) means all defaults, without problems', () => {
      for (const text of ['', '  \n', '// nothing yet\n']) {
        const { config, problems } = parseConfigText(text);
        assert.deepEqual(problems, []);
        assert.deepEqual(config.include, DEFAULT_INCLUDE);
      }
    });

    it('invalid JSON names line and column and falls back to defaults', () => {
      const { config, problems } = parseConfigText('{\n  "rules": {\n    consent-missing: "off"\n  }\n}', '.dnlintrc.json');
      assert.deepEqual(problems, ['.dnlintrc.json: line 3, column 5: invalid JSON: expected a property name in double quotes but found unexpected character "c". Using the default settings.']);
      assert.equal(config, defaultConfig());
    });

    it('reports unclosed strings, comments and early ends with their position', () => {
      assert.match(parseConfigText('{ "rules": "off').problems[0], /^line 1, column 12: invalid JSON: a string is never closed/);
      assert.match(parseConfigText('{\n/* note').problems[0], /^line 2, column 1: invalid JSON: a \/\* comment is never closed/);
      assert.match(parseConfigText('{ "rules": {}').problems[0], /^line 1, column 14: invalid JSON: expected "," or "}" but found the file ends too early/);
      assert.match(parseConfigText('{} {}').problems[0], /^line 1, column 4: invalid JSON: unexpected character "\{" after the end/);
    });

    it('counts CRLF line ends as one line break', () => {
      assert.match(parseConfigText('{\r\n\r\n  x\r\n}').problems[0], /^line 3, column 3:/);
    });
  });

  describe('validation', () => {
    it('a typo in a rule id is dropped with a suggestion; the other rules still apply', () => {
      const { config, problems } = parseConfigText('{ "rules": { "consent-mising": "off", "DN001": "info" } }');
      assert.deepEqual(problems, ['rules.consent-mising: no such rule; ignored. Did you mean consent-missing?']);
      assert.equal(config.rules['consent-missing']?.severity, 'info');
      assert.equal(config.rules['consent-mising'], undefined);
    });

    it('an unknown rule far from any id gets no suggestion', () => {
      assert.deepEqual(parseConfigText('{ "rules": { "spelling-of-everything": "off" } }').problems, ['rules.spelling-of-everything: no such rule; ignored.']);
    });

    it('rule codes are accepted in any case and stored under the rule id', () => {
      const { config, problems } = parseConfigText('{ "rules": { "dn001": "off" } }');
      assert.deepEqual(problems, []);
      assert.equal(config.rules['consent-missing']?.severity, 'off');
    });

    it('severity must be error, warning, info or off; a bad one keeps the default', () => {
      const { config, problems } = parseConfigText('{ "rules": { "consent-missing": "fatal" } }');
      assert.deepEqual(problems, ['rules.consent-missing: severity must be one of error, warning, info, off, not "fatal"; using the rule\'s default.']);
      assert.equal(config.rules['consent-missing'], undefined);
    });

    it('object settings carry options; a missing severity means the default severity', () => {
      const { config, problems } = parseConfigText('{ "rules": { "response-missing": { "severity": "warning", "requireObjectiveResponse": true }, "DN001x": 1 } }');
      assert.equal(problems.length, 1);
      assert.deepEqual(config.rules['response-missing'], { severity: 'warning', options: { requireObjectiveResponse: true } });
      const bare = parseConfigText('{ "rules": { "response-missing": { "requireObjectiveResponse": false } } }');
      assert.deepEqual(bare.problems, []);
      assert.deepEqual(bare.config.rules['response-missing'], { severity: 'info', options: { requireObjectiveResponse: false } });
      const bad = parseConfigText('{ "rules": { "consent-missing": { "severity": 2 } } }');
      assert.deepEqual(bad.problems, ['rules.consent-missing.severity: must be one of error, warning, info, off, not 2; using the rule\'s default.']);
    });

    it('rules must be an object', () => {
      assert.match(parseConfigText('{ "rules": ["consent-missing"] }').problems[0], /^rules: must be an object mapping rule ids to a severity, not a list/);
    });

    it('billing.countSidesSeparately must be a boolean', () => {
      assert.equal(parseConfigText('{ "billing": { "countSidesSeparately": false } }').config.billing.countSidesSeparately, false);
      const { config, problems } = parseConfigText('{ "billing": { "countSidesSeparately": "no", "modifier": "59" } }');
      assert.deepEqual(problems, [
        'billing.countSidesSeparately: must be true or false, not "no"; using the default (true).',
        'billing.modifier: unknown setting; ignored.',
      ]);
      assert.equal(config.billing.countSidesSeparately, true);
    });

    it('vocabulary muscles need a name; bad entries are dropped, good ones kept', () => {
      const { config, problems } = parseConfigText(JSON.stringify({
        vocabulary: {
          muscles: [{ name: 'musculus clinicus', region: 'neck' }, { shorthand: ['XX'] }, 'deltoid', { name: 'other', synonyms: 'x' }, { name: 'third', colour: 'red', region: 'neck' }],
          terms: ['SIJ', 3],
        },
      }));
      assert.deepEqual(problems.filter((p) => !p.startsWith('vocabulary: ')), [
        'vocabulary.muscles[1]: needs a "name" (the muscle as it is written in notes); ignored.',
        'vocabulary.muscles[2]: must be an object with at least a "name", not "deltoid"; ignored.',
        'vocabulary.muscles[3].synonyms: must be a list of strings; this muscle is ignored.',
        'vocabulary.muscles[4].colour: unknown setting; ignored.',
        'vocabulary.terms[1]: must be a string, not 3; ignored.',
      ]);
      assert.ok(config.vocabulary.lookupMuscle('musculus clinicus'), 'the valid clinic muscle is added');
      assert.ok(config.vocabulary.lookupMuscle('third'), 'an unknown key drops only the key');
    });

    it('include and exclude must be lists of strings; non-strings are dropped', () => {
      const { config, problems } = parseConfigText('{ "include": "**/*.md", "exclude": ["archive/**", 7] }');
      assert.deepEqual(problems, ['include: must be a list of strings, not "**/*.md"; using the default.', 'exclude[1]: must be a string, not 7; ignored.']);
      assert.deepEqual(config.include, DEFAULT_INCLUDE);
      assert.deepEqual(config.exclude, ['archive/**']);
      assert.deepEqual(parseConfigText('{}').config.exclude, DEFAULT_EXCLUDE);
    });

    it('maxLiveLintBytes must be a positive whole number', () => {
      assert.equal(parseConfigText('{ "maxLiveLintBytes": 500000 }').config.maxLiveLintBytes, 500000);
      const { config, problems } = parseConfigText('{ "maxLiveLintBytes": -1 }');
      assert.equal(problems.length, 1);
      assert.equal(config.maxLiveLintBytes, DEFAULT_MAX_LIVE_LINT_BYTES);
    });

    it('unknown top-level keys are problems, with a suggestion for near misses', () => {
      const { problems } = parseConfigText('{ "rule": {}, "colour": true, "$schema": "./schemas/dnlint.schema.json" }', 'cfg.json');
      assert.deepEqual(problems, ['cfg.json: rule: unknown setting; ignored. Did you mean rules?', 'cfg.json: colour: unknown setting; ignored.']);
    });

    it('a config that is not an object is rejected as a whole', () => {
      const { config, problems } = parseConfigText('["consent-missing"]');
      assert.deepEqual(problems, ['the configuration must be a JSON object ({ … }), not a list. Using the default settings.']);
      assert.deepEqual(config.rules, {});
    });
  });

  describe('schema', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

    it('is draft-07 and every property has a description', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      const missing: string[] = [];
      const visit = (node: Record<string, any>, path: string) => {
        for (const [key, prop] of Object.entries<Record<string, any>>(node.properties ?? {})) {
          if (path === 'rules') continue; // rule entries are generated; described by their title
          if (!prop.description) missing.push(`${path}${key}`);
          visit(prop, `${path}${key}.`);
          if (prop.items) visit(prop.items, `${path}${key}[].`);
        }
      };
      visit(schema, '');
      assert.deepEqual(missing, []);
    });

    it('lists exactly the registered rule ids and codes, with the options each rule declares', () => {
      const names = allRuleNames();
      const rulesProp = schema.properties.rules;
      assert.deepEqual([...rulesProp.propertyNames.enum].sort(), [...names].sort());
      assert.deepEqual(Object.keys(rulesProp.properties).sort(), [...names].sort());
      for (const r of rules) {
        const declared = Object.keys(r.meta.options ?? {});
        const objectForm = rulesProp.properties[r.meta.id].oneOf?.find((o: { type?: string }) => o.type === 'object');
        assert.deepEqual(objectForm ? Object.keys(objectForm.properties).filter((k) => k !== 'severity') : [], declared, r.meta.id);
      }
    });

    it('checks rule options against what the rule declares: unknown names and wrong types are named, the rest applies', () => {
      const { config, problems } = parseConfigText('{ "rules": { "response-missing": { "requireObjectiveResponse": true, "requireObjective": 1 }, "cpt-muscle-count": { "countSidesSeparately": "no" } } }');
      assert.deepEqual(config.rules['response-missing']?.options, { requireObjectiveResponse: true });
      assert.deepEqual(config.rules['cpt-muscle-count']?.options, {});
      assert.equal(problems.length, 2);
      assert.match(problems[0], /rules\.response-missing\.requireObjective: response-missing has no such option \(it has requireObjectiveResponse\)/);
      assert.match(problems[1], /rules\.cpt-muscle-count\.countSidesSeparately: must be true or false/);
    });

    it('top-level, billing and vocabulary keys match what the parser accepts', () => {
      assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'billing', 'exclude', 'include', 'maxLiveLintBytes', 'rules', 'vocabulary', ...Object.keys(sections)].sort());
      assert.deepEqual(Object.keys(schema.properties.billing.properties), ['countSidesSeparately']);
      assert.deepEqual(Object.keys(schema.properties.vocabulary.properties).sort(), ['muscles', 'terms']);
      assert.deepEqual(schema.properties.vocabulary.properties.muscles.items.required, ['name']);
      assert.deepEqual(schema.definitions.severity.enum, ['error', 'warning', 'info', 'off']);
    });
  });
});
