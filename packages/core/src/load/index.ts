export {
  PlanSourceController,
  DEFAULT_TIMEOUT,
  DEFAULT_MAX_BYTES,
  type PlanSourceInput,
} from './plan-source-controller.js';
export { loadPlan, clearPlanCache } from './load-plan.js';
export {
  fetchPlanJson,
  isJsonContentType,
  type FetchPlanOptions,
  type PlanCredentials,
} from './fetch-plan-json.js';
export { readPlanData, parseJson, type PlanData } from './read-plan-data.js';
export { PlanLoadError, type PlanOrigin, type PlanLoadErrorParams } from './plan-load-error.js';
export { planContext } from './plan-context.js';
export type { PlanState } from './plan-state.js';
