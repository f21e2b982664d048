// @planvis/milestone-timeline: the element class, its types and its pure layout functions. Registering the tag is
// './define.js'.
export { PlanvisMilestoneTimeline, type MilestoneTimelineView } from './milestone-timeline.js';
export {
  timelineItems,
  itemSpan,
  itemsInRange,
  summarize,
  type TimelineItem,
  type ItemSpan,
  type TimelineSummary,
} from './timeline-items.js';
export { listGroups, type ListGroup, type ListGrouping } from './list-groups.js';
export {
  groupLanes,
  layoutLane,
  defaultDomain,
  type Lane,
  type LaneGrouping,
  type LaneLayout,
  type MarkerLayout,
  type BubbleLayout,
} from './lane-layout.js';
export { phaseSpans, type PhaseSpan } from './phase-spans.js';
export {
  axisTicks,
  weekTicks,
  type AxisTicks,
  type TimeTick,
  type TickUnit,
  type WeekTick,
} from './time-axis.js';
