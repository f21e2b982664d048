// A large plan (1,000 items or more) is read in a task of its own, so reading it and rendering it are not one
// long task: the element shows its silent loading state first, then the plan. What a user and a host page
// notice stays the same: `updateComplete` resolves with the plan shown, `planvis-load` fires once, after the
// plan is shown, the loading text does not flash, and the latest source wins when it changes mid-read.
import { expect, html } from '@open-wc/testing';
import { PlanvisElement, type PlanContext, type PlanvisLoadEvent } from '@planvis/core';
import '@planvis/core/define';
import {
  OWN_TASK_CHARACTERS,
  OWN_TASK_ITEMS,
  readsInOwnTask,
} from '../../packages/core/src/load/read-plan-data-in-own-task.js';
import { readPlanData, readPlanDataInSteps } from '../../packages/core/src/load/read-plan-data.js';
import lenient from './fixtures/lenient-plan.json' with { type: 'json' };
import invalid from './fixtures/invalid-plan.json' with { type: 'json' };
import { alertText, recordEvents, statusText, until } from './core-test-support.js';

/** Shows the plan title and how many nodes it has; records what each update showed. */
class CoreTestLarge extends PlanvisElement {
  shown: string[] = [];

  protected override renderPlan(ctx: PlanContext) {
    return html`<h2>${this.i18n.text(ctx.plan.title).text}</h2>
      <p>${ctx.index.nodesById.size} nodes</p>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const root = this.shadowRoot!;
    this.shown.push(
      root.querySelector('h2')?.textContent ??
        (root.querySelector('[role=alert]')
          ? 'error'
          : root.querySelector('[part=loading]')
            ? 'loading'
            : ''),
    );
  }
}
customElements.define('core-test-large', CoreTestLarge);

/** A valid plan with `count` nodes: a root and its children. */
function largePlan(title: string, count = OWN_TASK_ITEMS + 200) {
  return {
    formatVersion: '1.0',
    id: 'large',
    title,
    owner: { name: 'Test' },
    languages: ['en'],
    updated: '2024-01-01',
    nodes: Array.from({ length: count }, (_, i) =>
      i === 0
        ? { id: 'root', type: 'focus-area', title: 'Root' }
        : { id: `n${i}`, type: 'goal', parent: 'root', title: `Goal ${i}` },
    ),
  };
}

const titleOf = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';
const countOf = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent ?? '';

/**
 * Lets microtasks run, within the current task, until the element has updated `count` times. Lit updates in
 * a microtask, so a read done in the update would show here; one done in a task of its own cannot.
 */
async function updatesInThisTask(el: CoreTestLarge, count: number): Promise<void> {
  for (let i = 0; i < 1000 && el.shown.length < count; i++) await Promise.resolve();
}

function create(plan?: unknown): CoreTestLarge {
  const el = document.createElement('core-test-large') as CoreTestLarge;
  el.lang = 'en';
  if (plan !== undefined) el.plan = plan;
  document.body.append(el);
  return el;
}

describe('reading a large plan in a task of its own', function () {
  this.timeout(20_000);
  let rec: ReturnType<typeof recordEvents>;
  beforeEach(() => (rec = recordEvents()));
  afterEach(() => {
    rec.stop();
    document.querySelectorAll('core-test-large, planvis-plan').forEach((el) => el.remove());
  });

  it('counts items (nodes, milestones, SWOT items, matrix cells…) and JSON text against the thresholds', () => {
    const plan = largePlan('Count', OWN_TASK_ITEMS - 1);
    expect(readsInOwnTask(plan), `${OWN_TASK_ITEMS - 1} nodes`).to.equal(false);
    expect(readsInOwnTask({ ...plan, milestones: [{}] }), `${OWN_TASK_ITEMS} items`).to.equal(true);
    const swot = { swot: [{ items: Array.from({ length: OWN_TASK_ITEMS }, () => ({})) }] };
    expect(readsInOwnTask(swot), 'SWOT items count').to.equal(true);
    expect(readsInOwnTask({ visionMatrix: { cells: new Array(OWN_TASK_ITEMS).fill({}) } })).to.equal(true);
    expect(readsInOwnTask('x'.repeat(OWN_TASK_CHARACTERS - 1))).to.equal(false);
    expect(readsInOwnTask('x'.repeat(OWN_TASK_CHARACTERS))).to.equal(true);
    expect(readsInOwnTask(null)).to.equal(false);
    const read = largePlan('Read before');
    readPlanData(read, { kind: 'property' });
    expect(readsInOwnTask(read), 'an object read before costs nothing to read again').to.equal(false);
  });

  it('reading in two steps gives what reading at once gives: plan, skipped, errors, failures', () => {
    const origin = { kind: 'property' } as const;
    const outcome = (read: () => unknown) => {
      try {
        const data = read() as { plan: unknown; skipped: unknown; errors: unknown };
        return { plan: data.plan, skipped: data.skipped, errors: data.errors };
      } catch (error) {
        const failure = error as { code: string; errors?: unknown };
        return { code: failure.code, errors: failure.errors };
      }
    };
    const documents: unknown[] = [
      largePlan('Valid', 20),
      lenient,
      invalid,
      { formatVersion: '1.0' },
      [1, 2],
      42,
      JSON.stringify(lenient),
      '{ "formatVersion": ',
    ];
    for (const doc of documents) {
      const atOnce = outcome(() => readPlanData(structuredClone(doc), origin));
      const inSteps = outcome(() => readPlanDataInSteps(structuredClone(doc), origin)());
      expect(inSteps, JSON.stringify(doc).slice(0, 40)).to.deep.equal(atOnce);
    }
    expect(outcome(() => readPlanData(JSON.stringify(lenient), origin)))
      .to.have.property('skipped')
      .with.length.above(0);
  });

  it('a small plan is still read in the update that follows setting it', async () => {
    const el = create(largePlan('Small', 10));
    await el.updateComplete;
    expect(el.shown).to.deep.equal(['Small']);
  });

  it('a large .plan: the silent loading state first, then the plan; updateComplete waits for it; one planvis-load', async () => {
    const el = create(largePlan('Large'));
    await updatesInThisTask(el, 1);
    expect(el.shown, 'the task that set the plan').to.deep.equal(['loading']);
    expect(await el.updateComplete).to.equal(true);
    expect(titleOf(el)).to.equal('Large');
    expect(countOf(el)).to.equal(`${OWN_TASK_ITEMS + 200} nodes`);
    expect(el.shown, 'the read was not part of the first update').to.deep.equal(['loading', 'Large']);
    expect(statusText(el)).to.equal('');
    const loads = rec.of('planvis-load', el) as PlanvisLoadEvent[];
    expect(loads).to.have.length(1);
    expect(loads[0]!.plan.title).to.equal('Large');
  });

  it('does not flash the loading text: it would appear only after 300 ms', async () => {
    const el = create(largePlan('No flash'));
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(statusText(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    observer.disconnect();
    expect(titleOf(el)).to.equal('No flash');
    expect(texts.filter((text) => text !== '')).to.deep.equal([]);
  });

  it('large JSON text as .plan is parsed and read in a task of its own too', async () => {
    const plan = largePlan('As text');
    const text = JSON.stringify(plan, null, 2).padEnd(OWN_TASK_CHARACTERS, ' ');
    const el = create(text);
    await el.updateComplete;
    expect(el.shown).to.deep.equal(['loading', 'As text']);
  });

  it('a large invalid plan: the error after the read, one planvis-error', async () => {
    const plan: Record<string, unknown> = largePlan('Broken');
    delete plan.title;
    const el = create(plan);
    await el.updateComplete;
    expect(alertText(el)).to.contain('/title');
    expect(el.shown).to.deep.equal(['loading', 'error']);
    expect(rec.of('planvis-error', el)).to.have.length(1);
    expect(rec.of('planvis-load', el)).to.have.length(0);
  });

  it('the latest .plan wins when it changes mid-read: the older plan is never shown nor announced', async () => {
    const el = create(largePlan('First'));
    await updatesInThisTask(el, 1);
    expect(el.shown).to.deep.equal(['loading']);
    el.plan = largePlan('Second', 10);
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Second');
    el.plan = largePlan('Third');
    await updatesInThisTask(el, 3);
    expect(el.shown.at(-1)).to.equal('loading');
    el.plan = largePlan('Fourth');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for a stray older read to land
    expect(titleOf(el)).to.equal('Fourth');
    expect(el.shown.filter((shown) => shown !== 'loading')).to.deep.equal(['Second', 'Fourth']);
    const loads = rec.of('planvis-load', el) as PlanvisLoadEvent[];
    expect(loads.map((event) => event.plan.title)).to.deep.equal(['Second', 'Fourth']);
  });

  it('removed mid-read and put back: reads again and shows the plan', async () => {
    const el = create(largePlan('Moved'));
    await updatesInThisTask(el, 1);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    document.body.append(el);
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Moved');
    expect(rec.of('planvis-load', el)).to.have.length(1);
  });

  it('a large fetched plan: read after the fetch, in a task of its own; the latest src wins', async () => {
    const url = (title: string) =>
      URL.createObjectURL(new Blob([JSON.stringify(largePlan(title))], { type: 'application/json' }));
    const el = create();
    el.src = url('Fetched');
    await until(() => titleOf(el) === 'Fetched', 'the fetched plan was not shown');
    expect(rec.of('planvis-load', el)).to.have.length(1);
    const older = url('Older');
    const newer = url('Newer');
    el.src = older;
    await new Promise((resolve) => setTimeout(resolve, 0));
    el.src = newer;
    await until(() => titleOf(el) === 'Newer', 'the newer src was not shown');
    await new Promise((resolve) => setTimeout(resolve, 100)); // time for a stray older read to land
    expect(titleOf(el)).to.equal('Newer');
    // "Older" may have been shown before "Newer" was asked for (the fetch is fast), never after.
    expect(el.shown.lastIndexOf('Older')).to.be.below(el.shown.indexOf('Newer'));
    const loads = rec.of('planvis-load', el) as PlanvisLoadEvent[];
    expect(loads.at(-1)!.plan.title).to.equal('Newer');
  });

  it('<planvis-plan> reads a large plan in a task of its own and shares it', async () => {
    const provider = document.createElement('planvis-plan');
    const widget = document.createElement('core-test-large') as CoreTestLarge;
    widget.lang = 'en';
    provider.append(widget);
    provider.plan = largePlan('Shared');
    document.body.append(provider);
    await provider.updateComplete;
    await widget.updateComplete;
    expect(titleOf(widget)).to.equal('Shared');
    expect(widget.shown).to.deep.equal(['loading', 'Shared']);
  });
});
