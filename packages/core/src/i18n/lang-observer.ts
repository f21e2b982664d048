/**
 * One MutationObserver for every planvis element on the page: it watches `lang` on the whole document and in
 * each shadow root that holds a planvis element (or one of its ancestors), and tells every live element to
 * re-resolve its language. A page that switches `lang` (anywhere above the widgets) re-renders them all.
 */
import { enclosingShadowRoots } from './language-chain.js';

/** Something that re-resolves its language when told. */
export interface LanguageListener {
  readonly host: Element;
  /** Re-resolve; `force` re-renders even when the language stayed the same (new strings were registered). */
  languageMayHaveChanged(force?: boolean): void;
}

const listeners = new Set<LanguageListener>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;
const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

function notifyAll(force = false): void {
  for (const listener of [...listeners]) listener.languageMayHaveChanged(force);
}

const onMutation = () => notifyAll(false);

function observe(target: Node): void {
  if (observed.has(target)) return;
  observed.add(target);
  observer ??= new MutationObserver(onMutation);
  observer.observe(target, OPTIONS);
}

/** Starts telling `listener` about `lang` changes above its host (call when the host connects). */
export function watchLanguage(listener: LanguageListener): void {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('languagechange', onMutation);
  }
  listeners.add(listener);
  observe(listener.host.ownerDocument);
  for (const root of enclosingShadowRoots(listener.host)) observe(root);
}

/** Stops telling `listener` (call when the host disconnects). */
export function unwatchLanguage(listener: LanguageListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.removeEventListener('languagechange', onMutation);
  }
}

/** Tells every live element to re-render its strings (after new locales were registered). */
export function refreshAllLanguages(): void {
  notifyAll(true);
}

/** How many elements listen (for tests). */
export function languageListenerCount(): number {
  return listeners.size;
}
