import { expect } from '@open-wc/testing';
import type { Milestone } from '@planvis/core';
import {
  itemsInRange,
  itemSpan,
  summarize,
  timelineItems,
} from '../../packages/milestone-timeline/src/timeline-items.js';
import { listGroups } from '../../packages/milestone-timeline/src/list-groups.js';
import { phaseSpans } from '../../packages/milestone-timeline/src/phase-spans.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const NOW = utc(2014, 3, 15) + 13 * 3_600_000; // 15 March 2014, 13:00 UTC

const ms = (id: string, rest: Partial<Milestone>): Milestone => ({ id, title: id, ...rest }) as Milestone;

describe('milestone-timeline items (pure)', () => {
  it('reads a single date, or start equal to end, as a point at its precision', () => {
    expect(itemSpan({ start: '2013-12-20', end: '2013-12-20' }, NOW)).to.deep.include({
      from: utc(2013, 12, 20),
      to: utc(2013, 12, 21),
      point: true,
    });
    expect(itemSpan({ start: '2014-01', end: '2014-01' }, NOW)).to.deep.include({
      from: utc(2014, 1),
      to: utc(2014, 2),
      point: true,
    });
    expect(itemSpan({ end: '2014' }, NOW)).to.deep.include({
      from: utc(2014, 1),
      to: utc(2015, 1),
      point: true,
    });
    expect(itemSpan({ start: '2014-04', end: '2014-05' }, NOW)).to.deep.include({
      from: utc(2014, 4),
      to: utc(2014, 6),
      point: false,
    });
  });

  it('reads month and year ends, leap years, years before 100, and skips dates that do not exist', () => {
    expect(itemSpan({ end: '2016-02' }, NOW)).to.deep.include({ from: utc(2016, 2), to: utc(2016, 3) });
    expect(itemSpan({ end: '2015-02' }, NOW)).to.deep.include({ from: utc(2015, 2), to: utc(2015, 3) });
    expect(itemSpan({ start: '2014-12', end: '2015' }, NOW)).to.deep.include({
      from: utc(2014, 12),
      to: utc(2016, 1),
      point: false,
    });
    const year50 = (m: number) => new Date(0).setUTCFullYear(50, m - 1, 1);
    expect(itemSpan({ end: '0050-02' }, NOW)).to.deep.include({ from: year50(2), to: year50(3) });
    expect(itemSpan({ end: '2014-02-30' }, NOW)).to.equal(undefined);
    // An unreadable end leaves the start: a point at the start's precision.
    expect(itemSpan({ start: '2014-02', end: '2014-13' }, NOW)).to.deep.include({
      from: utc(2014, 2),
      to: utc(2014, 3),
      point: true,
    });
    const [late] = timelineItems(
      [ms('late', { planned: { end: '2014-01-31' }, actual: { end: '2014-02-14' } })],
      NOW,
    );
    expect(late).to.deep.include({ slipDays: 14, dueDate: '2014-01-31', due: utc(2014, 2, 1) });
    // Slip is told only when both ends are known to the day.
    const [month] = timelineItems(
      [ms('m', { planned: { end: '2014-01' }, actual: { end: '2014-02-14' } })],
      NOW,
    );
    expect(month!.slipDays).to.equal(undefined);
  });

  it('runs an actual span that has started but not ended on to today', () => {
    const span = itemSpan({ start: '2014-03-01' }, NOW, false)!;
    expect(span.open).to.equal(true);
    expect(span.to).to.equal(utc(2014, 3, 16));
    expect(itemSpan({ start: '2014-03-01' }, NOW, true)!.open).to.equal(false);
  });

  it('derives status from actual dates and flags overdue against today', () => {
    const items = timelineItems(
      [
        ms('past-planned', { planned: { end: '2014-03-14' } }),
        ms('due-today', { planned: { end: '2014-03-15' } }),
        ms('past-done', { planned: { end: '2014-03-01' }, status: 'done' }),
        ms('past-actual-end', { planned: { end: '2014-03-01' }, actual: { end: '2014-03-04' } }),
        ms('past-started', { planned: { end: '2014-02' }, actual: { start: '2014-02-10' } }),
        ms('past-cancelled', { planned: { end: '2014-02' }, status: 'cancelled' }),
        ms('month-this', { planned: { start: '2014-03', end: '2014-03' } }),
      ],
      NOW,
    );
    const by = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(by['past-planned']).to.deep.include({ status: 'planned', overdue: true });
    expect(by['due-today']).to.deep.include({ status: 'planned', overdue: false });
    expect(by['past-done']).to.deep.include({ status: 'done', overdue: false });
    expect(by['past-actual-end']).to.deep.include({ status: 'done', overdue: false, slipDays: 3 });
    expect(by['past-started']).to.deep.include({ status: 'in-progress', overdue: true });
    expect(by['past-started']!.actual!.open).to.equal(true);
    expect(by['past-cancelled']).to.deep.include({ status: 'cancelled', overdue: false });
    // "March 2014" is not over on 15 March.
    expect(by['month-this']!.overdue).to.equal(false);
    expect(summarize(items)).to.deep.equal({
      total: 7,
      done: 2,
      inProgress: 1,
      planned: 3,
      cancelled: 1,
      overdue: 2,
    });
  });

  it('orders by due date, finer precision first on the same day, then start, order and document order', () => {
    const items = timelineItems(
      [
        ms('year', { planned: { end: '2014' } }),
        ms('dec', { planned: { start: '2014-12', end: '2014-12' } }),
        ms('dec-31', { planned: { end: '2014-12-31' } }),
        ms('jan-long', { planned: { start: '2013-06-01', end: '2014-01-31' } }),
        ms('jan-short', { planned: { start: '2014-01-20', end: '2014-01-31' } }),
        ms('b', { planned: { end: '2014-02-01' }, order: 2 }),
        ms('a', { planned: { end: '2014-02-01' }, order: 1 }),
        ms('undated', {}),
      ],
      NOW,
    );
    expect(items.map((i) => i.id)).to.deep.equal([
      'jan-long',
      'jan-short',
      'a',
      'b',
      'dec-31',
      'dec',
      'year',
      'undated',
    ]);
    expect(items.map((i) => i.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(itemsInRange(items, utc(2014, 2), utc(2014, 3)).map((i) => i.id)).to.deep.equal([
      'a',
      'b',
      'year',
    ]);
  });

  it('groups the list by month or quarter of the due date, keeping year-only dates as a year', () => {
    const items = timelineItems(
      [
        ms('m1', { planned: { start: '2013-12-01', end: '2013-12-13' } }),
        ms('m2', { planned: { start: '2014-01', end: '2014-01' } }),
        ms('m3', { planned: { start: '2014-01-03', end: '2014-01-31' } }),
        ms('m4', { planned: { start: '2014-04', end: '2014-05' } }),
        ms('y', { planned: { end: '2014' } }),
        ms('none', {}),
      ],
      NOW,
    );
    const months = listGroups(items, 'month');
    expect(months.map((g) => g.key)).to.deep.equal(['2013-12', '2014-01', '2014-05', '2014', 'undated']);
    expect(months[1]!.items.map((i) => i.id)).to.deep.equal(['m3', 'm2']);
    expect(months[1]).to.deep.include({ kind: 'month', year: 2014, month: 1 });
    const quarters = listGroups(items, 'quarter');
    expect(quarters.map((g) => g.key)).to.deep.equal(['2013-Q4', '2014-Q1', '2014-Q2', '2014', 'undated']);
    expect(quarters[1]).to.deep.include({ kind: 'quarter', year: 2014, quarter: 1 });
    expect(quarters.flatMap((g) => g.items).length).to.equal(items.length);
  });

  it('completes phase bands from their milestones and keeps the plan phase order', () => {
    const items = timelineItems(
      [
        ms('a', { phase: 'p2', planned: { start: '2014-05', end: '2014-06' } }),
        ms('b', { phase: 'p1', planned: { start: '2013-12-01', end: '2014-05-31' } }),
      ],
      NOW,
    );
    const spans = phaseSpans(
      [
        { id: 'p2', title: 'Two', order: 2, period: { start: '2014-05' } },
        { id: 'p1', title: 'One', order: 1, period: { start: '2013-12', end: '2014-05' } },
        { id: 'p3', title: 'Nothing to place' },
      ],
      items,
      NOW,
    );
    expect(spans.map((s) => s.id)).to.deep.equal(['p1', 'p2']);
    expect(spans[0]).to.deep.include({ from: utc(2013, 12), to: utc(2014, 6), openEnd: false });
    expect(spans[1]).to.deep.include({ from: utc(2014, 5), to: utc(2014, 7), openEnd: true });
  });
});
