import { describeAxeMatrix } from './axe-matrix.js';

describeAxeMatrix('planvis-program-card');
