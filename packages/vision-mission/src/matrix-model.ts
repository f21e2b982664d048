/**
 * The crossing matrix of a plan's `visionMatrix`, resolved to a dense row × column model.
 * Pure: no DOM, no Lit.
 */

/** The slice of a `VisionMatrix` (format v1) this model reads. */
export interface MatrixSource<Note = unknown> {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells?: readonly {
    readonly row: string;
    readonly column: string;
    readonly nodes: readonly string[];
    readonly note?: Note;
    readonly illustrative?: boolean;
  }[];
}

/** One crossing of a row vision and a column vision. */
export interface MatrixCell<Note = unknown> {
  /** Id of the cell: `"<row id>/<column id>"` (a slash never occurs in a plan id). */
  readonly id: string;
  readonly row: string;
  readonly column: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** Ids of the nodes the document places here, in document order, without duplicates. */
  readonly nodes: readonly string[];
  /** The notes of every cell entry for this crossing, in document order. */
  readonly notes: readonly Note[];
  /** Whether an entry for this crossing is marked as made up for illustration. */
  readonly illustrative: boolean;
}

export interface MatrixModel<Note = unknown> {
  /** Row vision ids (the horizontal arrows), known nodes only, without duplicates. */
  readonly rows: readonly string[];
  /** Column vision ids (the vertical arrows), known nodes only, without duplicates. */
  readonly columns: readonly string[];
  /** `cells[r][c]`: always rows.length × columns.length, empty crossings included. */
  readonly cells: readonly (readonly MatrixCell<Note>[])[];
  /** How many distinct nodes the matrix places in its cells. */
  readonly placedCount: number;
}

/** The id a cell is known by in events and in the DOM: `"<row>/<column>"`. */
export function cellId(row: string, column: string): string {
  return `${row}/${column}`;
}

function unique(ids: readonly string[], isNode: (id: string) => boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    if (seen.has(id) || !isNode(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/**
 * Resolves a vision matrix: drops references to ids that are not nodes (a lenient reader may have
 * kept them), merges several cell entries for the same crossing, and fills empty crossings.
 */
export function matrixModel<Note>(
  source: MatrixSource<Note>,
  isNode: (id: string) => boolean,
): MatrixModel<Note> {
  const rows = unique(source.rows, isNode);
  const columns = unique(source.columns, isNode);
  const rowIndex = new Map(rows.map((id, i) => [id, i]));
  const columnIndex = new Map(columns.map((id, i) => [id, i]));
  const nodes: string[][][] = rows.map(() => columns.map(() => []));
  const notes: Note[][][] = rows.map(() => columns.map(() => []));
  const illustrative: boolean[][] = rows.map(() => columns.map(() => false));
  // What each crossing already holds, for merging without a quadratic scan (a crossing may hold thousands).
  const seen: Set<string>[][] = rows.map(() => columns.map(() => new Set()));
  for (const entry of source.cells ?? []) {
    const r = rowIndex.get(entry.row);
    const c = columnIndex.get(entry.column);
    if (r === undefined || c === undefined) continue;
    const list = nodes[r]![c]!;
    const has = seen[r]![c]!;
    for (const id of entry.nodes) {
      if (has.has(id) || !isNode(id)) continue;
      has.add(id);
      list.push(id);
    }
    if (entry.note !== undefined) notes[r]![c]!.push(entry.note);
    if (entry.illustrative === true) illustrative[r]![c] = true;
  }
  const placed = new Set<string>();
  const cells = rows.map((row, r) =>
    columns.map((column, c): MatrixCell<Note> => {
      for (const id of nodes[r]![c]!) placed.add(id);
      return {
        id: cellId(row, column),
        row,
        column,
        rowIndex: r,
        columnIndex: c,
        nodes: nodes[r]![c]!,
        notes: notes[r]![c]!,
        illustrative: illustrative[r]![c]!,
      };
    }),
  );
  return { rows, columns, cells, placedCount: placed.size };
}
