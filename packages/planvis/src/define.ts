/**
 * Registers every planvis element. This is the entry of the CDN bundle `dist/planvis.min.js`.
 */
import '@planvis/core/define';
import '@planvis/goal-tree/define';
import '@planvis/program-card/define';
import '@planvis/milestone-timeline/define';
import '@planvis/swot-grid/define';
import '@planvis/vision-mission/define';

export { PLANVIS_ELEMENTS } from './elements.js';
