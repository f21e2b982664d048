// The WAI-ARIA APG tree view keyboard model as a pure function: a key on a row → what should happen.
import type { TreeRow } from './tree-rows.js';
import { startsWithText } from './text-match.js';

/** What a key press does to the tree. */
export type TreeAction =
  | { readonly type: 'focus'; readonly id: string }
  | { readonly type: 'expand'; readonly id: string }
  | { readonly type: 'collapse'; readonly id: string }
  | { readonly type: 'select'; readonly id: string }
  | { readonly type: 'expand-siblings'; readonly ids: readonly string[] }
  | { readonly type: 'none' };

const NONE: TreeAction = { type: 'none' };

/**
 * Maps a navigation key (KeyboardEvent.key) on the row `currentId` to an action, following the APG tree view
 * pattern: Down/Up move between visible rows; Right expands a closed parent or moves to its first child; Left
 * collapses an open parent or moves to the parent; Home/End go to the first/last visible row; Enter and Space
 * select; `*` expands every sibling at the current level. Type-ahead is {@link typeAhead}.
 */
export function treeKeyAction(rows: readonly TreeRow[], currentId: string, key: string): TreeAction {
  const i = rows.findIndex((r) => r.id === currentId);
  if (i < 0) return rows.length > 0 && key !== 'Tab' ? { type: 'focus', id: rows[0]!.id } : NONE;
  const row = rows[i]!;
  switch (key) {
    case 'ArrowDown':
      return i + 1 < rows.length ? { type: 'focus', id: rows[i + 1]!.id } : NONE;
    case 'ArrowUp':
      return i > 0 ? { type: 'focus', id: rows[i - 1]!.id } : NONE;
    case 'ArrowRight':
      if (!row.hasChildren) return NONE;
      if (!row.expanded) return { type: 'expand', id: row.id };
      return { type: 'focus', id: rows[i + 1]!.id };
    case 'ArrowLeft':
      if (row.hasChildren && row.expanded) return { type: 'collapse', id: row.id };
      return row.parentId !== null ? { type: 'focus', id: row.parentId } : NONE;
    case 'Home':
      return { type: 'focus', id: rows[0]!.id };
    case 'End':
      return { type: 'focus', id: rows[rows.length - 1]!.id };
    case 'Enter':
    case ' ':
      return { type: 'select', id: row.id };
    case '*': {
      const ids = rows
        .filter((r) => r.parentId === row.parentId && r.hasChildren && !r.expanded)
        .map((r) => r.id);
      return ids.length > 0 ? { type: 'expand-siblings', ids } : NONE;
    }
    default:
      return NONE;
  }
}

/** Whether a key is a printable character that feeds type-ahead (not `*`, which expands siblings). */
export function isTypeAheadKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): boolean {
  return (
    [...event.key].length === 1 && event.key !== '*' && !event.ctrlKey && !event.metaKey && !event.altKey
  );
}

/**
 * Type-ahead: the id of the next visible row whose label starts with `buffer`, searching from the row after
 * `currentId` and wrapping. When the buffer is one repeated character ("aa") it cycles through the rows that start
 * with that character; when it is longer, the current row is kept while it still matches.
 */
export function typeAhead(
  rows: readonly TreeRow[],
  label: (id: string) => string,
  currentId: string,
  buffer: string,
  locale?: string,
): string | undefined {
  if (buffer === '') return undefined;
  const chars = [...buffer];
  const repeated =
    chars.length > 1 &&
    chars.every((c) => c.toLocaleLowerCase(locale) === chars[0]!.toLocaleLowerCase(locale));
  const query = repeated ? chars[0]! : buffer;
  const current = Math.max(
    0,
    rows.findIndex((r) => r.id === currentId),
  );
  const startOffset = chars.length > 1 && !repeated ? 0 : 1;
  for (let n = 0; n < rows.length; n++) {
    const row = rows[(current + startOffset + n) % rows.length]!;
    if (startsWithText(label(row.id), query, locale)) return row.id;
  }
  return undefined;
}
