/**
 * Turns a parsed JSON value into what a widget draws: the plan (invalid items left out), its index and
 * what was skipped. Results are cached per object, so widgets sharing one `.plan` object read it once.
 */
import {
  indexPlan,
  readPlan,
  type Plan,
  type PlanError,
  type PlanIndex,
  type SkippedItem,
} from '../format/index.js';
import { readCheckedPlan } from '../format/read-plan.js';
import { isPlanLike, structuralErrors } from '../format/validate-plan.js';
import { jsonErrorOffset, positionAt } from '../cli/json-error-position.js';
import { PlanLoadError, type PlanOrigin } from './plan-load-error.js';

/** A plan ready to draw. */
export interface PlanData {
  plan: Plan;
  index: PlanIndex;
  /** What lenient reading left out, and why. */
  skipped: SkippedItem[];
  /** Every problem strict validation reports (empty for a valid document). */
  errors: PlanError[];
}

const byObject = new WeakMap<object, PlanData | PlanLoadError>();

/** Reads a parsed document; `structural` is its `structuralErrors` when they are known already. */
function read(input: unknown, origin: PlanOrigin, structural?: PlanError[]): PlanData {
  const result =
    structural === undefined
      ? readPlan(input)
      : readCheckedPlan(input as Record<string, unknown>, structural);
  if (!result.plan) {
    const notAPlan = result.errors.some((error) => error.code === 'not-a-plan' && error.path === '');
    throw new PlanLoadError(notAPlan ? 'not-a-plan' : 'invalid', {}, origin, result.errors);
  }
  return { plan: result.plan, index: indexPlan(result.plan), skipped: result.skipped, errors: result.errors };
}

/** Whether this object has been read already (so reading it again costs nothing). */
export function isPlanDataKnown(input: object): boolean {
  return byObject.has(input);
}

/** Reads a plan document (an object, or JSON text); throws a `PlanLoadError` when there is no plan to show. */
export function readPlanData(input: unknown, origin: PlanOrigin): PlanData {
  return readPlanDataInSteps(input, origin)();
}

/**
 * `readPlanData` in two steps, so a large plan can be read in two tasks: this parses JSON text and runs the
 * structural check (valibot, about half the work), and returns the second step: the rules across the
 * document, lenient reading and the index. Same result, same cache, same errors as `readPlanData`.
 */
export function readPlanDataInSteps(input: unknown, origin: PlanOrigin): () => PlanData {
  if (typeof input === 'string') {
    const doc = parseJson(input, origin);
    const structural = isPlanLike(doc) ? structuralErrors(doc) : undefined;
    return () => read(doc, origin, structural);
  }
  if (typeof input !== 'object' || input === null) return () => read(input, origin);
  const known = byObject.get(input);
  if (known instanceof PlanLoadError) throw known;
  if (known) return () => known;
  const structural = isPlanLike(input) ? structuralErrors(input) : undefined;
  return () => {
    try {
      const data = read(input, origin, structural);
      byObject.set(input, data);
      return data;
    } catch (error) {
      if (error instanceof PlanLoadError) byObject.set(input, error);
      throw error;
    }
  };
}

/** `JSON.parse`, with a `not-json` error that says the line and column where the text goes wrong. */
export function parseJson(text: string, origin: PlanOrigin): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const offset = jsonErrorOffset(text);
    const { line, column } = positionAt(text, offset < 0 ? text.length : offset);
    throw new PlanLoadError('not-json', { line, column }, origin, undefined, { cause });
  }
}
