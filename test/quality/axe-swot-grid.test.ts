import { describeAxeMatrix } from './axe-matrix.js';

describeAxeMatrix('planvis-swot-grid');
