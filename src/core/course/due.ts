// What is due at one visit, from the same decisions the reminder rules report, for the timeline
// and the report (which show the course, not one open note). Rules switched off in the
// configuration are left out; their options apply.
import type { ResolvedConfig } from '../config/config';
import { ruleById } from '../rules';
import {
  consentAgeDue, muscleLabel, payerOf, planOfCareDue, progressReportDue, reevaluationDue, regionName, uncoveredRegions, unchangedStreaks, type Due,
} from './reminders';
import type { Visit } from './visit';

export interface DueItem {
  ruleId: string;
  text: string;
}

/** Whether a reminder rule is on, and its options with the defaults its metadata declares. */
function setting(config: ResolvedConfig, id: string): { on: boolean; options: Record<string, unknown> } {
  const s = config.rules[id];
  const declared = ruleById(id)?.meta.options ?? {};
  const options: Record<string, unknown> = Object.fromEntries(Object.entries(declared).map(([k, o]) => [k, o.default]));
  for (const [k, v] of Object.entries(s?.options ?? {})) if (typeof v === typeof options[k]) options[k] = v;
  return { on: s?.severity !== 'off', options };
}

const n = (options: Record<string, unknown>, name: string) => Number(options[name]);

export function dueAt(earlier: readonly Visit[], current: Visit, config: ResolvedConfig, today: string): DueItem[] {
  const out: DueItem[] = [];
  const add = (ruleId: string, d: Due) => { if (d.due) out.push({ ruleId, text: d.message }); };
  const payer = payerOf(earlier, current, config.course);
  let s = setting(config, 'progress-report-due');
  if (s.on) add('progress-report-due', progressReportDue(earlier, current, payer, n(s.options, 'remindVisitsBefore')));
  s = setting(config, 'plan-of-care-recertification');
  if (s.on) add('plan-of-care-recertification', planOfCareDue(earlier, current, payer, today, n(s.options, 'remindDaysBefore')));
  s = setting(config, 'reevaluation-due');
  if (s.on) add('reevaluation-due', reevaluationDue(earlier, current, n(s.options, 'remindVisitsBefore')));
  s = setting(config, 'consent-renewal');
  if (s.on && current.needled.length) {
    add('consent-renewal', consentAgeDue(earlier, current, config.course.consentValidDays, today));
    if (s.options.checkRegions !== false) {
      for (const r of uncoveredRegions(earlier, current)) out.push({ ruleId: 'consent-renewal', text: `Consent does not name the ${regionName(r)}, needled for the first time in this episode.` });
    }
  }
  s = setting(config, 'needling-without-change');
  if (s.on) {
    for (const st of unchangedStreaks(earlier, current, Math.max(2, Math.round(n(s.options, 'sessions'))))) {
      out.push({ ruleId: 'needling-without-change', text: `No measured change: ${muscleLabel(st.name, st.side)} needled in ${st.visits.length} sessions in a row with ${st.scores}.` });
    }
  }
  return out;
}
