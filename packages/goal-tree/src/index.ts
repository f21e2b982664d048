// @planvis/goal-tree: the element class and its types. Registering the tag is './define.js'.
export { PlanvisGoalTree } from './goal-tree.js';
export { PlanvisToggleEvent, type PlanvisToggleDetail } from './planvis-toggle-event.js';
export type { GoalTreeLayoutOption, GoalTreeLayoutKind, GoalTreeOrientation } from './layout.js';
