export { PlanvisLoadEvent, type PlanvisLoadDetail } from './planvis-load-event.js';
export { PlanvisErrorEvent, type PlanvisErrorDetail, type PlanvisErrorCode } from './planvis-error-event.js';
export {
  PlanvisSelectEvent,
  type PlanvisSelectDetail,
  type PlanvisSelectKind,
} from './planvis-select-event.js';
