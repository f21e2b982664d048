import type { NodeStatus, PlanIndex, PlanNode } from '@planvis/core';

/** Node types the grid shows. */
export const GRID_TYPES: ReadonlySet<string> = new Set(['program', 'project']);

/** What the grid lists: programs and projects, else focus areas, else the plan's root nodes. */
export type GridKind = 'programs' | 'focus-areas' | 'roots';

/** The grid's nodes and what kind they are. */
export interface GridItems {
  kind: GridKind;
  items: PlanNode[];
}

/** The value of the status filter: every status, one status, or the nodes without one. */
export type StatusFilter = '' | NodeStatus | 'none';

/** The order statuses are offered in the filter (the life cycle). */
export const STATUS_ORDER: readonly NodeStatus[] = [
  'proposed',
  'approved',
  'planned',
  'in-progress',
  'on-hold',
  'done',
  'cancelled',
];

/**
 * Every program and project of the plan, in tree order (depth first, children in `order`). A plan without
 * any (a strategy of focus areas) gives its focus areas instead, and a plan without those its root nodes,
 * so the grid is never empty for a plan that has nodes.
 */
export function gridItems(index: PlanIndex): GridItems {
  const programs = nodesOfTypes(index, GRID_TYPES);
  if (programs.length) return { kind: 'programs', items: programs };
  const focusAreas = nodesOfTypes(index, new Set(['focus-area']));
  if (focusAreas.length) return { kind: 'focus-areas', items: focusAreas };
  return { kind: 'roots', items: [...index.roots] };
}

function nodesOfTypes(index: PlanIndex, types: ReadonlySet<string>): PlanNode[] {
  const items: PlanNode[] = [];
  const seen = new Set<string>();
  const stack = [...index.roots].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    if (types.has(node.type)) items.push(node);
    const children = index.children(node.id);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return items;
}

/** One option of the status filter with how many items it keeps. */
export interface StatusOption {
  value: StatusFilter;
  count: number;
}

/** The filter's options: "all" first, then each status present (life-cycle order), then "no status". */
export function statusOptions(items: readonly PlanNode[]): StatusOption[] {
  const counts = new Map<StatusFilter, number>();
  for (const item of items) {
    const key: StatusFilter = item.status ?? 'none';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const options: StatusOption[] = [{ value: '', count: items.length }];
  for (const status of STATUS_ORDER) {
    const count = counts.get(status);
    if (count) options.push({ value: status, count });
  }
  const none = counts.get('none');
  if (none) options.push({ value: 'none', count: none });
  return options;
}

/** The items a filter keeps. */
export function filterItems(items: readonly PlanNode[], filter: StatusFilter): readonly PlanNode[] {
  if (filter === '') return items;
  return items.filter((item) => (item.status ?? 'none') === filter);
}

/** Reads a `filter` attribute value; anything unknown means "all". */
export function parseStatusFilter(value: string | null | undefined): StatusFilter {
  if (value === 'none') return 'none';
  return STATUS_ORDER.includes(value as NodeStatus) ? (value as NodeStatus) : '';
}
