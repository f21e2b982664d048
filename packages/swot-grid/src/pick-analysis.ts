import type { SwotAnalysis } from '@planvis/core';

/** Which SWOT analysis the widget shows, or why there is none. */
export type AnalysisChoice =
  | { readonly analysis: SwotAnalysis; readonly reason: 'found' }
  | { readonly analysis: undefined; readonly reason: 'no-swot' | 'unknown-analysis' | 'no-swot-for-node' };

export interface AnalysisRequest {
  /** The `analysis` attribute: the id of one SwotAnalysis. Wins over `nodeId`. */
  readonly analysisId?: string | undefined;
  /** The `node` attribute: the node whose SWOT is wanted. */
  readonly nodeId?: string | undefined;
}

/**
 * Picks the analysis to show: by id when `analysisId` is given; else the one whose `node` is `nodeId`;
 * else the plan-level analysis (the first without `node`), else the first analysis of the plan.
 * A request that names something missing says so (it never silently shows another analysis).
 */
export function pickAnalysis(
  analyses: readonly SwotAnalysis[] | undefined,
  { analysisId, nodeId }: AnalysisRequest = {},
): AnalysisChoice {
  const list = analyses ?? [];
  if (analysisId) {
    const analysis = list.find((candidate) => candidate.id === analysisId);
    return analysis ? { analysis, reason: 'found' } : { analysis: undefined, reason: 'unknown-analysis' };
  }
  if (nodeId) {
    const analysis = list.find((candidate) => candidate.node === nodeId);
    return analysis ? { analysis, reason: 'found' } : { analysis: undefined, reason: 'no-swot-for-node' };
  }
  const analysis = list.find((candidate) => candidate.node === undefined) ?? list[0];
  return analysis ? { analysis, reason: 'found' } : { analysis: undefined, reason: 'no-swot' };
}
