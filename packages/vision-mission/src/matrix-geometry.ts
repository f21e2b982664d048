/**
 * Geometry of the crossing matrix, as pure functions: where every header, cell and arrow sits in
 * the CSS grid, the grid's track template, the arrowhead outlines and the narrowest width at which
 * the matrix still reads as a matrix. Lengths are in em, so the drawing scales with the text.
 *
 * Grid lines (1-based, as CSS counts them):
 *
 * ```
 *              col 1        cols 2…C+1        col C+2
 *            ┌──────────┬──────┬──────┬─────┬──────┐
 *  row 1     │ corner   │ col vision headers │      │
 *  rows 2…R+1│ row      │ cells              │ row  │
 *            │ visions  │                    │ heads│
 *  row R+2   │          │ column heads       │      │
 *            └──────────┴────────────────────┴──────┘
 * ```
 * A column arrow runs from row line 1 to R+3 in its column; a row arrow from column line 1 to C+3
 * in its row; the last track of each axis holds the arrowheads.
 */

/** A CSS grid area by its four lines. */
export interface GridArea {
  readonly rowStart: number;
  readonly columnStart: number;
  readonly rowEnd: number;
  readonly columnEnd: number;
}

export interface MatrixGeometryOptions {
  /** Narrowest and widest row-header track, em. */
  readonly rowHeaderMinEm?: number;
  readonly rowHeaderMaxEm?: number;
  /** Narrowest cell track, em. */
  readonly cellMinEm?: number;
  /** Length of an arrowhead (the last track of each axis), em. */
  readonly headEm?: number;
  /** Gap between tracks, em (the arrows show through the gaps). */
  readonly gapEm?: number;
}

export interface MatrixGeometry {
  readonly rowCount: number;
  readonly columnCount: number;
  /** `grid-template-columns` / `grid-template-rows` values. */
  readonly templateColumns: string;
  readonly templateRows: string;
  readonly corner: GridArea;
  readonly columnHeaders: readonly GridArea[];
  readonly columnArrows: readonly GridArea[];
  readonly rowHeaders: readonly GridArea[];
  readonly rowArrows: readonly GridArea[];
  /** `cells[r][c]`. */
  readonly cells: readonly (readonly GridArea[])[];
  /** Below this inline size (em) the matrix does not fit and reflows to a list. */
  readonly minInlineSizeEm: number;
}

export const MATRIX_DEFAULTS: Required<MatrixGeometryOptions> = {
  rowHeaderMinEm: 9,
  rowHeaderMaxEm: 14,
  cellMinEm: 9,
  headEm: 1.75,
  gapEm: 1,
};

function area(rowStart: number, columnStart: number, rowEnd: number, columnEnd: number): GridArea {
  return { rowStart, columnStart, rowEnd, columnEnd };
}

/** `grid-area` shorthand for an area: `"row-start / column-start / row-end / column-end"`. */
export function gridAreaValue(a: GridArea): string {
  return `${a.rowStart} / ${a.columnStart} / ${a.rowEnd} / ${a.columnEnd}`;
}

/** Lays out a rows × columns matrix on a CSS grid. */
export function matrixGeometry(
  rowCount: number,
  columnCount: number,
  options: MatrixGeometryOptions = {},
): MatrixGeometry {
  const o = { ...MATRIX_DEFAULTS, ...options };
  const R = Math.max(0, Math.floor(rowCount));
  const C = Math.max(0, Math.floor(columnCount));
  const lastRowLine = R + 3;
  const lastColumnLine = C + 3;
  const cellTracks = C > 0 ? ` repeat(${C}, minmax(${o.cellMinEm}em, 1fr))` : '';
  const rowTracks = R > 0 ? ` repeat(${R}, auto)` : '';
  return {
    rowCount: R,
    columnCount: C,
    templateColumns: `minmax(${o.rowHeaderMinEm}em, ${o.rowHeaderMaxEm}em)${cellTracks} ${o.headEm}em`,
    templateRows: `auto${rowTracks} ${o.headEm}em`,
    corner: area(1, 1, 2, 2),
    columnHeaders: Array.from({ length: C }, (_, c) => area(1, c + 2, 2, c + 3)),
    columnArrows: Array.from({ length: C }, (_, c) => area(1, c + 2, lastRowLine, c + 3)),
    rowHeaders: Array.from({ length: R }, (_, r) => area(r + 2, 1, r + 3, 2)),
    rowArrows: Array.from({ length: R }, (_, r) => area(r + 2, 1, r + 3, lastColumnLine)),
    cells: Array.from({ length: R }, (_, r) =>
      Array.from({ length: C }, (_, c) => area(r + 2, c + 2, r + 3, c + 3)),
    ),
    minInlineSizeEm: o.rowHeaderMinEm + C * o.cellMinEm + o.headEm + (C + 1) * o.gapEm,
  };
}

export type ArrowDirection = 'down' | 'right';

/** An arrowhead in a 100 × 100 box (drawn with `preserveAspectRatio="none"` over the head track). */
export interface ArrowHead {
  /** `points` of the filled triangle. */
  readonly fill: string;
  /** `points` of its outline: both slanted edges and the base outside the shaft (open where the shaft joins). */
  readonly outline: string;
  /** Where the shaft's two edges meet the base, in percent of the arrow's breadth. */
  readonly shaftEdges: readonly [number, number];
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * The head of an arrow whose shaft is `shaftFraction` (0–1) of the head's breadth. `down` points
 * along +y (base at y=0, tip at y=100); `right` along +x.
 */
export function arrowHead(direction: ArrowDirection, shaftFraction: number): ArrowHead {
  const f = Math.min(1, Math.max(0, shaftFraction));
  const a = round(50 - f * 50);
  const b = round(50 + f * 50);
  const pts = (list: [number, number][]): string =>
    list.map(([x, y]) => (direction === 'down' ? `${x},${y}` : `${y},${x}`)).join(' ');
  return {
    fill: pts([
      [0, 0],
      [100, 0],
      [50, 100],
    ]),
    outline: pts([
      [a, 0],
      [0, 0],
      [50, 100],
      [100, 0],
      [b, 0],
    ]),
    shaftEdges: [a, b],
  };
}
