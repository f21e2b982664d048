import type { NodeStatus, PlanIndex, PlanNode } from '@planvis/core';

/** Node types the grid shows. */
export const GRID_TYPES: ReadonlySet<string> = new Set(['program', 'project']);

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

/** Every program and project of the plan, in tree order (depth first, children in `order`). */
export function gridItems(index: PlanIndex): PlanNode[] {
  const items: PlanNode[] = [];
  const seen = new Set<string>();
  const stack = [...index.roots].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    if (GRID_TYPES.has(node.type)) items.push(node);
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
