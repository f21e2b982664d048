import type { PlanLoadError } from './plan-load-error.js';
import type { PlanData } from './read-plan-data.js';

/** Where a plan stands: no source, loading, ready or failed. Shared through `<planvis-plan>` as context. */
export type PlanState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; data: PlanData }
  | { status: 'error'; error: PlanLoadError };
