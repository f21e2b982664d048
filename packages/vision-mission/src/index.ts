/**
 * @planvis/vision-mission — mission, visions and the strategy that connects them: the crossing
 * matrix, the statement and the chain. Import `@planvis/vision-mission/define` to register the element.
 */
export { PlanvisVisionMission, type VisionMissionView } from './vision-mission.js';
export type { VisionMissionLayout, VisionMissionLayoutOption } from './choose-layout.js';
export { matrixModel, cellId, type MatrixCell, type MatrixModel, type MatrixSource } from './matrix-model.js';
export {
  matrixGeometry,
  gridAreaValue,
  arrowHead,
  type GridArea,
  type MatrixGeometry,
  type MatrixGeometryOptions,
  type ArrowHead,
  type ArrowDirection,
} from './matrix-geometry.js';
export { readChain, depthLevels, isTypeChain, type Chain, type ChainLevel } from './chain-levels.js';
