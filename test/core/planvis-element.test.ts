// The base element through a tiny test-only subclass: plan sources and their order, the loading, error and
// ready states, the skipped-items notice, node look-up, a widget that throws, events and the theme attribute.
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import {
  PlanvisElement,
  type PlanvisErrorEvent,
  PlanvisLoadEvent,
  PlanvisSelectEvent,
  type PlanContext,
} from '@planvis/core';
import '@planvis/core/define';
import minimal from './fixtures/minimal-plan.json' with { type: 'json' };
import lenient from './fixtures/lenient-plan.json' with { type: 'json' };
import invalid from './fixtures/invalid-plan.json' with { type: 'json' };
import {
  alertText,
  copy,
  recordEvents,
  sleep,
  statusText,
  unique,
  until,
  waitForAlert,
} from './core-test-support.js';

/** Shows the plan title, every node title, and the chosen node; a button fires planvis-select. */
class CoreTestView extends PlanvisElement {
  protected override renderPlan(ctx: PlanContext) {
    return html`<h2>${this.i18n.text(ctx.plan.title).text}</h2>
      <ul>
        ${ctx.index.roots.map((n) => html`<li>${this.i18n.text(n.title).text}</li>`)}
      </ul>
      ${ctx.node ? html`<p class="node">${ctx.node.id}</p>` : nothing}
      <button @click=${() => this.select({ kind: 'node', id: 'g1', item: ctx.index.nodesById.get('g1') })}>
        pick
      </button>`;
  }
}
customElements.define('core-test-view', CoreTestView);

/** A widget whose renderPlan throws. */
class CoreTestBroken extends PlanvisElement {
  protected override renderPlan(): never {
    throw new Error('widget bug');
  }
}
customElements.define('core-test-broken', CoreTestBroken);

const FIXTURES = '/test/core/fixtures';
const plan = (title: string, id = 'p') => ({
  formatVersion: '1.0',
  id,
  title,
  owner: { name: 'Test' },
  languages: ['en'],
  updated: '2024-01-01',
  nodes: [],
});
const titleOf = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';

describe('PlanvisElement: plan sources', () => {
  let rec: ReturnType<typeof recordEvents>;
  beforeEach(() => (rec = recordEvents()));
  afterEach(() => rec.stop());

  it('renders a plan given as the .plan property, and fires planvis-load with the plan', async () => {
    const doc = copy(minimal);
    const el = await fixture<CoreTestView>(html`<core-test-view lang="nn" .plan=${doc}></core-test-view>`);
    expect(titleOf(el)).to.equal('Testplan');
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Best på oppvekst',
    ]);
    const loads = rec.of('planvis-load', el) as PlanvisLoadEvent[];
    expect(loads).to.have.length(1);
    expect(loads[0]!.plan.id).to.equal('test-plan');
    expect(loads[0]!.skipped).to.deep.equal([]);
  });

  it('accepts the plan as JSON text in .plan', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view .plan=${JSON.stringify(plan('From text'))}></core-test-view>`,
    );
    expect(titleOf(el)).to.equal('From text');
  });

  it('reads inline <script type="application/json"> and follows changes to it', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view>
        <script type="application/json">
          ${JSON.stringify(plan('Inline one'))}
        </script>
      </core-test-view>`,
    );
    expect(titleOf(el)).to.equal('Inline one');
    el.querySelector('script')!.textContent = JSON.stringify(plan('Inline two'));
    await until(() => titleOf(el) === 'Inline two', 'the inline JSON change was not picked up');
  });

  it('takes .plan over inline JSON over src over an enclosing <planvis-plan>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<planvis-plan .plan=${plan('From provider')}>
        <core-test-view src=${`/__test/json?body=${encodeURIComponent(JSON.stringify(plan('From src')))}`}>
          <script type="application/json">
            ${JSON.stringify(plan('From inline'))}
          </script>
        </core-test-view>
      </planvis-plan>`,
    );
    const el = wrapper.querySelector('core-test-view') as CoreTestView;
    el.plan = plan('From property');
    await el.updateComplete;
    expect(titleOf(el)).to.equal('From property');
    el.plan = undefined;
    await until(() => titleOf(el) === 'From inline', 'inline JSON should come next');
    el.querySelector('script')!.remove();
    await until(() => titleOf(el) === 'From src', 'src should come next');
    el.removeAttribute('src');
    await until(() => titleOf(el) === 'From provider', 'the enclosing <planvis-plan> should come last');
  });

  it('loads src relative to the page, shows role=status while loading (text only after a short delay)', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view
        lang="nb"
        src=${`/__test/slow?ms=1200&src=${FIXTURES}/minimal-plan.json&u=${unique()}`}
      ></core-test-view>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"]'), 'a status region from the start').to.exist;
    expect(statusText(el), 'no loading text in the first moments').to.equal('');
    await until(() => statusText(el) === 'Laster planen …', 'the loading text did not appear');
    await until(() => titleOf(el) === 'Testplan', 'the plan did not render');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('does not flash the loading text for a fast load', async () => {
    const seen: string[] = [];
    const el = document.createElement('core-test-view') as CoreTestView;
    el.src = `/__test/slow?ms=100&src=${FIXTURES}/minimal-plan.json&u=${unique()}`;
    document.body.append(el);
    try {
      await el.updateComplete;
      const observer = new MutationObserver(() => seen.push(statusText(el)));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await until(() => titleOf(el) === 'Test plan', 'the plan did not render');
      observer.disconnect();
      expect(seen.filter(Boolean)).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});

describe('PlanvisElement: states and errors', () => {
  let rec: ReturnType<typeof recordEvents>;
  beforeEach(() => (rec = recordEvents()));
  afterEach(() => rec.stop());

  it('renders every valid item of a partly invalid plan, with an expandable notice of what was skipped', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view lang="en" .plan=${copy(lenient)}></core-test-view>`,
    );
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.include.members(['Gyldig mål', 'Gyldig mål to']);
    expect(items).not.to.include('Mål med feil dato');
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details, 'a <details> notice').to.exist;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal(
      '2 items in the plan have errors and are not shown',
    );
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('/nodes/1').and.to.contain('g2').and.to.contain('2014-02-30');
    expect(text).to.contain('/milestones/0').and.to.contain('finished');
    // above what the widget draws
    expect(details.compareDocumentPosition(el.shadowRoot!.querySelector('h2')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const load = rec.of('planvis-load', el)[0] as PlanvisLoadEvent;
    expect(load.skipped.map((s) => s.path)).to.deep.equal(['/nodes/1', '/milestones/0']);
  });

  it('shows the first three errors of an invalid plan with their JSON paths, then "and N more"', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view lang="en" .plan=${copy(invalid)}></core-test-view>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The plan document has errors:');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(4);
    for (const item of items.slice(0, 3)) expect(item).to.match(/^\/\S*/);
    expect(items[3]).to.match(/^and \d+ more errors$/);
    const error = rec.of('planvis-error', el)[0] as PlanvisErrorEvent;
    expect(error.code).to.equal('invalid');
    expect(error.errors!.length).to.equal(3 + Number(/\d+/.exec(items[3]!)![0]));
    expect(error.message).to.contain('/id:').and.to.contain('and 3 more errors');
  });

  it('says when the JSON is not a plan document', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view lang="en" .plan=${{ hello: 'world' }}></core-test-view>`,
    );
    expect(alertText(el)).to.contain('This JSON is not a planvis plan document.');
    expect(alertText(el)).to.contain('Source: the plan property');
  });

  it('shows line and column for broken inline JSON', async () => {
    const el = document.createElement('core-test-view') as CoreTestView;
    el.lang = 'nn';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{\n  "formatVersion": "1.0",\n  "id": "x",,\n}';
    el.append(script);
    document.body.append(el);
    try {
      const text = await waitForAlert(el);
      expect(text).to.contain('Planen er ikkje gyldig JSON: feilen er på linje 3, kolonne 13.');
      expect(text).to.contain('Kjelde: JSON-en inni elementet');
    } finally {
      el.remove();
    }
  });

  it('passes the node named by `node`, and says so when the plan has no such node', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view lang="en" node="g1.1" .plan=${copy(minimal)}></core-test-view>`,
    );
    expect(el.shadowRoot!.querySelector('.node')!.textContent).to.equal('g1.1');
    el.node = 'nope-7';
    await el.updateComplete;
    expect(alertText(el)).to.contain('The plan has no item with the id “nope-7” (the node attribute).');
    expect((rec.of('planvis-error', el).at(-1) as PlanvisErrorEvent).code).to.equal('node-not-found');
    el.node = 'g1';
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(rec.of('planvis-load', el)).to.have.length(2);
  });

  it('catches a widget whose renderPlan throws: a generic localized error, planvis-error, the page unharmed', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    const errorLog = console.error;
    console.error = () => undefined;
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <core-test-broken lang="sv" .plan=${copy(minimal)}></core-test-broken>
          <core-test-view lang="sv" .plan=${copy(minimal)}></core-test-view>
        </div>`,
      );
      const broken = wrap.querySelector('core-test-broken')!;
      // The first render waits for the Swedish strings (loaded on demand).
      expect(await waitForAlert(broken)).to.contain('Något gick fel när planen skulle visas.');
      await (wrap.querySelector('core-test-view') as CoreTestView).updateComplete;
      expect((rec.of('planvis-error', broken)[0] as PlanvisErrorEvent).code).to.equal('render');
      // sv reads the English title of a plan written in nn and en (sv falls back to English)
      expect(titleOf(wrap.querySelector('core-test-view')!)).to.equal('Test plan');
      await sleep(50);
      expect(uncaught).to.deep.equal([]);
    } finally {
      console.error = errorLog;
      window.removeEventListener('error', onError);
    }
  });

  it('shows a localized role=alert for a missing URL in nn, nb, da, sv and en — five different texts', async () => {
    const texts: string[] = [];
    for (const lang of ['nn', 'nb', 'da', 'sv', 'en']) {
      const el = await fixture<CoreTestView>(html`<core-test-view lang=${lang}></core-test-view>`);
      texts.push(await waitForAlert(el));
      expect((rec.of('planvis-error', el)[0] as PlanvisErrorEvent).code).to.equal('no-source');
    }
    expect(new Set(texts).size).to.equal(5);
    expect(texts[0]).to.contain('Det er ingen plan å vise');
    expect(texts[1]).to.contain('Det er ingen plan å vise: gi elementet en src-adresse');
    expect(texts[2]).to.contain('Der er ingen plan at vise');
    expect(texts[3]).to.contain('Det finns ingen plan att visa');
    expect(texts[4]).to.contain('There is no plan to show');
  });
});

describe('PlanvisElement: events and attributes', () => {
  it('fires typed, bubbling, composed events; planvis-select only on a user action', async () => {
    const rec = recordEvents();
    try {
      const el = await fixture<CoreTestView>(html`<core-test-view .plan=${copy(minimal)}></core-test-view>`);
      const load = rec.of('planvis-load', el)[0]!;
      expect(load).to.be.instanceOf(PlanvisLoadEvent);
      expect(load.bubbles && load.composed).to.equal(true);
      expect(rec.of('planvis-select')).to.have.length(0);
      el.shadowRoot!.querySelector('button')!.click();
      const select = rec.of('planvis-select', el)[0] as PlanvisSelectEvent;
      expect(select).to.be.instanceOf(PlanvisSelectEvent);
      expect(select.bubbles && select.composed).to.equal(true);
      expect(select.detail).to.deep.include({ kind: 'node', id: 'g1' });
      el.plan = copy(minimal); // a new document: a new load, not a select
      await el.updateComplete;
      expect(rec.of('planvis-select')).to.have.length(1);
      expect(rec.of('planvis-load', el)).to.have.length(2);
    } finally {
      rec.stop();
    }
  });

  it('reflects theme (light by default) and reads timeout, max-bytes and credentials attributes', async () => {
    const el = await fixture<CoreTestView>(
      html`<core-test-view
        timeout="2500"
        max-bytes="1234"
        credentials="include"
        .plan=${copy(minimal)}
      ></core-test-view>`,
    );
    expect(el.getAttribute('theme')).to.equal('light');
    expect(el.timeout).to.equal(2500);
    expect(el.maxBytes).to.equal(1234);
    expect(el.credentials).to.equal('include');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
  });
});

describe('PlanvisElement: losing and regaining a source', () => {
  it('reports a missing source again after it had one', async () => {
    const rec = recordEvents();
    try {
      const el = await fixture<CoreTestView>(html`<core-test-view lang="en"></core-test-view>`);
      expect(rec.of('planvis-error', el)).to.have.length(1);
      el.plan = copy(minimal);
      await el.updateComplete;
      expect(alertText(el)).to.equal('');
      el.plan = undefined;
      await el.updateComplete;
      expect(alertText(el)).to.contain('There is no plan to show');
      expect(rec.of('planvis-error', el)).to.have.length(2);
      expect(rec.of('planvis-load', el)).to.have.length(1);
    } finally {
      rec.stop();
    }
  });
});
