import type { PlanNode, SwotAnalysis, SwotItem } from '@planvis/core';

/** The four TOWS crossings in reading order: SO, ST (strengths row) over WO, WT (weaknesses row). */
export const CROSSING_CODES = ['so', 'st', 'wo', 'wt'] as const;
export type CrossingCode = (typeof CROSSING_CODES)[number];

/** A strategy placed in one crossing, with the items of that crossing it builds on. */
export interface CrossingEntry {
  readonly node: PlanNode;
  /** The strengths or weaknesses it refers to (the crossing's row). */
  readonly internal: readonly SwotItem[];
  /** The opportunities or threats it refers to (the crossing's column). */
  readonly external: readonly SwotItem[];
}

export interface Crossing {
  readonly code: CrossingCode;
  readonly internal: 'strength' | 'weakness';
  readonly external: 'opportunity' | 'threat';
  readonly entries: readonly CrossingEntry[];
}

/** A strategy whose SWOT items are all internal or all external: it belongs to no single crossing. */
export interface OneSidedEntry {
  readonly node: PlanNode;
  readonly items: readonly SwotItem[];
}

export interface TowsCrossings {
  /** Always four, in the order of CROSSING_CODES. */
  readonly crossings: readonly [Crossing, Crossing, Crossing, Crossing];
  readonly oneSided: readonly OneSidedEntry[];
  /** How many nodes refer to at least one item of the analysis. 0 means there is no TOWS to show. */
  readonly strategyCount: number;
}

const ROWS = ['strength', 'weakness'] as const;
const COLUMNS = ['opportunity', 'threat'] as const;

/**
 * Places the nodes whose `swotItems` refer to items of `analysis` in the TOWS crossings: a node is in the
 * crossing of row R and column C when it refers to at least one item of category R and one of category C, so
 * a node referring to items in several crossings appears in each. Nodes come in the order given (document
 * order); items in the analysis's order.
 */
export function towsCrossings(analysis: SwotAnalysis, nodes: readonly PlanNode[]): TowsCrossings {
  const position = new Map(analysis.items.map((item, index) => [item.id, index]));
  const entries: Record<CrossingCode, CrossingEntry[]> = { so: [], st: [], wo: [], wt: [] };
  const oneSided: OneSidedEntry[] = [];
  let strategyCount = 0;
  for (const node of nodes) {
    const indexes = [...new Set(node.swotItems ?? [])]
      .map((id) => position.get(id))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b);
    if (indexes.length === 0) continue;
    strategyCount++;
    const items = indexes.map((index) => analysis.items[index]!);
    const of = (category: SwotItem['category']) => items.filter((item) => item.category === category);
    let placed = false;
    for (const row of ROWS) {
      for (const column of COLUMNS) {
        const internal = of(row);
        const external = of(column);
        if (internal.length && external.length) {
          entries[`${row[0]}${column[0]}` as CrossingCode].push({ node, internal, external });
          placed = true;
        }
      }
    }
    if (!placed) oneSided.push({ node, items });
  }
  const crossing = (code: CrossingCode, row: Crossing['internal'], column: Crossing['external']) => ({
    code,
    internal: row,
    external: column,
    entries: entries[code],
  });
  return {
    crossings: [
      crossing('so', 'strength', 'opportunity'),
      crossing('st', 'strength', 'threat'),
      crossing('wo', 'weakness', 'opportunity'),
      crossing('wt', 'weakness', 'threat'),
    ],
    oneSided,
    strategyCount,
  };
}
