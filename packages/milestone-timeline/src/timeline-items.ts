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
/** The rank of a missing or unreadable date: after every precision. */
const NO_DATE_RANK = 3;

/** A plan date read once: its first day and the day after its last, UTC ms, and its precision rank. */
interface ReadDate {
  first: number;
  afterLast: number;
  rank: number;
}

/** Parses a plan date once; undefined when it is missing or not a plan date. */
function readDate(date: string | undefined): ReadDate | undefined {
  if (date === undefined) return undefined;
  const parsed = parsePlanDate(date);
  if (!parsed) return undefined;
  const { year, month, day, precision } = parsed;
  const rank = PRECISION_RANK[precision];
  // Date.UTC reads the years 0–99 as 1900–1999: leave those to core's own arithmetic.
  if (year < 100) {
    return {
      first: planDateStart(parsed).getTime(),
      afterLast: planDateEnd(parsed).getTime() + DAY_MS,
      rank,
    };
  }
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const afterLast =
    day !== undefined
      ? first + DAY_MS
      : month !== undefined
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  return { first, afterLast, rank };
}

/** Start of the UTC day that holds `now`. */
export function startOfUtcDay(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

/** `itemSpan` on dates already read (built without spreads: this runs twice per milestone). */
function spanOf(
  range: DateRange,
  start: ReadDate | undefined,
  end: ReadDate | undefined,
  now: number,
  closed: boolean,
): ItemSpan | undefined {
  let span: ItemSpan;
  if (start !== undefined && end !== undefined) {
    const from = start.first;
    span = {
      from,
      to: Math.max(end.afterLast, from + DAY_MS),
      point: range.start === range.end,
      open: false,
    };
  } else if (end !== undefined) {
    span = { from: end.first, to: end.afterLast, point: true, open: false };
  } else if (start !== undefined) {
    const { first: from, afterLast: startEnd } = start;
    span = closed
      ? { from, to: startEnd, point: true, open: false }
      : { from, to: Math.max(startEnd, startOfUtcDay(now) + DAY_MS), point: false, open: true };
  } else {
    return undefined;
  }
  if (range.start !== undefined) span.start = range.start;
  if (range.end !== undefined) span.end = range.end;
  return span;
}

/**
 * A date range on the time line. A range with one date, or with start equal to end, is a point at that date's
 * precision. An actual range with a start only is `open` (runs on to today) unless `closed` is set.
 */
export function itemSpan(range: DateRange | undefined, now: number, closed = true): ItemSpan | undefined {
  if (!range) return undefined;
  return spanOf(range, readDate(range.start), readDate(range.end), now, closed);
}

function derivedStatus(milestone: Milestone): MilestoneStatus {
  if (milestone.status) return milestone.status;
  if (milestone.actual?.end !== undefined) return 'done';
  if (milestone.actual?.start !== undefined) return 'in-progress';
  return 'planned';
}

/**
 * The milestones in date order: by due date, then (on the same due instant) finer precision first, then start,
 * then the plan's `order`, then document order. `now` (UTC ms) decides "overdue" and how far open spans run.
 *
 * Each date string is parsed once, and the sort compares numbers only: with 10,000 milestones this runs on
 * every new plan or `now`.
 */
export function timelineItems(milestones: readonly Milestone[], now: number): TimelineItem[] {
  const today = startOfUtcDay(now);
  const n = milestones.length;
  const items: TimelineItem[] = new Array<TimelineItem>(n);
  // The sort keys, one slot per milestone in document order.
  const dueKey = new Float64Array(n);
  const rankKey = new Float64Array(n);
  const fromKey = new Float64Array(n);
  const orderKey = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const milestone = milestones[i]!;
    const status = derivedStatus(milestone);
    const plannedStart = readDate(milestone.planned?.start);
    const plannedEnd = readDate(milestone.planned?.end);
    const actualStart = readDate(milestone.actual?.start);
    const actualEnd = readDate(milestone.actual?.end);
    const planned = milestone.planned && spanOf(milestone.planned, plannedStart, plannedEnd, now, true);
    const actual =
      milestone.actual &&
      spanOf(milestone.actual, actualStart, actualEnd, now, status === 'done' || status === 'cancelled');
    // The due date as written and as read: planned end, else planned start, else actual end, else actual start.
    let dueDate = milestone.planned?.end;
    let dueRead = plannedEnd;
    if (dueDate === undefined) {
      dueDate = milestone.planned?.start;
      dueRead = plannedStart;
    }
    if (dueDate === undefined) {
      dueDate = milestone.actual?.end;
      dueRead = actualEnd;
    }
    if (dueDate === undefined) {
      dueDate = milestone.actual?.start;
      dueRead = actualStart;
    }
    const due = planned?.to ?? actual?.to ?? Infinity;
    let from = NaN;
    let to = NaN;
    if (planned && actual) {
      from = Math.min(planned.from, actual.from);
      to = Math.max(planned.to, actual.to);
    } else if (planned || actual) {
      ({ from, to } = (planned ?? actual)!);
    }
    const overdue =
      planned !== undefined && (status === 'planned' || status === 'in-progress') && today >= planned.to;
    // Slip: actual end against planned end (else planned start), both known to the day.
    const plannedDue = milestone.planned?.end !== undefined ? plannedEnd : plannedStart;
    const slipDays =
      planned && actualEnd && plannedDue && actualEnd.rank === 0 && plannedDue.rank === 0
        ? Math.round((actualEnd.afterLast - plannedDue.afterLast) / DAY_MS)
        : undefined;
    const item: TimelineItem = { id: milestone.id, milestone, status, overdue, due, from, to, index: 0 };
    if (planned) item.planned = planned;
    if (actual) item.actual = actual;
    if (slipDays !== undefined) item.slipDays = slipDays;
    if (dueDate !== undefined) item.dueDate = dueDate;
    items[i] = item;
    dueKey[i] = due;
    rankKey[i] = dueRead?.rank ?? NO_DATE_RANK;
    fromKey[i] = from || 0;
    orderKey[i] = milestone.order ?? Infinity;
  }
  const byDate = new Uint32Array(n);
  for (let i = 0; i < n; i++) byDate[i] = i;
  const compare = (x: number, y: number): number => (x < y ? -1 : x > y ? 1 : 0);
  byDate.sort(
    (a, b) =>
      compare(dueKey[a]!, dueKey[b]!) ||
      // Two undated milestones are not told apart by precision.
      (dueKey[a] === Infinity ? 0 : rankKey[a]! - rankKey[b]!) ||
      compare(fromKey[a]!, fromKey[b]!) ||
      compare(orderKey[a]!, orderKey[b]!) ||
      a - b,
  );
  const sorted: TimelineItem[] = new Array<TimelineItem>(n);
  for (let index = 0; index < n; index++) {
    const item = items[byDate[index]!]!;
    item.index = index;
    sorted[index] = item;
  }
  return sorted;
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
