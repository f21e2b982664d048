/** Free text of a section split for display: the lead that is always shown and the rest that may collapse. */
export interface SectionText {
  /** Paragraphs shown at once (line breaks inside a paragraph are kept by the renderer). */
  lead: string[];
  /** Paragraphs behind a "read more" disclosure; empty when the text is short. */
  rest: string[];
}

/** A text longer than this many characters collapses after its lead. */
export const COLLAPSE_AFTER_CHARS = 600;
/** The lead of a collapsed text takes paragraphs until it is at least this long. */
const LEAD_CHARS = 280;

/**
 * Splits a section's text into paragraphs (at blank lines) and, when the whole text is long, into a short
 * lead and a collapsible rest. A single long paragraph is never cut in the middle: it stays whole in the lead.
 */
export function sectionText(text: string, collapseAfter = COLLAPSE_AFTER_CHARS): SectionText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (total <= collapseAfter || paragraphs.length < 2) return { lead: paragraphs, rest: [] };
  const lead: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (lead.length > 0 && length >= Math.min(LEAD_CHARS, collapseAfter)) break;
    lead.push(paragraph);
    length += paragraph.length;
  }
  const rest = paragraphs.slice(lead.length);
  return rest.length ? { lead, rest } : { lead: paragraphs, rest: [] };
}
