/**
 * A pan-and-zoom view as a pure value: content point `p` is shown at `p · k + (x, y)`. The same convention as
 * d3-zoom's transform, so layouts that were written against it keep their meaning.
 */

/** Translation `x`, `y` (px) and scale `k` of a view. */
export interface ZoomTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** A point in px, relative to the zoomed element's padding box. */
export type ViewPoint = readonly [number, number];

/** The view that shows everything at its own size. */
export const IDENTITY_TRANSFORM: ZoomTransform = Object.freeze({ x: 0, y: 0, k: 1 });

/** Where a view point lies in content coordinates. */
export function viewToContent(t: ZoomTransform, [px, py]: ViewPoint): ViewPoint {
  return [(px - t.x) / t.k, (py - t.y) / t.k];
}

/** `k` kept within `[min, max]`. */
export function clampScale(k: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, k));
}

/**
 * The view at scale `k` (clamped to `extent`) that keeps the content under `point` where it is: what a wheel, a
 * pinch or a zoom button does.
 */
export function scaleAround(
  t: ZoomTransform,
  k: number,
  point: ViewPoint,
  extent: readonly [number, number],
): ZoomTransform {
  const next = clampScale(k, extent);
  const [cx, cy] = viewToContent(t, point);
  return { x: point[0] - cx * next, y: point[1] - cy * next, k: next };
}

/**
 * The view after a two-pointer gesture: the content that was under `from` (seen through `start`) is now under
 * `to`, scaled by `ratio` (the pointers' distance now / then; 1 for a one-pointer pan).
 */
export function followPointers(
  start: ZoomTransform,
  from: ViewPoint,
  to: ViewPoint,
  ratio: number,
  extent: readonly [number, number],
): ZoomTransform {
  const k = clampScale(start.k * ratio, extent);
  const [cx, cy] = viewToContent(start, from);
  return { x: to[0] - cx * k, y: to[1] - cy * k, k };
}

/**
 * The zoom factor of one wheel event: d3-zoom's curve (Ctrl, which a trackpad pinch also sets, makes it 10×
 * steeper for the small deltas a pinch sends), capped at ×2 per event so that one notch of a mouse wheel with
 * Ctrl does not jump fourfold.
 */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const exponent = -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1);
  return 2 ** Math.max(-1, Math.min(1, exponent));
}
