// The tree as the user sees it: which nodes are visible, in which order, at which level. Pure functions, no DOM.
// Both layouts (diagram and outline) render from the same rows, so they share one keyboard and ARIA model.

/** Read access to a hierarchy by id. */
export interface TreeAccess {
  /** Child ids of a node, in display order. */
  children(id: string): readonly string[];
}

/** One visible node of the tree, with everything its treeitem needs for aria-level/-setsize/-posinset. */
export interface TreeRow {
  readonly id: string;
  /** Id of the parent row, or null for a root of the shown tree. */
  readonly parentId: string | null;
  /** 1-based level (aria-level). */
  readonly level: number;
  /** Number of visible siblings including itself (aria-setsize). */
  readonly setSize: number;
  /** 1-based position among its visible siblings (aria-posinset). */
  readonly posInSet: number;
  /** Whether the node has (visible) children, i.e. can be expanded. */
  readonly hasChildren: boolean;
  /** Whether it is expanded (only meaningful when hasChildren). */
  readonly expanded: boolean;
}

/**
 * The visible rows in document (pre-)order: a row's children follow it only when it is expanded. When `keep` is
 * given (a filter is active), only nodes in `keep` exist, and set sizes count kept siblings only.
 */
export function visibleRows(
  roots: readonly string[],
  access: TreeAccess,
  isExpanded: (id: string) => boolean,
  keep?: ReadonlySet<string>,
): TreeRow[] {
  const kids = (id: string): readonly string[] => {
    const all = access.children(id);
    return keep ? all.filter((c) => keep.has(c)) : all;
  };
  const rows: TreeRow[] = [];
  const top = keep ? roots.filter((r) => keep.has(r)) : roots;
  // Iterative pre-order walk: a deep chain must not overflow the call stack.
  const stack: { id: string; parentId: string | null; level: number; setSize: number; posInSet: number }[] =
    [];
  for (let i = top.length - 1; i >= 0; i--) {
    stack.push({ id: top[i]!, parentId: null, level: 1, setSize: top.length, posInSet: i + 1 });
  }
  while (stack.length > 0) {
    const item = stack.pop()!;
    const children = kids(item.id);
    const hasChildren = children.length > 0;
    const expanded = hasChildren && isExpanded(item.id);
    rows.push({ ...item, hasChildren, expanded });
    if (expanded) {
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({
          id: children[i]!,
          parentId: item.id,
          level: item.level + 1,
          setSize: children.length,
          posInSet: i + 1,
        });
      }
    }
  }
  return rows;
}

/** Child rows grouped by parent id (null for the roots), each list in display order. */
export function rowsByParent(rows: readonly TreeRow[]): Map<string | null, TreeRow[]> {
  const map = new Map<string | null, TreeRow[]>();
  for (const row of rows) {
    const list = map.get(row.parentId);
    if (list) list.push(row);
    else map.set(row.parentId, [row]);
  }
  return map;
}

/** Every id of the subtrees below `roots` (roots included), pre-order. */
export function allIds(roots: readonly string[], access: TreeAccess): string[] {
  const out: string[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    const children = access.children(id);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Ids of the nodes down to `depth` levels below the roots that have children: the initially expanded ones. */
export function idsToDepth(roots: readonly string[], access: TreeAccess, depth: number): Set<string> {
  const out = new Set<string>();
  let level: readonly string[] = roots;
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const id of level) {
      const children = access.children(id);
      if (children.length > 0) {
        out.add(id);
        next.push(...children);
      }
    }
    level = next;
  }
  return out;
}

/** The result of filtering a tree by a predicate. */
export interface TreeFilter {
  /** Nodes that match. */
  readonly matches: ReadonlySet<string>;
  /** Nodes that stay visible: the matches and all their ancestors. */
  readonly keep: ReadonlySet<string>;
}

/** Matching nodes and their ancestors stay; everything else is hidden. */
export function filterTree(
  roots: readonly string[],
  access: TreeAccess,
  matches: (id: string) => boolean,
): TreeFilter {
  const matched = new Set<string>();
  const keep = new Set<string>();
  // Post-order walk with an explicit stack: a node is kept when it matches or any child is kept.
  const stack: { id: string; visited: boolean }[] = [...roots]
    .reverse()
    .map((id) => ({ id, visited: false }));
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const children = access.children(top.id);
    if (!top.visited) {
      top.visited = true;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ id: children[i]!, visited: false });
      continue;
    }
    stack.pop();
    const isMatch = matches(top.id);
    if (isMatch) matched.add(top.id);
    if (isMatch || children.some((c) => keep.has(c))) keep.add(top.id);
  }
  return { matches: matched, keep };
}

/** Parent id of every node below the roots (roots map to null). */
export function parentMap(roots: readonly string[], access: TreeAccess): Map<string, string | null> {
  const parents = new Map<string, string | null>();
  const stack: string[] = [];
  for (const r of roots) {
    parents.set(r, null);
    stack.push(r);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const c of access.children(id)) {
      parents.set(c, id);
      stack.push(c);
    }
  }
  return parents;
}
