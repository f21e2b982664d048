import { describeWidgetFuzz } from './fuzz.js';

describeWidgetFuzz('planvis-swot-grid');
