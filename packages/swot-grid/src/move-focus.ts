/**
 * Keyboard movement between the focus stops of the grid, as a pure function.
 *
 * The grid is a list of groups (the four quadrants S, W, O, T, or the TOWS crossings SO, ST, WO, WT, plus
 * optionally one full-width group below); each group a list of items; each item one or more focus stops (the
 * item itself, then its disclosure button and its related-node buttons). Groups are laid out row-major in
 * `columns` columns (2 for the 2×2 grid, 1 when stacked at narrow widths).
 *
 * - ArrowDown / ArrowUp: the next / previous stop in the group; past its end, the first stop of the nearest
 *   non-empty group below (last stop of the one above).
 * - ArrowRight / ArrowLeft: the neighbouring group in the same row (2×2), or the next / previous group in
 *   reading order (stacked); the item at the same position, or its last item.
 * - Home / End: the first / last stop of the group; with Ctrl: of the whole grid.
 */

/** A focus stop: group, item within the group, stop within the item. */
export interface FocusPosition {
  readonly group: number;
  readonly item: number;
  readonly stop: number;
}

/** For each group, for each item, how many stops it has (≥ 1). */
export type FocusModel = readonly (readonly number[])[];

export const NAVIGATION_KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
]);

export interface MoveOptions {
  /** Groups per row: 2 for the 2×2 grid, 1 when stacked. */
  readonly columns: 1 | 2;
  readonly ctrlKey?: boolean;
  /** 'rtl' swaps Left and Right. */
  readonly dir?: 'ltr' | 'rtl';
}

const isEmpty = (model: FocusModel, group: number) => (model[group]?.length ?? 0) === 0;
const first = (group: number): FocusPosition => ({ group, item: 0, stop: 0 });
const last = (model: FocusModel, group: number): FocusPosition => {
  const items = model[group]!;
  return { group, item: items.length - 1, stop: items[items.length - 1]! - 1 };
};

/** The first stop of the grid, or undefined when it has none. */
export function firstPosition(model: FocusModel): FocusPosition | undefined {
  const group = model.findIndex((items) => items.length > 0);
  return group < 0 ? undefined : first(group);
}

/** The position itself when it still exists in the model, else the nearest one that does (or undefined). */
export function clampPosition(
  model: FocusModel,
  position: FocusPosition | undefined,
): FocusPosition | undefined {
  if (!position) return firstPosition(model);
  const items = model[position.group];
  if (!items || items.length === 0) return firstPosition(model);
  const item = Math.min(Math.max(position.item, 0), items.length - 1);
  const stop = Math.min(Math.max(position.stop, 0), items[item]! - 1);
  return { group: position.group, item, stop };
}

/** The stop a key moves to; the same position when the key moves nowhere (an edge), undefined for other keys. */
export function moveFocus(
  model: FocusModel,
  from: FocusPosition,
  key: string,
  { columns, ctrlKey = false, dir = 'ltr' }: MoveOptions,
): FocusPosition | undefined {
  if (!NAVIGATION_KEYS.has(key)) return undefined;
  const at = clampPosition(model, from);
  if (!at) return from;
  const items = model[at.group]!;
  const row = (group: number) => Math.floor(group / columns);
  const col = (group: number) => group % columns;
  const rowsBelow = (step: 1 | -1): FocusPosition | undefined => {
    // Nearest non-empty group in the following (or preceding) rows; same column preferred.
    const rows = new Map<number, number[]>();
    for (let group = 0; group < model.length; group++) {
      if (isEmpty(model, group) || (row(group) - row(at.group)) * step <= 0) continue;
      rows.set(row(group), [...(rows.get(row(group)) ?? []), group]);
    }
    const target = [...rows.keys()].sort((a, b) => (a - b) * step)[0];
    if (target === undefined) return undefined;
    const candidates = rows.get(target)!;
    const group =
      candidates.find((candidate) => col(candidate) === col(at.group)) ??
      candidates.sort((a, b) => Math.abs(col(a) - col(at.group)) - Math.abs(col(b) - col(at.group)))[0]!;
    return step === 1 ? first(group) : last(model, group);
  };
  const sideways = (step: 1 | -1): FocusPosition | undefined => {
    let group: number | undefined;
    if (columns === 1) {
      for (let candidate = at.group + step; candidate >= 0 && candidate < model.length; candidate += step) {
        if (!isEmpty(model, candidate)) {
          group = candidate;
          break;
        }
      }
    } else {
      const candidate = at.group + step;
      if (candidate >= 0 && candidate < model.length && row(candidate) === row(at.group)) {
        if (!isEmpty(model, candidate)) group = candidate;
      }
    }
    if (group === undefined) return undefined;
    return { group, item: Math.min(at.item, model[group]!.length - 1), stop: 0 };
  };

  switch (key) {
    case 'ArrowDown':
      if (at.stop + 1 < items[at.item]!) return { ...at, stop: at.stop + 1 };
      if (at.item + 1 < items.length) return { group: at.group, item: at.item + 1, stop: 0 };
      return rowsBelow(1) ?? at;
    case 'ArrowUp':
      if (at.stop > 0) return { ...at, stop: at.stop - 1 };
      if (at.item > 0) return { group: at.group, item: at.item - 1, stop: items[at.item - 1]! - 1 };
      return rowsBelow(-1) ?? at;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const forward = (key === 'ArrowRight') === (dir === 'ltr');
      return sideways(forward ? 1 : -1) ?? at;
    }
    case 'Home': {
      if (!ctrlKey) return first(at.group);
      return firstPosition(model) ?? at;
    }
    case 'End': {
      if (!ctrlKey) return last(model, at.group);
      for (let group = model.length - 1; group >= 0; group--)
        if (!isEmpty(model, group)) return last(model, group);
      return at;
    }
    default:
      return undefined;
  }
}
