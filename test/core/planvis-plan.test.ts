// <planvis-plan>: one load shared by every widget inside it; widgets on a page with the same src share one
// fetch; a widget that connects before <planvis-plan> is defined still gets the plan. Requests are counted
// by the test server (/__test/count and /__test/hits).
import { expect, fixture, html } from '@open-wc/testing';
import { PlanvisElement, PlanvisPlan, type PlanContext } from '@planvis/core';
import { alertText, recordEvents, unique, until, waitForAlert } from './core-test-support.js';

class CoreTestShared extends PlanvisElement {
  protected override renderPlan(ctx: PlanContext) {
    return html`<h2>${this.i18n.text(ctx.plan.title).text}</h2>`;
  }
}
customElements.define('core-test-shared', CoreTestShared);

const FIXTURES = '/test/core/fixtures';
const titleOf = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';
const hitsOf = async (key: string) =>
  ((await (await fetch(`/__test/hits?key=${key}`)).json()) as { hits: number }).hits;

describe('<planvis-plan>', function () {
  this.timeout(20_000);

  it('serves widgets that connected before it was defined (then registers through @planvis/core/define)', async () => {
    const key = unique();
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en">
        <planvis-plan src=${`/__test/count?key=${key}&src=${FIXTURES}/minimal-plan.json`}>
          <core-test-shared></core-test-shared>
        </planvis-plan>
      </div>`,
    );
    const widget = wrap.querySelector('core-test-shared')!;
    expect(alertText(widget), 'waiting for the provider, not an error').to.equal('');
    expect(customElements.get('planvis-plan')).to.equal(undefined);
    await import('@planvis/core/define');
    expect(customElements.get('planvis-plan')).to.equal(PlanvisPlan);
    await until(() => titleOf(widget) === 'Test plan', 'the late provider did not serve the widget');
  });

  it('loads once and shares the plan with every widget inside it', async () => {
    await import('@planvis/core/define');
    const key = unique();
    const rec = recordEvents();
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="nn">
          <planvis-plan src=${`/__test/count?key=${key}&ms=100&src=${FIXTURES}/minimal-plan.json`}>
            <core-test-shared></core-test-shared>
            <section><core-test-shared></core-test-shared></section>
            <core-test-shared lang="en"></core-test-shared>
          </planvis-plan>
        </div>`,
      );
      const widgets = [...wrap.querySelectorAll('core-test-shared')];
      await until(() => widgets.every((w) => titleOf(w) !== ''), 'not every widget rendered');
      expect(widgets.map(titleOf)).to.deep.equal(['Testplan', 'Testplan', 'Test plan']);
      expect(await hitsOf(key)).to.equal(1);
      expect(rec.of('planvis-load')).to.have.length(3);
    } finally {
      rec.stop();
    }
  });

  it('widgets with the same src share one fetch, even without <planvis-plan>', async () => {
    const key = unique();
    const src = `/__test/count?key=${key}&ms=200&src=${FIXTURES}/minimal-plan.json`;
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en">
        <core-test-shared src=${src}></core-test-shared>
        <core-test-shared src=${src}></core-test-shared>
        <core-test-shared src=${new URL(src, location.href).href}></core-test-shared>
      </div>`,
    );
    const widgets = [...wrap.querySelectorAll('core-test-shared')];
    await until(() => widgets.every((w) => titleOf(w) === 'Test plan'), 'not every widget rendered');
    expect(await hitsOf(key)).to.equal(1);
    // a widget added later reuses the finished load
    const late = document.createElement('core-test-shared');
    late.setAttribute('src', src);
    wrap.append(late);
    await until(() => titleOf(late) === 'Test plan', 'the late widget did not render');
    expect(await hitsOf(key)).to.equal(1);
  });

  it('a shared fetch goes on while one widget still waits for it', async () => {
    const key = unique();
    const src = `/__test/count?key=${key}&ms=500&src=${FIXTURES}/minimal-plan.json`;
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en">
        <core-test-shared src=${src}></core-test-shared>
        <core-test-shared src=${src}></core-test-shared>
      </div>`,
    );
    const [first, second] = [...wrap.querySelectorAll('core-test-shared')];
    first!.remove();
    await until(() => titleOf(second!) === 'Test plan', 'the remaining widget did not render');
    expect(await hitsOf(key)).to.equal(1);
  });

  it("a widget's own source wins over the provider's", async () => {
    await import('@planvis/core/define');
    const wrap = await fixture<HTMLElement>(
      html`<planvis-plan src=${`${FIXTURES}/lenient-plan.json?u=${unique()}`}>
        <core-test-shared src=${`${FIXTURES}/minimal-plan.json?u=${unique()}`} lang="en"></core-test-shared>
        <core-test-shared></core-test-shared>
      </planvis-plan>`,
    );
    const [own, shared] = [...wrap.querySelectorAll('core-test-shared')];
    await until(
      () => titleOf(own!) === 'Test plan' && titleOf(shared!) === 'Plan med feil',
      'wrong sources',
    ).catch((e: Error) => {
      throw new Error(
        `${e.message}: ${titleOf(own!)}|${alertText(own!)} / ${titleOf(shared!)}|${alertText(shared!)}`,
      );
    });
  });

  it("the provider's failure shows in every widget inside it, in each widget's language", async () => {
    await import('@planvis/core/define');
    const wrap = await fixture<HTMLElement>(
      html`<planvis-plan src=${`/__test/status?code=404&u=${unique()}`}>
        <core-test-shared lang="da"></core-test-shared>
        <core-test-shared lang="sv"></core-test-shared>
      </planvis-plan>`,
    );
    const [da, sv] = [...wrap.querySelectorAll('core-test-shared')];
    expect(await waitForAlert(da!)).to.contain('Serveren svarede med status 404');
    expect(await waitForAlert(sv!)).to.contain('Servern svarade med status 404');
  });

  it('an empty <planvis-plan> gives its widgets the missing-source message', async () => {
    await import('@planvis/core/define');
    const wrap = await fixture<HTMLElement>(
      html`<planvis-plan><core-test-shared lang="en"></core-test-shared></planvis-plan>`,
    );
    expect(await waitForAlert(wrap.querySelector('core-test-shared')!)).to.contain(
      'There is no plan to show',
    );
  });
});
