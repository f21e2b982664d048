// Registers <planvis-swot-grid>. Import this file (or @planvis/planvis/define) to use the element.
import { definePlanvisElement } from '@planvis/core';
import { PlanvisSwotGrid } from './swot-grid.js';

definePlanvisElement('planvis-swot-grid', PlanvisSwotGrid);

declare global {
  interface HTMLElementTagNameMap {
    'planvis-swot-grid': PlanvisSwotGrid;
  }
}
