import { describeWidgetFuzz } from './fuzz.js';

describeWidgetFuzz('planvis-goal-tree');
