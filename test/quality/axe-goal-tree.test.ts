import { describeAxeMatrix } from './axe-matrix.js';

describeAxeMatrix('planvis-goal-tree');
