/**
 * The plan format v1: types inferred from the schema, strict and lenient validation, errors as data
 * with messages in five languages, the shared index, progress roll-up and plan dates.
 */
export { validatePlan, type ValidationResult } from './validate-plan.js';
export { readPlan, type ReadResult } from './read-plan.js';
export { indexPlan, type PlanIndex } from './index-plan.js';
export { rollUpProgress, type RolledUpProgress } from './roll-up-progress.js';
export {
  parsePlanDate,
  planDateStart,
  planDateEnd,
  comparePlanDates,
  isPlanDateBefore,
  isDateTime,
  type ParsedPlanDate,
  type PlanDatePrecision,
} from './plan-date.js';
export {
  formatValidationError,
  validationMessage,
  validationLanguage,
  VALIDATION_LANGUAGES,
  type ValidationT,
} from './format-validation-error.js';
export {
  PLAN_ERROR_CODES,
  type PlanError,
  type PlanErrorCode,
  type SkippedItem,
  type PlanItemKind,
} from './plan-error.js';
export {
  PlanSchema,
  NODE_TYPES,
  NODE_STATUSES,
  MILESTONE_STATUSES,
  SECTION_KEYS,
  type Plan,
  type PlanNode,
  type Phase,
  type Milestone,
  type SwotAnalysis,
  type SwotItem,
  type VisionMatrix,
  type Indicator,
  type Person,
  type Statement,
  type Link,
  type Responsibility,
  type EconomyLine,
  type LocalizedText,
  type PlanDate,
  type DateRange,
  type NodeType,
  type NodeStatus,
  type MilestoneStatus,
} from './plan-schema.js';
