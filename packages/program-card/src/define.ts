// Registers <planvis-program-card>. Import this file (or @planvis/planvis/define) to use the element.
import { definePlanvisElement } from '@planvis/core';
import { PlanvisProgramCard } from './program-card.js';

definePlanvisElement('planvis-program-card', PlanvisProgramCard);

declare global {
  interface HTMLElementTagNameMap {
    'planvis-program-card': PlanvisProgramCard;
  }
}
