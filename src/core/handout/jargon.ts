// Clinical words that patients often do not know, with plain words to use instead. Shown while a
// template is edited (an information diagnostic with the plain words as a quick fix). A word
// already explained, written in brackets after the plain words ("collapsed lung (pneumothorax)"),
// is not flagged.

export interface JargonTerm {
  /** The clinical word or phrase, case-insensitive; a trailing plural "s" also matches. */
  term: string;
  /** What to write instead. */
  plain: string;
  language: 'en' | 'es';
}

const en = (term: string, plain: string): JargonTerm => ({ term, plain, language: 'en' });
const es = (term: string, plain: string): JargonTerm => ({ term, plain, language: 'es' });

export const jargon: readonly JargonTerm[] = [
  en('pneumothorax', 'collapsed lung (pneumothorax)'),
  en('PTX', 'collapsed lung'),
  en('pleura', 'lining of the lung'),
  en('dyspnoea', 'shortness of breath'),
  en('dyspnea', 'shortness of breath'),
  en('SOB', 'shortness of breath'),
  en('tachycardia', 'fast heartbeat'),
  en('palpitations', 'a racing or pounding heartbeat'),
  en('anticoagulant', 'blood thinner'),
  en('anticoagulation', 'blood thinner'),
  en('antiplatelet', 'blood thinner'),
  en('haematoma', 'bruise'),
  en('hematoma', 'bruise'),
  en('ecchymosis', 'bruise'),
  en('erythema', 'redness'),
  en('oedema', 'swelling'),
  en('edema', 'swelling'),
  en('vasovagal', 'fainting'),
  en('syncope', 'fainting'),
  en('presyncope', 'feeling faint'),
  en('analgesic', 'pain reliever'),
  en('analgesia', 'pain relief'),
  en('NSAID', 'anti-inflammatory pain medicine such as ibuprofen'),
  en('paracetamol', 'paracetamol (acetaminophen)'),
  en('contraindicated', 'not safe'),
  en('contraindication', 'reason not to'),
  en('myofascial', 'muscle'),
  en('trigger point', 'tight, sore spot in a muscle'),
  en('local twitch response', 'quick muscle twitch'),
  en('post-needling soreness', 'soreness after needling'),
  en('PNS', 'soreness after needling'),
  en('DOMS', 'muscle soreness'),
  en('bilateral', 'on both sides'),
  en('unilateral', 'on one side'),
  en('ipsilateral', 'on the same side'),
  en('contralateral', 'on the other side'),
  en('thoracic', 'chest and upper back'),
  en('cervical', 'neck'),
  en('lumbar', 'lower back'),
  en('musculature', 'muscles'),
  en('intramuscular', 'into the muscle'),
  en('subcutaneous', 'under the skin'),
  en('haemostasis', 'stopping the bleeding'),
  en('hemostasis', 'stopping the bleeding'),
  en('ambulate', 'walk'),
  en('ambulation', 'walking'),
  en('hydrate', 'drink water'),
  en('hydration', 'drinking water'),
  en('cryotherapy', 'ice'),
  en('thermotherapy', 'heat'),
  en('adverse event', 'side effect'),
  en('adverse reaction', 'side effect'),
  en('sequelae', 'after-effects'),
  en('exacerbation', 'flare-up'),
  en('acute', 'sudden'),
  en('prior to', 'before'),
  en('subsequently', 'later'),
  en('approximately', 'about'),
  en('discontinue', 'stop'),
  en('utilize', 'use'),
  en('utilise', 'use'),
  en('commence', 'start'),
  en('sufficient', 'enough'),
  es('neumotórax', 'pulmón colapsado (neumotórax)'),
  es('pleura', 'capa que cubre el pulmón'),
  es('disnea', 'falta de aire'),
  es('taquicardia', 'latidos rápidos del corazón'),
  es('anticoagulante', 'medicina para hacer la sangre más líquida'),
  es('antiagregante', 'medicina para hacer la sangre más líquida'),
  es('equimosis', 'moretón'),
  es('eritema', 'enrojecimiento'),
  es('edema', 'hinchazón'),
  es('vasovagal', 'desmayo'),
  es('síncope', 'desmayo'),
  es('presíncope', 'sensación de desmayo'),
  es('analgésico', 'medicina para el dolor'),
  es('AINE', 'antiinflamatorio como el ibuprofeno'),
  es('contraindicado', 'no es seguro'),
  es('miofascial', 'del músculo'),
  es('punto gatillo', 'punto tenso y doloroso del músculo'),
  es('respuesta de espasmo local', 'pequeño tirón del músculo'),
  es('bilateral', 'en los dos lados'),
  es('unilateral', 'en un lado'),
  es('torácico', 'del pecho y la espalda alta'),
  es('cervical', 'del cuello'),
  es('lumbar', 'de la parte baja de la espalda'),
  es('subcutáneo', 'bajo la piel'),
  es('hemostasia', 'parar el sangrado'),
  es('crioterapia', 'hielo'),
  es('termoterapia', 'calor'),
  es('evento adverso', 'efecto secundario'),
  es('reacción adversa', 'efecto secundario'),
  es('exacerbación', 'empeoramiento'),
  es('previamente', 'antes'),
  es('aproximadamente', 'más o menos'),
  es('suspender', 'dejar de'),
  es('hidratación', 'beber agua'),
];

export interface JargonMatch {
  start: number;
  end: number;
  /** As written in the text. */
  written: string;
  plain: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');

const byLanguage = new Map<'en' | 'es', RegExp[]>();
function matchers(language: 'en' | 'es'): RegExp[] {
  let res = byLanguage.get(language);
  if (!res) {
    const terms = jargon.filter((j) => j.language === language).sort((a, b) => b.term.length - a.term.length);
    // All-capital abbreviations (SOB, PNS) only match in capitals: "sob" is an ordinary word.
    const upper = terms.filter((t) => t.term === t.term.toUpperCase() && /[A-Z]/.test(t.term));
    const other = terms.filter((t) => !upper.includes(t));
    const wrap = (list: JargonTerm[], flags: string) =>
      new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list.map((t) => escape(t.term)).join('|')})(?:e?s)?(?![\p{L}\p{N}])`, flags);
    res = [wrap(upper, 'gu'), wrap(other, 'giu')];
    byLanguage.set(language, res);
  }
  return res;
}

function plainFor(written: string, language: 'en' | 'es'): string | undefined {
  const key = written.toLowerCase().replace(/[\s-]+/g, ' ');
  const list = jargon.filter((j) => j.language === language);
  return (list.find((j) => j.term.toLowerCase() === key) ?? list.find((j) => key.startsWith(j.term.toLowerCase()) && /^(?:e?s)$/.test(key.slice(j.term.length))))?.plain;
}

/** Jargon in `text`, skipping template tags ({{…}}) and words already explained in brackets after plain words. */
export function findJargon(text: string, language: 'en' | 'es'): JargonMatch[] {
  const tags: Array<[number, number]> = [];
  for (const m of text.matchAll(/\{\{[^{}]*\}\}/g)) tags.push([m.index, m.index + m[0].length]);
  const out: JargonMatch[] = [];
  for (const re of matchers(language)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (tags.some(([a, b]) => start >= a && start < b)) continue;
      if (text[start - 1] === '(' && text[end] === ')') continue;
      const plain = plainFor(m[0], language);
      if (plain && !out.some((o) => start < o.end && end > o.start)) out.push({ start, end, written: m[0], plain });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
