// Registers <planvis-goal-tree>. Import this file (or @planvis/planvis/define) to use the element.
import { definePlanvisElement } from '@planvis/core';
import { PlanvisGoalTree } from './goal-tree.js';

definePlanvisElement('planvis-goal-tree', PlanvisGoalTree);

declare global {
  interface HTMLElementTagNameMap {
    'planvis-goal-tree': PlanvisGoalTree;
  }
}
