import assert from 'node:assert/strict';
import { adverseEvents } from '../../../src/core/vocab/adverse-events';
import { cptByCode, cptCodes, dryNeedlingCodeFor, icdByCode, icdCodes } from '../../../src/core/vocab/codes';
import { consentRisks } from '../../../src/core/vocab/consent-risks';
import { outcomeMeasures } from '../../../src/core/vocab/outcomes';
import { responses } from '../../../src/core/vocab/responses';
import { approaches, techniques } from '../../../src/core/vocab/techniques';

describe('vocab codes', () => {
  it('describes the dry-needling CPT codes by muscle count', () => {
    assert.deepEqual(cptByCode.get('20560'), { code: '20560', description: 'needle insertion(s) without injection(s), 1 or 2 muscle(s)', minMuscles: 1, maxMuscles: 2 });
    assert.equal(cptByCode.get('20561')?.minMuscles, 3);
    assert.equal(cptByCode.get('20561')?.maxMuscles, undefined);
    assert.equal(dryNeedlingCodeFor(0), undefined);
    assert.equal(dryNeedlingCodeFor(2)?.code, '20560');
    assert.equal(dryNeedlingCodeFor(3)?.code, '20561');
    assert.equal(dryNeedlingCodeFor(12)?.code, '20561');
  });

  it('says why TPI, manual-therapy and acupuncture codes are not for dry needling', () => {
    for (const code of ['97140', '20552', '20553', '97810', '97811', '97813', '97814']) assert.ok(cptByCode.get(code)?.notForDryNeedling, code);
    for (const code of ['97110', '97112', '97530', '97161', '97162', '97163', '97014', 'G0283', '97032']) {
      assert.ok(cptByCode.get(code), code);
      assert.equal(cptByCode.get(code)?.notForDryNeedling, undefined, code);
    }
    assert.equal(new Set(cptCodes.map((c) => c.code)).size, cptCodes.length);
  });

  it('marks deleted and header ICD-10-CM codes with valid replacements', () => {
    assert.equal(icdByCode.get('M54.5')?.status, 'deleted');
    assert.deepEqual(icdByCode.get('M54.5')?.replacements, ['M54.50', 'M54.51', 'M54.59']);
    assert.equal(icdByCode.get('M79.1')?.status, 'header');
    assert.deepEqual(icdByCode.get('M79.1')?.replacements, ['M79.10', 'M79.11', 'M79.12', 'M79.18']);
    for (const c of icdCodes) {
      assert.match(c.code, /^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, c.code);
      assert.equal(c.status !== 'billable', !!c.replacements?.length, c.code);
      for (const r of c.replacements ?? []) assert.equal(icdByCode.get(r)?.status, 'billable', `${c.code} -> ${r}`);
    }
  });

  it('seeds every ICD-10-CM code of brief §13.2', () => {
    for (const code of ['M79.10', 'M79.11', 'M79.12', 'M79.18', 'M79.7', 'M62.830', 'M62.831', 'M62.838', 'M54.2', 'M54.50', 'M54.51',
      'M54.59', 'M54.40', 'M54.41', 'M54.42', 'M54.6', 'G44.209', 'G89.29']) {
      assert.equal(icdByCode.get(code)?.status, 'billable', code);
    }
  });
});

describe('vocab outcome measures', () => {
  const byName = (alias: string) => outcomeMeasures.find((o) => o.name === alias || o.aliases.includes(alias));

  it('has the ranges of brief §9', () => {
    const ranges: Array<[string, number, number]> = [['NPRS', 0, 10], ['VAS', 0, 100], ['NDI', 0, 50], ['ODI', 0, 100], ['PSFS', 0, 10], ['QuickDASH', 0, 100], ['LEFS', 0, 80]];
    for (const [name, min, max] of ranges) assert.deepEqual([byName(name)?.min, byName(name)?.max], [min, max], name);
    assert.equal(byName('VAS')?.unit, 'mm');
  });

  it('resolves the common pain aliases to NPRS', () => {
    for (const a of ['NPS', 'NRS', 'pain']) assert.equal(byName(a)?.id, 'nprs', a);
  });

  it('gives each alias one measure', () => {
    const all = outcomeMeasures.flatMap((o) => [o.name, ...o.aliases].map((a) => a.toLowerCase()));
    assert.equal(new Set(all).size, all.length);
  });
});

describe('vocab terms lists', () => {
  it('uses unique ids in every list', () => {
    for (const list of [techniques, approaches, responses, adverseEvents, consentRisks, outcomeMeasures]) {
      assert.equal(new Set(list.map((x) => x.id)).size, list.length);
    }
  });

  it('knows pneumothorax by its informal names on consent forms', () => {
    const ptx = consentRisks.find((r) => r.id === 'pneumothorax')!;
    for (const a of ['PTX', 'collapsed lung', 'punctured lung']) assert.ok(ptx.aliases.includes(a), a);
    for (const id of ['bleeding', 'bruising', 'soreness', 'infection', 'vasovagal', 'nerve-injury', 'organ-puncture', 'needle-breakage', 'allergy']) {
      assert.ok(consentRisks.some((r) => r.id === id), id);
    }
  });

  it('records what a static or electrical technique must state', () => {
    assert.deepEqual(techniques.find((t) => t.id === 'static')?.requires, ['minutes']);
    assert.ok(techniques.find((t) => t.id === 'electrical')?.requires?.includes('intensity'));
  });

  it('classifies responses and adverse events', () => {
    assert.equal(responses.find((r) => r.aliases.includes('LTR+'))?.kind, 'twitch');
    assert.equal(responses.find((r) => r.aliases.includes('concordant'))?.kind, 'referral');
    assert.equal(responses.find((r) => r.name === 'jump sign')?.kind, 'other');
    assert.equal(adverseEvents.find((e) => e.aliases.includes('PTX'))?.severity, 'major');
    assert.equal(adverseEvents.find((e) => e.name === 'bruising')?.severity, 'minor');
  });
});
