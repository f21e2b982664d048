/**
 * Rules across the document, which a schema cannot express: ids are unique in one namespace, every
 * reference resolves to the right kind of item, parents form no cycle, matrix cells sit on the matrix's
 * rows and columns. Reads the raw input defensively, so it runs on documents with structural errors too.
 */
import type { PlanError, PlanItemKind } from './plan-error.js';
import { isRecord } from './schema-primitives.js';

/** A semantic error, plus what lenient reading does about it. */
export interface SemanticError extends PlanError {
  /**
   * The JSON Pointer lenient reading leaves out: the item for duplicates, cycles and references that
   * place an item (parent, indicator node…); the reference itself for references that only annotate.
   */
  unit: string;
}

/**
 * Where an id was registered: its list (`/nodes`, `/swot/2/items`) and its index there, or -1 for a single
 * item (`base` is then the item's own pointer, `/vision`). The JSON Pointer is built only for an error.
 */
interface Entry {
  kind: PlanItemKind;
  base: string;
  index: number;
}

const pointerAt = (base: string, index: number): string => (index < 0 ? base : `${base}/${index}`);

/**
 * Checks the cross-document rules. `excluded` holds JSON Pointers that count as absent (items and
 * references lenient reading has already left out); ids of excluded items yield `dropped-reference`.
 *
 * JSON Pointers are built only for an error, or to look an item up in a non-empty `excluded`: building one
 * for every item and reference of a valid plan was a good part of reading a large one.
 */
export function checkSemantics(
  input: Record<string, unknown>,
  excluded: ReadonlySet<string> = new Set(),
): SemanticError[] {
  const errors: SemanticError[] = [];
  const ids = new Map<string, Entry>();
  const droppedIds = new Set<string>();
  const excluding = excluded.size > 0;
  const isExcluded = (pointer: string) => excluding && excluded.has(pointer);

  // ---- 1. register every id; the second use of an id is an error. Ids of excluded items are kept
  // apart, so that references to them say "dropped", not "unknown".
  const register = (kind: PlanItemKind, item: unknown, base: string, index: number, out: boolean) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    if (out || (excluding && excluded.has(pointerAt(base, index)))) {
      droppedIds.add(id);
      return;
    }
    const first = ids.get(id);
    if (first) {
      const pointer = pointerAt(base, index);
      errors.push({
        path: `${pointer}/id`,
        code: 'duplicate-id',
        params: { id, first: pointerAt(first.base, first.index) },
        unit: pointer,
      });
    } else {
      ids.set(id, { kind, base, index });
    }
  };
  const registerAll = (owner: unknown, key: string, base: string, kind: PlanItemKind, out = false) => {
    const list = isRecord(owner) ? owner[key] : undefined;
    if (!Array.isArray(list)) return;
    const at = `${base}/${key}`;
    for (let index = 0; index < list.length; index++) {
      register(kind, list[index], at, index, out);
      if (kind === 'swot-analysis') {
        const pointer = `${at}/${index}`;
        registerAll(list[index], 'items', pointer, 'swot-item', out || isExcluded(pointer));
      }
    }
  };
  register('statement', input.vision, '/vision', -1, false);
  register('statement', input.mission, '/mission', -1, false);
  registerAll(input, 'values', '', 'statement');
  registerAll(input, 'nodes', '', 'node');
  registerAll(input, 'phases', '', 'phase');
  registerAll(input, 'milestones', '', 'milestone');
  registerAll(input, 'swot', '', 'swot-analysis');
  register('vision-matrix', input.visionMatrix, '/visionMatrix', -1, false);
  registerAll(input, 'indicators', '', 'indicator');
  registerAll(input, 'people', '', 'person');

  // ---- 2. references. The walk keeps its place as JSON Pointer segments, joined only when needed.
  const path: (string | number)[] = [];
  const here = (): string => {
    let pointer = '';
    for (const segment of path) pointer += `/${segment}`;
    return pointer;
  };
  /** Calls `each` for every non-excluded record in an array property of `owner`, with `path` on it. */
  const items = (
    owner: Record<string, unknown>,
    key: string,
    each: (item: Record<string, unknown>) => void,
  ) => {
    const list = owner[key];
    if (!Array.isArray(list)) return;
    path.push(key, 0);
    for (let index = 0; index < list.length; index++) {
      const item: unknown = list[index];
      path[path.length - 1] = index;
      if (isRecord(item) && !(excluding && excluded.has(here()))) each(item);
    }
    path.length -= 2;
  };
  /**
   * Checks the reference `id` at `field` of the item at `path`. When `places` is true, the reference places
   * that item (it is dropped with it in lenient reading); else only the reference itself is dropped.
   */
  const ref = (id: unknown, field: string | number, kind: PlanItemKind, places = false) => {
    if (typeof id !== 'string') return;
    const hit = ids.get(id);
    if (hit?.kind === kind) return;
    const item = here();
    const pointer = `${item}/${field}`;
    if (isExcluded(pointer)) return;
    const unit = places ? item : pointer;
    if (hit) {
      errors.push({
        path: pointer,
        code: 'wrong-reference-kind',
        params: { id, expected: kind, actual: hit.kind },
        unit,
      });
    } else if (droppedIds.has(id)) {
      errors.push({ path: pointer, code: 'dropped-reference', params: { id, kind }, unit });
    } else {
      errors.push({ path: pointer, code: 'unknown-reference', params: { id, kind }, unit });
    }
  };
  /** Checks every reference in the list `owner[key]`. */
  const refs = (owner: Record<string, unknown>, key: string, kind: PlanItemKind) => {
    const list = owner[key];
    if (!Array.isArray(list)) return;
    path.push(key);
    for (let index = 0; index < list.length; index++) ref(list[index], index, kind);
    path.pop();
  };

  items(input, 'nodes', (node) => {
    ref(node.parent, 'parent', 'node', true);
    ref(node.phase, 'phase', 'phase');
    items(node, 'responsibility', (entry) => refs(entry, 'people', 'person'));
    refs(node, 'swotItems', 'swot-item');
  });
  items(input, 'milestones', (milestone) => {
    ref(milestone.phase, 'phase', 'phase');
    refs(milestone, 'nodes', 'node');
    refs(milestone, 'people', 'person');
  });
  items(input, 'swot', (analysis) => {
    ref(analysis.node, 'node', 'node', true);
    items(analysis, 'items', (item) => refs(item, 'nodes', 'node'));
  });
  items(input, 'indicators', (indicator) => ref(indicator.node, 'node', 'node', true));
  const matrix = input.visionMatrix;
  if (isRecord(matrix) && !isExcluded('/visionMatrix')) {
    path.push('visionMatrix');
    const axis = (key: 'rows' | 'columns') => {
      refs(matrix, key, 'node');
      const list = Array.isArray(matrix[key]) ? (matrix[key] as unknown[]) : [];
      return new Set(list.filter((_, index) => !isExcluded(`/visionMatrix/${key}/${index}`)));
    };
    const rows = axis('rows');
    const columns = axis('columns');
    items(matrix, 'cells', (cell) => {
      if (typeof cell.row === 'string' && !rows.has(cell.row)) {
        const at = here();
        errors.push({
          path: `${at}/row`,
          code: 'not-in-matrix',
          params: { id: cell.row, axis: 'rows' },
          unit: at,
        });
      }
      if (typeof cell.column === 'string' && !columns.has(cell.column)) {
        const at = here();
        errors.push({
          path: `${at}/column`,
          code: 'not-in-matrix',
          params: { id: cell.column, axis: 'columns' },
          unit: at,
        });
      }
      refs(cell, 'nodes', 'node');
    });
    path.pop();
  }

  // ---- 3. no cycles along parent
  const parentOf = new Map<string, string>();
  items(input, 'nodes', (node) => {
    const { id, parent } = node;
    if (
      typeof id === 'string' &&
      typeof parent === 'string' &&
      ids.get(id)?.kind === 'node' &&
      ids.get(parent)?.kind === 'node'
    ) {
      parentOf.set(id, parent);
    }
  });
  const state = new Map<string, 'open' | 'done'>();
  for (const start of parentOf.keys()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'open');
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && state.get(current) === 'open') {
      const cycle = chain.slice(chain.indexOf(current));
      const text = [...cycle, current].join(' → ');
      for (const id of cycle) {
        const entry = ids.get(id)!;
        const pointer = pointerAt(entry.base, entry.index);
        errors.push({ path: `${pointer}/parent`, code: 'cycle', params: { id, cycle: text }, unit: pointer });
      }
    }
    for (const id of chain) state.set(id, 'done');
  }

  return errors;
}
