// The JSON schema of `.dnlintrc.json`, made from the same sources as the checks in parse.ts:
// the rules' metadata (ids, codes, declared options) and the feature sections (sections.ts).
// scripts/gen-docs.mjs writes it to schemas/dnlint.schema.json; a test keeps that file current.
import type { Rule, RuleOption } from '../rules';
import { SEVERITIES } from './check';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './config';
import { sections } from './sections';

type Json = Record<string, unknown>;

const header = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: "https://dn-soap-tools.github.io/schemas/dnlint.schema.json",
  title: "dn-lint configuration (.dnlintrc.json)",
  description: "Settings for the dry-needling SOAP note linter, used by the dn-lint command and the editor extension. The file may contain // and /* */ comments and trailing commas.",
};

/** The settings of the linter itself; feature sections and rules are added from their own modules. */
const baseProperties: Json = {
  "$schema": {
    "description": "The JSON schema this file follows, for editor completion.",
    "type": "string"
  },
  "billing": {
    "description": "How billing codes are checked.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "countSidesSeparately": {
        "description": "Whether the left and right of the same muscle count as two muscles when choosing between CPT 20560 (1–2 muscles) and 20561 (3 or more). Default true, following the coding guidance for the analogous trigger-point injection codes; set false if your payer counts a muscle once whichever sides were needled.",
        "type": "boolean",
        "default": true
      }
    }
  },
  "vocabulary": {
    "description": "Clinic additions to the built-in muscle vocabulary, so local names and shorthand are recognised instead of being reported as unknown muscles.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "muscles": {
        "description": "Extra muscles (or local names for them).",
        "type": "array",
        "items": {
          "type": "object",
          "required": [
            "name"
          ],
          "additionalProperties": false,
          "properties": {
            "name": {
              "description": "The muscle's name as it should be written in a note, e.g. \"pectoralis minor\".",
              "type": "string",
              "minLength": 1
            },
            "shorthand": {
              "description": "Case-sensitive short forms clinicians type, e.g. [\"PM\"]. Ambiguous abbreviations are refused.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "synonyms": {
              "description": "Other phrases for the same muscle, matched case-insensitively.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "region": {
              "description": "Body region, used for grouping and risk checks.",
              "type": "string",
              "enum": [
                "head-face",
                "neck",
                "shoulder",
                "arm",
                "forearm",
                "hand",
                "back",
                "thorax-abdomen",
                "pelvis-hip",
                "thigh",
                "leg",
                "foot"
              ]
            },
            "risks": {
              "description": "Structures a needle can reach near this muscle; \"lung\" makes the pneumothorax checks apply.",
              "type": "array",
              "items": {
                "type": "string",
                "enum": [
                  "lung",
                  "organ",
                  "neurovascular",
                  "neuraxis"
                ]
              }
            },
            "parent": {
              "description": "Id or name of the muscle this one counts as for billing (parts and heads roll up).",
              "type": "string"
            }
          }
        }
      },
      "terms": {
        "description": "Other words the clinic uses that should not be reported as misspellings.",
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    }
  },
  "include": {
    "description": "Glob patterns, relative to this file's folder, of the notes checked when a whole folder is checked (dn-lint given a folder, and Lint All Notes in Workspace). Default [\"**/*.md\"]. A file named on the command line is always checked.",
    "type": "array",
    "items": {
      "type": "string"
    },
    "default": DEFAULT_INCLUDE
  },
  "exclude": {
    "description": "Glob patterns, relative to this file's folder, of files left out when a whole folder is checked. Default: node_modules, .git and the patient handouts made from notes (*.handout.md), which are never checked whatever this says.",
    "type": "array",
    "items": {
      "type": "string"
    },
    "default": DEFAULT_EXCLUDE
  },
  "maxLiveLintBytes": {
    "description": "Notes larger than this many bytes are checked only on save in the editor, not while typing. Default 2000000.",
    "type": "integer",
    "minimum": 1,
    "default": 2000000
  }
};

function optionSchema(o: RuleOption): Json {
  return o.type === 'boolean'
    ? { type: 'boolean', default: o.default, description: o.description }
    : { type: 'number', default: o.default, description: o.description, ...(o.minimum !== undefined ? { minimum: o.minimum } : {}) };
}

function ruleProperty(rule: Rule, byCode = false): Json {
  const { meta } = rule;
  const description = `${byCode ? `${meta.id}: ` : ''}${meta.title} (default: ${meta.defaultSeverity})`;
  if (!meta.options) return { description, allOf: [{ $ref: '#/definitions/ruleSetting' }] };
  const options = Object.fromEntries(Object.entries(meta.options).map(([k, o]) => [k, optionSchema(o)]));
  return {
    description,
    oneOf: [
      { $ref: '#/definitions/severity' },
      { type: 'object', additionalProperties: false, properties: { severity: { $ref: '#/definitions/severity' }, ...options } },
    ],
  };
}

export function configSchema(rules: readonly Rule[]): Json {
  const names = rules.flatMap((r) => [r.meta.id, r.meta.code]);
  return {
    ...header,
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: {
        description: 'How a finding is shown: error (fails dn-lint with exit code 1), warning, info, or off (the rule does not run).',
        type: 'string',
        enum: [...SEVERITIES],
      },
      ruleSetting: {
        description: 'A severity, or an object with a severity and rule-specific options.',
        oneOf: [
          { $ref: '#/definitions/severity' },
          { type: 'object', description: 'A severity and rule-specific options.', properties: { severity: { $ref: '#/definitions/severity' } }, additionalProperties: true },
        ],
      },
    },
    properties: {
      $schema: baseProperties.$schema,
      rules: {
        description: "Severity (and options) per rule, keyed by rule id (e.g. \"consent-missing\") or code (e.g. \"DN001\"). Rules not listed run at their default severity.",
        type: 'object',
        propertyNames: { enum: names },
        properties: Object.fromEntries(rules.flatMap((r) => [[r.meta.id, ruleProperty(r)], [r.meta.code, ruleProperty(r, true)]])),
        additionalProperties: { $ref: '#/definitions/ruleSetting' },
      },
      ...Object.fromEntries(Object.entries(baseProperties).filter(([k]) => k !== '$schema')),
      ...Object.fromEntries(Object.entries(sections).map(([key, section]) => [key, section.schema])),
    },
  };
}
