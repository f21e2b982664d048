// Case-insensitive text matching for the filter (substring, highlighted) and type-ahead (prefix). Pure.

/** A piece of a label: `match` pieces are wrapped in <mark>. */
export interface TextPiece {
  readonly text: string;
  readonly match: boolean;
}

/** Lower-cases for comparison; keeps one code unit per code unit so indexes map back to the original. */
function fold(text: string, locale?: string): string {
  const lower = text.toLocaleLowerCase(locale);
  if (lower.length === text.length) return lower;
  // A few characters change length when lower-cased (e.g. "İ"): fold them one by one, keeping the original
  // character where the fold would change the length.
  let out = '';
  for (const ch of text) {
    const l = ch.toLocaleLowerCase(locale);
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Normalizes a filter query: trimmed, inner white space collapsed. */
export function normalizeQuery(query: string | null | undefined): string {
  return (query ?? '').trim().replace(/\s+/g, ' ');
}

/** Whether `text` contains `query` (case-insensitive). An empty query matches everything. */
export function containsText(text: string, query: string, locale?: string): boolean {
  const q = normalizeQuery(query);
  if (q === '') return true;
  return fold(text, locale).includes(fold(q, locale));
}

/** Whether `text` starts with `prefix` (case-insensitive, leading white space ignored). */
export function startsWithText(text: string, prefix: string, locale?: string): boolean {
  if (prefix === '') return false;
  return fold(text.trimStart(), locale).startsWith(fold(prefix, locale));
}

/** Splits `text` into pieces, marking every case-insensitive occurrence of `query`. */
export function highlightPieces(text: string, query: string, locale?: string): TextPiece[] {
  const q = fold(normalizeQuery(query), locale);
  if (q === '') return [{ text, match: false }];
  const hay = fold(text, locale);
  const pieces: TextPiece[] = [];
  let from = 0;
  for (;;) {
    const at = hay.indexOf(q, from);
    if (at < 0) break;
    if (at > from) pieces.push({ text: text.slice(from, at), match: false });
    pieces.push({ text: text.slice(at, at + q.length), match: true });
    from = at + q.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), match: false });
  return pieces.length > 0 ? pieces : [{ text, match: false }];
}
