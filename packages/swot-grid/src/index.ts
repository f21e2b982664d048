// @planvis/swot-grid: the element class and its types. Registering the tag is './define.js'.
export { PlanvisSwotGrid, SWOT_GRID_PAGE_SIZE, type SwotGridView } from './swot-grid.js';
export { pickAnalysis, type AnalysisChoice, type AnalysisRequest } from './pick-analysis.js';
export {
  swotQuadrants,
  SWOT_CATEGORIES,
  type SwotCategory,
  type Quadrant,
  type QuadrantItem,
  type SwotQuadrants,
} from './swot-quadrants.js';
export {
  towsCrossings,
  CROSSING_CODES,
  type CrossingCode,
  type Crossing,
  type CrossingEntry,
  type OneSidedEntry,
  type TowsCrossings,
} from './tows-crossings.js';
