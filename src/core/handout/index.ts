// The aftercare handout for a visit, made from the note: which template (the clinic's own or the
// shipped one), the facts of the visit, the Markdown, its reading grade, and the line to record in
// the note. Pure: the caller reads files and passes the text in.

import type { ResolvedConfig } from '../config/config';
import { buildNote, type Note } from '../model/note';
import type { OffsetEdit } from '../types';
import { shippedTemplates } from './defaults';
import { handoutFacts, type HandoutFacts } from './facts';
import { findJargon, type JargonMatch } from './jargon';
import { handoutNoteEdit, handoutNoteLine } from './note-line';
import { readability, type Readability } from './readability';
import { renderHandout } from './render';
import { describeTemplateErrors, parseTemplate, type Template, type TemplateError, type TemplateMeta, type TemplateNode } from './template';

export type { HandoutFacts } from './facts';
export type { Readability } from './readability';
export type { TemplateError, TemplateMeta } from './template';

/**
 * The first line of a handout saved as Markdown: the linter skips the file (it sits beside the
 * note and matches the default `**\/*.md`, but it is not a visit note). Invisible when rendered.
 */
export const HANDOUT_FILE_HEADER = '<!-- dnlint-disable-file -- patient handout, not a visit note -->';

/** The handout's Markdown as saved to a file. */
export const handoutFileText = (markdown: string) => `${HANDOUT_FILE_HEADER}\n\n${markdown}`;

export interface HandoutOptions {
  now?: Date;
  /** The clinic's own template text (from handout.templatesFolder); default: the shipped template for the configured language. */
  templateText?: string;
}

export type HandoutResult =
  | {
    ok: true;
    markdown: string;
    meta: TemplateMeta;
    facts: HandoutFacts;
    redFlagsIncluded: boolean;
    /** The line recording the handout in the note, and the edit that inserts it. */
    noteLine: string;
    noteEdit: OffsetEdit;
    readability: Readability;
    /** Things the clinician should know, in plain words (a general handout, a template without a red-flag box). */
    notices: string[];
  }
  | { ok: false; problem: string; errors: TemplateError[] };

/** Makes the handout for a note. A template error gives no handout and says what to fix, by line. */
export function createHandout(noteText: string | Note, config: ResolvedConfig, options: HandoutOptions = {}): HandoutResult {
  const note = typeof noteText === 'string' ? buildNote(noteText, config.vocabulary) : noteText;
  const own = options.templateText !== undefined;
  const parsed = parseTemplate(own ? options.templateText! : shippedTemplates[config.handout.language]);
  if (!parsed.ok) {
    return { ok: false, problem: `The ${own ? 'clinic\'s' : 'shipped'} handout template has ${parsed.errors.length === 1 ? 'an error' : `${parsed.errors.length} errors`}; no handout was made.\n${describeTemplateErrors(parsed.errors)}`, errors: parsed.errors };
  }
  const template = parsed.template;
  const facts = handoutFacts(note, {
    // The template's own language decides the words for the areas, so they match its sentences.
    language: template.meta.language, heatOrIce: config.handout.heatOrIce, clinic: config.clinic, vocabulary: config.vocabulary, now: options.now ?? new Date(),
  });
  const rendered = renderHandout(template, facts);
  if (!rendered.ok) {
    return { ok: false, problem: `The handout template cannot be filled in for this note; no handout was made.\n${describeTemplateErrors(rendered.errors)}`, errors: rendered.errors };
  }
  const notices: string[] = [];
  if (!facts.needled) notices.push('This note records no needling, so the handout gives general advice only.');
  else if (!facts.areas.length) notices.push('The note names no needled muscle the tool recognises, so the handout does not list the areas treated.');
  if (facts.lungRisk && !template.hasRedFlags) {
    notices.push('A muscle over the lung was needled, but this template has no red-flag box ({{#redFlags}}): record the pneumothorax warning in the note yourself.');
  }
  const noteLine = handoutNoteLine(template.meta, facts.date, rendered.redFlagsIncluded);
  return {
    ok: true, markdown: rendered.markdown, meta: template.meta, facts, redFlagsIncluded: rendered.redFlagsIncluded,
    noteLine, noteEdit: handoutNoteEdit(note, noteLine), readability: readability(rendered.markdown, template.meta.language), notices,
  };
}

// Sample words put in for fields when a template is measured, so its sentences read as a patient sees them.
const SAMPLE: Record<string, Record<'en' | 'es', string>> = {
  title: { en: '', es: '' },
  date: { en: '4 March 2025', es: '4 de marzo de 2025' },
  areas: { en: 'right upper back and neck (trapezius)', es: 'parte alta de la espalda y cuello, lado derecho (trapecio)' },
  areaList: { en: '- Right upper back and neck (trapezius)\n- Left side of the hip (gluteus medius)\n', es: '- Parte alta de la espalda y cuello, lado derecho (trapecio)\n- Lado de la cadera, lado izquierdo (glúteo medio)\n' },
  nextVisit: { en: 'in 1 week', es: 'en 1 semana' },
  'clinic.name': { en: 'Riverside Physio', es: 'Fisioterapia Ribera' },
  'clinic.phone': { en: '555 0100', es: '555 0100' },
  'clinic.afterHours': { en: 'Call the nurse line.', es: 'Llame a la línea de enfermería.' },
  'clinic.address': { en: '1 Main Street', es: 'Calle Mayor 1' },
};

/** All of a template's text (every branch), fields filled with sample words: what its reading grade is measured on. */
export function templateReadingText(t: Template): string {
  const lang = t.meta.language;
  const walk = (nodes: TemplateNode[]): string => nodes.map((n) => {
    switch (n.kind) {
      case 'text': return n.text;
      case 'field': return n.name === 'title' ? t.meta.title : SAMPLE[n.name][lang];
      case 'list': return SAMPLE.areaList[lang];
      case 'if': return walk(n.then) + '\n' + walk(n.otherwise);
      case 'redFlags': return walk(n.body);
    }
  }).join('');
  return walk(t.body);
}

export interface TemplateInsights {
  language: 'en' | 'es';
  /** Undefined when the template does not parse. */
  readability?: Readability;
  errors: TemplateError[];
  jargon: JargonMatch[];
}

/** What the editor shows while a template is edited: its reading grade, its errors and its jargon. */
export function templateInsights(text: string): TemplateInsights {
  const parsed = parseTemplate(text);
  const declared = /^\s*language\s*:\s*["']?(en|es)\b/m.exec(text.slice(0, 2000))?.[1] as 'en' | 'es' | undefined;
  const language = parsed.ok ? parsed.template.meta.language : declared ?? 'en';
  const bodyStart = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0].length ?? 0;
  const jargon = findJargon(text.slice(bodyStart), language).map((j) => ({ ...j, start: j.start + bodyStart, end: j.end + bodyStart }));
  if (!parsed.ok) return { language, errors: parsed.errors, jargon };
  return { language, readability: readability(templateReadingText(parsed.template), language), errors: [], jargon };
}
