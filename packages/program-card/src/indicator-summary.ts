import { comparePlanDates, type Indicator } from '@planvis/core';

/** The latest measured value of an indicator. */
export type IndicatorValue = NonNullable<Indicator['values']>[number];

/** An indicator with its latest value and how far it has come from baseline to target. */
export interface IndicatorSummaryModel {
  indicator: Indicator;
  /** The value with the latest date, if any. */
  latest: IndicatorValue | undefined;
  /**
   * Share of the way from baseline to target the latest value has come, in percent, clamped to 0–100;
   * `null` without baseline, target or a value, or when baseline equals target. Works for both
   * directions: 45 → 21 days with 29 measured is 67 %.
   */
  achievement: number | null;
}

/** Summarises one indicator (pure). */
export function indicatorSummary(indicator: Indicator): IndicatorSummaryModel {
  let latest: IndicatorValue | undefined;
  for (const value of indicator.values ?? []) {
    if (!latest || comparePlanDates(value.date, latest.date) >= 0) latest = value;
  }
  const baseline = indicator.baseline?.value;
  const target = indicator.target?.value;
  let achievement: number | null = null;
  if (latest && baseline !== undefined && target !== undefined && target !== baseline) {
    const share = ((latest.value - baseline) / (target - baseline)) * 100;
    achievement = Math.min(100, Math.max(0, share));
  }
  return { indicator, latest, achievement };
}
