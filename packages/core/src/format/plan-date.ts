/**
 * Plan dates: ISO 8601 calendar dates at year, month or day precision ("2014", "2014-03", "2014-03-20").
 * Pure functions, no dependency on the schema, so widgets can use them on their own.
 */

/** The precision of a plan date, told by its form. */
export type PlanDatePrecision = 'year' | 'month' | 'day';

/** A parsed plan date. `month` is 1–12 and `day` 1–31, as written. */
export interface ParsedPlanDate {
  year: number;
  month?: number;
  day?: number;
  precision: PlanDatePrecision;
}

/** Number of days in a month (1–12) of a year, by the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by `count` ASCII digits of `value` from `at`, or -1 when one is not a digit. */
function digits(value: string, at: number, count: number): number {
  let number = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * Parses a plan date. Returns `null` when the string is not a plan date (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`, ASCII digits) or not a real date (`"2014-02-30"`, `"2014-13"`).
 */
export function parsePlanDate(value: string): ParsedPlanDate | null {
  // Read by hand rather than with a regular expression: the validator parses every date of a plan,
  // several times over, and a match array per date was a good part of reading a large plan.
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digits(value, 0, 4);
  if (year < 0) return null;
  if (length === 4) return { year, precision: 'year' };
  const month = value.charCodeAt(4) === 45 ? digits(value, 5, 2) : -1; // 45: "-"
  if (month < 1 || month > 12) return null;
  if (length === 7) return { year, month, precision: 'month' };
  const day = value.charCodeAt(7) === 45 ? digits(value, 8, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  date.setUTCFullYear(year);
  return date;
}

function asParsed(date: string | ParsedPlanDate): ParsedPlanDate {
  const parsed = typeof date === 'string' ? parsePlanDate(date) : date;
  if (!parsed) throw new RangeError(`Not a plan date: ${String(date)}`);
  return parsed;
}

/** The first day a plan date covers, as a UTC midnight `Date` ("2014-03" → 2014-03-01). Throws on a bad date. */
export function planDateStart(date: string | ParsedPlanDate): Date {
  const d = asParsed(date);
  return utcDate(d.year, d.month ?? 1, d.day ?? 1);
}

/** The last day a plan date covers, as a UTC midnight `Date` ("2014-02" → 2014-02-28). Throws on a bad date. */
export function planDateEnd(date: string | ParsedPlanDate): Date {
  const d = asParsed(date);
  const month = d.month ?? 12;
  return utcDate(d.year, month, d.day ?? daysInMonth(d.year, month));
}

/**
 * A total order for sorting: by the first day covered, then by the last day (so "2014" sorts after
 * "2014-01" and "2014-01-01"). Negative when `a` comes first.
 */
export function comparePlanDates(a: string | ParsedPlanDate, b: string | ParsedPlanDate): number {
  return (
    planDateStart(a).getTime() - planDateStart(b).getTime() ||
    planDateEnd(a).getTime() - planDateEnd(b).getTime()
  );
}

/**
 * Whether `a` lies wholly before `b` when both are read at the coarser of their two precisions:
 * "2014-02" is before "2014-03-20", but "2014-03" is not before "2014-03-01", and "2014" is not before
 * "2014-12". This is the rule for "end not before start".
 */
export function isPlanDateBefore(a: string | ParsedPlanDate, b: string | ParsedPlanDate): boolean {
  const x = asParsed(a);
  const y = asParsed(b);
  if (x.year !== y.year) return x.year < y.year;
  if (x.month === undefined || y.month === undefined) return false;
  if (x.month !== y.month) return x.month < y.month;
  if (x.day === undefined || y.day === undefined) return false;
  return x.day < y.day;
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Whether a string is an RFC 3339 date-time with a real date ("2024-05-01T12:00:00Z", "2024-05-01T14:00:00+02:00"). */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  return match !== null && parsePlanDate(match[1]!) !== null;
}
