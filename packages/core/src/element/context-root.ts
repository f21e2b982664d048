import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('planvis.context-root');

/**
 * Attaches one ContextRoot to the document, so a widget that connects before its `<planvis-plan>` is
 * defined still gets the plan once the provider upgrades.
 */
export function ensureContextRoot(doc: Document): void {
  const holder = doc as Document & { [ATTACHED]?: true };
  if (holder[ATTACHED]) return;
  holder[ATTACHED] = true;
  new ContextRoot().attach(doc.documentElement);
}
