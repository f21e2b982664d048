// Helpers for the core runtime tests: a recorder of planvis events, and text of role=status / role=alert.
import { waitUntil } from '@open-wc/testing';

export interface Recorded {
  type: string;
  target: EventTarget | null;
  event: Event;
}

/** Records every planvis-load / planvis-error / planvis-select on the document (they bubble and are composed). */
export function recordEvents(): {
  events: Recorded[];
  of(type: string, target?: Element): Event[];
  stop(): void;
} {
  const events: Recorded[] = [];
  const types = ['planvis-load', 'planvis-error', 'planvis-select'];
  const listener = (event: Event) =>
    events.push({ type: event.type, target: event.composedPath()[0] ?? null, event });
  for (const type of types) document.addEventListener(type, listener);
  return {
    events,
    of: (type, target) =>
      events.filter((e) => e.type === type && (!target || e.target === target)).map((e) => e.event),
    stop: () => {
      for (const type of types) document.removeEventListener(type, listener);
    },
  };
}

/** The text of the element's role=alert, whitespace collapsed ('' when there is none). */
export function alertText(element: Element): string {
  const alert = element.shadowRoot?.querySelector('[role="alert"]');
  return alert ? (alert.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** The text of the element's role=status, whitespace collapsed. */
export function statusText(element: Element): string {
  const status = element.shadowRoot?.querySelector('[role="status"]');
  return status ? (status.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** Waits until the element shows an alert and returns its text. */
export async function waitForAlert(element: Element, timeout = 8000): Promise<string> {
  await waitUntil(() => alertText(element) !== '', 'no role=alert appeared', { timeout });
  return alertText(element);
}

/** Waits until `predicate` holds, with a readable message. */
export async function until(predicate: () => boolean, message: string, timeout = 8000): Promise<void> {
  await waitUntil(predicate, message, { timeout });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh copy of a JSON value (so the per-object read cache does not carry over between tests). */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A unique suffix, so each test's URLs miss the shared load cache. */
let counter = 0;
export function unique(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter}`;
}
