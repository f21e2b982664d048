import { describeWidgetFuzz } from './fuzz.js';

describeWidgetFuzz('planvis-vision-mission');
