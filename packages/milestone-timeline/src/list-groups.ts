/**
 * Grouping of the list view: milestones in date order, under one heading per month or quarter of their due
 * date. A due date known only to the year gets a group of its own for that year, after the year's months, so a
 * date is never shown as more precise than the plan says. Pure functions, no DOM.
 */
import { parsePlanDate } from '@planvis/core';
import type { TimelineItem } from './timeline-items.js';

/** How the list view groups milestones. */
export type ListGrouping = 'month' | 'quarter';

/** One heading of the list view and its milestones (in date order). */
export interface ListGroup {
  /** "2014-03" (month), "2014-Q1" (quarter), "2014" (a year-precision due date) or "undated". */
  key: string;
  kind: 'month' | 'quarter' | 'year' | 'undated';
  year?: number;
  /** 1–12 for a month group. */
  month?: number;
  /** 1–4 for a quarter group. */
  quarter?: number;
  items: TimelineItem[];
}

type GroupHead = Omit<ListGroup, 'items'>;

function groupOf(dueDate: string | undefined, grouping: ListGrouping): GroupHead {
  const parsed = dueDate === undefined ? null : parsePlanDate(dueDate);
  if (!parsed) return { key: 'undated', kind: 'undated' };
  const { year, month } = parsed;
  if (month === undefined) return { key: String(year), kind: 'year', year };
  if (grouping === 'quarter') {
    const quarter = Math.ceil(month / 3);
    return { key: `${year}-Q${quarter}`, kind: 'quarter', year, quarter };
  }
  return { key: `${year}-${String(month).padStart(2, '0')}`, kind: 'month', year, month };
}

/**
 * Groups items (already in date order) by the month or quarter of their due date. Groups come in the order of
 * their first item; undated items come last.
 */
export function listGroups(items: readonly TimelineItem[], grouping: ListGrouping): ListGroup[] {
  const groups = new Map<string, ListGroup>();
  for (const item of items) {
    const head = groupOf(item.dueDate, grouping);
    let group = groups.get(head.key);
    if (!group) {
      group = { ...head, items: [] };
      groups.set(head.key, group);
    }
    group.items.push(item);
  }
  const result = [...groups.values()];
  const undated = result.findIndex((g) => g.kind === 'undated');
  if (undated >= 0) result.push(...result.splice(undated, 1));
  return result;
}
