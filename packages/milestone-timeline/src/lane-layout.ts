/**
 * Lanes of the timeline and where each milestone sits in one at a given zoom: culling to the visible domain,
 * packing markers into rows, and aggregating dense regions into count bubbles. Pure functions, no DOM; the
 * element runs `layoutLane` once per lane per view change (domain or width), never per frame of anything else.
 */
import { timeScale } from './time-axis.js';
import { isDated } from './timeline-items.js';
import type { ItemSpan, TimelineItem } from './timeline-items.js';

/** What the lanes group milestones by. */
export type LaneGrouping = 'none' | 'phase' | 'responsible' | 'node';

/** A lane: a key (phase id, responsible text, node id; '' for "none of these") and its items in date order. */
export interface Lane {
  key: string;
  items: TimelineItem[];
}

/** A horizontal extent in px. */
export type PxRange = readonly [number, number];

/** Where one milestone is drawn. */
export interface MarkerLayout {
  item: TimelineItem;
  row: number;
  /** The hit box: covers every drawn part, at least `markerWidth` wide. */
  x0: number;
  x1: number;
  /** Planned span (outline) and actual span (fill) in px; for a point these are its precision span. */
  planned?: PxRange;
  actual?: PxRange;
  /** Centre of the planned / actual point marker in px, when that span is a single date. */
  plannedAt?: number;
  actualAt?: number;
  /** Whether there is room for the title beside the marker. */
  label: boolean;
  /** The title goes before the marker (near the end of the axis). */
  labelStart?: boolean;
}

/** A count bubble standing for milestones too dense to draw one by one. */
export interface BubbleLayout {
  x: number;
  count: number;
  /** The time extent of the milestones it stands for (UTC ms), to zoom into. */
  from: number;
  to: number;
  ids: string[];
}

/** One lane laid out at the current view. */
export interface LaneLayout {
  key: string;
  /** Number of marker rows used (0 when the lane shows only bubbles or nothing). */
  rows: number;
  markers: MarkerLayout[];
  bubbles: BubbleLayout[];
  /** How many of the lane's milestones meet the visible domain. */
  visible: number;
}

/** Options of `layoutLane`. */
export interface LaneLayoutOptions {
  domain: readonly [number, number];
  width: number;
  /** Estimated width in px of an item's title label (0 for none). */
  labelWidth?: (item: TimelineItem) => number;
  /** Least width of a marker's hit box (the 24 px target size). */
  markerWidth?: number;
  /** Gap between neighbours in a row, px. */
  gap?: number;
  /** Rows per lane before the rest become count bubbles. */
  maxRows?: number;
  /** Width of a density bucket, px. */
  bucketWidth?: number;
  /** More than this many milestones starting in one bucket are drawn as one count bubble (default: `maxRows`). */
  bucketLimit?: number;
  /** Id of an item that is always drawn as a marker when it is visible (the keyboard's active milestone). */
  keep?: string;
}

/**
 * Groups items (in date order) into lanes by `keyOf`. Lanes follow `order` (keys not in it come after, in order
 * of first appearance); items whose key is undefined go to a last lane with key ''.
 */
export function groupLanes(
  items: readonly TimelineItem[],
  keyOf: (item: TimelineItem) => string | undefined,
  order: readonly string[] = [],
): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const key of order) lanes.set(key, { key, items: [] });
  for (const item of items) {
    const key = keyOf(item) ?? '';
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, items: [] };
      lanes.set(key, lane);
    }
    lane.items.push(item);
  }
  const result = [...lanes.values()].filter((lane) => lane.items.length > 0);
  const rest = result.findIndex((lane) => lane.key === '');
  if (rest >= 0) result.push(...result.splice(rest, 1));
  return result;
}

interface Placed {
  marker: MarkerLayout;
  bucket: number;
}

function spanPx(span: ItemSpan, x: (t: number) => number): PxRange {
  return [x(span.from), x(span.to)];
}

/** Lays out one lane for the visible domain. */
export function layoutLane(lane: Lane, options: LaneLayoutOptions): LaneLayout {
  const {
    domain,
    width,
    labelWidth = () => 0,
    markerWidth = 24,
    gap = 8,
    maxRows = 6,
    bucketWidth = 32,
    keep,
  } = options;
  const bucketLimit = options.bucketLimit ?? maxRows;
  const [d0, d1] = domain;
  const scale = timeScale(domain, width);
  const x = (t: number) => scale(t);
  const half = markerWidth / 2;

  // Cull: only what meets the visible domain.
  const visible = lane.items.filter((item) => isDated(item) && item.from < d1 && item.to > d0);

  const placed: Placed[] = visible.map((item) => {
    const planned = item.planned ? spanPx(item.planned, x) : undefined;
    const actual = item.actual ? spanPx(item.actual, x) : undefined;
    const plannedAt = item.planned?.point && planned ? (planned[0] + planned[1]) / 2 : undefined;
    const actualAt = item.actual?.point && actual ? (actual[0] + actual[1]) / 2 : undefined;
    const lefts: number[] = [];
    const rights: number[] = [];
    for (const [range, at] of [
      [planned, plannedAt],
      [actual, actualAt],
    ] as const) {
      if (!range) continue;
      if (at !== undefined) {
        // A point at month or year precision occupies its whole month or year ("some time in March").
        lefts.push(Math.min(at - half, range[0]));
        rights.push(Math.max(at + half, range[1]));
      } else {
        lefts.push(range[0]);
        rights.push(range[1]);
      }
    }
    let x0 = Math.min(...lefts);
    let x1 = Math.max(...rights);
    if (x1 - x0 < markerWidth) {
      const mid = (x0 + x1) / 2;
      x0 = mid - half;
      x1 = mid + half;
    }
    const marker: MarkerLayout = {
      item,
      row: 0,
      x0,
      x1,
      ...(planned && { planned }),
      ...(actual && { actual }),
      ...(plannedAt !== undefined && { plannedAt }),
      ...(actualAt !== undefined && { actualAt }),
      label: false,
    };
    const anchor = Math.min(Math.max(x0 + half, 0), Math.max(0, width - 1));
    return { marker, bucket: Math.floor(anchor / bucketWidth) };
  });

  // Density: buckets with more than bucketLimit milestones become one bubble each.
  const perBucket = new Map<number, Placed[]>();
  for (const p of placed) {
    const list = perBucket.get(p.bucket);
    if (list) list.push(p);
    else perBucket.set(p.bucket, [p]);
  }
  const overflow = new Map<number, Placed[]>();
  const drawable: Placed[] = [];
  for (const [bucket, list] of perBucket) {
    if (list.length > bucketLimit) {
      const kept = list.filter((p) => p.marker.item.id === keep);
      drawable.push(...kept);
      const rest = list.filter((p) => p.marker.item.id !== keep);
      if (rest.length) overflow.set(bucket, rest);
    } else {
      drawable.push(...list);
    }
  }

  // Rows: greedy interval packing by left edge; a title only where it fits.
  drawable.sort((a, b) => a.marker.x0 - b.marker.x0 || a.marker.item.index - b.marker.item.index);
  interface Row {
    boxEnd: number;
    labelEnd: number;
    last?: MarkerLayout;
  }
  const rows: Row[] = [];
  const markers: MarkerLayout[] = [];
  const take = (row: Row, m: MarkerLayout) => {
    if (row.last && row.labelEnd + gap > m.x0) row.last.label = false;
  };
  for (const p of drawable) {
    const m = p.marker;
    const lw = labelWidth(m.item);
    // Near the end of the axis the title goes before the marker, if there is room there.
    const startSide = lw > 0 && m.x1 + gap + lw > width && m.x0 - gap - lw >= 0;
    const need = startSide ? m.x0 - gap - lw : m.x0;
    let label = lw > 0;
    let row = rows.find((r) => r.labelEnd + gap <= need);
    if (!row && rows.length < maxRows) {
      row = { boxEnd: -Infinity, labelEnd: -Infinity };
      rows.push(row);
    }
    if (!row) {
      // No room for a title: squeeze in beside the previous marker, without the title that would not fit.
      row = rows.find((r) => r.boxEnd + gap <= m.x0);
      if (row && startSide) label = false;
    }
    if (!row && m.item.id === keep) row = rows.reduce((a, b) => (b.boxEnd < a.boxEnd ? b : a));
    if (!row) {
      const list = overflow.get(p.bucket);
      if (list) list.push(p);
      else overflow.set(p.bucket, [p]);
      continue;
    }
    take(row, m);
    m.row = rows.indexOf(row);
    m.label = label;
    if (label && startSide) m.labelStart = true;
    row.boxEnd = Math.max(row.boxEnd, m.x1);
    row.labelEnd = Math.max(row.boxEnd, label && !startSide ? m.x1 + gap + lw : m.x1);
    row.last = m;
    markers.push(m);
  }
  markers.sort((a, b) => a.item.index - b.item.index);

  const bubbles: BubbleLayout[] = [...overflow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bucket, list]) => ({
      x: Math.min(Math.max((bucket + 0.5) * bucketWidth, half), Math.max(half, width - half)),
      count: list.length,
      from: Math.min(...list.map((p) => p.marker.item.from)),
      to: Math.max(...list.map((p) => p.marker.item.to)),
      ids: list.map((p) => p.marker.item.id),
    }));

  return { key: lane.key, rows: rows.length, markers, bubbles, visible: visible.length };
}

/**
 * The domain the timeline opens on: `from`/`to` (UTC ms; `to` exclusive) when given, else the extent of the
 * items and `extra` spans (phases) padded by `pad` of its length on each side (at least one day). With nothing
 * to show, a year around `now`.
 */
export function defaultDomain(
  items: readonly TimelineItem[],
  extra: readonly { from: number; to: number }[],
  now: number,
  from?: number,
  to?: number,
  pad = 0.03,
): [number, number] {
  const DAY = 86_400_000;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of [...items.filter(isDated), ...extra]) {
    if (Number.isFinite(s.from)) lo = Math.min(lo, s.from);
    if (Number.isFinite(s.to)) hi = Math.max(hi, s.to);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = now - 182 * DAY;
    hi = now + 183 * DAY;
  }
  const margin = Math.max(DAY, (hi - lo) * pad);
  let start = from ?? lo - margin;
  let end = to ?? hi + margin;
  if (from !== undefined && to === undefined && end <= start) end = start + 365 * DAY;
  if (to !== undefined && from === undefined && start >= end) start = end - 365 * DAY;
  if (end <= start) end = start + DAY;
  return [start, end];
}
