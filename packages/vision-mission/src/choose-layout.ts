/** Which of the three drawings `layout="auto"` shows for a plan. Pure: no DOM. */

export type VisionMissionLayout = 'matrix' | 'statement' | 'chain';
export type VisionMissionLayoutOption = VisionMissionLayout | 'auto';

/** What a plan has, as far as the choice is concerned. */
export interface LayoutFacts {
  /** A vision matrix with at least one row or column vision. */
  readonly hasMatrix: boolean;
  /** The node hierarchy is a chain of distinct types (see `isTypeChain`). */
  readonly isTypeChain: boolean;
  /** The plan states a vision, a mission or values. */
  readonly hasStatements: boolean;
  /** The plan has nodes at all. */
  readonly hasNodes: boolean;
}

/**
 * An explicit layout is kept (the element then says when the plan has nothing for it). `auto` picks
 * the first the plan has of: matrix, type chain, statement; else the levels of any hierarchy as a
 * chain; else undefined (nothing to show).
 */
export function chooseLayout(
  requested: string | undefined,
  facts: LayoutFacts,
): VisionMissionLayout | undefined {
  if (requested === 'matrix' || requested === 'statement' || requested === 'chain') return requested;
  if (facts.hasMatrix) return 'matrix';
  if (facts.isTypeChain) return 'chain';
  if (facts.hasStatements) return 'statement';
  if (facts.hasNodes) return 'chain';
  return undefined;
}
