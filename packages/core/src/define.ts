/** Registers `<planvis-plan>`, the element that loads a plan once and shares it with the widgets inside it. */
import { definePlanvisElement } from './element/define-planvis-element.js';
import { PlanvisPlan } from './element/planvis-plan.js';

definePlanvisElement('planvis-plan', PlanvisPlan);

declare global {
  interface HTMLElementTagNameMap {
    'planvis-plan': PlanvisPlan;
  }
}
