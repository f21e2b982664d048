import { expect } from '@open-wc/testing';
import type { Milestone } from '@planvis/core';
import { timelineItems } from '../../packages/milestone-timeline/src/timeline-items.js';
import { defaultDomain, groupLanes, layoutLane } from '../../packages/milestone-timeline/src/lane-layout.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const NOW = utc(2014, 3, 15);
const DAY = 86_400_000;

function dayMilestones(count: number, startDay: number, perDay = 1): Milestone[] {
  const out: Milestone[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(utc(2014, 1, 1) + (startDay + Math.floor(i / perDay)) * DAY)
      .toISOString()
      .slice(0, 10);
    out.push({ id: `m${i}`, title: `Milestone ${i}`, planned: { start: date, end: date } } as Milestone);
  }
  return out;
}

describe('milestone-timeline lanes (pure)', () => {
  it('groups into lanes in the given order, with the ungrouped lane last', () => {
    const items = timelineItems(
      [
        { id: 'a', title: 'a', phase: 'p2', planned: { end: '2014-01-10' } },
        { id: 'b', title: 'b', planned: { end: '2014-01-11' } },
        { id: 'c', title: 'c', phase: 'p1', planned: { end: '2014-01-12' } },
        { id: 'd', title: 'd', phase: 'p2', planned: { end: '2014-01-13' } },
      ] as Milestone[],
      NOW,
    );
    const lanes = groupLanes(items, (i) => i.milestone.phase, ['p1', 'p2', 'p3']);
    expect(lanes.map((l) => [l.key, l.items.map((i) => i.id)])).to.deep.equal([
      ['p1', ['c']],
      ['p2', ['a', 'd']],
      ['', ['b']],
    ]);
  });

  it('culls milestones outside the domain and places points and bars in px', () => {
    const items = timelineItems(
      [
        { id: 'before', title: 'x', planned: { end: '2013-11-30' } },
        { id: 'point', title: 'x', planned: { start: '2014-01-10', end: '2014-01-10' } },
        {
          id: 'bar',
          title: 'x',
          planned: { start: '2014-01-01', end: '2014-01-31' },
          actual: { start: '2014-01-05', end: '2014-02-09' },
        },
        { id: 'after', title: 'x', planned: { end: '2014-03-01' } },
      ] as Milestone[],
      NOW,
    );
    const layout = layoutLane(
      { key: '', items },
      { domain: [utc(2014, 1, 1), utc(2014, 2, 10)], width: 400 },
    );
    expect(layout.visible).to.equal(2);
    expect(layout.markers.map((m) => m.item.id)).to.deep.equal(['point', 'bar']);
    const px = 400 / 40; // 10 px a day
    const point = layout.markers[0]!;
    expect(point.plannedAt).to.be.closeTo(9.5 * px, 1e-6);
    expect(point.x1 - point.x0).to.equal(24);
    const bar = layout.markers[1]!;
    expect(bar.planned).to.deep.equal([0, 31 * px]);
    // Slippage shows: the actual fill runs 9 days past the planned outline.
    expect(bar.actual![1] - bar.planned![1]).to.be.closeTo(9 * px, 1e-6);
    expect(bar.x1).to.be.closeTo(40 * px, 1e-6);
  });

  it('stacks overlapping milestones in rows and keeps titles only where they fit', () => {
    const items = timelineItems(dayMilestones(4, 0, 1), NOW); // 1–4 January, one a day
    const layout = layoutLane(
      { key: '', items },
      { domain: [utc(2014, 1, 1), utc(2014, 1, 31)], width: 600, labelWidth: () => 100, maxRows: 3 },
    );
    expect(layout.markers).to.have.length(4);
    expect(layout.rows).to.equal(3);
    const rows = layout.markers.map((m) => m.row);
    expect(new Set(rows).size).to.equal(3);
    // The fourth shares a row: no room for the previous title there.
    const unlabelled = layout.markers.filter((m) => !m.label);
    expect(unlabelled.length).to.be.greaterThan(0);
    // Markers in one row never overlap.
    for (const row of [0, 1, 2]) {
      const inRow = layout.markers.filter((m) => m.row === row).sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < inRow.length; i++) expect(inRow[i]!.x0).to.be.at.least(inRow[i - 1]!.x1);
    }
  });

  it('draws a count bubble where too many milestones fall in one pixel bucket, but keeps the active one', () => {
    const items = timelineItems(dayMilestones(10_000, 0, 40), NOW); // 250 days, 40 a day
    const domain = [utc(2014, 1, 1), utc(2014, 9, 8)] as const;
    const layout = layoutLane({ key: '', items }, { domain, width: 800, keep: 'm5000' });
    const drawn = layout.markers.length;
    const counted = layout.bubbles.reduce((n, b) => n + b.count, 0);
    expect(drawn + counted).to.equal(10_000);
    expect(drawn).to.be.below(100);
    expect(layout.bubbles.length).to.be.at.most(800 / 32 + 1);
    expect(layout.markers.map((m) => m.item.id)).to.include('m5000');
    const bubble = layout.bubbles[0]!;
    expect(bubble.to).to.be.greaterThan(bubble.from);
  });

  it('lays out 10,000 milestones in a few milliseconds', () => {
    const items = timelineItems(dayMilestones(10_000, 0, 3), NOW);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) {
      layoutLane(
        { key: '', items },
        { domain: [utc(2014, 1, 1) + i * 30 * DAY, utc(2014, 4, 1) + i * 30 * DAY], width: 1000 },
      );
    }
    expect((performance.now() - t0) / 10).to.be.below(50);
  });

  it('opens on from/to, or on the padded extent of the plan', () => {
    const items = timelineItems(
      [{ id: 'a', title: 'a', planned: { start: '2014-01-01', end: '2014-12-31' } }] as Milestone[],
      NOW,
    );
    expect(defaultDomain(items, [], NOW, utc(2014, 3), utc(2014, 5))).to.deep.equal([
      utc(2014, 3),
      utc(2014, 5),
    ]);
    const [a, b] = defaultDomain(items, [], NOW);
    expect(a).to.be.below(utc(2014, 1)).and.above(utc(2013, 12));
    expect(b).to.be.above(utc(2015, 1)).and.below(utc(2015, 2));
    const [c, d] = defaultDomain([], [], NOW);
    expect(c).to.be.below(NOW);
    expect(d).to.be.above(NOW);
  });
});
