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

interface Entry {
  kind: PlanItemKind;
  pointer: string;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Checks the cross-document rules. `excluded` holds JSON Pointers that count as absent (items and
 * references lenient reading has already left out); ids of excluded items yield `dropped-reference`.
 */
export function checkSemantics(
  input: Record<string, unknown>,
  excluded: ReadonlySet<string> = new Set(),
): SemanticError[] {
  const errors: SemanticError[] = [];
  const ids = new Map<string, Entry>();
  const droppedIds = new Map<string, Entry>();

  /** Calls `each` for every non-excluded record in an array property. */
  const items = (
    owner: unknown,
    key: string,
    base: string,
    each: (item: Record<string, unknown>, pointer: string) => void,
  ) => {
    if (!isRecord(owner)) return;
    list(owner[key]).forEach((item, index) => {
      const pointer = `${base}/${key}/${index}`;
      if (isRecord(item) && !excluded.has(pointer)) each(item, pointer);
    });
  };
  const one = (key: string, each: (item: Record<string, unknown>, pointer: string) => void) => {
    const pointer = `/${key}`;
    if (isRecord(input[key]) && !excluded.has(pointer)) each(input[key], pointer);
  };

  // ---- 1. register every id; the second use of an id is an error. Ids of excluded items are kept
  // apart, so that references to them say "dropped", not "unknown".
  const register = (kind: PlanItemKind, item: unknown, pointer: string, out: boolean) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    if (out || excluded.has(pointer)) {
      if (!droppedIds.has(id)) droppedIds.set(id, { kind, pointer });
      return;
    }
    const first = ids.get(id);
    if (first) {
      errors.push({
        path: `${pointer}/id`,
        code: 'duplicate-id',
        params: { id, first: first.pointer },
        unit: pointer,
      });
    } else {
      ids.set(id, { kind, pointer });
    }
  };
  const registerAll = (owner: unknown, key: string, base: string, kind: PlanItemKind, out = false) => {
    if (!isRecord(owner)) return;
    list(owner[key]).forEach((item, index) => {
      const pointer = `${base}/${key}/${index}`;
      register(kind, item, pointer, out);
      if (kind === 'swot-analysis')
        registerAll(item, 'items', pointer, 'swot-item', out || excluded.has(pointer));
    });
  };
  register('statement', input.vision, '/vision', false);
  register('statement', input.mission, '/mission', false);
  registerAll(input, 'values', '', 'statement');
  registerAll(input, 'nodes', '', 'node');
  registerAll(input, 'phases', '', 'phase');
  registerAll(input, 'milestones', '', 'milestone');
  registerAll(input, 'swot', '', 'swot-analysis');
  register('vision-matrix', input.visionMatrix, '/visionMatrix', false);
  registerAll(input, 'indicators', '', 'indicator');
  registerAll(input, 'people', '', 'person');

  // ---- 2. references
  /**
   * Checks one reference. `placed` is the pointer of the item the reference places (dropped with it in
   * lenient reading); without it, only the reference itself is dropped.
   */
  const ref = (id: unknown, pointer: string, kind: PlanItemKind, placed?: string) => {
    if (typeof id !== 'string' || excluded.has(pointer)) return;
    const unit = placed ?? pointer;
    const hit = ids.get(id);
    if (hit) {
      if (hit.kind !== kind) {
        errors.push({
          path: pointer,
          code: 'wrong-reference-kind',
          params: { id, expected: kind, actual: hit.kind },
          unit,
        });
      }
    } else if (droppedIds.has(id)) {
      errors.push({ path: pointer, code: 'dropped-reference', params: { id, kind }, unit });
    } else {
      errors.push({ path: pointer, code: 'unknown-reference', params: { id, kind }, unit });
    }
  };
  const refs = (owner: Record<string, unknown>, key: string, base: string, kind: PlanItemKind) => {
    list(owner[key]).forEach((id, index) => ref(id, `${base}/${key}/${index}`, kind));
  };

  items(input, 'nodes', '', (node, pointer) => {
    ref(node.parent, `${pointer}/parent`, 'node', pointer);
    ref(node.phase, `${pointer}/phase`, 'phase');
    items(node, 'responsibility', pointer, (entry, at) => refs(entry, 'people', at, 'person'));
    refs(node, 'swotItems', pointer, 'swot-item');
  });
  items(input, 'milestones', '', (milestone, pointer) => {
    ref(milestone.phase, `${pointer}/phase`, 'phase');
    refs(milestone, 'nodes', pointer, 'node');
    refs(milestone, 'people', pointer, 'person');
  });
  items(input, 'swot', '', (analysis, pointer) => {
    ref(analysis.node, `${pointer}/node`, 'node', pointer);
    items(analysis, 'items', pointer, (item, at) => refs(item, 'nodes', at, 'node'));
  });
  items(input, 'indicators', '', (indicator, pointer) =>
    ref(indicator.node, `${pointer}/node`, 'node', pointer),
  );
  one('visionMatrix', (matrix, pointer) => {
    const axis = (key: 'rows' | 'columns') => {
      refs(matrix, key, pointer, 'node');
      return new Set(list(matrix[key]).filter((_, index) => !excluded.has(`${pointer}/${key}/${index}`)));
    };
    const rows = axis('rows');
    const columns = axis('columns');
    items(matrix, 'cells', pointer, (cell, at) => {
      if (typeof cell.row === 'string' && !rows.has(cell.row)) {
        errors.push({
          path: `${at}/row`,
          code: 'not-in-matrix',
          params: { id: cell.row, axis: 'rows' },
          unit: at,
        });
      }
      if (typeof cell.column === 'string' && !columns.has(cell.column)) {
        errors.push({
          path: `${at}/column`,
          code: 'not-in-matrix',
          params: { id: cell.column, axis: 'columns' },
          unit: at,
        });
      }
      refs(cell, 'nodes', at, 'node');
    });
  });

  // ---- 3. no cycles along parent
  const parentOf = new Map<string, string>();
  items(input, 'nodes', '', (node) => {
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
        const pointer = ids.get(id)!.pointer;
        errors.push({ path: `${pointer}/parent`, code: 'cycle', params: { id, cycle: text }, unit: pointer });
      }
    }
    for (const id of chain) state.set(id, 'done');
  }

  return errors;
}
