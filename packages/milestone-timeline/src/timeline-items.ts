/**
 * Milestones normalised for the timeline: planned and actual spans in UTC ms, the status with "overdue"
 * derived against a given today, and one date order that the chart, the list and the keyboard all share.
 * Pure functions, no DOM.
 */
import { parsePlanDate, planDateEnd, planDateStart } from '@planvis/core';
import type { DateRange, Milestone, MilestoneStatus } from '@planvis/core';
import { DAY_MS } from './time-axis.js';

/** A planned or actual date range of a milestone on the time line. */
export interface ItemSpan {
  /** First instant covered, UTC ms (midnight of the first day). */
  from: number;
  /** First instant after the last day covered, UTC ms (exclusive). */
  to: number;
  /** A single date at its precision ("2013-12-20", or "2014-01" alone), drawn as a marker, not a bar. */
  point: boolean;
  /** Started but not ended and not done: the span runs on to today (`to` is today's end). */
  open: boolean;
  /** The plan dates as written. */
  start?: string;
  end?: string;
}

/** A milestone as the timeline draws it. */
export interface TimelineItem {
  id: string;
  milestone: Milestone;
  planned?: ItemSpan;
  actual?: ItemSpan;
  /** The stored status, or one derived from the actual dates (end → done, start → in progress, else planned). */
  status: MilestoneStatus;
  /** Planned end has passed and the milestone is neither done nor cancelled. */
  overdue: boolean;
  /** Days the actual end came after (+) or before (−) the planned end, when both are known to the day. */
  slipDays?: number;
  /** The plan date the milestone is due by (planned end, else planned start, else actual end/start). */
  dueDate?: string;
  /** The instant after the due date's last day, UTC ms: the date order's key. `Infinity` when undated. */
  due: number;
  /** The union of the planned and actual spans, UTC ms; both `NaN` when undated. */
  from: number;
  to: number;
  /** Position in date order (0-based). */
  index: number;
}

/** Counts for the summary line. */
export interface TimelineSummary {
  total: number;
  done: number;
  inProgress: number;
  planned: number;
  cancelled: number;
  overdue: number;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

function dayStart(date: string): number | undefined {
  try {
    return planDateStart(date).getTime();
  } catch {
    return undefined;
  }
}

function dayAfterEnd(date: string): number | undefined {
  try {
    return planDateEnd(date).getTime() + DAY_MS;
  } catch {
    return undefined;
  }
}

/** Start of the UTC day that holds `now`. */
export function startOfUtcDay(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

/**
 * A date range on the time line. A range with one date, or with start equal to end, is a point at that date's
 * precision. An actual range with a start only is `open` (runs on to today) unless `closed` is set.
 */
export function itemSpan(range: DateRange | undefined, now: number, closed = true): ItemSpan | undefined {
  if (!range) return undefined;
  const { start, end } = range;
  const from = start !== undefined ? dayStart(start) : undefined;
  const to = end !== undefined ? dayAfterEnd(end) : undefined;
  if (from === undefined && to === undefined) return undefined;
  const base = { ...(start !== undefined && { start }), ...(end !== undefined && { end }) };
  if (from !== undefined && to !== undefined) {
    return { ...base, from, to: Math.max(to, from + DAY_MS), point: start === end, open: false };
  }
  if (to !== undefined) {
    return { ...base, from: dayStart(end!)!, to, point: true, open: false };
  }
  const startEnd = dayAfterEnd(start!)!;
  if (closed) return { ...base, from: from!, to: startEnd, point: true, open: false };
  const today = startOfUtcDay(now) + DAY_MS;
  return { ...base, from: from!, to: Math.max(startEnd, today), point: false, open: true };
}

function derivedStatus(milestone: Milestone): MilestoneStatus {
  if (milestone.status) return milestone.status;
  if (milestone.actual?.end !== undefined) return 'done';
  if (milestone.actual?.start !== undefined) return 'in-progress';
  return 'planned';
}

function precisionRank(date: string | undefined): number {
  const parsed = date === undefined ? null : parsePlanDate(date);
  return parsed ? PRECISION_RANK[parsed.precision] : 3;
}

function isDayPrecision(date: string | undefined): boolean {
  return date !== undefined && parsePlanDate(date)?.precision === 'day';
}

/**
 * The milestones in date order: by due date, then (on the same due instant) finer precision first, then start,
 * then the plan's `order`, then document order. `now` (UTC ms) decides "overdue" and how far open spans run.
 */
export function timelineItems(milestones: readonly Milestone[], now: number): TimelineItem[] {
  const today = startOfUtcDay(now);
  const items = milestones.map((milestone, position) => {
    const status = derivedStatus(milestone);
    const planned = itemSpan(milestone.planned, now);
    const actual = itemSpan(milestone.actual, now, status === 'done' || status === 'cancelled');
    const dueDate =
      milestone.planned?.end ?? milestone.planned?.start ?? milestone.actual?.end ?? milestone.actual?.start;
    const due = planned?.to ?? actual?.to ?? Infinity;
    const spans = [planned, actual].filter((s): s is ItemSpan => s !== undefined);
    const from = spans.length ? Math.min(...spans.map((s) => s.from)) : NaN;
    const to = spans.length ? Math.max(...spans.map((s) => s.to)) : NaN;
    const overdue =
      planned !== undefined && (status === 'planned' || status === 'in-progress') && today >= planned.to;
    const plannedEnd = milestone.planned?.end ?? milestone.planned?.start;
    const actualEnd = milestone.actual?.end;
    const slipDays =
      planned &&
      milestone.actual?.end !== undefined &&
      isDayPrecision(plannedEnd) &&
      isDayPrecision(actualEnd)
        ? Math.round((dayAfterEnd(actualEnd!)! - dayAfterEnd(plannedEnd!)!) / DAY_MS)
        : undefined;
    const item: TimelineItem & { position: number } = {
      id: milestone.id,
      milestone,
      ...(planned && { planned }),
      ...(actual && { actual }),
      status,
      overdue,
      ...(slipDays !== undefined && { slipDays }),
      ...(dueDate !== undefined && { dueDate }),
      due,
      from,
      to,
      index: 0,
      position,
    };
    return item;
  });
  items.sort(
    (a, b) =>
      a.due - b.due ||
      (a.due === b.due && a.due === Infinity ? 0 : precisionRank(a.dueDate) - precisionRank(b.dueDate)) ||
      (a.from || 0) - (b.from || 0) ||
      (a.milestone.order ?? Infinity) - (b.milestone.order ?? Infinity) ||
      a.position - b.position,
  );
  return items.map(({ position: _position, ...item }, index) => ({ ...item, index }));
}

/** Whether an item has dates the time line can place. */
export function isDated(item: TimelineItem): boolean {
  return Number.isFinite(item.from) && Number.isFinite(item.to);
}

/** Items that meet the half-open interval [from, to) (UTC ms), in date order. Undated items never do. */
export function itemsInRange(items: readonly TimelineItem[], from: number, to: number): TimelineItem[] {
  return items.filter((item) => isDated(item) && item.from < to && item.to > from);
}

/** Counts by status, and how many are overdue. */
export function summarize(items: readonly TimelineItem[]): TimelineSummary {
  const summary: TimelineSummary = { total: 0, done: 0, inProgress: 0, planned: 0, cancelled: 0, overdue: 0 };
  for (const item of items) {
    summary.total += 1;
    if (item.status === 'done') summary.done += 1;
    else if (item.status === 'in-progress') summary.inProgress += 1;
    else if (item.status === 'cancelled') summary.cancelled += 1;
    else summary.planned += 1;
    if (item.overdue) summary.overdue += 1;
  }
  return summary;
}
