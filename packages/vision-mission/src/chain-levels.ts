/**
 * The levels of a node hierarchy, read from the roots down: level n holds every node at depth n.
 * A hierarchy is a *type chain* (004: vision → programme → plan → scorecard → action) when every
 * level holds one node type and no type repeats. Pure: no DOM.
 */

export interface ChainLevel {
  /** 0 for the roots. */
  readonly depth: number;
  /** The one node type of this level, or undefined when it mixes types. */
  readonly type: string | undefined;
  /** Node ids in reading order (parents' order, then each parent's children in order). */
  readonly nodes: readonly string[];
}

/**
 * Walks the hierarchy breadth first from `roots`. `children(id)` must return a node's children in
 * display order; a node reached twice (a cycle a lenient reader let through) is listed once.
 */
export function chainLevels(
  roots: readonly string[],
  children: (id: string) => readonly string[],
  typeOf: (id: string) => string,
): ChainLevel[] {
  const levels: ChainLevel[] = [];
  const seen = new Set<string>();
  let current: string[] = [];
  for (const id of roots) {
    if (seen.has(id)) continue;
    seen.add(id);
    current.push(id);
  }
  while (current.length > 0) {
    const types = new Set(current.map(typeOf));
    levels.push({
      depth: levels.length,
      type: types.size === 1 ? [...types][0] : undefined,
      nodes: current,
    });
    const next: string[] = [];
    for (const id of current) {
      for (const child of children(id)) {
        if (seen.has(child)) continue;
        seen.add(child);
        next.push(child);
      }
    }
    current = next;
  }
  return levels;
}

/** At least two levels, each of one type, no type twice. */
export function isTypeChain(levels: readonly ChainLevel[]): boolean {
  if (levels.length < 2) return false;
  const types = new Set<string>();
  for (const level of levels) {
    if (level.type === undefined || types.has(level.type)) return false;
    types.add(level.type);
  }
  return true;
}
