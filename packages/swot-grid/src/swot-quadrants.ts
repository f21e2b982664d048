import type { PlanNode, SwotAnalysis, SwotItem } from '@planvis/core';

/** The four SWOT categories in reading order: internal (S, W) over external (O, T), helpful before harmful. */
export const SWOT_CATEGORIES = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotCategory = (typeof SWOT_CATEGORIES)[number];

/** One item as the grid shows it. */
export interface QuadrantItem {
  readonly item: SwotItem;
  /**
   * The nodes the item relates to, as ids of nodes that exist: first the item's own `nodes`, then the nodes
   * (strategies) whose `swotItems` refer to it, each once, in document order.
   */
  readonly related: readonly string[];
}

export interface Quadrant {
  readonly category: SwotCategory;
  /** Internal factors (strengths, weaknesses) or external ones (opportunities, threats). */
  readonly side: 'internal' | 'external';
  /** Helpful (strengths, opportunities) or harmful (weaknesses, threats). */
  readonly effect: 'helpful' | 'harmful';
  readonly items: readonly QuadrantItem[];
}

export interface SwotQuadrants {
  /** Always four, in the order of SWOT_CATEGORIES. */
  readonly quadrants: readonly [Quadrant, Quadrant, Quadrant, Quadrant];
  readonly itemCount: number;
  /** Whether any item is marked illustrative (the widget then explains the mark). */
  readonly hasIllustrative: boolean;
}

/** Nodes by the SWOT item ids their `swotItems` refer to, in document order. */
export function nodesBySwotItem(nodes: readonly PlanNode[]): Map<string, PlanNode[]> {
  const byItem = new Map<string, PlanNode[]>();
  for (const node of nodes) {
    for (const itemId of new Set(node.swotItems ?? [])) {
      const list = byItem.get(itemId);
      if (list) list.push(node);
      else byItem.set(itemId, [node]);
    }
  }
  return byItem;
}

/**
 * Sorts an analysis's items into the four quadrants (document order within each) and resolves what each
 * item relates to. `nodesById` decides which node references are kept (dangling ones are dropped).
 */
export function swotQuadrants(
  analysis: SwotAnalysis,
  nodesById: ReadonlyMap<string, PlanNode>,
): SwotQuadrants {
  const referrers = nodesBySwotItem([...nodesById.values()]);
  const lists: Record<SwotCategory, QuadrantItem[]> = {
    strength: [],
    weakness: [],
    opportunity: [],
    threat: [],
  };
  let hasIllustrative = false;
  let itemCount = 0;
  for (const item of analysis.items) {
    const list = lists[item.category];
    if (!list) continue;
    const related = new Set<string>();
    for (const id of item.nodes ?? []) if (nodesById.has(id)) related.add(id);
    for (const node of referrers.get(item.id) ?? []) related.add(node.id);
    list.push({ item, related: [...related] });
    hasIllustrative ||= item.illustrative === true;
    itemCount++;
  }
  const quadrant = (category: SwotCategory): Quadrant => ({
    category,
    side: category === 'strength' || category === 'weakness' ? 'internal' : 'external',
    effect: category === 'strength' || category === 'opportunity' ? 'helpful' : 'harmful',
    items: lists[category],
  });
  return {
    quadrants: [quadrant('strength'), quadrant('weakness'), quadrant('opportunity'), quadrant('threat')],
    itemCount,
    hasIllustrative,
  };
}
