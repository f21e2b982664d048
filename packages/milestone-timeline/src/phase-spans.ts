/**
 * Phases as bands on the time line: each phase's period, completed from its milestones where the plan leaves
 * a start or an end out. Pure functions, no DOM.
 */
import type { Phase } from '@planvis/core';
import { itemSpan, isDated } from './timeline-items.js';
import type { TimelineItem } from './timeline-items.js';

/** A phase band: UTC ms, `to` exclusive. `openEnd` when the plan gives the phase no end. */
export interface PhaseSpan {
  id: string;
  phase: Phase;
  from: number;
  to: number;
  openEnd: boolean;
  /** Row of the band (0-based): phases that overlap in time get rows of their own. */
  row: number;
}

/**
 * The bands of the phases that can be placed, in the plan's phase order (`order`, then document order). A
 * missing start or end is taken from the phase's milestones; a phase with neither dates nor dated milestones
 * has no band.
 */
export function phaseSpans(
  phases: readonly Phase[],
  items: readonly TimelineItem[],
  now: number,
): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  phases.forEach((phase) => {
    const own = itemSpan(phase.period, now);
    const members = items.filter((item) => item.milestone.phase === phase.id && isDated(item));
    const memberFrom = members.length ? Math.min(...members.map((i) => i.from)) : undefined;
    const memberTo = members.length ? Math.max(...members.map((i) => i.to)) : undefined;
    const hasStart = phase.period?.start !== undefined;
    const hasEnd = phase.period?.end !== undefined;
    const from = hasStart ? own!.from : (memberFrom ?? (hasEnd ? own!.from : undefined));
    let to = hasEnd ? own!.to : memberTo;
    if (to === undefined && hasStart) to = own!.to;
    if (from === undefined || to === undefined) return;
    spans.push({ id: phase.id, phase, from, to: Math.max(to, from), openEnd: !hasEnd, row: 0 });
  });
  const position = new Map(phases.map((p, i) => [p.id, i]));
  spans.sort(
    (a, b) =>
      (a.phase.order ?? Infinity) - (b.phase.order ?? Infinity) ||
      position.get(a.id)! - position.get(b.id)! ||
      a.from - b.from,
  );
  const rowEnds: number[] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    let row = rowEnds.findIndex((end) => end <= span.from);
    if (row < 0) row = rowEnds.push(span.to) - 1;
    rowEnds[row] = span.to;
    span.row = row;
  }
  return spans;
}
