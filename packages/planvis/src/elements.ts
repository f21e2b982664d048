/** The tag names of every element the planvis bundle registers. */
export const PLANVIS_ELEMENTS: readonly string[] = [
  'planvis-plan',
  'planvis-goal-tree',
  'planvis-program-card',
  'planvis-milestone-timeline',
  'planvis-swot-grid',
  'planvis-vision-mission',
];
