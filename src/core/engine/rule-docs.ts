// The one renderer of rule documentation: the pages in docs/rules (scripts/gen-docs.mjs), the
// read-only pages the editor opens, and the link a diagnostic carries all come from here.
import type { Rule, RuleMeta } from '../rules';

/** Where the published pages are, at the tag of the version that made the finding. */
export function ruleDocUrl(ruleId: string, version: string): string {
  return `https://github.com/dn-soap-tools/dry-needling-soap/blob/v${version}/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

const fence = (text: string) => '```markdown\n' + text.trimEnd() + '\n```';

export function renderRuleDoc(meta: RuleMeta): string {
  return [
    `# ${meta.id} (${meta.code})`, '',
    meta.title, '',
    `- Default severity: **${meta.defaultSeverity}**`,
    `- Quick fix: ${meta.fixable ? 'yes' : 'no'}`, '',
    '## Why it matters', '', meta.rationale, '',
    '## How it decides', '', ...meta.decides.map((d) => `- ${d}`), '',
    ...(meta.options
      ? ['## Options', '', ...Object.entries(meta.options).map(([k, o]) => `- \`${k}\` (${o.type}, default \`${o.default}\`): ${o.description}`), '']
      : []),
    ...(meta.example.earlier?.length
      ? ['## Earlier notes of the same patient', '', 'The examples below are checked together with these earlier visits of their course, oldest first:', '',
        ...meta.example.earlier.flatMap((e) => [fence(e), ''])]
      : []),
    '## Raises a finding', '', fence(meta.example.bad), '',
    '## Does not', '', fence(meta.example.good), '',
    '## Turning it off', '',
    `In \`.dnlintrc.json\`: \`{ "rules": { "${meta.id}": "off" } }\`. For one line: \`<!-- dnlint-disable-next-line ${meta.id} -- reason -->\`.`, '',
  ].join('\n');
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  return [
    '# Rules', '', 'Generated from the rules\' metadata by `node scripts/gen-docs.mjs`.', '',
    'How the linter reads a note (sections, which muscles were needled, what belongs to them) is described in [reading-notes.md](reading-notes.md).', '',
    '| Rule | Code | Severity | Fix | What it checks |', '|---|---|---|---|---|',
    ...rules.map(({ meta }) => `| [${meta.id}](${meta.id}.md) | ${meta.code} | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : ''} | ${meta.title} |`),
    '',
  ].join('\n');
}
