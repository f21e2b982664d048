export { PanZoom, type PanZoomOptions } from './pan-zoom.js';
export {
  clampScale,
  followPointers,
  IDENTITY_TRANSFORM,
  scaleAround,
  viewToContent,
  wheelFactor,
  type ViewPoint,
  type ZoomTransform,
} from './zoom-transform.js';
