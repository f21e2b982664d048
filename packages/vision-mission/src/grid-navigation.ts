/**
 * Keyboard movement over the crossing matrix, as a pure function.
 *
 * Positions: row 0 holds the column visions (columns 1…C), column 0 the row visions (rows 1…R),
 * and (r, c) with r, c ≥ 1 the cells. The corner (0, 0) is not a stop.
 * In `linear` mode (the matrix reflowed to a list) the stops are read in document order:
 * the column visions, then each row vision followed by its cells.
 */

export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export interface GridMoveOptions {
  /** Ctrl (or Cmd) held: Home/End go to the first/last stop of the whole matrix. */
  readonly ctrl?: boolean;
  /** The matrix is shown as a list: every arrow key steps through the stops in reading order. */
  readonly linear?: boolean;
  /** Right-to-left: ArrowLeft and ArrowRight swap. */
  readonly rtl?: boolean;
}

/** Whether a position is a stop in a matrix of `rows` × `columns`. */
export function isGridStop(p: GridPosition, rows: number, columns: number): boolean {
  if (p.row < 0 || p.column < 0 || p.row > rows || p.column > columns) return false;
  if (p.row === 0 && p.column === 0) return false;
  // Without columns there is no header row; without rows no header column.
  if (p.row === 0) return columns > 0;
  return rows > 0;
}

/** All stops in reading order. */
export function gridStops(rows: number, columns: number): GridPosition[] {
  const out: GridPosition[] = [];
  for (let c = 1; c <= columns; c++) out.push({ row: 0, column: c });
  for (let r = 1; r <= rows; r++) for (let c = 0; c <= columns; c++) out.push({ row: r, column: c });
  return out;
}

/** The first stop (the first column vision, else the first row vision), or undefined when empty. */
export function firstGridStop(rows: number, columns: number): GridPosition | undefined {
  return gridStops(rows, columns)[0];
}

/** Moves `from` by `key`; returns undefined when the key is not a movement key. Stays at edges. */
export function gridMove(
  from: GridPosition,
  key: string,
  rows: number,
  columns: number,
  options: GridMoveOptions = {},
): GridPosition | undefined {
  const stops = gridStops(rows, columns);
  if (stops.length === 0) return undefined;
  let k = key;
  if (options.rtl && k === 'ArrowLeft') k = 'ArrowRight';
  else if (options.rtl && k === 'ArrowRight') k = 'ArrowLeft';
  const here = stops.findIndex((p) => p.row === from.row && p.column === from.column);
  const at = here < 0 ? 0 : here;

  if (options.linear) {
    switch (k) {
      case 'ArrowDown':
      case 'ArrowRight':
        return stops[Math.min(stops.length - 1, at + 1)];
      case 'ArrowUp':
      case 'ArrowLeft':
        return stops[Math.max(0, at - 1)];
      case 'Home':
        return stops[0];
      case 'End':
        return stops[stops.length - 1];
      default:
        return undefined;
    }
  }

  const cur = stops[at]!;
  const ok = (p: GridPosition): boolean => isGridStop(p, rows, columns);
  const step = (dr: number, dc: number): GridPosition => {
    const next = { row: cur.row + dr, column: cur.column + dc };
    return ok(next) ? next : cur;
  };
  switch (k) {
    case 'ArrowDown':
      return step(1, 0);
    case 'ArrowUp':
      return step(-1, 0);
    case 'ArrowRight':
      return step(0, 1);
    case 'ArrowLeft':
      return step(0, -1);
    case 'Home': {
      if (options.ctrl) return stops[0];
      const first = { row: cur.row, column: cur.row === 0 ? 1 : 0 };
      return ok(first) ? first : cur;
    }
    case 'End': {
      if (options.ctrl) return stops[stops.length - 1];
      return { row: cur.row, column: columns > 0 ? columns : cur.column };
    }
    case 'PageDown': {
      const bottom = { row: rows, column: cur.column };
      return ok(bottom) ? bottom : cur;
    }
    case 'PageUp': {
      const top = { row: 0, column: cur.column };
      if (ok(top)) return top;
      const firstRow = { row: 1, column: cur.column };
      return ok(firstRow) ? firstRow : cur;
    }
    default:
      return undefined;
  }
}
