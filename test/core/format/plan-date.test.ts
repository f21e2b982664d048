import { expect } from '@open-wc/testing';
import {
  comparePlanDates,
  isDateTime,
  isPlanDateBefore,
  parsePlanDate,
  planDateEnd,
  planDateStart,
} from '../../../packages/core/src/format/index.js';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('plan dates', () => {
  it('parses the three precisions', () => {
    expect(parsePlanDate('2014')).to.deep.equal({ year: 2014, precision: 'year' });
    expect(parsePlanDate('2014-03')).to.deep.equal({ year: 2014, month: 3, precision: 'month' });
    expect(parsePlanDate('2014-03-20')).to.deep.equal({ year: 2014, month: 3, day: 20, precision: 'day' });
  });

  it('rejects what is not a real date', () => {
    for (const bad of [
      '2014-02-30',
      '2013-02-29',
      '1900-02-29',
      '2014-13',
      '2014-00',
      '2014-04-31',
      '14',
      '2014-3',
      '2014-03-20T10:00:00Z',
      '',
    ]) {
      expect(parsePlanDate(bad), bad).to.equal(null);
    }
    expect(parsePlanDate('2000-02-29')).to.not.equal(null);
  });

  it('gives the first and last day covered, in UTC', () => {
    expect(iso(planDateStart('2014'))).to.equal('2014-01-01');
    expect(iso(planDateEnd('2014'))).to.equal('2014-12-31');
    expect(iso(planDateStart('2016-02'))).to.equal('2016-02-01');
    expect(iso(planDateEnd('2016-02'))).to.equal('2016-02-29');
    expect(iso(planDateEnd('2014-03-20'))).to.equal('2014-03-20');
    expect(planDateStart('2014-03').getUTCHours()).to.equal(0);
    expect(() => planDateStart('2014-02-30')).to.throw(RangeError);
  });

  it('sorts by first day, then by last day', () => {
    const sorted = ['2014', '2014-03-20', '2013-12', '2014-01', '2014-01-01'].sort(comparePlanDates);
    expect(sorted).to.deep.equal(['2013-12', '2014-01-01', '2014-01', '2014', '2014-03-20']);
  });

  it('compares at the coarser precision for "before"', () => {
    expect(isPlanDateBefore('2014-02', '2014-03-20')).to.equal(true);
    expect(isPlanDateBefore('2014-03', '2014-03-01')).to.equal(false);
    expect(isPlanDateBefore('2014-03-01', '2014-03')).to.equal(false);
    expect(isPlanDateBefore('2014', '2014-12')).to.equal(false);
    expect(isPlanDateBefore('2013', '2014-01-01')).to.equal(true);
    expect(isPlanDateBefore('2014-03-19', '2014-03-20')).to.equal(true);
  });

  it('recognises RFC 3339 date-times', () => {
    expect(isDateTime('2024-05-01T12:00:00Z')).to.equal(true);
    expect(isDateTime('2024-05-01T12:00:00.123+02:00')).to.equal(true);
    expect(isDateTime('2024-02-30T12:00:00Z')).to.equal(false);
    expect(isDateTime('2024-05-01T12:00Z')).to.equal(false);
    expect(isDateTime('2024-05-01')).to.equal(false);
  });
});
