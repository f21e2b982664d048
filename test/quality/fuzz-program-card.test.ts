import { describeWidgetFuzz } from './fuzz.js';

describeWidgetFuzz('planvis-program-card');
