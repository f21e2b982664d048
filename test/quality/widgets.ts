// What the quality suite runs over: every widget, every example plan, every locale, theme and width.
import '@planvis/planvis/define';

export const WIDGETS = [
  'planvis-goal-tree',
  'planvis-program-card',
  'planvis-milestone-timeline',
  'planvis-swot-grid',
  'planvis-vision-mission',
] as const;
export type WidgetTag = (typeof WIDGETS)[number];

export const EXAMPLES = [
  'sogndal-oppvekst',
  'hammerfest-sjumilssteget',
  'thisted-ungestrategi',
  'randers-boern-og-familie',
  'uddevalla-foraeldrastoed',
] as const;

export const LOCALES = ['nn', 'nb', 'da', 'sv', 'en'] as const;
export const THEMES = ['light', 'dark', 'forced-colors'] as const;
export const WIDTHS = [320, 1280] as const;

const examples = new Map<string, Promise<unknown>>();

/** The parsed example plan (fetched once per test file). */
export function loadExample(name: string): Promise<unknown> {
  if (!examples.has(name)) {
    examples.set(
      name,
      fetch(`/docs/examples/${name}.json`).then((response) => {
        if (!response.ok) throw new Error(`docs/examples/${name}.json: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      }),
    );
  }
  return examples.get(name)!;
}

export interface PlanvisTestElement extends HTMLElement {
  plan: unknown;
  theme: string;
  updateComplete: Promise<boolean>;
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until the element reports planvis-load or planvis-error (or times out), then for rendering. */
export async function settled(element: HTMLElement, timeout = 5000): Promise<'load' | 'error'> {
  const outcome = await new Promise<'load' | 'error'>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${element.localName}: no planvis-load or planvis-error in ${timeout} ms`)),
      timeout,
    );
    element.addEventListener('planvis-load', () => (clearTimeout(timer), resolve('load')), { once: true });
    element.addEventListener('planvis-error', () => (clearTimeout(timer), resolve('error')), { once: true });
  });
  await (element as PlanvisTestElement).updateComplete;
  await nextFrame();
  return outcome;
}

/**
 * Mounts `<div lang><tag theme></tag></div>` in the document with a plan object and waits until it is ready.
 * Attributes are set before the plan so the first render already has them.
 */
export async function mountWidget(
  tag: string,
  plan: unknown,
  { lang = 'nn', theme = 'light', attributes = {} as Record<string, string> } = {},
): Promise<{ wrapper: HTMLDivElement; element: PlanvisTestElement; outcome: 'load' | 'error' }> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const element = document.createElement(tag) as PlanvisTestElement;
  element.setAttribute('theme', theme);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const outcome = settled(element);
  element.plan = plan;
  wrapper.append(element);
  document.body.append(wrapper);
  return { wrapper, element, outcome: await outcome };
}

/** Every element in a tree, descending into open shadow roots. */
export function* deepElements(root: Element | ShadowRoot | Document): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The visible text of an element including its shadow DOM (approximately what a reader sees). */
export function deepText(root: Element | ShadowRoot): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement)
      for (const assigned of node.assignedNodes({ flatten: true })) walk(assigned);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
