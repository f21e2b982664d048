/**
 * The widgets' shared "resolve" step: look-ups by id and the node hierarchy of a (valid) plan.
 * Built once per plan; every method is a map look-up or a short walk.
 */
import type {
  Indicator,
  Milestone,
  Person,
  Phase,
  Plan,
  PlanNode,
  SwotAnalysis,
  SwotItem,
} from './plan-schema.js';

/** Look-ups over one plan. Children and roots come in `order`, then document order. */
export interface PlanIndex {
  readonly plan: Plan;
  readonly nodesById: ReadonlyMap<string, PlanNode>;
  readonly phasesById: ReadonlyMap<string, Phase>;
  readonly milestonesById: ReadonlyMap<string, Milestone>;
  readonly swotAnalysesById: ReadonlyMap<string, SwotAnalysis>;
  readonly swotItemsById: ReadonlyMap<string, SwotItem>;
  readonly indicatorsById: ReadonlyMap<string, Indicator>;
  readonly peopleById: ReadonlyMap<string, Person>;
  /** Nodes without a parent (or whose parent is not in the plan). */
  readonly roots: readonly PlanNode[];
  /** The children of a node; empty for a leaf or an unknown id. */
  children(id: string): readonly PlanNode[];
  /** The parent of a node, if any. */
  parent(id: string): PlanNode | undefined;
  /** The ancestors of a node, nearest first (parent, grandparent, …, root). */
  ancestors(id: string): readonly PlanNode[];
  /** 0 for a root, 1 for its children…; -1 for an unknown id. */
  depth(id: string): number;
  /** The SWOT analysis a SWOT item belongs to. */
  swotAnalysisOf(itemId: string): SwotAnalysis | undefined;
  /** The indicators that measure a node, in document order. */
  indicatorsOf(nodeId: string): readonly Indicator[];
  /** The milestones that list a node in `nodes`, in document order. */
  milestonesOf(nodeId: string): readonly Milestone[];
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sorts by `order` (items without come after those with), keeping document order for ties. */
function inOrder<T extends { order?: number }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.order ?? Infinity) - (b.item.order ?? Infinity) || a.index - b.index)
    .map(({ item }) => item);
}

/** Builds the look-ups for a plan (use the plan `readPlan` returns, or one that `validatePlan` accepts). */
export function indexPlan(plan: Plan): PlanIndex {
  const nodesById = byId(plan.nodes);
  const swotAnalyses = plan.swot ?? [];
  const analysisOfItem = new Map<string, SwotAnalysis>();
  for (const analysis of swotAnalyses)
    for (const item of analysis.items) analysisOfItem.set(item.id, analysis);
  const swotItemsById = byId(swotAnalyses.flatMap((analysis) => analysis.items));

  const childLists = new Map<string, PlanNode[]>();
  const rootList: PlanNode[] = [];
  for (const node of nodesById.values()) {
    if (node.parent !== undefined && nodesById.has(node.parent)) push(childLists, node.parent, node);
    else rootList.push(node);
  }
  for (const [id, children] of childLists) childLists.set(id, inOrder(children));

  const indicatorLists = new Map<string, Indicator[]>();
  for (const indicator of plan.indicators ?? []) push(indicatorLists, indicator.node, indicator);
  const milestoneLists = new Map<string, Milestone[]>();
  for (const milestone of plan.milestones ?? []) {
    for (const nodeId of new Set(milestone.nodes ?? [])) push(milestoneLists, nodeId, milestone);
  }

  const parent = (id: string) => {
    const parentId = nodesById.get(id)?.parent;
    return parentId === undefined ? undefined : nodesById.get(parentId);
  };
  const ancestors = (id: string) => {
    const found: PlanNode[] = [];
    const seen = new Set([id]);
    for (let node = parent(id); node && !seen.has(node.id); node = parent(node.id)) {
      seen.add(node.id);
      found.push(node);
    }
    return found;
  };

  return {
    plan,
    nodesById,
    phasesById: byId(plan.phases),
    milestonesById: byId(plan.milestones),
    swotAnalysesById: byId(swotAnalyses),
    swotItemsById,
    indicatorsById: byId(plan.indicators),
    peopleById: byId(plan.people),
    roots: inOrder(rootList),
    children: (id) => childLists.get(id) ?? [],
    parent,
    ancestors,
    depth: (id) => (nodesById.has(id) ? ancestors(id).length : -1),
    swotAnalysisOf: (itemId) => analysisOfItem.get(itemId),
    indicatorsOf: (nodeId) => indicatorLists.get(nodeId) ?? [],
    milestonesOf: (nodeId) => milestoneLists.get(nodeId) ?? [],
  };
}
