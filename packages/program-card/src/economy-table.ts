import type { EconomyLine, LocalizedText, PlanNode } from '@planvis/core';

/** The three kinds of economy lines, in the order the RUP status report lists them. */
export type EconomyKind = EconomyLine['kind'];
export const ECONOMY_KIND_ORDER: readonly EconomyKind[] = ['budget', 'financing', 'accounts'];

/** One row of the economy table: the lines of one kind with the same label and source, per year. */
export interface EconomyRow {
  label?: LocalizedText;
  source?: LocalizedText;
  /** One amount per year of `EconomyTableModel.years`; `undefined` where the row has no line that year. */
  amounts: (number | undefined)[];
  total: number;
}

/** The lines of one kind. `subtotal` is there when the kind has more than one row. */
export interface EconomyGroup {
  kind: EconomyKind;
  rows: EconomyRow[];
  /** Sum per year (undefined where no row has an amount) and overall. */
  subtotal: { amounts: (number | undefined)[]; total: number };
}

/** Budget, financing (by source) and accounts per year, with totals: what the card draws as a table. */
export interface EconomyTableModel {
  currency: string;
  years: number[];
  groups: EconomyGroup[];
  /** The document marks the economy as made up for illustration. */
  illustrative: boolean;
}

const keyOf = (value: LocalizedText | undefined): string =>
  value === undefined ? '' : JSON.stringify(value);

/**
 * Builds the economy table of a node: columns are the years that have a line (ascending), rows are grouped
 * by kind (budget, financing, accounts) and within a kind by label and source (two lines with the same
 * kind, year, label and source are added up). Returns `undefined` when there is no line.
 */
export function economyTable(economy: PlanNode['economy']): EconomyTableModel | undefined {
  if (!economy || economy.lines.length === 0) return undefined;
  const years = [...new Set(economy.lines.map((line) => line.year))].sort((a, b) => a - b);
  const column = new Map(years.map((year, i) => [year, i]));
  const groups: EconomyGroup[] = [];
  for (const kind of ECONOMY_KIND_ORDER) {
    const rows = new Map<string, EconomyRow>();
    for (const line of economy.lines) {
      if (line.kind !== kind) continue;
      const key = `${keyOf(line.label)}\u0000${keyOf(line.source)}`;
      let row = rows.get(key);
      if (!row) {
        row = { amounts: years.map(() => undefined), total: 0 };
        if (line.label !== undefined) row.label = line.label;
        if (line.source !== undefined) row.source = line.source;
        rows.set(key, row);
      }
      const i = column.get(line.year)!;
      row.amounts[i] = (row.amounts[i] ?? 0) + line.amount;
      row.total += line.amount;
    }
    if (rows.size === 0) continue;
    const list = [...rows.values()];
    const amounts = years.map((_, i) =>
      list.some((row) => row.amounts[i] !== undefined)
        ? list.reduce((sum, row) => sum + (row.amounts[i] ?? 0), 0)
        : undefined,
    );
    groups.push({ kind, rows: list, subtotal: { amounts, total: list.reduce((s, r) => s + r.total, 0) } });
  }
  return { currency: economy.currency, years, groups, illustrative: economy.illustrative === true };
}
