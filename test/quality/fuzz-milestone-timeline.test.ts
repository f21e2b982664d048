import { describeWidgetFuzz } from './fuzz.js';

describeWidgetFuzz('planvis-milestone-timeline');
