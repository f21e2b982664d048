// Language: the chain (own lang, ancestors across shadow roots, <html lang>, navigator, English), no → nb,
// the nn ↔ nb fallbacks, one shared observer and live switching, content text and its lang attribute,
// Intl formatting, ISO weeks, widget locales and our own i18next instance.
import { expect, fixture, html } from '@open-wc/testing';
import i18next from 'i18next';
import type { I18nController } from '@planvis/core';
import {
  PlanvisElement,
  isoWeek,
  localizedText,
  registerLocales,
  resolveUiLanguage,
  startOfIsoWeek,
  toUiLanguage,
  type PlanContext,
} from '@planvis/core';
import en from '../../packages/core/src/i18n/locales/en.json' with { type: 'json' };
import nn from '../../packages/core/src/i18n/locales/nn.json' with { type: 'json' };
import nb from '../../packages/core/src/i18n/locales/nb.json' with { type: 'json' };
import da from '../../packages/core/src/i18n/locales/da.json' with { type: 'json' };
import sv from '../../packages/core/src/i18n/locales/sv.json' with { type: 'json' };
import minimal from './fixtures/minimal-plan.json' with { type: 'json' };
import { copy, until } from './core-test-support.js';

class CoreTestLang extends PlanvisElement {
  protected override renderPlan(ctx: PlanContext) {
    const title = ctx.plan.title;
    return html`<p class="ui">${this.i18n.t('core:status.in-progress')}</p>
      <h2>${localizedText(this.i18n, title)}</h2>
      <p class="plain">${localizedText(this.i18n, ctx.index.nodesById.get('g1.1')!.title)}</p>`;
  }
  get controller(): I18nController {
    return this.i18n;
  }
}
customElements.define('core-test-lang', CoreTestLang);

const ui = (el: Element) => el.shadowRoot!.querySelector('.ui')?.textContent ?? '';
const IN_PROGRESS = { nn: 'I gang', nb: 'Pågår', da: 'I gang', sv: 'Pågår', en: 'In progress' };

describe('language resolution (pure)', () => {
  it('maps tags to the five UI languages; no means nb', () => {
    expect(toUiLanguage('nn-NO')).to.equal('nn');
    expect(toUiLanguage('no')).to.equal('nb');
    expect(toUiLanguage('NB_no')).to.equal('nb');
    expect(toUiLanguage('sv-FI')).to.equal('sv');
    expect(toUiLanguage('de')).to.equal(undefined);
    expect(toUiLanguage('')).to.equal(undefined);
  });

  it('takes the first candidate it speaks, else English', () => {
    expect(resolveUiLanguage(['da', 'nn']).lang).to.equal('da');
    expect(resolveUiLanguage(['de-AT', 'fr', 'sv-SE']).lang).to.equal('sv');
    expect(resolveUiLanguage(['no-NO'])).to.deep.equal({ lang: 'nb', tag: 'nb' });
    expect(resolveUiLanguage(['en-US'])).to.deep.equal({ lang: 'en', tag: 'en-US' });
    expect(resolveUiLanguage([])).to.deep.equal({ lang: 'en', tag: 'en' });
  });
});

describe('language chain in the page', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it("uses the element's own lang, then the nearest ancestor's, then <html lang>", async () => {
    document.documentElement.lang = 'da';
    const wrap = await fixture<HTMLElement>(
      html`<div lang="sv">
        <core-test-lang lang="nn" .plan=${copy(minimal)}></core-test-lang>
        <section><core-test-lang .plan=${copy(minimal)}></core-test-lang></section>
      </div>`,
    );
    const [own, inherited] = [...wrap.querySelectorAll<CoreTestLang>('core-test-lang')];
    // An element renders once its language's strings are loaded: wait for the elements, not the wrapper.
    await Promise.all([own!.updateComplete, inherited!.updateComplete]);
    expect(ui(own!)).to.equal(IN_PROGRESS.nn);
    expect(ui(inherited!)).to.equal(IN_PROGRESS.sv);
    const loose = await fixture<CoreTestLang>(html`<core-test-lang .plan=${copy(minimal)}></core-test-lang>`);
    expect(ui(loose)).to.equal(IN_PROGRESS.da);
  });

  it('falls back to navigator.language, then English, with no lang anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<CoreTestLang>(html`<core-test-lang .plan=${copy(minimal)}></core-test-lang>`);
    const expected = resolveUiLanguage(navigator.languages).lang;
    expect(el.controller.lang).to.equal(expected);
    expect(ui(el)).to.equal(IN_PROGRESS[expected]);
  });

  it('crosses shadow roots to find the nearest lang, and follows live changes there', async () => {
    document.documentElement.lang = 'en';
    const outer = await fixture<HTMLElement>(html`<div lang="sv"><div class="host"></div></div>`);
    const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'da';
    const el = document.createElement('core-test-lang') as CoreTestLang;
    el.plan = copy(minimal);
    section.append(el);
    root.append(section);
    await el.updateComplete;
    expect(ui(el)).to.equal(IN_PROGRESS.da);
    section.lang = 'nb'; // inside the shadow root
    await until(() => ui(el) === IN_PROGRESS.nb, 'a lang change inside the shadow root was missed');
    section.removeAttribute('lang'); // now the light-DOM ancestor above the shadow host
    await until(() => ui(el) === IN_PROGRESS.sv, 'removing lang did not fall back to the ancestor');
    outer.lang = 'nn';
    await until(() => ui(el) === IN_PROGRESS.nn, 'an ancestor lang change was missed');
  });

  it('re-renders every element when the page switches <html lang>', async () => {
    document.documentElement.lang = 'nb';
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <core-test-lang .plan=${copy(minimal)}></core-test-lang>
        <core-test-lang .plan=${copy(minimal)}></core-test-lang>
        <core-test-lang lang="da" .plan=${copy(minimal)}></core-test-lang>
      </div>`,
    );
    const els = [...wrap.querySelectorAll<CoreTestLang>('core-test-lang')];
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.map(ui)).to.deep.equal([IN_PROGRESS.nb, IN_PROGRESS.nb, IN_PROGRESS.da]);
    document.documentElement.lang = 'sv';
    await until(
      () => els.map(ui).join() === [IN_PROGRESS.sv, IN_PROGRESS.sv, IN_PROGRESS.da].join(),
      'not re-rendered',
    );
    document.documentElement.lang = 'no';
    await until(() => ui(els[0]!) === IN_PROGRESS.nb, '"no" should mean nb');
  });

  it("content text follows the same chain, with lang on the node only when it differs from the UI's", async () => {
    // title: { nn, en }; node g1.1 title: plain string in the plan's first language (nn)
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <core-test-lang lang="nn" .plan=${copy(minimal)}></core-test-lang>
        <core-test-lang lang="nb" .plan=${copy(minimal)}></core-test-lang>
        <core-test-lang lang="en" .plan=${copy(minimal)}></core-test-lang>
        <core-test-lang lang="da" .plan=${copy(minimal)}></core-test-lang>
      </div>`,
    );
    const [nnEl, nbEl, enEl, daEl] = [...wrap.querySelectorAll<CoreTestLang>('core-test-lang')];
    await Promise.all([nnEl, nbEl, enEl, daEl].map((el) => el!.updateComplete));
    const title = (el: Element) => el.shadowRoot!.querySelector('h2 span')!;
    const plain = (el: Element) => el.shadowRoot!.querySelector('.plain span')!;
    expect(title(nnEl!).textContent).to.equal('Testplan');
    expect(title(nnEl!).hasAttribute('lang')).to.equal(false);
    expect(plain(nnEl!).hasAttribute('lang')).to.equal(false);
    // nb has no title of its own: nn comes before English, and the span says so
    expect(title(nbEl!).textContent).to.equal('Testplan');
    expect(title(nbEl!).getAttribute('lang')).to.equal('nn');
    expect(plain(nbEl!).getAttribute('lang')).to.equal('nn');
    expect(title(enEl!).textContent).to.equal('Test plan');
    expect(title(enEl!).hasAttribute('lang')).to.equal(false);
    expect(plain(enEl!).getAttribute('lang')).to.equal('nn');
    // da falls back to English
    expect(title(daEl!).textContent).to.equal('Test plan');
    expect(title(daEl!).getAttribute('lang')).to.equal('en');
  });

  it('uses one MutationObserver for all elements, observing each shadow root above them once', async () => {
    const observe = MutationObserver.prototype.observe;
    const langObservers: MutationObserver[] = [];
    const targets: Node[] = [];
    MutationObserver.prototype.observe = function (target: Node, options?: MutationObserverInit) {
      if (options?.attributeFilter?.includes('lang')) {
        langObservers.push(this);
        targets.push(target);
      }
      return observe.call(this, target, options);
    };
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="nn">
          <div></div>
          <div></div>
          <div></div>
        </div>`,
      );
      const roots = [...wrap.children].map((host) => host.attachShadow({ mode: 'open' }));
      const els: CoreTestLang[] = [];
      for (const root of roots) {
        for (let i = 0; i < 7; i++) {
          const el = document.createElement('core-test-lang') as CoreTestLang;
          el.plan = copy(minimal);
          root.append(el);
          els.push(el);
        }
      }
      await Promise.all(els.map((el) => el.updateComplete));
      expect(els.every((el) => ui(el) === IN_PROGRESS.nn)).to.equal(true);
      expect(new Set(langObservers).size, 'one observer').to.equal(1);
      expect(targets, 'each shadow root observed once').to.have.members(roots);
      wrap.lang = 'sv';
      await until(() => els.every((el) => ui(el) === IN_PROGRESS.sv), 'not every element followed');
    } finally {
      MutationObserver.prototype.observe = observe;
    }
  });
});

describe('formatting with Intl', () => {
  async function controller(lang: string): Promise<I18nController> {
    const el = await fixture<CoreTestLang>(
      html`<core-test-lang lang=${lang} .plan=${copy(minimal)}></core-test-lang>`,
    );
    return el.controller;
  }

  it('formats plan dates at their own precision', async () => {
    const nnC = await controller('nn');
    expect(nnC.formatDate('2014-03-24')).to.equal('24. mars 2014');
    expect(nnC.formatDate('2014-03')).to.equal('mars 2014');
    expect(nnC.formatDate('2014')).to.equal('2014');
    expect(nnC.formatDate('2014-03-24', 'short')).to.equal('24.03.2014');
    expect((await controller('da')).formatDate('2014-03-24')).to.equal('24. marts 2014');
    expect((await controller('sv')).formatDate('2014-03-24', 'short')).to.equal('2014-03-24');
    expect((await controller('sv')).formatDate('2014-03-24')).to.equal('24 mars 2014');
    expect((await controller('en')).formatDate('2014-03')).to.equal('March 2014');
    expect(nnC.formatDate('not a date')).to.equal('not a date');
  });

  it('formats date ranges', async () => {
    const nnC = await controller('nn');
    expect(nnC.formatDateRange({ start: '2014-03', end: '2014-06' })).to.equal('mars–juni 2014');
    expect(nnC.formatDateRange({ start: '2014' })).to.equal('frå 2014');
    expect(nnC.formatDateRange({ end: '2025-12-31' })).to.equal('til 31. desember 2025');
    expect((await controller('sv')).formatDateRange({ start: '2014' })).to.equal('från 2014');
  });

  it('formats numbers, percentages, currency and lists per language', async () => {
    const nbC = await controller('nb');
    expect(nbC.formatNumber(1234.5)).to.match(/^1\s234,5$/u);
    expect(nbC.formatPercent(0.42)).to.match(/^42\s%$/u);
    expect(nbC.formatCurrency(1500000, 'NOK')).to.match(/^1\s500\s000\skr$/u);
    expect(nbC.formatList(['a', 'b', 'c'])).to.equal('a, b og c');
    const daC = await controller('da');
    expect(daC.formatNumber(1234.5)).to.equal('1.234,5');
    expect(daC.formatCurrency(1500.5, 'DKK')).to.match(/^1\.500,50\skr\.$/u);
    expect((await controller('sv')).formatList(['a', 'b', 'c'])).to.equal('a, b och c');
    expect((await controller('en')).formatList(['a', 'b'], 'disjunction')).to.equal('a or b');
  });

  it('uses plural rules for counts', async () => {
    const enC = await controller('en');
    expect(enC.t('core:skipped.summary', { count: 1 })).to.equal(
      '1 item in the plan has errors and is not shown',
    );
    expect(enC.t('core:skipped.summary', { count: 3 })).to.equal(
      '3 items in the plan have errors and are not shown',
    );
    const nbC = await controller('nb');
    expect(nbC.t('core:skipped.summary', { count: 1 })).to.equal('1 punkt i planen har feil og vises ikke');
    expect(nbC.t('core:skipped.summary', { count: 2 })).to.equal('2 punkter i planen har feil og vises ikke');
  });

  it('numbers ISO weeks from Monday', () => {
    expect(isoWeek(new Date(Date.UTC(2014, 0, 1)))).to.deep.equal({ year: 2014, week: 1 });
    expect(isoWeek(new Date(Date.UTC(2021, 0, 3)))).to.deep.equal({ year: 2020, week: 53 });
    expect(isoWeek(new Date(Date.UTC(2021, 0, 4)))).to.deep.equal({ year: 2021, week: 1 });
    expect(isoWeek(new Date(Date.UTC(2024, 11, 30)))).to.deep.equal({ year: 2025, week: 1 });
    expect(startOfIsoWeek(new Date(Date.UTC(2021, 0, 3))).toISOString()).to.equal('2020-12-28T00:00:00.000Z');
    expect(startOfIsoWeek(new Date(Date.UTC(2024, 4, 13))).toISOString()).to.equal(
      '2024-05-13T00:00:00.000Z',
    );
  });
});

describe('strings and locales', () => {
  it('has the core labels in the glossary words', async () => {
    const el = await fixture<CoreTestLang>(
      html`<core-test-lang lang="nn" .plan=${copy(minimal)}></core-test-lang>`,
    );
    const t = (key: string) => el.controller.t(key);
    expect(t('core:nodeType.focus-area')).to.equal('Satsingsområde');
    expect(t('core:nodeType.action')).to.equal('Tiltak');
    expect(t('core:status.cancelled')).to.equal('Avbrote');
    expect(t('core:overdue')).to.equal('Forseinka');
    expect(t('core:loading')).to.equal('Lastar planen …');
  });

  it('every core locale has exactly the same keys', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    const reference = keys(en).sort();
    for (const [lang, bundle] of Object.entries({ nn, nb, da, sv })) {
      expect(keys(bundle).sort(), lang).to.deep.equal(reference);
    }
  });

  it('registers widget locales into its own i18next instance, never the global one, and re-renders', async () => {
    const el = await fixture<CoreTestLang>(
      html`<core-test-lang lang="sv" .plan=${copy(minimal)}></core-test-lang>`,
    );
    expect(el.controller.t('core-test:hello')).to.equal('hello'); // a missing key shows the key
    registerLocales('core-test', { en: { hello: 'Hello' }, sv: { hello: 'Hej' }, nb: { hello: 'Hei' } });
    expect(el.controller.t('core-test:hello')).to.equal('Hej');
    expect(i18next.isInitialized, 'the global i18next is untouched').not.to.equal(true);
    expect(i18next.store?.data?.sv, 'no strings in the global instance').to.equal(undefined);
    const nnEl = await fixture<CoreTestLang>(
      html`<core-test-lang lang="nn" .plan=${copy(minimal)}></core-test-lang>`,
    );
    expect(nnEl.controller.t('core-test:hello'), 'nn falls back to nb').to.equal('Hei');
    registerLocales('core-test-nn', { en: { hello: 'Hello' }, nn: { hello: 'Hei på deg' } });
    const nbEl = await fixture<CoreTestLang>(
      html`<core-test-lang lang="nb" .plan=${copy(minimal)}></core-test-lang>`,
    );
    expect(nbEl.controller.t('core-test-nn:hello'), 'nb falls back to nn').to.equal('Hei på deg');
    expect(el.controller.t('core-test-nn:hello'), 'sv falls back to English, not to nn').to.equal('Hello');
  });

  it('keeps plural forms and interpolations apart when it reuses a translated string', async () => {
    const el = await fixture<CoreTestLang>(
      html`<core-test-lang lang="en" .plan=${copy(minimal)}></core-test-lang>`,
    );
    const t = (key: string, options?: Record<string, unknown>) => el.controller.t(key, options);
    for (let round = 0; round < 2; round++) {
      expect(t('core:error.timeout', { count: 1, seconds: 1 })).to.equal(
        'The plan did not arrive within 1 second.',
      );
      expect(t('core:error.timeout', { count: 5, seconds: 5 })).to.equal(
        'The plan did not arrive within 5 seconds.',
      );
      expect(t('core:error.http', { status: 404 })).to.contain('404');
      expect(t('core:error.http', { status: '404' })).to.contain('404');
      expect(t('core:error.http', { status: 500 })).to.contain('500');
    }
  });

  it('shows validation messages in the UI language', async () => {
    const el = await fixture<CoreTestLang>(
      html`<core-test-lang lang="nn" .plan=${{ ...copy(minimal), id: 'bad id' }}></core-test-lang>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('Plandokumentet har feil:').and.to.contain('/id');
    expect(alert).not.to.contain('is not a valid id');
  });
});
