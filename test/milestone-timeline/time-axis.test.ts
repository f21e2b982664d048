import { expect } from '@open-wc/testing';
import { isoWeek } from '@planvis/core';
import { axisTicks, DAY_MS, timeScale, weekTicks } from '../../packages/milestone-timeline/src/time-axis.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('milestone-timeline time axis (pure)', () => {
  it('maps UTC days linearly onto the width', () => {
    const scale = timeScale([utc(2014, 1), utc(2014, 1, 11)], 1000);
    expect(scale(utc(2014, 1))).to.equal(0);
    expect(scale(utc(2014, 1, 6))).to.equal(500);
    expect(+scale.invert(1000)).to.equal(utc(2014, 1, 11));
  });

  it('labels months, with years as context, for the Hammerfest half-year at 800 px', () => {
    const ticks = axisTicks([utc(2013, 12), utc(2014, 6)], 800);
    expect(ticks.unit).to.equal('month');
    expect(ticks.minor.map((t) => iso(t.time))).to.deep.equal([
      '2013-12-01',
      '2014-01-01',
      '2014-02-01',
      '2014-03-01',
      '2014-04-01',
      '2014-05-01',
      '2014-06-01',
    ]);
    expect(ticks.minor[0]!.x).to.equal(0);
    expect(ticks.minor.at(-1)!.x).to.equal(800);
    // The year that holds the domain's start comes first, so the left edge always has its year.
    expect(ticks.major.map((t) => iso(t.time))).to.deep.equal(['2013-01-01', '2014-01-01']);
    expect(ticks.major[0]!.x).to.be.below(0);
  });

  it('coarsens to quarters and years as the width shrinks, and refines to weeks and days as it grows', () => {
    const domain = [utc(2013, 12), utc(2014, 6)] as const;
    expect(axisTicks(domain, 250).unit).to.equal('quarter');
    expect(axisTicks(domain, 250).minor.every((t) => new Date(t.time).getUTCMonth() % 3 === 0)).to.equal(
      true,
    );
    expect(axisTicks(domain, 60).unit).to.equal('year');
    expect(axisTicks(domain, 60).major).to.deep.equal([]);
    const weeks = axisTicks(domain, 2000);
    expect(weeks.unit).to.equal('week');
    expect(weeks.minor.every((t) => new Date(t.time).getUTCDay() === 1)).to.equal(true);
    expect(weeks.major.map((t) => t.unit)).to.include('month');
    expect(axisTicks([utc(2014, 3), utc(2014, 3, 15)], 800).unit).to.equal('day');
  });

  it('never crowds labels closer than their minimum spacing', () => {
    for (const width of [120, 320, 640, 1280, 4000]) {
      const { minor } = axisTicks([utc(2010, 1), utc(2020, 1)], width);
      for (let i = 1; i < minor.length; i++) expect(minor[i]!.x - minor[i - 1]!.x).to.be.at.least(27);
    }
  });

  it('numbers weeks by ISO 8601', () => {
    expect(isoWeek(new Date(utc(2014, 1, 1)))).to.deep.equal({ year: 2014, week: 1 });
    expect(isoWeek(new Date(utc(2013, 12, 30)))).to.deep.equal({ year: 2014, week: 1 });
    expect(isoWeek(new Date(utc(2013, 12, 29)))).to.deep.equal({ year: 2013, week: 52 });
    expect(isoWeek(new Date(utc(2016, 1, 3)))).to.deep.equal({ year: 2015, week: 53 });
    expect(isoWeek(new Date(utc(2021, 1, 4)))).to.deep.equal({ year: 2021, week: 1 });
    expect(isoWeek(new Date(utc(2014, 3, 20)))).to.deep.equal({ year: 2014, week: 12 });
  });

  it('lays out the week row Monday-first, labelling fewer weeks when they are narrow', () => {
    const january = weekTicks([utc(2014, 1), utc(2014, 2)], 800);
    expect(january.map((w) => iso(w.time))).to.deep.equal([
      '2013-12-30',
      '2014-01-06',
      '2014-01-13',
      '2014-01-20',
      '2014-01-27',
    ]);
    expect(january.map((w) => w.week)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(january.every((w) => w.labelled)).to.equal(true);
    expect(january[1]!.width).to.be.closeTo((7 * DAY_MS * 800) / (31 * DAY_MS), 1e-9);

    const halfYear = weekTicks([utc(2014, 1), utc(2014, 7)], 400);
    const labelled = halfYear.filter((w) => w.labelled).map((w) => w.week);
    expect(labelled[0]).to.equal(1);
    expect(labelled.length).to.be.below(halfYear.length);
    expect(weekTicks([utc(2000, 1), utc(2020, 1)], 400)).to.deep.equal([]);
  });
});
