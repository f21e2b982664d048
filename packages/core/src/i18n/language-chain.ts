/**
 * The `lang` attributes above an element, nearest first: its own, then each ancestor's, crossing shadow
 * roots (a shadow root's parent is its host), up to `<html lang>`.
 */

/** The next node up: the parent, or the host of a shadow root. */
function up(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent;
}

/** The declared languages from the element up to the document element, nearest first (empty `lang=""` is skipped). */
export function declaredLanguages(element: Element): string[] {
  const out: string[] = [];
  for (let node: Node | null = element; node; node = up(node)) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) out.push(lang);
    }
  }
  return out;
}

/** The shadow roots the element sits in, innermost first (the ones a `lang` change must be watched in). */
export function enclosingShadowRoots(element: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (let node: Node | null = element; node; node = up(node)) {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) {
      out.push(root);
      node = root; // `up` continues from the host
    }
  }
  return out;
}

/** The browser's preferred languages. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
