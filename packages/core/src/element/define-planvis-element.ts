/**
 * Set on `globalThis` once a duplicate definition has been reported. A symbol from the global registry, so
 * every copy of planvis on the page (each with its own module state) sees the same flag and the page gets
 * one warning, not one per element and copy.
 */
const DUPLICATE_REPORTED = Symbol.for('planvis.duplicate-definition-reported');

type Flagged = typeof globalThis & { [DUPLICATE_REPORTED]?: true };

/**
 * Registers a custom element once. When the tag is already taken by another class (two copies of planvis on
 * one page), it keeps the first definition instead of throwing, and warns once per page.
 */
export function definePlanvisElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const page = globalThis as Flagged;
  if (existing === ctor || page[DUPLICATE_REPORTED]) return;
  page[DUPLICATE_REPORTED] = true;
  console.warn(
    `planvis: <${tag}> is already defined: planvis is loaded twice on this page. The first copy's elements are kept; remove the second script tag (said once per page).`,
  );
}
