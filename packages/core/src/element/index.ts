export { PlanvisElement, LOADING_DELAY, type PlanContext, type PlanvisTheme } from './planvis-element.js';
export { PlanvisPlan } from './planvis-plan.js';
export { updateCompleteAfter } from './update-complete-after.js';
export { definePlanvisElement } from './define-planvis-element.js';
export { describeError, describePlanError, type ErrorDescription } from './describe-error.js';
