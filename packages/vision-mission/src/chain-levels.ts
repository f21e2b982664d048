/**
 * The levels of a node hierarchy, read from the roots down, and whether they form a *type chain*
 * (004: vision → programme → plan → scorecard → action). Pure: no DOM.
 *
 * Depth by depth, level n holds every node at depth n. Consecutive depths of one and the same type
 * are one level (004 has three scorecards in a row: the council's, the committees' and the
 * department's — one "scorecard" level listing all three, in order).
 */

export interface ChainLevel {
  /** Depth of the level's first nodes (0 for the roots). */
  readonly depth: number;
  /** The one node type of this level, or undefined when it mixes types. */
  readonly type: string | undefined;
  /** Node ids in reading order (depth, then parents' order, then each parent's children in order). */
  readonly nodes: readonly string[];
}

/** What the chain is read from. */
export interface ChainSource {
  /** The nodes to start from, in display order. */
  readonly roots: readonly string[];
  /** A node's children in display order. */
  children(id: string): readonly string[];
  typeOf(id: string): string;
}

export interface Chain {
  /** The roots the levels were read from. */
  readonly roots: readonly string[];
  readonly levels: readonly ChainLevel[];
  /** Every level has one type, no type twice, at least two levels. */
  readonly isTypeChain: boolean;
}

/**
 * Walks the hierarchy breadth first from `roots`, one level per depth (no merging). A node reached
 * twice (a cycle a lenient reader let through) is listed once.
 */
export function depthLevels(source: ChainSource, roots: readonly string[] = source.roots): ChainLevel[] {
  const levels: ChainLevel[] = [];
  const seen = new Set<string>();
  let current: string[] = [];
  for (const id of roots) {
    if (seen.has(id)) continue;
    seen.add(id);
    current.push(id);
  }
  while (current.length > 0) {
    const types = new Set(current.map((id) => source.typeOf(id)));
    levels.push({ depth: levels.length, type: types.size === 1 ? [...types][0] : undefined, nodes: current });
    const next: string[] = [];
    for (const id of current) {
      for (const child of source.children(id)) {
        if (seen.has(child)) continue;
        seen.add(child);
        next.push(child);
      }
    }
    current = next;
  }
  return levels;
}

/** Joins consecutive levels of the same (single) type into one. */
export function mergeTypeRuns(levels: readonly ChainLevel[]): ChainLevel[] {
  const out: ChainLevel[] = [];
  for (const level of levels) {
    const last = out[out.length - 1];
    if (last && last.type !== undefined && last.type === level.type) {
      out[out.length - 1] = { ...last, nodes: [...last.nodes, ...level.nodes] };
    } else out.push(level);
  }
  return out;
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

/**
 * The chain to draw: the whole hierarchy when it is a type chain; else the first root whose own
 * subtree is one (004 keeps a second, unrelated root beside its vision chain); else the plain depth
 * levels of the whole hierarchy.
 */
export function readChain(source: ChainSource): Chain {
  const whole = mergeTypeRuns(depthLevels(source));
  if (isTypeChain(whole)) return { roots: source.roots, levels: whole, isTypeChain: true };
  if (source.roots.length > 1) {
    for (const root of source.roots) {
      const levels = mergeTypeRuns(depthLevels(source, [root]));
      if (isTypeChain(levels)) return { roots: [root], levels, isTypeChain: true };
    }
  }
  return { roots: source.roots, levels: depthLevels(source), isTypeChain: false };
}

/** Narrowest inline size (em) at which `levelCount` levels still fit side by side. */
export function chainMinInlineSizeEm(levelCount: number, levelMinEm = 10, gapEm = 2.5): number {
  return levelCount <= 0 ? 0 : levelCount * levelMinEm + (levelCount - 1) * gapEm;
}
