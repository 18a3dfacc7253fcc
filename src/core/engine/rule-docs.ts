// The one renderer of rule documentation: the pages in docs/rules (scripts/gen-docs.mjs), the
// read-only pages the editor opens, and the link a diagnostic carries all come from here.
import type { Rule, RuleMeta } from '../rules';

/** The repository the rule pages are published from: the one place its address is written. */
export const REPOSITORY_URL = 'https://github.com/dn-soap-tools/dry-needling-soap';

/** Where a rule's published page is, at the tag of the version that made the finding (the page then says what that version did). */
export function ruleDocUrl(ruleId: string, version: string): string {
  return `${REPOSITORY_URL}/blob/v${encodeURIComponent(version)}/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

const fence = (text: string) => '```markdown\n' + text.trimEnd() + '\n```';

/**
 * A rule's page: docs/rules/<id>.md as generated, and the page the editor opens, which is the
 * same text followed by a link to the published page of the running version (`link`).
 */
export function renderRuleDoc(meta: RuleMeta, options: { link?: string } = {}): string {
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
    ...(options.link ? ['---', '', `[This page online, for the version you are running](${options.link})`, ''] : []),
  ].join('\n');
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  return [
    '# Rules', '', 'Generated from the rules\' metadata by `node scripts/gen-docs.mjs`.', '',
    'How the linter reads a note (sections, which muscles were needled, what belongs to them) is described in [reading-notes.md](reading-notes.md);',
    'the muscles, shorthand and group words it knows are listed in [muscles.md](muscles.md).', '',
    '| Rule | Code | Severity | Fix | What it checks |', '|---|---|---|---|---|',
    ...rules.map(({ meta }) => `| [${meta.id}](${meta.id}.md) | ${meta.code} | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : ''} | ${meta.title} |`),
    '',
  ].join('\n');
}
