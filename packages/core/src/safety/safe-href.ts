/**
 * Links from a plan document are untrusted. A link is rendered only when its address is http:, https:,
 * mailto:, tel: or relative; anything else (javascript:, data:, vbscript:, file:, …) is rendered as text.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Any base will do: it only tells relative addresses (which take its https:) from absolute ones. */
const BASE = 'https://planvis.invalid/';

/**
 * The address itself when it is safe to put in `href`, otherwise `undefined` (render plain text instead).
 * The address is parsed the way the browser will parse it (so `java\tscript:` or `  JAVASCRIPT:` are caught).
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, BASE);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(parsed.protocol) ? trimmed : undefined;
}
