import { describeAxeMatrix } from './axe-matrix.js';

describeAxeMatrix('planvis-milestone-timeline');
