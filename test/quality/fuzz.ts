// Fuzz: fast-check generates documents — valid ones and mutations of the examples — and feeds them to the
// validator (10,000 per run) and to every widget (FUZZ_WIDGET_RUNS each, default 300: a render with its checks
// costs 50–400 ms on a 2-core CI machine). Figures: 0 uncaught exceptions and 0 unhandled rejections; every
// widget shows content or a localized role=alert; for valid input every item is rendered (nothing dropped).
// One file per widget (fuzz-*.test.ts) so the runner spreads them over the cores. The seed is printed so a
// failure can be replayed: FUZZ_SEED=<seed> FUZZ_WIDGET_RUNS=<n> npx web-test-runner "test/quality/fuzz-*.test.ts"
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readPlan, validatePlan, type SwotAnalysis } from '@planvis/core';
import { pickAnalysis } from '@planvis/swot-grid';
import {
  EXAMPLES,
  loadExample,
  deepText,
  nextFrame,
  type PlanvisTestElement,
  type WidgetTag,
} from './widgets.js';
import { mutatedExample, notAPlan, validPlan } from './plan-arbitraries.js';

const settings = window as unknown as {
  PLANVIS_FUZZ_SEED: string | null;
  PLANVIS_FUZZ_WIDGET_RUNS: string | null;
};
const SEED = settings.PLANVIS_FUZZ_SEED ? Number(settings.PLANVIS_FUZZ_SEED) : Date.now() % 2 ** 31;
const VALIDATOR_RUNS = 10_000;
const WIDGET_RUNS = Number(settings.PLANVIS_FUZZ_WIDGET_RUNS ?? 300);

type Plain = Record<string, unknown>;
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const plainText = (value: unknown, lang = 'nn') =>
  normalize(
    typeof value === 'string'
      ? value
      : String((value as Plain)?.[lang] ?? Object.values((value as Plain) ?? {})[0] ?? ''),
  );

/** What each widget must show of a valid generated plan, and the attributes that make it show everything. */
const EXPECTED: Record<string, { attributes: Record<string, string>; texts: (plan: Plain) => string[] }> = {
  'planvis-goal-tree': {
    attributes: { layout: 'outline', 'expand-depth': '100000', 'no-filter': '' },
    texts: (plan) => (plan.nodes as Plain[]).map((node) => plainText(node.title)),
  },
  'planvis-program-card': {
    attributes: {},
    texts: (plan) =>
      (plan.nodes as Plain[])
        .filter((n) => n.type === 'program' || n.type === 'project')
        .map((n) => plainText(n.title)),
  },
  'planvis-milestone-timeline': {
    attributes: { view: 'list' },
    texts: (plan) => ((plan.milestones as Plain[]) ?? []).map((m) => plainText(m.title)),
  },
  'planvis-swot-grid': {
    attributes: {},
    // The analysis the widget shows (plan-level first), chosen the widget's own way.
    texts: (plan) =>
      pickAnalysis(plan.swot as SwotAnalysis[] | undefined).analysis?.items.map((i) => plainText(i.text)) ??
      [],
  },
  'planvis-vision-mission': { attributes: {}, texts: () => [] },
};

const problems: string[] = [];
const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  problems.push(`unhandled rejection: ${String(event.reason)}`);

/** The documents: valid plans, mutations of the five examples, and things that are not plans at all. */
async function fuzzDocuments(): Promise<fc.Arbitrary<unknown>> {
  const examples = await Promise.all(EXAMPLES.map((name) => loadExample(name)));
  return fc.oneof(
    { weight: 4, arbitrary: validPlan },
    { weight: 5, arbitrary: mutatedExample(examples) },
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
      documents = await fuzzDocuments();
    });

    it(`${tag}: ${WIDGET_RUNS} documents, content or a role=alert, valid items all rendered`, async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'nn';
      const element = document.createElement(tag) as PlanvisTestElement;
      for (const [name, value] of Object.entries(EXPECTED[tag].attributes)) element.setAttribute(name, value);
      wrapper.append(element);
      document.body.append(wrapper);
      try {
        await fc.assert(
          fc.asyncProperty(documents, async (doc) => {
            element.plan = doc;
            await element.updateComplete;
            const root = element.shadowRoot!;
            const alert = root.querySelector('[role=alert]');
            const text = normalize(deepText(root));
            if (!alert && !text) throw new Error('neither content nor an alert');
            if (alert && !normalize(alert.textContent ?? '')) throw new Error('an empty alert');
            if (validatePlan(doc).valid) {
              if (alert) throw new Error(`a valid plan shows an alert: ${alert.textContent}`);
              const missing = EXPECTED[tag]
                .texts(doc as Plain)
                .filter((expected) => !text.includes(expected));
              if (missing.length)
                throw new Error(`dropped ${missing.length} item(s), e.g. ${JSON.stringify(missing[0])}`);
            }
            if (problems.length) throw new Error(problems.join('; '));
          }),
          { numRuns: WIDGET_RUNS, seed: SEED },
        );
      } finally {
        wrapper.remove();
      }
      await nextFrame();
      expect(problems).to.deep.equal([]);
    });
  });
}
