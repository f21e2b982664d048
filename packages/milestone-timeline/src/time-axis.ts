/**
 * The time axis of the milestone timeline as pure functions: the scale, the tick levels, the ISO week row and
 * the mapping between a zoomed view and the dates it shows.
 * No DOM; times are UTC milliseconds, and every calendar step (day, Monday, month, year) is taken in UTC, so a
 * plan date means the same day in every time zone.
 */
import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { TimeInterval } from 'd3-time';
import { isoWeek, type ZoomTransform } from '@planvis/core';

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The calendar unit of a tick. */
export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A tick on the axis: its time (UTC ms), its position in px and its unit. */
export interface TimeTick {
  time: number;
  x: number;
  unit: TickUnit;
}

/** The two tiers of the axis: fine ticks (days, weeks, months…) and the coarser context above them. */
export interface AxisTicks {
  /** Unit and step of the fine ticks (`step` 2 with `year` = every second year). */
  unit: TickUnit;
  step: number;
  minor: TimeTick[];
  /** Months above days/weeks, years above months/quarters; empty when the fine ticks are years. */
  major: TimeTick[];
}

/** A week of the ISO week row: its Monday (UTC ms), position, width and ISO number. */
export interface WeekTick {
  time: number;
  x: number;
  width: number;
  year: number;
  week: number;
  /** Whether this week's number is printed (all of them when there is room, else every 2nd, 4th…). */
  labelled: boolean;
}

interface TickLevel {
  unit: TickUnit;
  step: number;
  /** Approximate length of one step in ms. */
  length: number;
  /** Least room in px a label of this level needs. */
  minPx: number;
  interval: () => TimeInterval;
}

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

function everyYear(step: number): () => TimeInterval {
  return () => (step === 1 ? utcYear : (utcYear.every(step) ?? utcYear));
}

const LEVELS: readonly TickLevel[] = [
  { unit: 'day', step: 1, length: DAY_MS, minPx: 28, interval: () => utcDay },
  { unit: 'week', step: 1, length: 7 * DAY_MS, minPx: 56, interval: () => utcMonday },
  { unit: 'month', step: 1, length: MONTH_MS, minPx: 44, interval: () => utcMonth },
  {
    unit: 'quarter',
    step: 3,
    length: 3 * MONTH_MS,
    minPx: 44,
    interval: () => utcMonth.every(3) ?? utcMonth,
  },
  ...[1, 2, 5, 10, 20, 50, 100].map((step): TickLevel => ({
    unit: 'year',
    step,
    length: step * YEAR_MS,
    minPx: 48,
    interval: everyYear(step),
  })),
];

/** A linear map from time (UTC ms or a Date) to px, with its inverse. */
export interface TimeScale {
  (time: number | Date): number;
  /** The time (UTC ms) at `x` px. */
  invert(x: number): number;
}

/**
 * The scale that shows `domain` (UTC ms) across `width` px. Calendar steps come from d3-time; the map itself is
 * one line, so d3-scale (and the interpolators and time formats it brings) is not needed.
 */
export function timeScale(domain: readonly [number, number], width: number): TimeScale {
  const [d0, d1] = domain;
  const span = d1 - d0 || 1;
  const px = Math.max(0, width);
  const scale = ((time: number | Date) => ((+time - d0) / span) * px) as TimeScale;
  scale.invert = (x: number) => d0 + (x / (px || 1)) * span;
  return scale;
}

/** The dates a view shows when `base` fills `width` px at the identity transform. */
export function transformDomain(
  base: readonly [number, number],
  t: ZoomTransform,
  width: number,
): [number, number] {
  const scale = timeScale(base, width);
  return [scale.invert(-t.x / t.k), scale.invert((width - t.x) / t.k)];
}

/** The transform that shows `domain` when `base` fills `width` px at the identity (the inverse of the above). */
export function domainTransform(
  base: readonly [number, number],
  domain: readonly [number, number],
  width: number,
): ZoomTransform {
  const k = (base[1] - base[0]) / (domain[1] - domain[0]);
  return { x: -k * timeScale(base, width)(domain[0]), y: 0, k };
}

/**
 * The ticks for a domain shown `width` px wide: the finest calendar level whose labels fit, and the coarser
 * context tier. The context tier starts with the period that contains the domain's start (its `x` may be
 * negative), so the leftmost label always says which month or year the view begins in.
 */
export function axisTicks(domain: readonly [number, number], width: number): AxisTicks {
  const [d0, d1] = domain;
  const span = Math.max(1, d1 - d0);
  const pxPerMs = Math.max(1, width) / span;
  const level = LEVELS.find((l) => l.length * pxPerMs >= l.minPx) ?? LEVELS[LEVELS.length - 1]!;
  const scale = timeScale(domain, width);
  const minor = level
    .interval()
    .range(new Date(d0), new Date(d1 + 1))
    .map((date) => ({ time: +date, x: scale(date), unit: level.unit }));
  let major: TimeTick[] = [];
  if (level.unit !== 'year') {
    const majorUnit: TickUnit = level.unit === 'day' || level.unit === 'week' ? 'month' : 'year';
    const interval = majorUnit === 'month' ? utcMonth : utcYear;
    major = interval
      .range(interval.floor(new Date(d0)), new Date(d1 + 1))
      .map((date: Date) => ({ time: +date, x: scale(date), unit: majorUnit }));
  }
  return { unit: level.unit, step: level.step, minor, major };
}

const WEEK_LABEL_STEPS = [1, 2, 4, 13, 26, 52];

/**
 * The ISO weeks that meet the domain, Monday-first. Empty when a week would be narrower than 3 px. When the
 * numbers do not all fit (`minLabelPx` each), every 2nd, 4th, 13th… week is labelled, always counting from week 1.
 */
export function weekTicks(domain: readonly [number, number], width: number, minLabelPx = 28): WeekTick[] {
  const [d0, d1] = domain;
  const scale = timeScale(domain, width);
  const weekPx = (7 * DAY_MS * Math.max(1, width)) / Math.max(1, d1 - d0);
  if (weekPx < 3) return [];
  const every = WEEK_LABEL_STEPS.find((n) => n * weekPx >= minLabelPx) ?? 52;
  return utcMonday.range(utcMonday.floor(new Date(d0)), new Date(d1)).map((date) => {
    const { year, week } = isoWeek(date);
    const x = scale(date);
    return { time: +date, x, width: weekPx, year, week, labelled: (week - 1) % every === 0 };
  });
}
