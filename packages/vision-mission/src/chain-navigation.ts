/**
 * Keyboard movement over the chain (levels side by side, each a column of stops) and over any list
 * of stops that is a chain of one-stop levels (the statement layout). Pure: no DOM.
 */

export interface ChainPosition {
  /** Index of the level. */
  readonly level: number;
  /** Index of the stop within the level. */
  readonly index: number;
}

/**
 * Moves `from` by `key` over levels holding `counts[level]` stops each. ArrowDown/ArrowUp step
 * through every stop in reading order (on into the next level); ArrowRight/ArrowLeft jump to the
 * next/previous level, keeping the index where it can; Home/End go to the first/last stop.
 * Returns undefined for other keys; stays put at the ends.
 */
export function chainMove(
  from: ChainPosition,
  key: string,
  counts: readonly number[],
  options: { rtl?: boolean } = {},
): ChainPosition | undefined {
  const stops: ChainPosition[] = [];
  counts.forEach((n, level) => {
    for (let index = 0; index < n; index++) stops.push({ level, index });
  });
  if (stops.length === 0) return undefined;
  let k = key;
  if (options.rtl && k === 'ArrowLeft') k = 'ArrowRight';
  else if (options.rtl && k === 'ArrowRight') k = 'ArrowLeft';
  const found = stops.findIndex((p) => p.level === from.level && p.index === from.index);
  const at = found < 0 ? 0 : found;
  const cur = stops[at]!;
  const jump = (dir: 1 | -1): ChainPosition => {
    for (let level = cur.level + dir; level >= 0 && level < counts.length; level += dir) {
      const n = counts[level]!;
      if (n > 0) return { level, index: Math.min(cur.index, n - 1) };
    }
    return cur;
  };
  switch (k) {
    case 'ArrowDown':
      return stops[Math.min(stops.length - 1, at + 1)];
    case 'ArrowUp':
      return stops[Math.max(0, at - 1)];
    case 'ArrowRight':
      return jump(1);
    case 'ArrowLeft':
      return jump(-1);
    case 'Home':
      return stops[0];
    case 'End':
      return stops[stops.length - 1];
    default:
      return undefined;
  }
}
