import assert from 'node:assert/strict';
import { resolveConfig, type CheckedConfigFile } from '../../../src/core/config/config';
import { lint } from '../../../src/core/engine/lint';
import { applyEdits } from '../../../src/core/engine/lint';
import { createHandout } from '../../../src/core/handout';
import { printBlocks } from '../../../src/core/handout/blocks';
import { NOW, NON_THORACIC, THORACIC, visit } from './notes';

const config = (file: CheckedConfigFile = {}) => resolveConfig(file);
const CLINIC = { clinic: { name: 'Riverside Physio', phone: '555 0100', afterHours: 'Call 111 for the nurse line.' } };

function handout(text: string, file: CheckedConfigFile = CLINIC, templateText?: string) {
  const r = createHandout(text, config(file), { now: NOW, ...(templateText !== undefined ? { templateText } : {}) });
  assert.ok(r.ok, r.ok ? '' : r.problem);
  return r;
}

describe('handout: red-flag box', () => {
  for (const language of ['en', 'es'] as const) {
    it(`comes first, right under the title, after needling over the lung (${language})`, () => {
      const r = handout(THORACIC, { ...CLINIC, handout: { language, paperSize: 'A4', largePrint: false, heatOrIce: 'either' } });
      const blocks = printBlocks(r.markdown);
      assert.equal(blocks[0].kind, 'heading');
      assert.equal(blocks[1].kind, 'box', 'the second block is the red-flag box');
      assert.ok(r.redFlagsIncluded);
      const box = r.markdown.split('\n').filter((l) => l.startsWith('>')).join('\n');
      for (const sign of language === 'en' ? ['shortness of breath', 'chest pain', 'fast heartbeat', 'dry cough', 'emergency', 'Do not drive'] : ['falta de aire', 'dolor en el pecho', 'muy rápido', 'tos seca', 'urgencias', 'No conduzca']) {
        assert.ok(box.includes(sign), `the box says "${sign}"`);
      }
      assert.ok(!r.markdown.split('\n').slice(box.split('\n').length + 3).some((l) => l.startsWith('>')), 'only one box');
    });

    it(`is never shown when no muscle over the lung was needled (${language})`, () => {
      const r = handout(NON_THORACIC, { ...CLINIC, handout: { language, paperSize: 'A4', largePrint: false, heatOrIce: 'either' } });
      assert.equal(r.redFlagsIncluded, false);
      assert.ok(!printBlocks(r.markdown).some((b) => b.kind === 'box'));
      assert.doesNotMatch(r.markdown, /pneumothorax|neumotórax|^>/im);
    });
  }
});

describe('handout: lines the note calls for', () => {
  const cases: Array<{ what: string; marker: RegExp; on: string[]; off: string[] }> = [
    {
      what: 'anticoagulants → bruising and pressure', marker: /You take a blood thinner[\s\S]*press on it firmly/,
      on: ['Takes apixaban 5 mg twice daily.', 'Pt is anticoagulated (warfarin), INR 2.4 last week.', 'Medications: Eliquis.', 'On blood thinners for AF.'],
      off: ['No anticoagulants.', 'Screening: no anticoagulants, not pregnant.', 'Anticoagulants: none.', 'Denies blood thinners.', 'Not on warfarin.', 'Nil anticoagulants or bleeding disorders.'],
    },
    {
      what: 'a vasovagal reaction → do not drive today', marker: /You felt faint today[\s\S]*Do not drive for the rest of today/,
      on: ['Vasovagal response after the 2nd needle: pale and sweaty, recovered lying down in 5 min.', 'Pt felt faint after needling, resolved with rest.', 'Near-syncope during treatment; legs elevated.', 'Brief lightheadedness after treatment.', 'Adverse events: dizzy post-DN, settled in 10 min.'],
      off: ['No dizziness or fainting.', 'Risks incl. pneumothorax, bruising and fainting reviewed.', 'Denies light-headedness.', 'Educated that fainting is possible.', 'Adverse events: none.', 'Dizziness with cervical rotation to the R.', 'LOC: R UT.'],
    },
    {
      what: 'a first visit → what dry needling is', marker: /What is dry needling\?[\s\S]*very thin needles/,
      on: ['First dry needling session today.', 'Initial evaluation.', 'DN-naive; explained procedure.', 'Never had dry needling before.'],
      off: ['Soreness since the first visit has settled.', 'Responded well at her initial evaluation.', 'Third dry needling session.', 'Not her first session.'],
    },
    {
      what: 'the next visit → when it is', marker: /Your next visit is (in 1 week|on Tuesday 11 March 2025|in 5 days)\./,
      on: ['Review in 1 week.', 'Next visit: 2025-03-11.', 'F/U 5 days.'],
      off: ['Continue walking daily.', 'Reviewed home exercises.'],
    },
  ];
  // Where each kind of line is written: history in Subjective, a reaction in Objective, the next visit in the Plan.
  const place = (what: string, line: string) => what.startsWith('the next visit') ? visit({ muscles: ['R gastrocnemius'], plan: [line] })
    : what.startsWith('a vasovagal') ? visit({ muscles: ['R gastrocnemius'], objective: [line] }) : visit({ muscles: ['R gastrocnemius'], subjective: [line] });
  for (const c of cases) {
    it(`${c.what}: exactly when the note says so`, () => {
      for (const line of c.on) assert.match(handout(place(c.what, line)).markdown, c.marker, `expected for: ${line}`);
      for (const line of c.off) assert.doesNotMatch(handout(place(c.what, line)).markdown, c.marker, `not expected for: ${line}`);
    });
  }

  it('a faint in the history is not today\'s reaction', () => {
    assert.doesNotMatch(handout(visit({ muscles: ['R gastrocnemius'], subjective: ['Fainted at work last month; cardiology clear.'] })).markdown, /You felt faint today/);
    assert.match(handout(visit({ muscles: ['R gastrocnemius'], objective: ['Vasovagal reaction after needling, recovered.'] })).markdown, /You felt faint today/);
  });

  it('reads a first visit and the next visit from front matter too', () => {
    const r = handout(visit({ muscles: ['R gastrocnemius'], frontMatter: ['visit: 1 of 6', 'next_visit: 2025-03-11'] }));
    assert.match(r.markdown, /What is dry needling\?/);
    assert.match(r.markdown, /Your next visit is on Tuesday 11 March 2025\./);
    const later = handout(visit({ muscles: ['R gastrocnemius'], frontMatter: ['visit: 4 of 6'] }));
    assert.doesNotMatch(later.markdown, /What is dry needling\?/);
  });

  it('says heat, ice, either or nothing as the clinic prefers', () => {
    const line = (heatOrIce: 'heat' | 'ice' | 'either' | 'none') => handout(NON_THORACIC, { ...CLINIC, handout: { language: 'en', paperSize: 'A4', largePrint: false, heatOrIce } }).markdown;
    assert.match(line('heat'), /warm pack/);
    assert.doesNotMatch(line('heat'), /Put ice|heat or ice/i);
    assert.match(line('ice'), /Put ice wrapped in a towel/);
    assert.doesNotMatch(line('ice'), /warm pack|heat or ice/i);
    assert.match(line('either'), /heat or ice on sore spots, whichever feels better/);
    assert.doesNotMatch(line('none'), /warm pack|Put ice|heat or ice/i);
  });

  it('prints the clinic\'s name, phone and after-hours advice from the configuration, and leaves out what is not set', () => {
    const r = handout(NON_THORACIC);
    assert.match(r.markdown, /\*\*Riverside Physio\*\*/);
    assert.match(r.markdown, /Phone: 555 0100/);
    assert.match(r.markdown, /After hours: Call 111 for the nurse line\./);
    const bare = handout(NON_THORACIC, {});
    assert.doesNotMatch(bare.markdown, /Phone:|After hours:|\{\{/);
  });
});

describe('handout: areas treated', () => {
  it('names each area in everyday words with its side, the muscle in brackets', () => {
    const r = handout(visit({ muscles: ['R upper trapezius', 'R levator scapulae', 'L gluteus medius', 'R gluteus medius', 'gastrocnemius'] }));
    assert.match(r.markdown, /^- Right upper back and neck \(trapezius, levator scapulae\)$/m);
    assert.match(r.markdown, /^- Side of the hip, both sides \(gluteus medius\)$/m);
    assert.match(r.markdown, /^- Calf \(calf muscle \(gastrocnemius\)\)$/m);
  });

  it('in Spanish too', () => {
    const r = handout(visit({ muscles: ['R upper trapezius'] }), { handout: { language: 'es', paperSize: 'A4', largePrint: false, heatOrIce: 'either' } });
    assert.match(r.markdown, /^- Parte alta de la espalda y cuello, lado derecho \(trapecio\)$/m);
  });

  it('falls back to the region, or "the treated area", never to what was written', () => {
    const r = handout(visit({ muscles: ['R gastrocnemeus', 'L paraspinals', 'R XQZ-7'] }));
    assert.doesNotMatch(r.markdown, /gastrocnemeus|paraspinals|XQZ/i);
    assert.match(r.markdown, /the treated area/i);
  });

  it('uses the parent\'s words, or the vocabulary region, for a clinic\'s own muscle', () => {
    const r = handout(visit({ muscles: ['R multifidus L5', 'L ECRB tendon zone'] }), { vocabulary: { muscles: [{ name: 'multifidus L5', parent: 'multifidus' }, { name: 'ECRB tendon zone', region: 'forearm' }] } } as CheckedConfigFile);
    assert.match(r.markdown, /Right muscles next to the spine \(multifidus\)/);
    assert.match(r.markdown, /Left forearm$/m);
    assert.doesNotMatch(r.markdown, /L5|tendon zone/);
  });
});

describe('handout: no needling', () => {
  it('makes a general handout and says so', () => {
    const text = ['## Subjective', 'Neck pain.', '', '## Objective', 'ROM full.', '', '## Plan', 'Exercises, review in 2 weeks.', ''].join('\n');
    const r = handout(text);
    assert.match(r.markdown, /general advice for after dry needling/);
    assert.ok(r.notices.some((n) => /no needling/.test(n)));
    assert.equal(r.redFlagsIncluded, false);
  });

  it('handles an empty note', () => {
    const r = handout('');
    assert.match(r.markdown, /general advice/);
  });
});

describe('handout: the note line', () => {
  const insert = (text: string, templateText?: string) => {
    const r = handout(text, CLINIC, templateText);
    return { r, text: applyEdits(text, [r.noteEdit]) };
  };
  const ids = (text: string) => lint(text, config(), { now: NOW }).findings.map((f) => f.ruleId);

  it('records template, version, language and date, and the warning only when the box was printed', () => {
    const { r, text } = insert(THORACIC);
    assert.equal(r.noteLine, 'Aftercare handout given: Aftercare after dry needling v1 (en), 2025-03-04. Includes pneumothorax warning signs (shortness of breath, chest pain) and what to do.');
    assert.ok(text.includes(`\n\n${r.noteLine}\n`));
    assert.equal(insert(NON_THORACIC).r.noteLine, 'Aftercare handout given: Aftercare after dry needling v1 (en), 2025-03-04.');
  });

  it('satisfies the aftercare rule, and for thoracic needling the pneumothorax rule', () => {
    assert.ok(ids(THORACIC).includes('aftercare-missing'));
    assert.ok(ids(THORACIC).includes('pneumothorax-not-discussed'));
    const after = insert(THORACIC).text;
    assert.ok(!ids(after).includes('aftercare-missing'), ids(after).join());
    assert.ok(!ids(after).includes('pneumothorax-not-discussed'), ids(after).join());
    assert.ok(!ids(insert(NON_THORACIC).text).includes('aftercare-missing'));
  });

  it('without the red-flag sentence, the pneumothorax rule still fires', () => {
    const line = 'Aftercare handout given: Aftercare after dry needling v1 (en), 2025-03-04.';
    const r = handout(THORACIC);
    const text = applyEdits(THORACIC, [{ ...r.noteEdit, newText: r.noteEdit.newText.replace(r.noteLine, line) }]);
    assert.ok(text.includes(line) && !text.includes('pneumothorax warning'));
    assert.ok(!ids(text).includes('aftercare-missing'));
    assert.ok(ids(text).includes('pneumothorax-not-discussed'));
  });

  it('a clinic template without a red-flag box gives the plain line and a notice', () => {
    const template = '---\nname: Short\nversion: 2\nlanguage: en\ntitle: After needling\n---\n# {{title}}\n\nSoreness is normal.\n';
    const { r, text } = insert(THORACIC, template);
    assert.equal(r.redFlagsIncluded, false);
    assert.equal(r.noteLine, 'Aftercare handout given: Short v2 (en), 2025-03-04.');
    assert.ok(r.notices.some((n) => /no red-flag box/.test(n)));
    assert.ok(ids(text).includes('pneumothorax-not-discussed'));
  });

  it('goes after the Plan\'s last block, never between a lead-in and its list, in the note\'s line ends', () => {
    const text = visit({ muscles: ['R gastrocnemius'], plan: ['Plan:', '- walk daily', '- review in 1 week', '', 'Billing: 20560'] }).replace(/\n/g, '\r\n');
    const { r, text: after } = insert(text);
    assert.ok(after.endsWith(`Billing: 20560\r\n\r\n${r.noteLine}\r\n\r\n`) || after.endsWith(`Billing: 20560\r\n\r\n${r.noteLine}\r\n`), JSON.stringify(after.slice(-200)));
    const listPlan = visit({ muscles: ['R gastrocnemius'], plan: ['Plan:', '- walk daily', '- review in 1 week'] });
    const after2 = insert(listPlan).text;
    assert.match(after2, /- review in 1 week\n\nAftercare handout given: /);
    assert.doesNotMatch(after2, /Plan:\n+Aftercare handout/);
  });

  it('without a Plan, goes after the needling records; above a signature block', () => {
    const noPlan = ['## Objective', 'DN performed:', '- R gastrocnemius 0.30x50 mm, LTR x1', '- R soleus 0.30x50 mm', '', '## Notes', 'Tolerated well.', ''].join('\n');
    assert.match(insert(noPlan).text, /- R soleus 0\.30x50 mm\n\nAftercare handout given: .*\n\n## Notes/);
    const signed = visit({ muscles: ['R gastrocnemius'] }) + '\n---\n\n<!-- dn-signature v1 digest=abc -->\n**Signed by** J. Doe, PT\n';
    const after = insert(signed).text;
    assert.ok(after.indexOf('Aftercare handout given') < after.indexOf('<!-- dn-signature'));
  });
});

describe('handout: templates', () => {
  const head = '---\nname: T\nversion: 1\nlanguage: en\ntitle: T\n---\n';
  const fail = (body: string) => {
    const r = createHandout(NON_THORACIC, config(CLINIC), { now: NOW, templateText: head + body });
    assert.ok(!r.ok, 'expected a template error');
    return r;
  };

  it('a template error names the line and makes no handout', () => {
    const unknown = fail('# {{title}}\n\nCall {{clinic.phnoe}}.\n');
    assert.deepEqual(unknown.errors.map((e) => e.line), [9]);
    assert.match(unknown.problem, /line 9: Unknown field \{\{clinic\.phnoe\}\}\. Did you mean \{\{clinic\.phone\}\}\?/);
    assert.match(fail('{{#if firstVisit}}\nHello\n').problem, /line 7: \{\{#if firstVisit\}\} is never closed/);
    assert.match(fail('Hello\n{{/if}}\n').problem, /line 8: \{\{\/if\}\} closes nothing/);
    assert.match(fail('{{#if lungrisk}}x{{/if}}\n').problem, /Unknown condition "lungrisk".*Did you mean lungRisk\?/);
    assert.match(fail('# T\n\nSome text first.\n\n{{#redFlags}}\nWarning\n{{/redFlags}}\n').problem, /line 11: The red-flag box must come first/);
    assert.match(fail('{{#if areas}}x{{/unless}}\n').problem, /does not match/);
    assert.match(fail('Hello {{ clinic.name \n').problem, /no partner/);
    const noMeta = createHandout(NON_THORACIC, config(), { templateText: '# Hello\n' });
    assert.ok(!noMeta.ok && /front matter/.test(noMeta.problem));
  });

  it('a field the configuration leaves empty is an error, unless the template guards it', () => {
    const r = createHandout(NON_THORACIC, config({}), { now: NOW, templateText: head + 'Call {{clinic.phone}}.\n' });
    assert.ok(!r.ok && /clinic\.phone is not set/.test(r.problem));
    const guarded = createHandout(NON_THORACIC, config({}), { now: NOW, templateText: head + '{{#if clinic.phone}}Call {{clinic.phone}}.{{else}}Call us.{{/if}}\n' });
    assert.ok(guarded.ok && guarded.markdown.trim() === 'Call us.');
  });

  it('prints the clinic\'s text as text, never as Markdown or HTML', () => {
    const r = handout(NON_THORACIC, { clinic: { name: '<script>x</script> *Clinic* [link](http://x)' } });
    assert.ok(r.markdown.includes('\\<script\\>x\\</script\\> \\*Clinic\\* \\[link\\](http://x)'));
  });

  it('a clinic template in Spanish writes the areas in Spanish whatever the configured language', () => {
    const es = '---\nname: Corto\nversion: 1\nlanguage: es\ntitle: Después\n---\n{{areaList}}\n';
    const r = handout(visit({ muscles: ['L upper trapezius'] }), CLINIC, es);
    assert.equal(r.markdown, '- Parte alta de la espalda y cuello, lado izquierdo (trapecio)\n');
  });
});
