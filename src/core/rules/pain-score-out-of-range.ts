import type { Score } from '../model/codes';
import { outcomeMeasures } from '../vocab/outcomes';
import type { Rule } from './rule';
import { scaleRanges } from './vocab-lists';
import { say } from './helpers';

interface Scale {
  name: string;
  min: number;
  max: number;
  unit: string;
}

/** The range a score is checked against, from the way it was written ("24/50", "48%", "7.5 cm"). */
function scaleOf(s: Score): Scale | undefined {
  const m = outcomeMeasures.find((o) => o.id === s.measure);
  if (!m) return undefined;
  if (s.measure === 'vas') {
    if (s.scale === 'cm') return { name: 'VAS', min: 0, max: 10, unit: 'cm' };
    return { name: 'VAS', min: 0, max: 100, unit: 'mm' };
  }
  // NDI is 0–50 raw or 0–100 %; a bare NDI above 50 is most often a percentage, so only a number above 100 is certain to be wrong.
  if (s.measure === 'ndi' && s.outOf !== 50) return { name: 'NDI', min: 0, max: 100, unit: '' };
  if (s.measure === 'odi' && s.outOf === 50) return { name: 'ODI', min: 0, max: 50, unit: '' };
  return { name: m.name, min: m.min, max: m.max, unit: m.unit === '%' ? '%' : '' };
}

export const painScoreOutOfRange: Rule = {
  meta: {
    id: 'pain-score-out-of-range',
    code: 'DN012',
    defaultSeverity: 'error',
    title: 'A pain or outcome score is outside the range of its scale.',
    messages: {
      range: '{score} is outside its {range} scale',
    },
    rationale:
      'Pain and outcome scores are compared across visits and against the smallest change that matters (about 2 points on the NPRS). A score that is off its scale, such as "11/10" or an LEFS of 85, cannot be compared and is usually a typing slip that an auditor will notice. Dates, spinal levels, strength grades and blood pressures are not scores and are never checked.',
    example: { bad: 'S: NPRS 12/10 with overhead reaching.', good: 'S: NPRS 8/10 with overhead reaching.' },
    decides: [
      `Raised on a score written with its scale that is outside the scale's range: ${scaleRanges().join(', ')}; \`x/10\` pain ratings are 0–10.`,
      'A bare `x/10` is read as a pain rating when its line names pain (`pain`, `sore`, `worst`, `LBP`, `HA`, the pain sign `p!`…) '
        + 'and it does not follow a date word (`on`, `since`, `DOS`, `seen`, `injury`…) unless `at` comes before that word (`pain at time of injury 11/10` is a rating); '
        + 'in a table, its column header or its row\'s first cell names the pain (`| NPRS (stairs) | 11/10 | 4/10 |`); '
        + 'in a sentence naming a ten-point questionnaire it is that questionnaire\'s item (`PSFS: stairs 4/10, walking the dog 55/10`).',
      'A table row labelled with a questionnaire holds its scores, a number alone in each cell (`| LEFS | 82/80 | 51/80 |`, `| PSFS – walking | 3/10 | 55/10 |`), except in a date column.',
      'A VAS in cm is 0–10; NDI is 0–50 raw or 0–100 %; a score written as `x/y` is also checked against `y`; '
        + 'a time word may stand between a questionnaire and its score (`LEFS today 84/80`), and so may a bold label\'s marks (`**LEFS:** 84/80`).',
      'Dates (`12/10/2026`), spinal levels (`L4/5`), strength grades (`4/5`), blood pressure (also over 100 beside a headache: `BP over limit (160/100)`, `150/100 mmHg`), '
        + 'repetitions and durations are never read as scores; '
        + 'nor is a day past the 12th over a month in a sentence that names no pain (`new AF dx, GP 28/10`), while `11/10` and `12/10` are read as the scores they usually are.',
    ],
    fixable: false,
  },
  check(note, ctx) {
    for (const s of note.scores) {
      const scale = scaleOf(s);
      if (!scale) continue;
      const max = s.outOf !== undefined && s.outOf < scale.max ? Math.min(scale.max, s.outOf) : scale.max;
      if (s.value >= scale.min && s.value <= max) continue;
      const written = note.text.slice(s.start, s.end);
      const range = `${scale.min}–${max}${scale.unit === '%' ? ' %' : scale.unit ? ' ' + scale.unit : ''}`;
      ctx.report({
        start: s.start,
        end: s.end,
        message: say(painScoreOutOfRange.meta.messages.range, { score: `${scale.name} ${written}`.slice(0, 24), range }),
      });
    }
  },
};
