/**
 * Reading a large plan in tasks of its own. Validating and indexing 10,000 items takes about a hundred
 * milliseconds on a laptop and more on a phone; done in the task that also renders the plan, the two make one
 * long task, during which the page answers no input. So a large document is read after a yield, in two
 * tasks (the structural check, then the rest), and the result is handed on after another yield: setting
 * `.plan` (or a fetch finishing), the two halves of the read and the render are separate tasks. Small
 * documents are read at once, as before: a yield would only delay them.
 */
import type { PlanOrigin } from './plan-load-error.js';
import { isPlanDataKnown, readPlanDataInSteps, type PlanData } from './read-plan-data.js';
import { yieldToMain } from './yield-to-main.js';

/** From this many items on (nodes, phases, milestones, SWOT items…), a plan is read in a task of its own. */
export const OWN_TASK_ITEMS = 1000;
/** From this many characters on, JSON text is parsed and read in a task of its own. */
export const OWN_TASK_CHARACTERS = 200_000;

const LISTS = ['nodes', 'phases', 'milestones', 'swot', 'indicators', 'people', 'values'];

function length(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Whether `input` (a parsed document or JSON text) is large enough to be read in a task of its own. */
export function readsInOwnTask(input: unknown): boolean {
  if (typeof input === 'string') return input.length >= OWN_TASK_CHARACTERS;
  if (typeof input !== 'object' || input === null || isPlanDataKnown(input)) return false;
  const doc = input as Record<string, unknown>;
  let items = 0;
  for (const key of LISTS) items += length(doc[key]);
  if (Array.isArray(doc.swot)) {
    for (const analysis of doc.swot as unknown[]) {
      if (typeof analysis === 'object' && analysis !== null) {
        items += length((analysis as Record<string, unknown>).items);
      }
    }
  }
  const matrix = doc.visionMatrix;
  if (typeof matrix === 'object' && matrix !== null) {
    items += length((matrix as Record<string, unknown>).cells);
  }
  return items >= OWN_TASK_ITEMS;
}

function abortError(): DOMException {
  return new DOMException('The plan read was aborted.', 'AbortError');
}

/**
 * `readPlanData` in tasks of its own: yields, runs the structural check, yields, runs the rest (rules across
 * the document, lenient reading, index), and yields again before it resolves, so the caller's render is a
 * task of its own too. Rejects as `readPlanData` throws, or with an AbortError when `signal` aborts at any
 * of the yields (a newer source, the element gone).
 */
export async function readPlanDataInOwnTask(
  input: unknown,
  origin: PlanOrigin,
  signal?: AbortSignal,
): Promise<PlanData> {
  await yieldToMain();
  if (signal?.aborted) throw abortError();
  const rest = readPlanDataInSteps(input, origin);
  await yieldToMain();
  if (signal?.aborted) throw abortError();
  const data = rest();
  await yieldToMain();
  if (signal?.aborted) throw abortError();
  return data;
}
