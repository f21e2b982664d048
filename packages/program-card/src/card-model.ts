import {
  rollUpProgress,
  type Link,
  type LocalizedText,
  type Person,
  type Phase,
  type PlanIndex,
  type PlanNode,
  type Responsibility,
  type RolledUpProgress,
} from '@planvis/core';
import { economyTable, type EconomyTableModel } from './economy-table.js';
import { indicatorSummary, type IndicatorSummaryModel } from './indicator-summary.js';
import { milestoneSummary, type MilestoneSummaryModel } from './milestone-summary.js';

/** The keys of a node's `sections`. */
export type SectionKey = keyof NonNullable<PlanNode['sections']>;

/** Where a section goes on the card; the groups follow the RUP Norge status report. */
export type SectionGroup = 'intro' | 'goals' | 'plan';

/**
 * Every section key in display order with its group: background and strategy first, then «Mål og resultat»,
 * then «Plan og framdrift». The type makes a new key in the format fail to compile here until it is placed.
 */
export const SECTION_LAYOUT: Readonly<Record<SectionKey, SectionGroup>> = {
  background: 'intro',
  mandate: 'intro',
  currentState: 'intro',
  desiredState: 'intro',
  strategy: 'intro',
  goals: 'goals',
  goalDefinition: 'goals',
  expectedEffect: 'goals',
  results: 'goals',
  qualityCriteria: 'goals',
  workPlan: 'plan',
  plannedEvents: 'plan',
  coordination: 'plan',
  successFactors: 'plan',
  progress: 'plan',
};
export const SECTION_ORDER = Object.keys(SECTION_LAYOUT) as SectionKey[];

/** Node types listed as the card's goals (with their indicators); other children are sub-processes. */
export const GOAL_TYPES: ReadonlySet<string> = new Set(['goal', 'sub-goal', 'strategy']);

/** One section that has text. */
export interface SectionEntry {
  key: SectionKey;
  group: SectionGroup;
  text: LocalizedText;
}

/** One step of the anchoring breadcrumb: a text from `anchoring`, or an ancestor node (then `nodeId`). */
export interface AnchorStep {
  text: LocalizedText;
  nodeId?: string;
}

/** A responsibility with its people looked up (unknown ids left out). */
export interface ResponsibilityEntry {
  responsibility: Responsibility;
  people: Person[];
}

/** A goal (goal, sub-goal or strategy) below the card's node, with what measures and follows it. */
export interface GoalEntry {
  node: PlanNode;
  phase: Phase | undefined;
  progress: RolledUpProgress;
  indicators: IndicatorSummaryModel[];
  sections: SectionEntry[];
  responsibility: ResponsibilityEntry[];
  /** Goals below this one. */
  goals: GoalEntry[];
  /** Other children (actions, projects…): listed by title and status. */
  others: PlanNode[];
}

/** Everything the full card shows about one node, resolved from the plan (texts still per language). */
export interface CardModel {
  node: PlanNode;
  anchoring: AnchorStep[];
  phase: Phase | undefined;
  progress: RolledUpProgress;
  responsibility: ResponsibilityEntry[];
  sections: SectionEntry[];
  /** The node's own indicators. */
  indicators: IndicatorSummaryModel[];
  goals: GoalEntry[];
  /** Children that are not goals (programs, projects, actions…). */
  subProcesses: PlanNode[];
  milestones: MilestoneSummaryModel;
  economy: EconomyTableModel | undefined;
  links: Link[];
}

/** How deep the goal list goes below the card's node. */
export const MAX_GOAL_DEPTH = 4;

/** The sections of a node that have text, in display order. */
export function sectionEntries(node: PlanNode): SectionEntry[] {
  const sections = node.sections;
  if (!sections) return [];
  const entries: SectionEntry[] = [];
  for (const key of SECTION_ORDER) {
    const text = sections[key];
    if (text !== undefined) entries.push({ key, group: SECTION_LAYOUT[key], text });
  }
  return entries;
}

/** A node's responsibilities with their people. */
export function responsibilityEntries(index: PlanIndex, node: PlanNode): ResponsibilityEntry[] {
  return (node.responsibility ?? []).map((responsibility) => ({
    responsibility,
    people: (responsibility.people ?? [])
      .map((id) => index.peopleById.get(id))
      .filter((person): person is Person => person !== undefined),
  }));
}

const sameText = (a: LocalizedText | undefined, b: LocalizedText | undefined): boolean =>
  a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * The anchoring path, outermost first: the `anchoring` texts of the node — or, when it has none, of its
 * nearest ancestor that has — followed by the ancestors in the plan below that point (root first, parent
 * last). An ancestor whose short name or title is already the last anchoring text is not repeated; the
 * text step then points to it.
 */
export function anchoringPath(index: PlanIndex, node: PlanNode): AnchorStep[] {
  const ancestors = [...index.ancestors(node.id)].reverse(); // root … parent
  let from = 0;
  const steps: AnchorStep[] = [];
  const source = node.anchoring ? node : [...ancestors].reverse().find((a) => a.anchoring);
  if (source) {
    for (const text of source.anchoring ?? []) steps.push({ text });
    if (source !== node) from = ancestors.indexOf(source);
  }
  for (const ancestor of ancestors.slice(from)) {
    const last = steps[steps.length - 1];
    if (
      last &&
      !last.nodeId &&
      (sameText(last.text, ancestor.shortName) || sameText(last.text, ancestor.title))
    ) {
      last.nodeId = ancestor.id;
      continue;
    }
    steps.push({ text: ancestor.shortName ?? ancestor.title, nodeId: ancestor.id });
  }
  return steps;
}

function goalEntries(index: PlanIndex, parentId: string, depth: number, seen: Set<string>): GoalEntry[] {
  if (depth > MAX_GOAL_DEPTH) return [];
  const entries: GoalEntry[] = [];
  for (const child of index.children(parentId)) {
    if (!GOAL_TYPES.has(child.type) || seen.has(child.id)) continue;
    seen.add(child.id);
    const children = index.children(child.id);
    entries.push({
      node: child,
      phase: child.phase === undefined ? undefined : index.phasesById.get(child.phase),
      progress: rollUpProgress(index, child.id),
      indicators: index.indicatorsOf(child.id).map(indicatorSummary),
      sections: sectionEntries(child),
      responsibility: responsibilityEntries(index, child),
      goals: goalEntries(index, child.id, depth + 1, seen),
      others: children.filter((c) => !GOAL_TYPES.has(c.type)),
    });
  }
  return entries;
}

/** Builds the full card's model for the node `nodeId`; `undefined` when the plan has no such node. */
export function cardModel(index: PlanIndex, nodeId: string, now: Date): CardModel | undefined {
  const node = index.nodesById.get(nodeId);
  if (!node) return undefined;
  return {
    node,
    anchoring: anchoringPath(index, node),
    phase: node.phase === undefined ? undefined : index.phasesById.get(node.phase),
    progress: rollUpProgress(index, node.id),
    responsibility: responsibilityEntries(index, node),
    sections: sectionEntries(node),
    indicators: index.indicatorsOf(node.id).map(indicatorSummary),
    goals: goalEntries(index, node.id, 1, new Set([node.id])),
    subProcesses: index.children(node.id).filter((child) => !GOAL_TYPES.has(child.type)),
    milestones: milestoneSummary(index, node.id, now),
    economy: economyTable(node.economy),
    links: node.links ?? [],
  };
}
