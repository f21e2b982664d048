// Strict CSP and Trusted Types (issue 12): the CDN bundle dist/planvis.min.js renders every widget with every
// example plan on a page served with
//   Content-Security-Policy: default-src 'self'; style-src 'self'; require-trusted-types-for 'script';
//                            trusted-types lit-html
// and the page records 0 securitypolicyviolation events. The page (/__test/csp-page, test/server/test-routes.js)
// has no inline script; its recorder test/quality/csp-page.js collects violations, planvis-load/-error and uncaught
// errors. A violation names the widget (its data-case), the directive and the blocked sample, e.g. an inline
// style="" attribute (Lit's styleMap writes one on first render) or a <style> element in a template.
// Needs the bundle: `npx tsc -b && npx rollup -c rollup.config.js`.
import { expect } from '@open-wc/testing';
import { EXAMPLES, WIDGETS, loadExample } from './widgets.js';

interface Violation {
  widget: string;
  element: string;
  violatedDirective: string;
  effectiveDirective: string;
  blockedURI: string;
  sample: string;
  source: string;
}
interface CspRecord {
  violations: Violation[];
  loads: string[];
  errors: { widget: string; code: string; message: string }[];
  problems: string[];
}
type CspWindow = Window & typeof globalThis & { __planvisCsp: CspRecord };

/** The policy the page must be served with (test/server/test-routes.js sends it). */
const STRICT_CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Opens a same-origin page in an iframe and resolves with its window once it has loaded. */
async function openPage(url: string): Promise<CspWindow> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1280px';
  frame.style.blockSize = '800px';
  document.body.append(frame);
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
    frame.src = url;
  });
  return frame.contentWindow as CspWindow;
}

// The page is another realm, so `instanceof` is useless: walk by node type.
function* deepElementsOf(root: Element | ShadowRoot): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* deepElementsOf(element.shadowRoot);
  }
}
function shadowText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) text += node.textContent;
    if (node.nodeType === ELEMENT_NODE && (node as Element).shadowRoot) walk((node as Element).shadowRoot!);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return text.replace(/\s+/g, ' ').trim();
}

/** The first program or project of a plan (for the program card's full view), if any. */
function firstProgram(plan: unknown): string | undefined {
  const nodes = (plan as { nodes?: { id: string; type: string }[] }).nodes ?? [];
  return nodes.find((node) => node.type === 'program' || node.type === 'project')?.id;
}

/** Every widget with every example: the page's own markup plus the other views, added from here. */
function addViews(page: CspWindow, example: string, program: string | undefined): void {
  const views: [string, Record<string, string>][] = [
    ['planvis-goal-tree', { layout: 'diagram' }],
    ['planvis-goal-tree', { layout: 'outline', 'expand-depth': '99' }],
    ['planvis-milestone-timeline', { view: 'timeline' }],
    ['planvis-milestone-timeline', { view: 'list' }],
    ['planvis-vision-mission', { view: 'table' }],
  ];
  if (program) views.push(['planvis-program-card', { node: program }]);
  for (const [tag, attributes] of views) {
    const element = page.document.createElement(tag);
    const named = Object.entries(attributes).map(([name, value]) => `${name}=${value}`);
    element.dataset.case = `${tag}[${named.join(' ')}]`;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('src', `/docs/examples/${example}.json`);
    page.document.body.append(element);
  }
}

/**
 * Waits until every data-case element has fired planvis-load or planvis-error (or the time is up). Returns the names
 * of the loaded ones and, for the others, why not (an element the bundle does not define is not waited for).
 */
async function loadAll(page: CspWindow, timeout = 8000): Promise<{ loaded: string[]; failures: string[] }> {
  const cases = Array.from(
    page.document.querySelectorAll<HTMLElement>('[data-case]'),
    (el) => el.dataset.case!,
  );
  const notDefined = (name: string) => {
    const tag = name.replace(/^plan>/, '').replace(/\[.*$/, '');
    if (!page.customElements.get(tag)) return `${name}: <${tag}> is not defined by the bundle`;
    if (name.startsWith('plan>') && !page.customElements.get('planvis-plan'))
      return `${name}: <planvis-plan> is not defined by the bundle`;
    return undefined;
  };
  const errorOf = (name: string) => page.__planvisCsp.errors.find((e) => e.widget === name);
  const waiting = () =>
    cases.filter((name) => !notDefined(name) && !errorOf(name) && !page.__planvisCsp.loads.includes(name));
  const deadline = Date.now() + timeout;
  while (waiting().length > 0 && Date.now() < deadline) await sleep(50);
  const loaded = cases.filter((name) => page.__planvisCsp.loads.includes(name));
  const failures = cases.flatMap((name) => {
    const why = notDefined(name);
    if (why) return [why];
    const error = errorOf(name);
    if (error) return [`${name}: planvis-error ${error.code}: ${error.message}`];
    return loaded.includes(name) ? [] : [`${name}: no planvis-load within ${timeout} ms`];
  });
  return { loaded, failures };
}

/** Opens what a user opens: expandable things, focus and hover on interactive elements (tooltips, popovers). */
async function exercise(page: CspWindow): Promise<void> {
  for (const host of Array.from(page.document.querySelectorAll('[data-case]'))) {
    if (!host.shadowRoot) continue;
    const all = [...deepElementsOf(host.shadowRoot)];
    for (const toggle of all.filter((el) => el.getAttribute('aria-expanded') === 'false').slice(0, 20))
      (toggle as HTMLElement).click();
    for (const summary of all.filter((el) => el.localName === 'summary').slice(0, 20))
      (summary as HTMLElement).click();
    const interactive = all
      .filter((el) => el.hasAttribute('tabindex') || el.matches('a, button'))
      .slice(0, 20);
    for (const el of interactive) {
      (el as HTMLElement).focus();
      for (const type of ['pointerenter', 'pointerover', 'mouseenter', 'mouseover'])
        el.dispatchEvent(new page.PointerEvent(type, { bubbles: type.endsWith('over'), composed: true }));
    }
  }
  await new Promise((resolve) => page.requestAnimationFrame(resolve));
  await sleep(100);
}

const describeViolation = (v: Violation) =>
  `${v.widget}: ${v.effectiveDirective || v.violatedDirective} blocked ${v.blockedURI || '(inline)'} ` +
  `on ${v.element}${v.sample ? ` — sample “${v.sample}”` : ''}${v.source ? ` at ${v.source}` : ''}`;

describe(`the CDN bundle under a strict CSP (${STRICT_CSP})`, function () {
  this.timeout(60_000);

  before(async () => {
    const bundle = await fetch('/dist/planvis.min.js');
    expect(
      bundle.ok,
      'dist/planvis.min.js is missing: run `npx tsc -b && npx rollup -c rollup.config.js`',
    ).to.equal(true);
  });

  afterEach(() => {
    for (const frame of Array.from(document.querySelectorAll('iframe'))) frame.remove();
  });

  it('the test page sends the policy, and the recorder sees an inline style, a string innerHTML and a foreign policy', async () => {
    const response = await fetch('/__test/csp-page');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    expect(await response.text(), 'the page has no inline script').not.to.match(
      /<script(?![^>]*\bsrc=)[^>]*>/,
    );

    const page = await openPage('/__test/csp-page?probe');
    await sleep(50);
    const directives = page.__planvisCsp.violations.map((v) => v.effectiveDirective || v.violatedDirective);
    expect(directives).to.include('style-src-attr');
    expect(directives).to.include('require-trusted-types-for');
    expect(directives).to.include('trusted-types');
    expect(page.__planvisCsp.problems).to.deep.equal([]);
  });

  for (const example of EXAMPLES) {
    it(`${example}: every widget and view renders content, no alert, 0 violations`, async () => {
      const program = firstProgram(await loadExample(example));
      const page = await openPage(`/__test/csp-page?example=${example}`);
      addViews(page, example, program);
      const { loaded, failures } = await loadAll(page);
      await exercise(page);

      const record = page.__planvisCsp;
      const counted = new Map<string, number>();
      for (const line of record.violations.map(describeViolation))
        counted.set(line, (counted.get(line) ?? 0) + 1);
      failures.push(...[...counted].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line)));
      failures.push(...record.problems.map((problem) => `uncaught on the CSP page: ${problem}`));
      for (const host of Array.from(page.document.querySelectorAll<HTMLElement>('[data-case]'))) {
        const name = host.dataset.case!;
        if (!loaded.includes(name)) continue;
        if (shadowText(host) === '') failures.push(`${name}: shows no text`);
        for (const alert of [...deepElementsOf(host.shadowRoot!)].filter(
          (el) => el.getAttribute('role') === 'alert',
        ))
          failures.push(`${name}: shows an alert: ${alert.textContent?.trim()}`);
      }
      expect(loaded.length + failures.length, 'cases on the page').to.be.greaterThan(WIDGETS.length * 2);
      expect(failures, `${example} under the strict CSP:\n${failures.join('\n')}`).to.deep.equal([]);
    });
  }
});
