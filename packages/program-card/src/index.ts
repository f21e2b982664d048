/**
 * @planvis/program-card — <planvis-program-card>: one program, project or focus area with every field of a
 * municipal status report, or a filterable grid of compact cards. Import `@planvis/program-card/define` to
 * register the element; this entry only exports the class and the pure model functions.
 */
export { PlanvisProgramCard, type ProgramCardVariant } from './program-card.js';
export {
  cardModel,
  anchoringPath,
  sectionEntries,
  SECTION_LAYOUT,
  SECTION_ORDER,
  GOAL_TYPES,
  type CardModel,
  type AnchorStep,
  type GoalEntry,
  type ResponsibilityEntry,
  type SectionEntry,
  type SectionGroup,
  type SectionKey,
} from './card-model.js';
export { economyTable, type EconomyTableModel, type EconomyGroup, type EconomyRow } from './economy-table.js';
export { indicatorSummary, type IndicatorSummaryModel } from './indicator-summary.js';
export { milestoneSummary, type MilestoneEntry, type MilestoneSummaryModel } from './milestone-summary.js';
export {
  gridItems,
  statusOptions,
  filterItems,
  parseStatusFilter,
  type GridItems,
  type GridKind,
  type StatusFilter,
  type StatusOption,
} from './grid-items.js';
export { sectionText, type SectionText } from './section-text.js';
