// Fuzz: fast-check generates documents — valid ones and mutations of the examples — and feeds them to the
// validator (10,000 per run) and to every widget (FUZZ_WIDGET_RUNS each, default 10,000). Figures: 0 uncaught
// exceptions and 0 unhandled rejections; every widget shows content or a role=alert in the page's language
// (nynorsk); for valid input every item is rendered — counted, and each found by its title (nothing dropped).
// Each widget is one element that gets document after document (`.plan`, then `updateComplete`). Most
// documents render in 1–10 ms; a 2,000-node chain takes 70–700 ms, so for the widgets it is a realistic
// rarity (about 30 documents in 10,000; the validator gets it as often as any other mutation). Each widget's
// test prints what it checked: documents, valid ones, items counted, alerts, chains, and the time per document.
// One file per widget (fuzz-*.test.ts) so the runner spreads them over the cores. The seed is printed so a
// failure can be replayed: FUZZ_SEED=<seed> FUZZ_WIDGET_RUNS=<n> npx web-test-runner "test/quality/fuzz-*.test.ts"
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { indexPlan, readPlan, validatePlan, type Plan, type SwotAnalysis } from '@planvis/core';
import { gridItems } from '@planvis/program-card';
import { pickAnalysis } from '@planvis/swot-grid';
import coreNn from '../../packages/core/src/i18n/locales/nn.json' with { type: 'json' };
import { EXAMPLES, loadExample, nextFrame, type PlanvisTestElement, type WidgetTag } from './widgets.js';
import { mutatedExample, notAPlan, validPlan } from './plan-arbitraries.js';

const settings = window as unknown as {
  PLANVIS_FUZZ_SEED: string | null;
  PLANVIS_FUZZ_WIDGET_RUNS: string | null;
};
const SEED = settings.PLANVIS_FUZZ_SEED ? Number(settings.PLANVIS_FUZZ_SEED) : Date.now() % 2 ** 31;
const VALIDATOR_RUNS = 10_000;
const WIDGET_RUNS = Number(settings.PLANVIS_FUZZ_WIDGET_RUNS ?? 10_000);
/** A mutation step is the 2,000-node chain once in this many for the widgets (~30 documents in 10,000). */
const WIDGET_DEEP_CHAIN_ODDS = 400;
/** How every role=alert starts in nynorsk (core's error title). */
const ALERT_TITLE = coreNn.error.title;

type Plain = Record<string, unknown>;
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const plainText = (value: unknown, lang = 'nn') =>
  normalize(
    typeof value === 'string'
      ? value
      : String((value as Plain)?.[lang] ?? Object.values((value as Plain) ?? {})[0] ?? ''),
  );

/**
 * What each widget must show of a valid plan: the attributes that make it show everything, the elements
 * that are its items (and, inside one, where its title is), and the titles of the items it must show.
 */
interface Expectation {
  attributes: Record<string, string>;
  item?: string;
  title?: string;
  titles: (plan: Plain) => string[];
}
const EXPECTED: Record<WidgetTag, Expectation> = {
  'planvis-goal-tree': {
    attributes: { layout: 'outline', 'expand-depth': '100000', 'no-filter': '' },
    item: '[role="treeitem"]',
    title: '[part~="node-label"]',
    titles: (plan) => (plan.nodes as Plain[]).map((node) => plainText(node.title)),
  },
  'planvis-program-card': {
    attributes: { 'page-size': '100000' },
    item: '[part~="card"]',
    // Programs and projects, else focus areas, else the roots: chosen the widget's own way.
    titles: (plan) => gridItems(indexPlan(plan as unknown as Plan)).items.map((n) => plainText(n.title)),
  },
  'planvis-milestone-timeline': {
    attributes: { view: 'list' },
    item: '[part~="list-item"]',
    title: '[part~="list-title"]',
    titles: (plan) => ((plan.milestones as Plain[]) ?? []).map((m) => plainText(m.title)),
  },
  'planvis-swot-grid': {
    attributes: {},
    item: '[part~="item"][data-item]',
    title: '[part~="item-button"]',
    // The analysis the widget shows (plan-level first), chosen the widget's own way.
    titles: (plan) =>
      pickAnalysis(plan.swot as SwotAnalysis[] | undefined).analysis?.items.map((i) => plainText(i.text)) ??
      [],
  },
  'planvis-vision-mission': { attributes: {}, titles: () => [] },
};

/** Whether a document got the 2,000-node chain mutation. */
const isDeepChain = (doc: unknown) => {
  const nodes = (doc as Plain | null)?.nodes;
  return Array.isArray(nodes) && nodes.length > 1000;
};

/** Whether a tree shows any text (open shadow roots and slotted nodes included); stops at the first. */
function hasText(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return (root.textContent ?? '').trim() !== '';
  if (root instanceof Element && root.shadowRoot && hasText(root.shadowRoot)) return true;
  if (root instanceof HTMLSlotElement)
    for (const assigned of root.assignedNodes({ flatten: true })) if (hasText(assigned)) return true;
  for (let child = root.firstChild; child; child = child.nextSibling) if (hasText(child)) return true;
  return false;
}

/** The titles of a valid plan's items that the widget does not show, as items (each used once). */
function droppedTitles(root: ShadowRoot, expectation: Expectation, expected: string[]): string[] {
  const items = expectation.item ? [...root.querySelectorAll(expectation.item)] : [];
  if (items.length !== expected.length)
    return [`${expected.length} items expected, ${items.length} rendered`];
  const shown = items.map((item) =>
    normalize((expectation.title ? item.querySelector(expectation.title) : item)?.textContent ?? ''),
  );
  // Exact titles first (a count per text), then a title inside an item's text (a prefix or a type around it).
  const exact = new Map<string, number>();
  for (const text of shown) exact.set(text, (exact.get(text) ?? 0) + 1);
  return expected.filter((title) => {
    const left = exact.get(title) ?? 0;
    if (left > 0) return (exact.set(title, left - 1), false);
    return !shown.some((text) => text.includes(title));
  });
}

const problems: string[] = [];
const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  problems.push(`unhandled rejection: ${String(event.reason)}`);

/** The documents: valid plans, mutations of the five examples, and things that are not plans at all. */
async function fuzzDocuments(options: { deepChainOdds?: number } = {}): Promise<fc.Arbitrary<unknown>> {
  const examples = await Promise.all(EXAMPLES.map((name) => loadExample(name)));
  return fc.oneof(
    { weight: 4, arbitrary: validPlan },
    { weight: 5, arbitrary: mutatedExample(examples, options) },
    { weight: 1, arbitrary: notAPlan },
  );
}

/** Records uncaught errors and unhandled rejections while the suite runs; prints the seed. */
function watchErrors() {
  before(() => {
    console.log(
      `fuzz seed: ${SEED} (replay: FUZZ_SEED=${SEED} npx web-test-runner "test/quality/fuzz-*.test.ts")`,
    );
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
}

export function describeValidatorFuzz(): void {
  describe(`fuzz the validator (seed ${SEED})`, function () {
    this.timeout(10 * 60 * 1000);
    let documents: fc.Arbitrary<unknown>;
    watchErrors();
    before(async () => {
      documents = await fuzzDocuments();
    });

    it(`the validator: ${VALIDATOR_RUNS} documents, never throws, lenient output is itself valid`, () => {
      fc.assert(
        fc.property(documents, (doc) => {
          const strict = validatePlan(doc);
          const lenient = readPlan(doc);
          for (const error of [...strict.errors, ...lenient.errors]) {
            if (!error.path.startsWith('/') && error.path !== '')
              throw new Error(`not a JSON Pointer: ${error.path}`);
          }
          if (lenient.plan) {
            const again = validatePlan(lenient.plan);
            if (!again.valid)
              throw new Error(`lenient output invalid: ${JSON.stringify(again.errors.slice(0, 3))}`);
          }
          if (strict.valid && (lenient.skipped.length || !lenient.plan))
            throw new Error('a valid document lost items');
        }),
        { numRuns: VALIDATOR_RUNS, seed: SEED },
      );
    });
  });
}

export function describeWidgetFuzz(tag: WidgetTag): void {
  describe(`fuzz ${tag} (seed ${SEED})`, function () {
    this.timeout(10 * 60 * 1000);
    let documents: fc.Arbitrary<unknown>;
    watchErrors();
    before(async () => {
      documents = await fuzzDocuments({ deepChainOdds: WIDGET_DEEP_CHAIN_ODDS });
    });

    it(`${tag}: ${WIDGET_RUNS} documents, content or a localized role=alert, valid items all rendered`, async () => {
      const expectation = EXPECTED[tag];
      const wrapper = document.createElement('div');
      wrapper.lang = 'nn';
      const element = document.createElement(tag) as PlanvisTestElement;
      for (const [name, value] of Object.entries(expectation.attributes)) element.setAttribute(name, value);
      wrapper.append(element);
      document.body.append(wrapper);
      const seen = { documents: 0, valid: 0, items: 0, alerts: 0, chains: 0, chainMs: 0 };
      const started = performance.now();
      try {
        await fc.assert(
          fc.asyncProperty(documents, async (doc) => {
            seen.documents++;
            const docStarted = performance.now();
            element.plan = doc;
            await element.updateComplete;
            const root = element.shadowRoot!;
            const alert = root.querySelector('[role=alert]');
            if (!alert && !hasText(root)) throw new Error('neither content nor an alert');
            if (alert) seen.alerts++;
            if (alert && !normalize(alert.textContent ?? '').startsWith(ALERT_TITLE))
              throw new Error(
                `an alert not in nynorsk: ${JSON.stringify(normalize(alert.textContent ?? ''))}`,
              );
            if (validatePlan(doc).valid) {
              if (alert) throw new Error(`a valid plan shows an alert: ${alert.textContent}`);
              seen.valid++;
              if (expectation.item) {
                const titles = expectation.titles(doc as Plain);
                seen.items += titles.length;
                const dropped = droppedTitles(root, expectation, titles);
                if (dropped.length)
                  throw new Error(`dropped ${dropped.length} item(s), e.g. ${JSON.stringify(dropped[0])}`);
              }
            }
            if (problems.length) throw new Error(problems.join('; '));
            if (isDeepChain(doc)) (seen.chains++, (seen.chainMs += performance.now() - docStarted));
          }),
          { numRuns: WIDGET_RUNS, seed: SEED },
        );
      } finally {
        wrapper.remove();
      }
      const ms = (performance.now() - started) / Math.max(1, seen.documents);
      const chainMs = seen.chainMs / Math.max(1, seen.chains);
      console.log(
        `fuzz ${tag}: ${seen.documents} documents (${ms.toFixed(1)} ms each), ${seen.valid} valid with ` +
          `${seen.items} items counted and found, ${seen.alerts} role=alert; ` +
          `${seen.chains} with a 2,000-node chain (${chainMs.toFixed(0)} ms each)`,
      );
      await nextFrame();
      expect(problems).to.deep.equal([]);
    });
  });
}
