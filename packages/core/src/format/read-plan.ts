/**
 * Lenient reading, for widgets: show what is sound, leave out what is not, and say what was left out.
 *
 * - The envelope (formatVersion, id, title, languages, owner name, updated, nodes as a list) must be sound,
 *   else there is no plan.
 * - An invalid item (node, phase, milestone, SWOT analysis or item, indicator, person, value statement,
 *   link, indicator value, matrix cell, row or column) is left out; so is an invalid optional top-level
 *   property (`period`, `source`, `vision`…).
 * - An item placed by a reference (a node by `parent`, an indicator or SWOT analysis by `node`, a matrix
 *   cell by its row and column) goes when that reference is unknown or points to an item left out; so a
 *   node's whole subtree goes with it. Other references (phase, people, nodes lists, swotItems) are
 *   removed from the item, which stays.
 * - Unknown keys (typos, or fields of a newer 1.x minor version) are removed and reported as errors, but
 *   never cost an item.
 */
import { checkSemantics } from './check-semantics.js';
import { pointerSegment } from './issues-to-errors.js';
import type { PlanError, SkippedItem } from './plan-error.js';
import type { Plan } from './plan-schema.js';
import { isRecord } from './schema-primitives.js';
import { isPlanLike, NOT_A_PLAN, structuralErrors } from './validate-plan.js';

/** The result of `readPlan`. */
export interface ReadResult {
  /** The plan with every invalid item left out, or `null` when the envelope is broken. */
  plan: Plan | null;
  /** Every problem found, as strict validation reports it (empty for a valid document). */
  errors: PlanError[];
  /** What was left out or removed, and why. */
  skipped: SkippedItem[];
}

const ENVELOPE = new Set(['formatVersion', 'id', 'title', 'languages', 'owner', 'updated', 'nodes']);
const COLLECTIONS = new Set([
  'nodes',
  'phases',
  'milestones',
  'swot',
  'indicators',
  'people',
  'values',
  'links',
]);
const SUB_ITEMS: Record<string, string> = {
  nodes: 'links',
  milestones: 'links',
  swot: 'items',
  indicators: 'values',
};
const OPTIONAL_OWNER_KEYS = new Set(['country', 'url', 'orgNumber']);

/** The pointer of the part lenient reading leaves out for an error at `path`; `null` when it is fatal. */
function unitOf(path: string): string | null {
  const [top, second, third, fourth] = path.split('/').slice(1);
  if (top === undefined) return null;
  const head = `/${top}`;
  if (COLLECTIONS.has(top) && second !== undefined) {
    const item = `${head}/${second}`;
    return third === SUB_ITEMS[top] && fourth !== undefined ? `${item}/${third}/${fourth}` : item;
  }
  if (
    top === 'visionMatrix' &&
    third !== undefined &&
    (second === 'cells' || second === 'rows' || second === 'columns')
  ) {
    return `${head}/${second}/${third}`;
  }
  if (top === 'owner' && second !== undefined && OPTIONAL_OWNER_KEYS.has(second)) return `${head}/${second}`;
  return ENVELOPE.has(top) ? null : head;
}

function at(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of pointer.split('/').slice(1)) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

/** A deep copy of arrays and plain objects. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item) => out.push(copy(item)));
    return out;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copy(value[key]);
    return out;
  }
  return value;
}

/**
 * A deep copy without the excluded pointers. `above` holds every proper prefix of an excluded pointer: a
 * part of the document not in it has nothing excluded, and is copied without building pointers.
 */
function prune(
  value: unknown,
  pointer: string,
  excluded: ReadonlySet<string>,
  above: ReadonlySet<string>,
): unknown {
  if (!above.has(pointer)) return copy(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item, index) => {
      const p = `${pointer}/${index}`;
      if (!excluded.has(p)) out.push(prune(item, p, excluded, above));
    });
    return out;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const p = `${pointer}/${pointerSegment(key)}`;
      if (!excluded.has(p)) out[key] = prune(value[key], p, excluded, above);
    }
    return out;
  }
  return value;
}

/** Leaves out every node whose parent chain reaches a node that is left out (`dropped-reference`). */
function dropSubtrees(
  input: Record<string, unknown>,
  excluded: ReadonlySet<string>,
  skip: (unit: string, error: PlanError) => void,
): void {
  const nodes = Array.isArray(input.nodes) ? input.nodes : [];
  const pointerOf = new Map<string, string>();
  const parentOf = new Map<string, string>();
  nodes.forEach((node, index) => {
    if (!isRecord(node) || typeof node.id !== 'string' || pointerOf.has(node.id)) return;
    pointerOf.set(node.id, `/nodes/${index}`);
    if (typeof node.parent === 'string') parentOf.set(node.id, node.parent);
  });
  const dropped = new Map<string, boolean>();
  const isDropped = (start: string): boolean => {
    const chain: string[] = [];
    let id: string | undefined = start;
    let result = false;
    while (id !== undefined && !dropped.has(id)) {
      const pointer = pointerOf.get(id);
      if (pointer === undefined || excluded.has(pointer)) {
        result = pointer !== undefined;
        break;
      }
      dropped.set(id, false); // provisional: guards against cycles, which checkSemantics reports itself
      chain.push(id);
      id = parentOf.get(id);
    }
    if (id !== undefined && dropped.has(id) && !chain.includes(id)) result = dropped.get(id)!;
    for (const link of chain) dropped.set(link, result);
    return result;
  };
  for (const [id, pointer] of pointerOf) {
    const parent = parentOf.get(id);
    if (excluded.has(pointer) || parent === undefined || !isDropped(parent)) continue;
    skip(pointer, {
      path: `${pointer}/parent`,
      code: 'dropped-reference',
      params: { id: parent, kind: 'node' },
    });
  }
}

/**
 * Reads a plan document leniently (see the module comment). `errors` lists every problem as strict
 * validation does; `skipped` lists each item left out or reference removed, with the errors that caused it.
 */
export function readPlan(input: unknown): ReadResult {
  if (!isPlanLike(input)) return { plan: null, errors: [{ ...NOT_A_PLAN, params: {} }], skipped: [] };
  return readCheckedPlan(input, structuralErrors(input));
}

/**
 * `readPlan` after its first step, given that step's result: `structural`, the `structuralErrors` of
 * `input`. So a large plan can be read in two tasks (the structural check is about half the work).
 */
export function readCheckedPlan(input: Record<string, unknown>, structural: PlanError[]): ReadResult {
  // The strict errors, as validatePlan reports them, each pass run once.
  const errors: PlanError[] = [...structural];
  for (const { path, code, params } of checkSemantics(input)) errors.push({ path, code, params });
  // A valid document is the plan as it is: no second pass, no copy.
  if (errors.length === 0) return { plan: input as Plan, errors, skipped: [] };

  const excluded = new Set<string>();
  const skipped = new Map<string, SkippedItem>();
  const skip = (unit: string, error: PlanError) => {
    excluded.add(unit);
    let entry = skipped.get(unit);
    if (!entry) {
      const item = at(input, unit);
      entry = { path: unit, errors: [] };
      if (isRecord(item) && typeof item.id === 'string') entry.id = item.id;
      skipped.set(unit, entry);
    }
    entry.errors.push(error);
  };

  const unknownKeys: string[] = [];
  for (const error of structural) {
    if (error.code === 'unknown-key') {
      unknownKeys.push(error.path);
      continue;
    }
    const unit = unitOf(error.path);
    if (unit === null) return { plan: null, errors, skipped: [] };
    skip(unit, error);
  }

  // Cross-document rules, until nothing more falls out (a dropped node takes its children in the next round).
  // Each round also drops the whole subtree of every node left out, in one pass: without that, a 2,000-level
  // chain under a bad node took 2,000 rounds over the whole document.
  for (;;) {
    const fresh = checkSemantics(input, excluded).filter((error) => !excluded.has(error.unit));
    if (fresh.length === 0) break;
    for (const { unit, path, code, params } of fresh) skip(unit, { path, code, params });
    dropSubtrees(input, excluded, skip);
  }

  for (const pointer of unknownKeys) excluded.add(pointer);
  const above = new Set<string>();
  for (const pointer of excluded) {
    for (let at = pointer.indexOf('/'); at !== -1; at = pointer.indexOf('/', at + 1)) {
      above.add(pointer.slice(0, at));
    }
  }
  return { plan: prune(input, '', excluded, above) as Plan, errors, skipped: [...skipped.values()] };
}
