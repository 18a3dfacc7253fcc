// Words of when: the days of the week as notes write them ("Thurs", "Wednesday"), and a clock's time.
import { AFTER, alternation, BEFORE } from './pattern';
import { SPELLED_NUMBER_SOURCE } from './numbers';

/** Full names first, then the short forms clinics type ("Tues", "Thurs", "Thu"). */
export const WEEKDAY_TERMS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];
/** A weekday, full or short, with an optional full stop after a short form. */
export const WEEKDAY_SOURCE = `(?:${alternation(WEEKDAY_TERMS)})\\.?`;

/** A clock time, 12- or 24-hour: "09:14", "9:14", "14:02:37", "9:14 am", "9:14p.m.". Only with a colon: "0.25" is a gauge. */
const CLOCK_TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A clock time or a span of them ("09:14", "09:14–09:40"). */
export const CLOCK_TIME_SOURCE = `${CLOCK_TIME}(?:[ \\t]?[-–][ \\t]?${CLOCK_TIME})?`;

/** Units of a span of time as notes write them, any case ("24-48 h", "1-2 DAYS"). */
export const HOUR_DAY_UNITS: readonly string[] = ['h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days'];
/** A few of a unit of time, in words ("a day or two", "a couple of days", "twenty-four to forty-eight hours"). */
const FEW_TERMS: readonly string[] = ['a', 'an', 'a couple of', 'couple of', 'a few', 'few', 'one', 'two', 'three'];
const FEW_OR_NUMBER = `(?:(?:${alternation(FEW_TERMS)})|\\d+|${SPELLED_NUMBER_SOURCE})`;
export const WORDED_SPAN_SOURCE = `${BEFORE}${FEW_OR_NUMBER}(?:\\s*(?:-|–|to|or)\\s*${FEW_OR_NUMBER})?\\s+(?:${alternation(HOUR_DAY_UNITS)})${AFTER}(?:\\s+or\\s+(?:two|so|three)${AFTER})?`;
/** The hours just ahead, when soreness is expected ("likely sore tomorrow", "probably achy overnight"). */
export const COMING_HOURS_TERMS: readonly string[] = [
  'tomorrow', 'tonight', 'overnight', 'later today', 'this evening', 'next day', 'the next day', 'the day after', 'next few days', 'the next few days',
  'next couple of days', 'the next couple of days', 'the coming days',
];
/** "as needed", in full or short, any case ("ice prn", "HEAT PRN"). */
export const AS_NEEDED_TERMS: readonly string[] = [
  'prn', 'as needed', 'as required', 'as desired', 'as preferred', 'as she likes', 'as he likes', 'as they like', 'as you like',
  'as she prefers', 'as he prefers', 'as they prefer', 'as you prefer', 'as pt prefers', 'as patient prefers', 'whichever she prefers', 'whichever he prefers', 'whichever they prefer',
];

/**
 * The next visit, as notes name it ("next tx", "next Rx" in UK and Australian notes): one list for what is planned, consent
 * still to come and aftercare put off.
 */
export const NEXT_VISIT_TERMS: readonly string[] = [
  'next visit', 'next session', 'next time', 'next appt', 'next appointment', 'next tx', 'next treatment', 'next Rx', 'next review', 'next week', 'next wk',
  // An outreach clinic's next visit to the community: "Review next trip 4/52".
  'next trip', 'next clinic',
];
