// Deterministic, dependency-free generator of realistic dry-needling SOAP notes (pure: no I/O,
// so unit tests can import it). Same seed + arguments => identical text (seeded mulberry32).

export const DEFAULT_SEED = 20250301;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  { name: 'neck', complaint: 'Neck pain and right-sided headache', muscles: ['upper trapezius', 'levator scapulae', 'splenius capitis', 'semispinalis capitis', 'sternocleidomastoid', 'suboccipitals'], rom: ['Cervical rotation', 'Cervical side flexion', 'Cervical flexion'], icd: ['M54.2', 'M79.18', 'G44.209'], lung: true },
  { name: 'shoulder', complaint: 'Shoulder pain reaching overhead', muscles: ['infraspinatus', 'supraspinatus', 'teres minor', 'posterior deltoid', 'subscapularis', 'pectoralis minor'], rom: ['Shoulder flexion', 'Shoulder abduction', 'Shoulder external rotation'], icd: ['M25.511', 'M75.41', 'M79.18'], lung: false },
  { name: 'low back', complaint: 'Low back pain after lifting', muscles: ['quadratus lumborum', 'lumbar multifidus', 'iliocostalis lumborum', 'gluteus medius', 'piriformis', 'gluteus maximus'], rom: ['Lumbar flexion', 'Lumbar extension', 'Lumbar side flexion'], icd: ['M54.50', 'M54.59', 'M62.830'], lung: false },
  { name: 'hip', complaint: 'Lateral hip pain lying on the side', muscles: ['gluteus medius', 'gluteus minimus', 'tensor fasciae latae', 'piriformis', 'vastus lateralis'], rom: ['Hip flexion', 'Hip internal rotation', 'Hip abduction'], icd: ['M25.551', 'M70.61', 'M79.18'], lung: false },
  { name: 'calf', complaint: 'Calf tightness since increasing running', muscles: ['gastrocnemius', 'soleus', 'tibialis anterior', 'fibularis longus', 'tibialis posterior'], rom: ['Ankle dorsiflexion', 'Knee to wall', 'Ankle plantarflexion'], icd: ['M62.831', 'M79.661', 'M76.60'], lung: false },
  { name: 'elbow', complaint: 'Lateral elbow pain gripping', muscles: ['extensor carpi radialis brevis', 'extensor carpi radialis longus', 'extensor digitorum', 'supinator', 'brachioradialis'], rom: ['Wrist extension', 'Grip strength', 'Elbow extension'], icd: ['M77.11', 'M77.12', 'M79.18'], lung: false },
  { name: 'thoracic', complaint: 'Mid-back pain between the shoulder blades', muscles: ['rhomboid major', 'middle trapezius', 'iliocostalis thoracis', 'thoracic multifidus', 'serratus posterior superior'], rom: ['Thoracic rotation', 'Thoracic extension', 'Shoulder flexion'], icd: ['M54.6', 'M79.18', 'M62.830'], lung: true },
];
const NEEDLES = ['0.16×30', '0.20×30', '0.25×30', '0.25×40', '0.30×40', '0.30×50', '0.30×60', '0.30×75', '0.25×25', '0.18×15'];
const TECHNIQUES = ['pistoning', 'static', 'pistoning + rotation', 'pistoning, pincer grip', 'static 5 min', 'fanning'];
const TOLERANCE = ['tolerated well', 'good', 'mild soreness', 'brief vasovagal feeling, settled lying down'];
const REFERRAL = ['familiar pain', 'local ache only', 'referral to temple, familiar', 'referral down the thigh', 'no referral'];
const CLINICIANS = ['J. Doe, DPT', 'K. Osei, PT', 'M. Rossi, DPT', 'A. Nguyen, PT, DPT', 'S. Patel, PT'];
const SIDES = ['L', 'R', 'left', 'right', 'bilateral', 'B'];
const CPT_FOR = (n) => (n <= 2 ? '20560' : '20561');
const MISSPELT = { gastrocnemius: 'gastrocnemeus', infraspinatus: 'infraspinatous', piriformis: 'piriformus', 'levator scapulae': 'levator scapula', soleus: 'solues' };

export function makeRng(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    sample: (xs, n) => {
      const pool = [...xs];
      const out = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
  return r;
}

const pad = (n) => String(n).padStart(2, '0');

function wrap(text, width) {
  if (!width) return [text];
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * One note. `opts.visit` (for the huge note) skips front matter and prefixes a visit heading.
 * Styles: headings (## Subjective), labels (S:), bold labels (**S:**), upper case (SUBJECTIVE).
 */
export function generateNote(rng, opts = {}) {
  const style = opts.style ?? rng.pick(['headings', 'headings', 'labels', 'bold', 'upper']);
  const region = rng.pick(REGIONS);
  const type = opts.type ?? rng.pick(['brief', 'standard', 'standard', 'standard', 'initial']);
  const table = opts.table ?? rng.chance(0.55);
  const width = opts.width ?? (rng.chance(0.5) ? 80 : 0);
  const defects = opts.defects ?? (rng.chance(0.3) ? rng.sample(['consent', 'aftercare', 'side', 'spelling', 'icd', 'nprs', 'cpt', 'needle'], rng.int(1, 2)) : []);
  const day = rng.int(1, 28);
  const month = rng.int(1, 12);
  const date = `2025-${pad(month)}-${pad(day)}`;
  const nMuscles = type === 'brief' ? rng.int(1, 2) : rng.int(2, 4);
  const needled = rng.sample(region.muscles, nMuscles).map((muscle) => ({
    muscle: defects.includes('spelling') && MISSPELT[muscle] ? MISSPELT[muscle] : muscle,
    side: rng.pick(SIDES),
    needle: rng.pick(NEEDLES),
    n: rng.int(1, 3),
    technique: rng.pick(TECHNIQUES),
    ltr: rng.chance(0.7) ? `+×${rng.int(1, 5)}` : 'none',
    referral: rng.pick(REFERRAL),
    tolerance: rng.pick(TOLERANCE),
  }));
  if (defects.includes('side')) needled[0].side = '';
  if (defects.includes('needle')) needled[0].needle = '';
  const totalNeedles = needled.reduce((s, m) => s + m.n, 0);
  const nprsBefore = defects.includes('nprs') ? 12 : rng.int(3, 8);
  const nprsAfter = Math.max(0, Math.min(nprsBefore, 10) - rng.int(1, 3));
  const icd = defects.includes('icd') ? 'M54.5' : rng.pick(region.icd);
  const cpt = defects.includes('cpt') ? '97140' : CPT_FOR(needled.length);
  const lines = [];
  const para = (text) => lines.push(...wrap(text, width));
  const blank = () => lines.push('');

  const frontMatter = !opts.visit && rng.chance(0.5);
  if (frontMatter) {
    lines.push('---', `patient_id: PT-${rng.int(1000, 9999)}`, `date: ${date}`, `clinician: ${rng.pick(CLINICIANS)}`, `visit: ${rng.int(1, 8)} of 8`);
    if (rng.chance(0.3) && !defects.includes('consent')) lines.push('consent: written consent on file, verbal re-confirmed today');
    lines.push(`region: ${region.name}`, '---', '');
  }
  if (opts.visit) lines.push(`# Visit ${opts.visit} — ${date}`, '');

  const head = (name, label) => {
    if (style === 'headings') lines.push(`## ${name}`, '');
    else if (style === 'upper') lines.push(name.toUpperCase(), '');
    else if (style === 'bold') lines.push(`**${label}:**`);
    else lines.push(`${label}:`);
  };
  const sub = (name) => {
    if (style === 'headings') lines.push(`### ${name}`, '');
    else lines.push(`${name}:`);
  };

  head('Subjective', 'S');
  para(`${region.complaint} for ${rng.int(2, 12)} weeks, worse after ${rng.pick(['desk work', 'driving', 'running', 'gardening', 'lifting the children'])}. NPRS ${nprsBefore}/10 today, ${Math.min(10, nprsBefore + 1)}/10 at worst this week.`);
  para(`${rng.pick(['No change in health or medication since last visit.', 'Health questionnaire reviewed, no changes.', 'Not on blood thinners, not pregnant, no implants.'])} Sleep ${rng.pick(['unaffected', 'disturbed 2 nights a week', 'improving'])}.`);
  if (type !== 'brief') {
    blank();
    lines.push('- Aggravating: ' + rng.pick(['sitting > 30 min', 'overhead reaching', 'stairs', 'gripping a kettle']));
    lines.push('- Easing: ' + rng.pick(['heat', 'walking', 'stretching', 'rest']));
    if (rng.chance(0.5)) lines.push('  - ' + rng.pick(['better in the morning', 'worse at night', 'no pins and needles']));
    lines.push('- Goals: ' + rng.pick(['return to running', 'work a full day at the desk', 'sleep through the night']));
    blank();
    para(`History: ${rng.pick(['gradual onset with no injury', 'onset after a long drive', 'started after a new training block', 'recurring episodes over two years'])}; ${rng.pick(['previous physiotherapy helped', 'no imaging', 'X-ray unremarkable', 'GP reviewed, no red flags'])}. Works as ${rng.pick(['an accountant', 'a nurse on night shifts', 'a builder', 'a teacher', 'a software developer'])} and ${rng.pick(['runs three times a week', 'plays tennis at weekends', 'walks the dog daily', 'does little exercise'])}.`);
    blank();
    lines.push('Screening:');
    lines.push(`- [x] anticoagulants: ${rng.pick(['none', 'none reported'])}`);
    lines.push(`- [x] pregnancy: ${rng.pick(['not pregnant', 'n/a'])}`);
    lines.push(`- [x] implants, lymphoedema, needle phobia: ${rng.pick(['none', 'none reported'])}`);
    lines.push(`- [x] infection or skin lesion at the site: ${rng.pick(['none', 'none seen'])}`);
  }
  blank();

  head('Objective', 'O');
  if (type !== 'brief' || rng.chance(0.5)) {
    const rom = region.rom.slice(0, type === 'initial' ? 3 : 2);
    if (table) {
      lines.push('| Measure | Left | Right | Notes |', '|---|---|---|---|');
      for (const r of rom) lines.push(`| ${r} | ${rng.int(20, 90)}° | ${rng.int(20, 90)}° | ${rng.pick(['pain at end range', 'stiff', 'full', 'guarded'])} |`);
    } else {
      for (const r of rom) lines.push(`- ${r}: L ${rng.int(20, 90)}°, R ${rng.int(20, 90)}°${rng.chance(0.5) ? ', pain at end range' : ''}`);
    }
    blank();
  }
  para(`Observation: ${rng.pick(['forward head posture', 'guarded movement', 'antalgic gait', 'elevated shoulder girdle'])}, ${rng.pick(['no swelling', 'no bruising', 'mild muscle wasting'])}. Outcome measures: ${rng.pick(['NDI', 'ODI', 'LEFS', 'QuickDASH', 'PSFS'])} ${rng.int(10, 60)}${rng.pick(['%', '/80', '/100'])}, ${rng.pick(['unchanged', 'improved', 'worse'])} since last visit.`);
  blank();
  para(`Palpation: taut band with tender spot in ${needled[0].side} ${needled[0].muscle} reproducing ${rng.pick(['familiar pain', 'the headache', 'the hip pain', 'local pain'])}.`);
  if (type !== 'brief') {
    blank();
    para(`Special tests: ${rng.pick(['Spurling negative', 'FABER negative', 'Thomas test positive', 'Neer negative, Hawkins positive'])}. Neurological screen unremarkable.`);
  }
  blank();
  if (!defects.includes('consent')) {
    const c = rng.pick([
      'Consent: written dry needling consent signed; risks incl. bruising, soreness, fainting and infection reviewed; verbal consent re-confirmed today.',
      'Informed consent obtained verbally after discussing risks (soreness, bruising, fainting, infection).',
      'Consent: verbal consent for dry needling given today; written consent on file.',
    ]);
    para(region.lung && !c.includes('pneumothorax') ? c.replace('fainting', 'fainting, pneumothorax') : c);
    blank();
  }
  if (type !== 'brief') {
    lines.push('Risks discussed:');
    for (const r of ['bruising and post-needling soreness for 24–72 hours', 'fainting or light-headedness during treatment', 'infection at the needle site (rare)', 'nerve irritation or tingling that settles']) lines.push(`- [x] ${r}`);
    if (region.lung) lines.push('- [x] pneumothorax: collapsed lung, very rare, over the chest wall');
    blank();
  }
  sub('Dry needling');
  para(`Position: ${rng.pick(['prone', 'side-lying', 'supine'])}. Hand hygiene, gloves, skin cleaned with 70% alcohol.`);
  blank();
  if (table) {
    lines.push('| Muscle | Side | Needle (mm) | n | Technique | LTR | Referral | Tolerance |', '|---|---|---|---|---|---|---|---|');
    for (const m of needled) lines.push(`| ${m.muscle} | ${m.side} | ${m.needle} | ${m.n} | ${m.technique} | ${m.ltr} | ${m.referral} | ${m.tolerance} |`);
  } else {
    for (const m of needled) {
      const needle = m.needle ? `${m.needle} mm, ` : '';
      lines.push(`- ${m.side ? m.side + ' ' : ''}${m.muscle}: ${needle}${m.n} needle${m.n > 1 ? 's' : ''}, ${m.technique}, LTR ${m.ltr === 'none' ? 'none' : 'x' + m.ltr.slice(2)}, ${m.referral}; ${m.tolerance}`);
      if (type === 'initial' && rng.chance(0.4)) lines.push(`  - depth ${rng.int(10, 40)} mm, ${rng.int(2, 8)} passes`);
    }
  }
  blank();
  if (type !== 'brief') {
    lines.push('Re-test after needling:');
    for (const r of region.rom.slice(0, 2)) lines.push(`- ${r}: ${rng.int(20, 60)}° → ${rng.int(60, 90)}°, ${rng.pick(['less pain at end range', 'pain free', 'unchanged stiffness'])}`);
    lines.push(`- Pressure pain on palpation: ${rng.pick(['reduced', 'much reduced', 'unchanged'])}`);
    blank();
  }
  para(`Needles: ${totalNeedles} in / ${totalNeedles} out, all removed. Sharps disposed. Adverse events: none.`);
  blank();

  head('Assessment', 'A');
  para(`Myofascial pain of the ${region.name} with trigger points in ${needled.map((m) => m.muscle).join(', ')}. NPRS ${nprsBefore}/10 → ${nprsAfter}/10 after needling.`);
  para(`${rng.pick(['Good response to needling today with reduced guarding afterwards.', 'Partial response; the trigger points were less irritable than last visit.', 'Symptoms settling steadily across the episode of care.'])} ${rng.pick(['Prognosis good given adherence to the home programme.', 'Load management remains the main driver.', 'Expect further improvement over the next 2–3 visits.', 'Consider referral back to GP if no change in 4 weeks.'])}`);
  blank();
  para(`Other treatment today: ${rng.pick(['soft tissue massage 10 min', 'joint mobilisation grade III', 'taping for offloading', 'exercise review and progression'])}, ${rng.pick(['education on pacing', 'heat pack 10 min', 'postural advice', 'sleep positioning advice'])}.`);
  blank();

  head('Plan', 'P');
  if (!defects.includes('aftercare')) {
    para(`Aftercare: ${rng.pick(['soreness for 24–72 h is expected, bruising possible; keep active', 'advised heat after 24 h, gentle walking, hydrate', 'expect soreness for 1–2 days, light activity is fine'])}.`);
    if (region.lung) para('Advised that shortness of breath or chest pain in the next 48 h needs emergency care.');
  }
  if (type !== 'brief') {
    blank();
    lines.push('Home programme:');
    for (const ex of rng.sample(['chin tucks 3×10', 'calf raises 3×15 daily', 'wall angels 2×10', 'hip abduction side-lying 3×12', 'thoracic extension over a towel roll', 'eccentric wrist extension 3×15', 'walking 20 min daily'], rng.int(2, 4))) lines.push(`- ${ex}`);
    blank();
  }
  para(`${rng.pick(['Continue home exercise programme.', 'Progress loading.', 'Review posture at work.'])} Review in ${rng.int(1, 3)} week${rng.chance(0.5) ? 's' : ''}.`);
  if (type === 'initial') {
    blank();
    lines.push('1. Reduce pain to below 3/10 within 4 weeks', '2. Restore full range of motion', '3. Independent home programme');
  }
  blank();
  para(`Billing: ${cpt} (${needled.length} muscle${needled.length > 1 ? 's' : ''}) · Dx ${icd}`);
  if (type === 'initial' && rng.chance(0.5)) {
    blank();
    lines.push('<!-- reviewed by supervising clinician -->');
  }
  return lines;
}

export function noteText(rng, opts) {
  const crlf = opts?.crlf ?? rng.chance(0.15);
  return generateNote(rng, opts).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
}

/** The first note of about `lines` lines (headings style, table, front matter: the common case). */
export function generateTypical(lines = 120, seed = DEFAULT_SEED) {
  const rng = makeRng(seed);
  let best = '';
  let bestGap = Infinity;
  for (let i = 0; i < 2000 && bestGap > 2; i++) {
    const text = noteText(rng, { style: 'headings', table: true, type: 'initial', width: 60, defects: [], crlf: false });
    const gap = Math.abs(text.split('\n').length - 1 - lines);
    if (gap < bestGap) [best, bestGap] = [text, gap];
  }
  return best;
}

/**
 * One long note: front matter, then visits appended until `lines` lines. Mixed styles,
 * nested lists, tables, HTML comments and an occasional fenced block, so chunk boundaries
 * fall on every kind of block.
 */
export function generateHuge(lines = 50000, seed = DEFAULT_SEED + 1) {
  const rng = makeRng(seed);
  const out = ['---', 'patient_id: PT-4242', 'clinician: J. Doe, DPT', 'consent: written consent on file', '---', ''];
  let visit = 1;
  while (out.length < lines) {
    out.push(...generateNote(rng, { visit, style: rng.pick(['headings', 'headings', 'labels', 'bold']) }));
    if (rng.chance(0.05)) out.push('', '```', 'raw device export', '', 'NPRS 9/10 (not a statement)', '```');
    if (rng.chance(0.05)) out.push('', '<!--', 'internal memo', '', 'spans a blank line', '-->');
    out.push('');
    visit++;
  }
  return out.join('\n') + '\n';
}


/**
 * One dictated paragraph with no line break, `bytes` long (a whole day's dictation pasted as one
 * line): sentences that needle, examine, plan and advise, so every reading of a line is exercised.
 */
export function generateDictatedLine(bytes = 4_000_000, seed = DEFAULT_SEED + 2) {
  const sentence = dictatedSentences(seed);
  const parts = ['O: '];
  let size = 3;
  while (size < bytes) {
    const s = sentence();
    parts.push(s);
    size += s.length;
  }
  return parts.join('').slice(0, bytes) + '\n';
}

/**
 * The same dictation pasted with a line break after each sentence and no blank line: one paragraph
 * of `lines` lines, most of them naming a muscle (a statement's lines run on within a paragraph).
 */
export function generateRunOnParagraph(lines = 40_000, seed = DEFAULT_SEED + 3) {
  const sentence = dictatedSentences(seed);
  return 'O: ' + Array.from({ length: lines }, () => sentence().trimEnd()).join('\n') + '\n';
}

/**
 * One needling list of `lines` items, every third without its side: a finding on a third of the lines, so the cost of a
 * finding (its range, its highlight widened over tags) is read across a long note, as the CLI's 5 MB note test reads it.
 */
export function generateFindingDenseList(lines = 40_000) {
  const muscles = ['upper trapezius', 'levator scapulae', 'gluteus medius', 'multifidus', 'quadratus lumborum', 'infraspinatus'];
  const items = Array.from({ length: lines }, (_, i) => `- ${i % 3 === 0 ? '' : 'R '}${muscles[i % muscles.length]} 0.25x30 mm, pistoning, LTR x${i % 4}. Pain during ${i % 10}/10.`);
  return ['## Subjective', 'Neck and low back pain 6/10.', '', '## Objective', 'Dry needling performed:', ...items, '', '## Plan', 'Billing: 20561', ''].join('\n');
}

/** A source of dictated sentences about needling, palpation, plans, refusals and aftercare. */
function dictatedSentences(seed) {
  const rng = makeRng(seed);
  const muscles = REGIONS.flatMap((r) => r.muscles);
  return () => {
    const m = rng.pick(muscles);
    const side = rng.pick(SIDES);
    switch (rng.int(0, 4)) {
      case 0: return `I needled the ${side} ${m} with a ${rng.pick(NEEDLES)} mm needle, ${rng.pick(TECHNIQUES)}, LTR x${rng.int(1, 4)}, ${rng.pick(REFERRAL)}, ${rng.pick(TOLERANCE)}. `;
      case 1: return `Palpation of the ${side} ${m} was tender with a taut band and NPRS ${rng.int(2, 8)}/10 on pressure. `;
      case 2: return `Plan to consider dry needling of the ${side} ${m} next visit if symptoms persist. `;
      case 3: return `Pt declined needling of the ${m} today and STM was done instead for ${rng.int(5, 10)} min. `;
      default: return `Aftercare reviewed, soreness 24-48 h expected, heat after 24 h, call if short of breath. `;
    }
  };
}
