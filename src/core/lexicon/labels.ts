// Labels that open a line ("Hemostasis: …", "Billing: …"). A labelled statement of another kind
// names a muscle without recording its needling; detail labels ("Response:", "Position:") add to
// the needling record they belong to.
import { ACUPUNCTURE_TERMS, NEEDLING_HEADING_TERMS, NEEDLING_TERMS, needlingTermRe } from './needling';
import { AFTER, alternation, words } from './pattern';
import { CLOCK_TIME_SOURCE } from './time';

// A record system's wildcard field left unfilled: three asterisks standing alone ("Pain: *** / 10",
// "Tolerance: ***"), as hospital note templates leave them. Not bold italic markup (a word touches
// the stars), not a line of stars alone (a Markdown rule; callers skip those lines), not in backticks.
export const WILDCARD_FIELD = '(?<![\\w*`])\\*{3}(?![\\w*`])';
/** A blank with its marks escaped, as a document converter writes one (a Google Docs download's "\_\_\_", "\_\_/\_\_", "\*\*\*"). */
export const ESCAPED_BLANK = String.raw`(?<![\w\\])(?:(?:(?:\\_){2,}[/.:-])+(?:\\_){2,}|(?:\\_){3,}|(?:\\\*){3})(?![\w\\])`;
/** A template's field left as printed ("{{aftercare_advice}}") and an editor snippet's raw field ("${1:date}"). */
export const TEMPLATE_FIELD = '\\{\\{[^{}\\r\\n]{0,80}\\}\\}';
/**
 * An Epic SmartList left unanswered, shown as its name and number in braces ("{Yes/No:123}") or with the wildcard as its
 * value ("{Blank single:19197::"***"}"); one with its answer ("{Blank single:19197::"verbal"}") is filled.
 */
export const SMARTLIST_FIELD = String.raw`\{[A-Za-z][^{}:\r\n]{0,60}:\d{2,}(?:::"(?:\*{3})?")?\}`;
export const SNIPPET_FIELD = '\\$\\{\\d+(?:[:|][^{}\\r\\n]{0,80})?\\}';
/**
 * A record system's prompt left in its brackets ("[Select]", "[enter pain score]", "[choose one]"), as dictation
 * and EMR templates print a field to fill. Not a link ("[Select](…)") nor a reference ("[enter]: …").
 */
const PROMPT_WORDS: readonly string[] = ['select', 'choose', 'enter', 'insert', 'fill in'];
export const PROMPT_FIELD = `\\[[ \\t]*(?:${alternation(PROMPT_WORDS)})${AFTER}[^[\\]\\r\\n]{0,60}\\](?![(\\[:])`;
/** What a label's value holds when nothing was written: "", "___", "__/__/____", "N/A", "—", "?", "[ ]", "‹…›", "{{field}}", "[Select]". */
// A date's blanks ("__/__/____") are the leading underscores, then separators each followed by a run of them.
const BLANK_MARKS = String.raw`(?:\s*[/.-]\s*(?=(_+))\2)+|\[\s?\]|☐|n\/?a|tbd|tbc|\?+|—|–|-+|\.{3}|…|‹[^›]*›`;
// The runs of marks and underscores around the blank are taken whole (a lookahead and its backreference, as an atomic group),
// so a long run of underscores before other words ("Consent: ____…____ Risks reviewed") is tried once, not in every split.
export const blankValue = new RegExp(
  String.raw`^(?=([\s*_]*))\1(?:${BLANK_MARKS}|${TEMPLATE_FIELD}|${SNIPPET_FIELD}|${SMARTLIST_FIELD}|${PROMPT_FIELD})?(?=([\s*_.]*))\3$`, 'i',
);
/** What a bracketed box holds when left empty or ticked: "[ ]", "[x]", "[✓]". */
export const BRACKET_BOX_MARKS = ' xX✓✔';
/** A tick alone, which marks an item done or a field "yes" ("✓ Consent", a note app's "✅ Consent"). */
export const TICK_CHARACTERS = '✓✔✅';
/** A box drawn as one character, empty ("☐") or ticked ("☑", "☒"); a tick alone is a ticked one. */
export const BOX_CHARACTERS = `☐☑☒${TICK_CHARACTERS}`;
/** A cross alone, which a form ticks for "no" ("✗ Consent", a note app's "❌ Consent"). */
export const CROSS_CHARACTERS = '✗✘❌❎';
/** How a form marks "no" beside a field: "Consent: N", "☐ Yes ✗ No". */
export const NO_MARKS: readonly string[] = ['N', ...CROSS_CHARACTERS, '×'];
/** A field's answer saying no, also in the bracket a form's letter box prints ("No", "[N]", "(no)", "✗", "none", "not given"). */
const NO_ANSWER_TERMS: readonly string[] = ['no', 'n', 'none', 'not given', ...NO_MARKS];
// Each run of spaces and marks may only follow a bracket or begin the answer, so a long run is read once, not split every way.
const NO_ANSWER = `[\\s*_]*(?:[[(][\\s*_]*)?(?:${alternation(NO_ANSWER_TERMS)})(?![\\p{L}\\p{N}])`;
/** An answer that opens with no: "No - pt rushed", "[N]". */
export const noAnswerOpeningRe = new RegExp(`^${NO_ANSWER}`, 'iu');
/** An answer that is no and nothing else: "No", "[N]", "(no).", "✗". */
const NO_ANSWER_END = `(?:[\\s*_]*[\\])])?[\\s*_.!]*$`;
export const noAnswerRe = new RegExp(`^${NO_ANSWER}${NO_ANSWER_END}`, 'iu');
/** A form's field answered no, on its own line: "- DN aftercare handout given: [N]", "Ice: No". */
export const fieldAnsweredNoRe = new RegExp(`^[^:\\n]{1,160}:${NO_ANSWER}${NO_ANSWER_END}`, 'iu');
/** A picture opening a line as decoration, as note apps write callouts ("💡 Pre-needling screen: …", "⚠️ Precautions:"). Boxes, ticks and crosses say something, so they are never decoration. */
const DECORATION = `(?![${BOX_CHARACTERS}${CROSS_CHARACTERS}])\\p{Extended_Pictographic}[\\uFE0F\\u200D\\p{Extended_Pictographic}]*[ \\t]+`;
/** The clock time a timed log stamps an entry with ("09:14 S: …", "[14:02] Consent: …", "09:14 - DN: …"), before the entry's first word. */
const TIME_STAMP = `[[(]?${CLOCK_TIME_SOURCE}[\\])]?(?:[ \\t]*[-–—|][ \\t]*|[ \\t]+)(?=[^\\s\\d\\-–—|:])`;
// A chat export's line ("[15:03, 01/12/2026] Sam (Physio): S: …", "01/12/2026, 15:03 - Sam: …"): the stamp, with a date and
// a time, then who sent it. The sender is a name of two characters or more, so a SOAP letter after a bare stamp stays a label.
const CHAT_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`;
const CHAT_STAMP = `(?:\\[(?:${CLOCK_TIME_SOURCE},[ \\t]*${CHAT_DATE}|${CHAT_DATE},[ \\t]*${CLOCK_TIME_SOURCE})\\][ \\t]*|${CHAT_DATE},[ \\t]*${CLOCK_TIME_SOURCE}[ \\t]+[-–][ \\t]+)`;
const CHAT_SENDER = String.raw`[^\s:\d[][^:\r\n]{1,40}?:[ \t]+`;
/** A coded record's entry, as SystmOne or EMIS print it: the entry's date and its code in brackets ("19-May-2026 (XaJkG) Post-DN: …"). */
const CODED_ENTRY = String.raw`\d{1,2}[-/. ](?:\d{1,2}|[A-Za-z]{3})[-/. ]\d{2,4}[ \t]+\([A-Za-z0-9.]{2,10}\)[ \t]+`;
/** What opens a line without being its text, a picture, a time stamp, a chat's stamp and sender or a coded entry's date and code: the line reads from the word after it. */
export const lineLeadRe = new RegExp(`^(?:${CHAT_STAMP}(?:${CHAT_SENDER})?|${DECORATION}|${TIME_STAMP}|${CODED_ENTRY})+`, 'u');
/** A checklist's tick box, ticked or not: "[ ]", "[x]", "☐", "☒"; a ✓ or ✔ alone is a ticked one. */
export const TICK_BOX = `\\[[${BRACKET_BOX_MARKS}]?\\]|[${BOX_CHARACTERS}]`;

/** The screening before needling (the skin checked where the needles go too: "Skin: intact over R calf"): a label of them names no treatment, whatever treatment it is for. */
const SCREENING_LABELS: readonly string[] = ['screen', 'screening', 'screen clear', 'screening clear', 'screened', 'check', 'checklist', 'safety screen', 'safety check', 'red flags', 'precautions', 'contraindications', 'skin', 'skin check', 'skin integrity'];

/** The check before a procedure that patient, site and side are right (universal protocol), as a procedure note writes it. */
const VERIFICATION_LABELS: readonly string[] = ['time out', 'timeout', 'universal protocol', 'site verification', 'site verified', 'site marked', 'procedural pause', 'verification'];

/** Who and when, as a note's header or a form's first rows give them ("Patient: …", "| DOS | …", "**Referring provider:** …"). */
export const WHO_AND_WHEN_LABELS: readonly string[] = [
  'patient', 'pt', 'patient name', 'client', 'client name', 'name', 'DOB', 'MRN', 'DOS', 'date', 'date of service', 'time', 'visit', 'clinician', 'therapist', 'provider',
  'physiotherapist', 'practitioner', 'author', 'signed', 'signature', 'payer', 'payor', 'insurer', 'insurance', 'funder', 'referrer', 'referred by', 'referring',
  'referring provider', 'referring physician', 'referring doctor', 'clinic',
];

/** A measure taken again after the treatment, also with when ("Re-test after DN:", "Reassessment post needling:"). */
const RETEST_LABELS: readonly string[] = ['retest', 're-test', 'retested', 're-tested', 'reassess', 're-assess', 'reassessment', 're-assessment', 'reassessed'];
const AFTER_TREATMENT: readonly string[] = ['after DN', 'post DN', 'after needling', 'post needling', 'after dry needling', 'post dry needling', 'after tx', 'post tx', 'after treatment', 'post treatment'];

/** Statements that are not needling records, though they may name a needled muscle. */
export const STATEMENT_LABELS: readonly string[] = [
  'hemostasis', 'haemostasis', 'post', 'post tx', 'post treatment', 'post needling', 'post DN', 'post-DN', 'post dry needling', 'post IMS', 'pre', 'pre tx', 'pre treatment', 'pre needling', 'pre DN', 'pre dry needling',
  ...RETEST_LABELS, ...RETEST_LABELS.flatMap((r) => AFTER_TREATMENT.map((a) => `${r} ${a}`)), 'outcome', 'outcomes', 'result', 'results',
  'billing', 'bill', 'billed', 'charges', 'CPT', 'code', 'codes', 'coding', 'units', 'Dx', 'ICD', 'ICD-10', 'diagnosis', 'diagnoses', 'impression', 'clinical impression',
  'consent', 'consents', 'informed consent', 'aftercare', 'after-care', 'after care', 'home care', 'home instructions', 'education', 'pt education', 'patient education', 'advice', 'advised',
  ...SCREENING_LABELS, 'prep', 'skin prep', 'preparation', 'hygiene', 'AE', 'AEs', 'adverse event', 'adverse events',
  'complications', 'goals', 'goal',
  'STG', 'LTG', 'HEP', 'exercise', 'exercises', 'ther ex', 'therex', 'therapeutic exercise', 'TE', 'rx today', 'other tx', 'other treatment', 'palpation', 'palp', 'MMT', 'strength', 'ROM', 'AROM', 'PROM', 'PPT', 'algometry', 'observation', 'posture', 'inspection',
  'special tests', 'neuro', 'neuro screen', 'history', 'hx', 'PMH', 'PMHx', 'meds', 'medications', 'CC', 'chief complaint', 'HPI', 'pain', 'NPRS', 'NRS', 'VAS',
  'POC', 'next visit', 'next session', 'NV', 'f/u', 'follow up', 'follow-up', 'note', 'notes', 'comment', 'comments', 'sharps', 'needle count',
  'needles', 'needles in/out', 'needles in / out', 'count', 'referral', 'manual therapy', 'STM', 'mobs', 'modalities', ...WHO_AND_WHEN_LABELS,
  // A procedure's pause to confirm patient, site and side ("Time-out: 2 identifiers, both calves, procedure - confirmed").
  ...VERIFICATION_LABELS,
];

/** Headings over statements that are never a needling record, whatever muscle their lines name ("## Aftercare": "…tell ED you had needling to the upper back"). */
export const STATEMENT_HEADINGS: readonly string[] = [
  'hemostasis', 'haemostasis', 'billing', 'CPT', 'codes', 'coding', 'ICD', 'ICD-10', 'diagnosis', 'consent', 'informed consent', 'aftercare', 'after-care', 'after care',
  'home care', 'home instructions', 'education', 'pt education', 'patient education', 'advice', 'screen', 'screening', 'pre-needling screen', 'safety screen', 'red flags',
  'precautions', 'contraindications', 'adverse event', 'adverse events', 'complications', 'sharps', 'checklist', 'safety check', 'safety checklist',
  ...VERIFICATION_LABELS,
];
/** A heading that opens with one of them. */
const statementHeadingRe = new RegExp(`^[\\s*_#-]*(?:${alternation(STATEMENT_HEADINGS)})${AFTER}`, 'u');
/** The needling a statement heading is about, before it: "DN safety screen", "Pre-DN checklist", "Dry needling consent". */
const needlingNamedBeforeRe = new RegExp(`^[\\s*_#-]*(?:pre[- ]?)?(?:${alternation(NEEDLING_TERMS)})[\\s:–—-]+`, 'i');
/**
 * A heading over statements (consent, aftercare, a screen): one of them, also after the needling it is about ("## DN SAFETY
 * SCREEN"), that names no needling beyond ("## Consent and dry needling" also heads the needling).
 */
export function isStatementHeading(heading: string): boolean {
  const about = needlingNamedBeforeRe.exec(heading);
  const rest = about ? heading.slice(about[0].length) : heading;
  return statementHeadingRe.test(rest) && !needlingTermRe.test(rest);
}
/**
 * One or several of them alone on their line as a label (`**Aftercare:**`, `**Consent / screening**`): the lines
 * right under it are that statement, like a heading's.
 */
const STATEMENT_HEADING = `(?:${alternation(STATEMENT_HEADINGS)})`;
export const statementLabelOnlyRe = new RegExp(`^[\\s*_#-]*${STATEMENT_HEADING}(?:\\s*(?:[/&+,]|and)\\s*${STATEMENT_HEADING})*[\\s*_:.-]*$`, 'u');

/** Details of the needling written on a line of their own under a record. */
export const DETAIL_LABELS: readonly string[] = [
  'response', 'responses', 'LTR', 'LTRs', 'twitch', 'twitches', 'tolerance', 'tolerated', 'position', 'positioning', 'needle', 'needle size', 'size', 'gauge', 'length',
  'technique', 'method', 'approach', 'depth', 'direction', 'dose', 'parameters', 'e-stim', 'stim', 'frequency', 'duration', 'referral pattern', 'recognition',
];

// A label: the words, optionally bold, then a colon or a spaced dash, at the start of the text, also after a checklist's
// tick box ("- [x] Screen: no anticoagulants, skin intact L calf").
// A label ends with a colon or a spaced dash, also at the end of its line ("Tx -" above the treatment).
// Ended by a colon, a spaced dash, or a full stop inside bold ("**Consent.** Written consent on file", as word processors print run-in labels).
// A number may follow the words, as templates number their procedures ("PROCEDURE 2 - DRY NEEDLING", "Procedure #1:").
const LABEL_NUMBER = '(?:\\s+#?\\s?\\d{1,2}(?!\\d))?';
const LABEL_BRACKETED = '[\\s*_]*(?:\\([^)]{0,30}\\))?';
const LABEL_END = '[\\s*_]*(?::|\\s[-–—](?:\\s|$)|\\.(?:\\*\\*|__)(?=\\s|$))';
const labelAtSource = (source: string) => new RegExp(`^[\\s*_>#-]*(?:(?:${TICK_BOX})[\\s*_]*)?(?:${source})${LABEL_NUMBER}${LABEL_BRACKETED}${LABEL_END}`, 'u');
const labelAt = (list: readonly string[]) => labelAtSource(alternation(list));

// "Needling screen:", "DN precautions:", "Pre-DN checklist:": a screen named for the needling it clears, not a needling lead-in.
const SCREEN_FOR_NEEDLING = `(?:${alternation(['pre'])}[- ]?)?(?:${alternation([...NEEDLING_HEADING_TERMS, 'treatment', 'needle'])})[\\s-]+(?:${alternation(SCREENING_LABELS)})`;
// "Precautions screen:", "Contraindications / precautions:": two screening words make one screening label.
const SCREENING = `(?:${alternation(SCREENING_LABELS)})`;
const SCREEN_PAIR = `${SCREENING}(?:\\s*[/&,+]\\s*|[\\s-]+)${SCREENING}`;
/** The statements' labels as one pattern source, built once for every pattern that reads them. */
const STATEMENT_LABEL_SOURCE = alternation(STATEMENT_LABELS);
export const statementLabelRe = labelAtSource(`${SCREEN_PAIR}|${STATEMENT_LABEL_SOURCE}|${SCREEN_FOR_NEEDLING}`);
export const detailLabelRe = labelAt(DETAIL_LABELS);
export const whoAndWhenLabelRe = labelAt(WHO_AND_WHEN_LABELS);
export const statementLabelWordRe = words(STATEMENT_LABELS);


/** Labels of a list of the muscles treated ("Muscles treated: R UT, R LS"): needling when the part of the note they are in records needling. */
export const MUSCLE_LIST_LABELS: readonly string[] = [
  'muscles', 'muscles treated', 'muscles needled', 'muscle', 'targets', 'target', 'target muscles', 'targeted', 'sites', 'sites needled', 'areas treated',
  'muscles addressed', 'treated', 'TrPs treated', 'trigger points treated', 'points treated',
];
export const muscleListLabelRe = labelAt(MUSCLE_LIST_LABELS);

/**
 * Labels of the treatment given, written between SOAP labels ("A: improving." then "Tx: DN R UT…"):
 * they end the assessment or exam before them, as a "## Treatment" heading would.
 */
const GENERAL_TREATMENT_LABELS: readonly string[] = [
  'tx', 'tx today', 'treatment', 'treatment today', 'treatment provided', 'treatments', 'intervention', 'interventions', 'procedures', 'Rx', 'Rx today',
  // "I:" is the Intervention of a SOAPIE note (Subjective, Objective, Assessment, Plan, Intervention, Evaluation), in capitals only.
  'I',
];
export const TREATMENT_SECTION_LABELS: readonly string[] = [
  ...GENERAL_TREATMENT_LABELS,
  // A needling label or title ("Dry needling: prone, L QL 0.30x60…" in a form after "Assessment:") is the treatment too,
  // and so is acupuncture's ("**Acupuncture:**" over the needled muscles), though alone it leads in no needling.
  ...NEEDLING_HEADING_TERMS, ...ACUPUNCTURE_TERMS,
];
export const treatmentSectionLabelRe = labelAt(TREATMENT_SECTION_LABELS);
/** The treatment labels that name no needling word ("Tx:", "Rx:"): a history's "DN screen:" is not one. */
export const generalTreatmentLabelRe = labelAt(GENERAL_TREATMENT_LABELS);
/** The same words alone on a line, as a title: "**Treatment**", "Intervention". */
export const treatmentSectionTitleRe = new RegExp(`^[\\s*_]*(?:${alternation(TREATMENT_SECTION_LABELS)})[\\s*_]*:?[\\s*_]*$`, 'iu');

/** A name of needling that leads a line, also after acupuncture's name joined to it ("Acupuncture/DN", "Acupuncture & dry needling"). */
const NEEDLING_LEAD = `(?:(?:${alternation(ACUPUNCTURE_TERMS)})\\s*(?:[/&+]|and)\\s*)?(?:${alternation(NEEDLING_HEADING_TERMS)})`;

/**
 * A needling lead-in with its shared details before the colon, alone on its line or with the
 * muscles after it ("DN (side-lying, 0.30x60 mm, pistoning):", "DN supine, 0.30x50mm: R rectus
 * femoris x2, LTR x2"): the treatment, like a treatment label.
 */
export const needlingLeadInLineRe = new RegExp(`^[\\s*_>#-]*${NEEDLING_LEAD}${AFTER}[^:\\n]{0,80}:(?:\\*\\*|__)?`, 'iu');

/**
 * What opens a part of a paragraph dictated without full stops, after a comma: a statement's label (", consent: …",
 * ", Aftercare: will be sore …"), a needling lead-in (", IMS side-lying on R: L rhomboid major …") or the needling told as
 * the next step (", then IMS R ECRB …").
 */
export const RUN_ON_PART_SOURCE = `(?:(?:(?:so|and)\\s+)?(?:${STATEMENT_LABEL_SOURCE})(?:\\s*:|\\s+[-–—](?=\\s))|${NEEDLING_LEAD}${AFTER}[^,.;:\\n]{0,40}:|(?:then|next)\\s+${NEEDLING_LEAD}${AFTER})`;
/** Where such a part opens inside a line (after its comma or semicolon). */
export const runOnPartRe = new RegExp(`[,;]\\s*${RUN_ON_PART_SOURCE}`, 'g');
/** … a part that a statement's label opens (", consent: …"), not the needling. */
export const statementPartRe = new RegExp(`^[,;]\\s*(?:${STATEMENT_LABEL_SOURCE})\\s*:`);

/**
 * "DN (prone, 0.30x50):", "Right side:", "- Dry needling performed to:", "**DN:**" — text that
 * introduces what follows. "Response: ___" is a blank field, not a colon over the lines under it.
 */
export const endsWithColon = (text: string) => /:[\s*)]*(?:_{1,2}[\s*)]*)?$/.test(text);

/** A line led by a needling word ("DN L rhomboid major 0.25x25 mm, LTR x2."). */
export const needlingHeadingLineRe = new RegExp(`^[\\s*_>#-]*${NEEDLING_LEAD}${AFTER}`, 'iu');

/** A line that explains the clinic's shorthand ("Legend: DN dry needling · RF referral"). */
export const LEGEND_LABELS: readonly string[] = ['legend', 'abbreviations', 'abbreviations used', 'abbrev', 'abbrevs', 'key', 'glossary', 'shorthand'];
export const legendLabelRe = labelAt(LEGEND_LABELS);

/** Words of a note's title ("PT Daily Note — 03/04"): a title names what the visit held, it is no lead-in. */
export const NOTE_TITLE_TERMS: readonly string[] = ['note', 'daily', 'visit', 'treatment note', 'progress'];
/** On the note's first lines, before any section, the words of a visit's title ("Follow-up — DN L calf"). */
export const TITLE_LINE_TERMS: readonly string[] = [
  ...NOTE_TITLE_TERMS, 'session', 'treatment', 'tx', 'follow up', 'followup', 'f/u', 'procedure', 'eval*', 're-eval*', 'reeval*', 'initial', 'discharge', 'dn', 'dry needling',
];
/** A title's shape: a date, or parts set apart by a dash, bar or dot ("DN note — R calf — 03/04"). */
export const TITLE_SHAPE_SOURCE = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\s[—–|·]\s`;
export const noteTitleWordRe = words(NOTE_TITLE_TERMS);
/**
 * A line that opens by naming the note it heads, anywhere in the note ("PROCEDURE NOTE - DRY NEEDLING, R FOOT/CALF" under the
 * exam): a title, so the region it names is no record.
 */
export const noteTitleOpeningRe = new RegExp(
  `^[\\s*_#]*(?:(?:${alternation(['procedure', 'treatment', 'progress', 'daily', 'visit', 'follow-up', 'follow up'])})\\s+)?(?:${alternation(['note'])})[\\s*_]*[-–—:]`,
);
export const titleLineWordRe = words(TITLE_LINE_TERMS);
