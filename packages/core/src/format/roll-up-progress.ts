/** Progress of a node: its own, or rolled up from its children. */
import type { PlanIndex } from './index-plan.js';

/** A node's progress in percent (0–100), and whether it was rolled up from below. */
export interface RolledUpProgress {
  /** `null` when neither the node nor anything below it has progress. */
  value: number | null;
  /** `true` when the value (or its absence) comes from the children, not the node's own `progress`. */
  derived: boolean;
}

const memo = new WeakMap<PlanIndex, Map<string, RolledUpProgress>>();

/**
 * The node's own `progress` if it has one; else the weighted mean of its children's progress, rolled up
 * the same way (weights default to 1; weight 0 leaves a child out; children without progress below them
 * are left out). Memoized per index.
 */
export function rollUpProgress(index: PlanIndex, id: string): RolledUpProgress {
  let cache = memo.get(index);
  if (!cache) memo.set(index, (cache = new Map()));
  const visiting = new Set<string>();

  const compute = (nodeId: string): RolledUpProgress => {
    const cached = cache.get(nodeId);
    if (cached) return cached;
    const node = index.nodesById.get(nodeId);
    if (!node) return { value: null, derived: false };
    if (node.progress !== undefined) {
      const own = { value: node.progress, derived: false };
      cache.set(nodeId, own);
      return own;
    }
    if (visiting.has(nodeId)) return { value: null, derived: true };
    visiting.add(nodeId);
    let sum = 0;
    let weights = 0;
    for (const child of index.children(nodeId)) {
      const weight = child.weight ?? 1;
      if (!(weight > 0)) continue;
      const { value } = compute(child.id);
      if (value === null) continue;
      sum += weight * value;
      weights += weight;
    }
    visiting.delete(nodeId);
    const result = { value: weights > 0 ? sum / weights : null, derived: true };
    cache.set(nodeId, result);
    return result;
  };

  return compute(id);
}
