const warned = new Set<string>();

/**
 * Registers a custom element once. When the tag is already taken (two copies of planvis on one page), it
 * warns once per tag and leaves the first definition in place instead of throwing.
 */
export function definePlanvisElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `planvis: <${tag}> is already defined (is planvis loaded twice on this page?); the first definition is kept.`,
  );
}
