// Diagram layout as pure functions (no DOM): d3-hierarchy places the visible rows, d3-shape draws the links.
// The element measures its node boxes, calls diagramLayout once per change, and pans/zooms the result with a
// transform (never re-laying out per frame).
import { hierarchy, tree } from 'd3-hierarchy';
import type { HierarchyPointNode } from 'd3-hierarchy';
import { linkHorizontal, linkVertical } from 'd3-shape';
import type { TreeRow } from './tree-rows.js';

/** `horizontal`: the root at the inline start, levels as columns. `vertical`: the root on top, levels as rows. */
export type GoalTreeOrientation = 'horizontal' | 'vertical';
/** What the `layout` attribute asks for. */
export type GoalTreeLayoutOption = 'auto' | 'diagram' | 'outline';
/** What is drawn. */
export type GoalTreeLayoutKind = 'diagram' | 'outline';

/** Below this width (CSS px) `layout="auto"` shows the outline. */
export const AUTO_DIAGRAM_MIN_WIDTH = 640;

/**
 * The layout to draw for a `layout` option at a widget width (px; undefined before the first measurement):
 * `auto` is the diagram when the widget is at least 640 px wide, else the outline.
 */
export function resolveLayout(
  option: string | null | undefined,
  width: number | undefined,
): GoalTreeLayoutKind {
  if (option === 'diagram') return 'diagram';
  if (option === 'outline') return 'outline';
  if (width === undefined) return 'outline';
  return width >= AUTO_DIAGRAM_MIN_WIDTH ? 'diagram' : 'outline';
}

/** Parses the orientation attribute (anything else is `horizontal`). */
export function parseOrientation(value: string | null | undefined): GoalTreeOrientation {
  return value === 'vertical' ? 'vertical' : 'horizontal';
}

/** Width and height of a node box in px. */
export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

/** A placed node box: top-left corner and size, px. */
export interface DiagramBox extends BoxSize {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** A link from a parent box to a child box, as an SVG path. */
export interface DiagramLink {
  readonly source: string;
  readonly target: string;
  readonly path: string;
}

/** A laid-out diagram; coordinates start at 0,0. */
export interface DiagramLayout {
  readonly boxes: ReadonlyMap<string, DiagramBox>;
  readonly links: readonly DiagramLink[];
  readonly width: number;
  readonly height: number;
}

export interface DiagramLayoutOptions {
  readonly orientation: GoalTreeOrientation;
  /** Size of each visible node's box. */
  readonly size: (id: string) => BoxSize;
  /** Space between neighbouring boxes of one level (px). */
  readonly gap: number;
  /** Space between levels (px); defaults to 3 × gap. */
  readonly levelGap?: number;
}

interface Datum {
  readonly id: string | null;
  readonly children: Datum[];
}

/**
 * Lays out the visible rows (see visibleRows) as a node-link diagram. Several roots are laid out side by side as
 * if under one invisible root. Boxes of one level share a column (horizontal) or a row (vertical) as wide/high as
 * the largest box of that level; siblings are `gap` apart, cousins 2 × gap.
 */
export function diagramLayout(rows: readonly TreeRow[], options: DiagramLayoutOptions): DiagramLayout {
  const { orientation, size, gap } = options;
  const levelGap = options.levelGap ?? gap * 3;
  if (rows.length === 0) return { boxes: new Map(), links: [], width: 0, height: 0 };

  // Nest the rows (pre-order, each after its parent) into data for d3.hierarchy.
  const root: Datum = { id: null, children: [] };
  const byId = new Map<string, Datum>();
  for (const row of rows) {
    const datum: Datum = { id: row.id, children: [] };
    byId.set(row.id, datum);
    const parent = row.parentId === null ? root : byId.get(row.parentId);
    (parent ?? root).children.push(datum);
  }

  const sizes = new Map<string, BoxSize>();
  for (const row of rows) sizes.set(row.id, size(row.id));
  const horizontal = orientation === 'horizontal';
  // "breadth" runs across a level (where siblings sit), "reach" runs along the levels.
  const breadth = (id: string | null): number => {
    if (id === null) return 0;
    const s = sizes.get(id)!;
    return horizontal ? s.height : s.width;
  };
  const reach = (id: string): number => {
    const s = sizes.get(id)!;
    return horizontal ? s.width : s.height;
  };

  const h = hierarchy<Datum>(root, (d) => d.children);
  const laidOut = tree<Datum>()
    .nodeSize([1, 1])
    .separation(
      (a, b) => breadth(a.data.id) / 2 + breadth(b.data.id) / 2 + (a.parent === b.parent ? gap : gap * 2),
    )(h);

  // Offsets of each level along the reach axis (the invisible root is depth 0, so levels start at depth 1).
  const levelReach: number[] = [];
  const nodes: HierarchyPointNode<Datum>[] = laidOut.descendants().filter((n) => n.data.id !== null);
  for (const n of nodes) levelReach[n.depth] = Math.max(levelReach[n.depth] ?? 0, reach(n.data.id!));
  const levelStart: number[] = [];
  let acc = 0;
  for (let d = 1; d < levelReach.length; d++) {
    levelStart[d] = acc;
    acc += (levelReach[d] ?? 0) + levelGap;
  }

  let minB = Infinity;
  let maxB = -Infinity;
  for (const n of nodes) {
    const b = breadth(n.data.id);
    minB = Math.min(minB, n.x - b / 2);
    maxB = Math.max(maxB, n.x + b / 2);
  }

  const boxes = new Map<string, DiagramBox>();
  for (const n of nodes) {
    const id = n.data.id!;
    const s = sizes.get(id)!;
    const along = levelStart[n.depth]!;
    const across = n.x - breadth(id) / 2 - minB;
    boxes.set(
      id,
      horizontal
        ? { id, x: along, y: across, width: s.width, height: s.height }
        : { id, x: across, y: along, width: s.width, height: s.height },
    );
  }

  const link = horizontal ? linkHorizontal() : linkVertical();
  const links: DiagramLink[] = [];
  for (const n of nodes) {
    const parentId = n.parent?.data.id;
    if (parentId == null) continue;
    const p = boxes.get(parentId)!;
    const c = boxes.get(n.data.id!)!;
    const source: [number, number] = horizontal
      ? [p.x + p.width, p.y + p.height / 2]
      : [p.x + p.width / 2, p.y + p.height];
    const target: [number, number] = horizontal ? [c.x, c.y + c.height / 2] : [c.x + c.width / 2, c.y];
    links.push({ source: parentId, target: c.id, path: link({ source, target }) ?? '' });
  }

  const extentAlong = acc - levelGap;
  const extentAcross = maxB - minB;
  return {
    boxes,
    links,
    width: horizontal ? extentAlong : extentAcross,
    height: horizontal ? extentAcross : extentAlong,
  };
}

/** A pan/zoom transform: screen = k × layout + (x, y). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/**
 * The transform that shows the whole layout centred in a viewport, with `padding` px around it, never zooming in
 * beyond `maxScale` nor out below `minScale`.
 */
export function fitTransform(
  layout: Pick<DiagramLayout, 'width' | 'height'>,
  viewport: BoxSize,
  padding = 16,
  minScale = 0.05,
  maxScale = 1,
): ViewTransform {
  const availW = Math.max(1, viewport.width - 2 * padding);
  const availH = Math.max(1, viewport.height - 2 * padding);
  const w = Math.max(1, layout.width);
  const h = Math.max(1, layout.height);
  const k = Math.min(maxScale, Math.max(minScale, Math.min(availW / w, availH / h)));
  return { k, x: (viewport.width - w * k) / 2, y: (viewport.height - h * k) / 2 };
}

/**
 * The smallest pan that brings `box` fully into the viewport (with `margin` px), keeping the scale. Returns the
 * same transform when the box is already visible. A box larger than the viewport is aligned at its top-left.
 */
export function panIntoView(
  transform: ViewTransform,
  box: Pick<DiagramBox, 'x' | 'y' | 'width' | 'height'>,
  viewport: BoxSize,
  margin = 16,
): ViewTransform {
  const { k } = transform;
  const axis = (t: number, start: number, length: number, view: number): number => {
    const s = start * k + t;
    const e = (start + length) * k + t;
    if (length * k + 2 * margin > view) return margin - start * k;
    if (s < margin) return margin - start * k;
    if (e > view - margin) return view - margin - (start + length) * k;
    return t;
  };
  const x = axis(transform.x, box.x, box.width, viewport.width);
  const y = axis(transform.y, box.y, box.height, viewport.height);
  return x === transform.x && y === transform.y ? transform : { x, y, k };
}
