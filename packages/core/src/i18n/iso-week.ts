/**
 * ISO 8601 weeks: weeks start on Monday, and week 1 is the week with the year's first Thursday
 * (as in Norway, Denmark and Sweden). Dates are calendar days read in UTC, as the plan-date helpers make them.
 */

const DAY = 24 * 60 * 60 * 1000;

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The Monday (UTC midnight) of the ISO week that holds `date`. */
export function startOfIsoWeek(date: Date): Date {
  const day = utcDay(date);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(day - weekday * DAY);
}

/** The ISO week of a date: `2014-01-01` → `{ year: 2014, week: 1 }`, `2021-01-03` → `{ year: 2020, week: 53 }`. */
export function isoWeek(date: Date): { year: number; week: number } {
  const monday = startOfIsoWeek(date).getTime();
  const thursday = new Date(monday + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const firstMonday = startOfIsoWeek(new Date(Date.UTC(year, 0, 4))).getTime();
  return { year, week: Math.round((monday - firstMonday) / (7 * DAY)) + 1 };
}
