import {
  comparePlanDates,
  planDateEnd,
  type Milestone,
  type MilestoneStatus,
  type PlanIndex,
} from '@planvis/core';

/** A milestone as the card lists it. */
export interface MilestoneEntry {
  milestone: Milestone;
  /** Stored status, or derived: `done` when it has an actual end, else `planned`. */
  status: MilestoneStatus;
  /** The date it is sorted and shown by: planned end, planned start, actual end or actual start. */
  date: string | undefined;
  /** Planned end passed (before `now`) and neither done nor cancelled. */
  overdue: boolean;
}

/** The milestones of a node and what is left of them. */
export interface MilestoneSummaryModel {
  /** In date order (undated last), then `order`, then document order. */
  entries: MilestoneEntry[];
  /** Done milestones. */
  done: number;
  /** Milestones that count: every one except the cancelled. */
  total: number;
  /** The first one in date order that is neither done nor cancelled. */
  next: MilestoneEntry | undefined;
}

/**
 * Every milestone linked (by its `nodes`) to the node or to a node below it, each once. A project plan links
 * its milestones to the work goal of a phase, so the project's card still shows its milestone plan.
 */
export function milestoneSummary(index: PlanIndex, nodeId: string, now: Date): MilestoneSummaryModel {
  const found = new Map<string, { milestone: Milestone; position: number }>();
  const seen = new Set<string>();
  const stack = [nodeId];
  let visits = 0;
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const milestone of index.milestonesOf(id)) {
      if (!found.has(milestone.id)) found.set(milestone.id, { milestone, position: visits++ });
    }
    for (const child of index.children(id)) stack.push(child.id);
  }
  const entries = [...found.values()]
    .map(({ milestone, position }) => ({ entry: milestoneEntry(milestone, now), position }))
    .sort(
      (a, b) =>
        compareOptionalDates(a.entry.date, b.entry.date) ||
        (a.entry.milestone.order ?? Infinity) - (b.entry.milestone.order ?? Infinity) ||
        documentOrder(index, a.entry.milestone) - documentOrder(index, b.entry.milestone) ||
        a.position - b.position,
    )
    .map(({ entry }) => entry);
  const done = entries.filter((entry) => entry.status === 'done').length;
  const total = entries.filter((entry) => entry.status !== 'cancelled').length;
  const next = entries.find((entry) => entry.status !== 'done' && entry.status !== 'cancelled');
  return { entries, done, total, next };
}

/** One milestone's status, date and overdue flag as of `now`. */
export function milestoneEntry(milestone: Milestone, now: Date): MilestoneEntry {
  const status: MilestoneStatus = milestone.status ?? (milestone.actual?.end ? 'done' : 'planned');
  const date =
    milestone.planned?.end ?? milestone.planned?.start ?? milestone.actual?.end ?? milestone.actual?.start;
  const plannedEnd = milestone.planned?.end ?? milestone.planned?.start;
  const overdue =
    status !== 'done' &&
    status !== 'cancelled' &&
    plannedEnd !== undefined &&
    planDateEnd(plannedEnd).getTime() < startOfUtcDay(now);
  return { milestone, status, date, overdue };
}

function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

function compareOptionalDates(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return comparePlanDates(a, b);
}

const documentPositions = new WeakMap<PlanIndex, Map<string, number>>();
function documentOrder(index: PlanIndex, milestone: Milestone): number {
  let positions = documentPositions.get(index);
  if (!positions) {
    positions = new Map([...index.milestonesById.keys()].map((id, i) => [id, i]));
    documentPositions.set(index, positions);
  }
  return positions.get(milestone.id) ?? 0;
}
