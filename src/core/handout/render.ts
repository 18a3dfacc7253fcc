// Fills a parsed template with the visit's facts and gives the handout as Markdown. A field the
// handout needs but the configuration leaves empty is an error with the line and the setting to
// fill, so a handout never goes out with a hole where the clinic's phone number should be.

import type { HandoutFacts } from './facts';
import type { NextVisit } from './triggers';
import type { ConditionName, FieldName, Template, TemplateError, TemplateNode } from './template';

export type RenderResult =
  | { ok: true; markdown: string; redFlagsIncluded: boolean }
  | { ok: false; errors: TemplateError[] };

const SETTING: Partial<Record<FieldName, string>> = {
  'clinic.name': 'clinic.name', 'clinic.phone': 'clinic.phone', 'clinic.afterHours': 'clinic.afterHours', 'clinic.address': 'clinic.address',
};

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const DAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};
const UNITS = {
  en: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'] },
  es: { day: ['día', 'días'], week: ['semana', 'semanas'], month: ['mes', 'meses'] },
};

/** "on Tuesday 11 March 2025", "in 1 week" / "el martes 11 de marzo de 2025", "en 1 semana". */
export function sayNextVisit(v: NextVisit, lang: 'en' | 'es'): string {
  switch (v.kind) {
    case 'tomorrow': return lang === 'en' ? 'tomorrow' : 'mañana';
    case 'weekday': return lang === 'en' ? `on ${DAYS.en[v.day]}` : `el ${DAYS.es[v.day]}`;
    case 'interval': {
      const [one, many] = UNITS[lang][v.unit];
      return `${lang === 'en' ? 'in' : 'en'} ${v.amount} ${v.amount === '1' ? one : many}`;
    }
    case 'date': {
      const [y, m, d] = v.iso.split('-').map(Number);
      const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      return lang === 'en' ? `on ${DAYS.en[day]} ${d} ${MONTHS.en[m - 1]} ${y}` : `el ${DAYS.es[day]} ${d} de ${MONTHS.es[m - 1]} de ${y}`;
    }
  }
}

/** "4 March 2025" / "4 de marzo de 2025": the month in words, so no reader confuses day and month. */
export function sayDate(iso: string, lang: 'en' | 'es'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d} ${MONTHS.en[m - 1]} ${y}` : `${d} de ${MONTHS.es[m - 1]} de ${y}`;
}

function joinWords(items: string[], lang: 'en' | 'es'): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'en' ? 'and' : 'y';
  return `${items.slice(0, -1).join('; ')} ${and} ${items[items.length - 1]}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fieldValue(name: FieldName, f: HandoutFacts, t: Template): string {
  switch (name) {
    case 'title': return t.meta.title;
    case 'date': return sayDate(f.date, f.language);
    case 'areas': return joinWords(f.areas, f.language);
    case 'nextVisit': return f.nextVisit ? sayNextVisit(f.nextVisit, f.language) : '';
    case 'clinic.name': return f.clinic.name?.trim() ?? '';
    case 'clinic.phone': return f.clinic.phone?.trim() ?? '';
    case 'clinic.afterHours': return f.clinic.afterHours?.trim() ?? '';
    case 'clinic.address': return f.clinic.address?.trim() ?? '';
  }
}

function holds(c: ConditionName, f: HandoutFacts): boolean {
  switch (c) {
    case 'areas': return f.areas.length > 0;
    case 'needled': return f.needled;
    case 'lungRisk': return f.lungRisk;
    case 'anticoagulants': return f.anticoagulants;
    case 'vasovagal': return f.vasovagal;
    case 'firstVisit': return f.firstVisit;
    case 'nextVisit': return !!f.nextVisit;
    case 'prefersHeat': return f.heatOrIce === 'heat';
    case 'prefersIce': return f.heatOrIce === 'ice';
    case 'heatOrIce': return f.heatOrIce === 'either';
    case 'clinic.name': return !!f.clinic.name?.trim();
    case 'clinic.phone': return !!f.clinic.phone?.trim();
    case 'clinic.afterHours': return !!f.clinic.afterHours?.trim();
    case 'clinic.address': return !!f.clinic.address?.trim();
  }
}

/** Text a clinic wrote in its configuration is printed as text, never read as Markdown. */
const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/\r?\n/g, ' ');

/** The handout as Markdown, or the template's problems with this visit's facts. */
export function renderHandout(t: Template, f: HandoutFacts): RenderResult {
  const errors: TemplateError[] = [];
  let redFlagsIncluded = false;
  const walk = (nodes: TemplateNode[]): string => nodes.map((n): string => {
    switch (n.kind) {
      case 'text': return n.text;
      case 'field': {
        const v = fieldValue(n.name, f, t);
        if (!v) {
          const setting = SETTING[n.name];
          errors.push({ line: n.line, message: setting
            ? `{{${n.name}}} is used but ${setting} is not set in .dnlintrc.json; set it, or put the line inside {{#if ${n.name}}} … {{/if}}.`
            : `{{${n.name}}} is empty for this note; put it inside {{#if ${n.name}}} … {{/if}}.` });
        }
        return n.name === 'title' || n.name === 'areas' || n.name === 'nextVisit' || n.name === 'date' ? v : escapeMarkdown(v);
      }
      case 'list':
        if (!f.areas.length) errors.push({ line: n.line, message: '{{areaList}} is used but the note names no needled area; put it inside {{#if areas}} … {{/if}}.' });
        return f.areas.map((a) => `- ${capitalise(a)}\n`).join('');
      case 'if': return walk(holds(n.condition, f) !== n.negate ? n.then : n.otherwise);
      case 'redFlags': {
        if (!f.lungRisk) return '';
        redFlagsIncluded = true;
        const inner = walk(n.body).replace(/^\n+|\s+$/g, '');
        // A block quote: a boxed panel in the preview, the print page and the PDF.
        return inner.split('\n').map((l) => (l.trim() ? `> ${l}` : '>')).join('\n') + '\n\n';
      }
    }
  }).join('');
  const text = walk(t.body);
  if (errors.length) return { ok: false, errors };
  const markdown = text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\s*$/, '\n');
  return { ok: true, markdown, redFlagsIncluded };
}
