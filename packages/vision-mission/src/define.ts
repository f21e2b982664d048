// Registers <planvis-vision-mission>. Import this file (or @planvis/vision-mission/define) for its side effect.
import { definePlanvisElement } from '@planvis/core';
import { PlanvisVisionMission } from './vision-mission.js';

definePlanvisElement('planvis-vision-mission', PlanvisVisionMission);

declare global {
  interface HTMLElementTagNameMap {
    'planvis-vision-mission': PlanvisVisionMission;
  }
}
