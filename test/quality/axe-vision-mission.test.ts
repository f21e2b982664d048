import { describeAxeMatrix } from './axe-matrix.js';

describeAxeMatrix('planvis-vision-mission');
