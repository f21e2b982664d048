// Registers <planvis-milestone-timeline>. Import this file (or @planvis/planvis/define) to use the element.
import { definePlanvisElement } from '@planvis/core';
import { PlanvisMilestoneTimeline } from './milestone-timeline.js';

definePlanvisElement('planvis-milestone-timeline', PlanvisMilestoneTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'planvis-milestone-timeline': PlanvisMilestoneTimeline;
  }
}
