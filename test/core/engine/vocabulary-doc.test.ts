// The muscle vocabulary page (docs/rules/muscles.md) is generated from the typed vocabulary and
// committed as generated; it lists every name the linter reads, in the words the rules use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderVocabularyDoc } from '../../../src/core/engine/vocabulary-doc';
import { ambiguousTokens, reservedAbbreviations } from '../../../src/core/vocab/ambiguous';
import { groupTerms } from '../../../src/core/vocab/groups';
import { muscles } from '../../../src/core/vocab/muscles';
import type { Muscle } from '../../../src/core/vocab/types';

const data = { muscles, groups: groupTerms, ambiguous: ambiguousTokens, reserved: reservedAbbreviations };
const page = renderVocabularyDoc(data);
const rowOf = (name: string) => page.split('\n').find((l) => l.startsWith(`| ${name} |`));

describe('engine/vocabulary-doc', () => {
  it('is the page docs/rules holds', () => {
    assert.equal(page, readFileSync(join(process.cwd(), 'docs/rules/muscles.md'), 'utf8'), 'docs/rules/muscles.md is stale: run node scripts/gen-docs.mjs');
  });

  it('has one row per muscle, with its shorthand and every other spelling', () => {
    for (const m of muscles) {
      const row = rowOf(m.name);
      assert.ok(row, `no row for ${m.name}`);
      for (const s of [...m.shorthand, ...m.synonyms]) assert.ok(row.includes('`' + s + '`'), `${m.name}: ${s} missing`);
    }
    assert.equal(page.split('\n').filter((l) => /^\| [a-z]/.test(l)).length, muscles.length);
  });

  it('says which muscles are over the lung, and where the level decides it', () => {
    assert.match(rowOf('upper trapezius')!, /\| yes, reported \|/);
    assert.match(rowOf('multifidus')!, /yes, anatomically possible; at thoracic levels only/);
    const calf = rowOf('gastrocnemius')!.split('|');
    assert.equal(calf[4].trim(), '', 'a calf muscle is not over the lung');
    assert.match(rowOf('cervical multifidus')!, /\| spinal canal and vertebral artery \|/);
  });

  it('lists group words with their muscles, the shorthand it asks about and the reserved abbreviations', () => {
    assert.match(page, /\| `paraspinals` \| `paraspinal`, .*\| .*lumbar multifidus/);
    assert.match(page, /\| `TA` \| tibialis anterior, transversus abdominis \|/);
    assert.match(page, /\| `PT` \| pronator teres, tibialis posterior, fibularis tertius \| physical therapist, physical therapy \|/);
    for (const r of reservedAbbreviations) assert.ok(page.includes('`' + r + '`'), r);
  });

  it('keeps a row whole when a clinic term holds a pipe', () => {
    const odd: Muscle = { id: 'odd', name: 'odd muscle', region: 'neck', shorthand: ['O|M'], synonyms: [], risks: [] };
    const row = renderVocabularyDoc({ ...data, muscles: [odd] }).split('\n').find((l) => l.startsWith('| odd muscle'))!;
    assert.equal(row.split(/(?<!\\)\|/).length, 8);
  });
});
