// Locales on demand: English is bundled; nn, nb, da and sv are fetched when an element first needs them.
// An element never renders a non-English UI in English first (a screen reader would read it), follows a
// `lang` switch without an English step, and falls back to English without throwing when a language's strings
// cannot be loaded. Every test file runs in a fresh page, so nothing but English is loaded when this starts.
import { expect, fixture, html } from '@open-wc/testing';
import {
  PlanvisElement,
  isLanguageLoaded,
  loadLanguage,
  registerLocales,
  type LocaleBundle,
  type PlanContext,
} from '@planvis/core';
import minimal from './fixtures/minimal-plan.json' with { type: 'json' };
import { copy, until } from './core-test-support.js';

/** Renders the given keys, one `<p>` each, and records the text of every render it commits. */
class CoreTestLoading extends PlanvisElement {
  keys: string[] = ['core:status.in-progress'];
  readonly renders: string[] = [];

  protected override renderPlan(_ctx: PlanContext) {
    return html`${this.keys.map((key) => html`<p>${this.i18n.t(key)}</p>`)}`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.renders.push(shown(this));
  }
}
customElements.define('core-test-loading', CoreTestLoading);

/** The text the element shows: its paragraphs, or its alert. */
function shown(el: Element): string {
  const root = el.shadowRoot!;
  const alert = root.querySelector('[role="alert"]');
  if (alert) return (alert.textContent ?? '').replace(/\s+/g, ' ').trim();
  return [...root.querySelectorAll('p')].map((p) => p.textContent).join(' | ');
}

/**
 * The core UI locale files the page has fetched so far (`en.json`, …). (The validation locales are not a
 * measure here: the unbundled test page also imports all of them for the synchronous `formatValidationError`,
 * which the bundles leave out.)
 */
function fetchedCoreLocales(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/core/src/i18n/locales/'))
    .map((path) => path.split('/').pop()!)
    .sort();
}

/** A loader that counts its calls. */
function counted(bundle: LocaleBundle): { load: () => Promise<{ default: LocaleBundle }>; calls: number } {
  const loader = {
    calls: 0,
    load: () => {
      loader.calls++;
      return Promise.resolve({ default: bundle });
    },
  };
  return loader;
}

describe('locales on demand', () => {
  it('a nynorsk element fetches only the nynorsk strings, and its first render is already in nynorsk', async () => {
    expect(isLanguageLoaded('en'), 'English is bundled').to.equal(true);
    expect(isLanguageLoaded('nn'), 'nothing else is loaded yet').to.equal(false);
    expect(fetchedCoreLocales()).to.deep.equal(['en.json']);

    const el = await fixture<CoreTestLoading>(
      html`<core-test-loading lang="nn" .plan=${copy(minimal)}></core-test-loading>`,
    );
    expect(el.renders, 'every render, from the first one').to.deep.equal(['I gang']);
    expect(isLanguageLoaded('nn')).to.equal(true);
    // nn is complete, so its fallback nb is not fetched; nor are da and sv.
    expect(fetchedCoreLocales()).to.deep.equal(['en.json', 'nn.json']);
  });

  it('shows validation messages in the language from the first render', async () => {
    const el = await fixture<CoreTestLoading>(
      html`<core-test-loading lang="nb" .plan=${{ ...copy(minimal), id: 'bad id' }}></core-test-loading>`,
    );
    expect(el.renders).to.have.length(1);
    expect(el.renders[0]).to.contain('Planen kan ikke vises').and.to.contain('Plandokumentet har feil:');
    expect(el.renders[0]).to.contain('/id «bad id» er ikke en gyldig id');
    expect(el.renders[0]).not.to.contain('The plan');
  });

  it('follows a lang switch to a language not loaded yet, with no English in between', async () => {
    const el = await fixture<CoreTestLoading>(
      html`<core-test-loading lang="nn" .plan=${copy(minimal)}></core-test-loading>`,
    );
    expect(isLanguageLoaded('da')).to.equal(false);
    el.lang = 'da';
    await until(() => shown(el) === 'I gang' && el.renders.length > 1, 'not re-rendered in Danish');
    el.lang = 'nb';
    await until(() => shown(el) === 'Pågår', 'not re-rendered in bokmål');
    expect(el.renders.every((text) => text !== 'In progress')).to.equal(true);
    expect(el.renders.at(-1)).to.equal('Pågår');
  });

  it('updateComplete waits for the language when the page switches <html lang>', async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'en';
      const el = await fixture<CoreTestLoading>(
        html`<core-test-loading .plan=${copy(minimal)}></core-test-loading>`,
      );
      expect(shown(el)).to.equal('In progress');
      document.documentElement.lang = 'da';
      await until(() => el.isUpdatePending || shown(el) === 'I gang', 'the switch was missed');
      await el.updateComplete;
      expect(shown(el)).to.equal('I gang');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('loads a fallback language only for a namespace that misses strings, once', async () => {
    const partial = {
      nn: counted({ title: 'Tittel' }), // no "close": nb has it
      nb: counted({ title: 'Tittel (nb)', close: 'Lukk' }),
    };
    const complete = {
      nn: counted({ title: 'Tittel', close: 'Lukk att' }),
      nb: counted({ title: 'Tittel', close: 'Lukk' }),
    };
    registerLocales(
      'core-test-partial',
      { en: { title: 'Title', close: 'Close' } },
      { nn: partial.nn.load, nb: partial.nb.load },
    );
    registerLocales(
      'core-test-complete',
      { en: { title: 'Title', close: 'Close' } },
      { nn: complete.nn.load, nb: complete.nb.load },
    );
    const keys = ['core-test-partial:title', 'core-test-partial:close', 'core-test-complete:close'];
    const wrap = await fixture<HTMLElement>(
      html`<div lang="nn">
        <core-test-loading .keys=${keys} .plan=${copy(minimal)}></core-test-loading>
        <core-test-loading .keys=${keys} .plan=${copy(minimal)}></core-test-loading>
      </div>`,
    );
    const els = [...wrap.querySelectorAll<CoreTestLoading>('core-test-loading')];
    await Promise.all(els.map((el) => el.updateComplete));
    await loadLanguage('nn');
    for (const el of els) expect(el.renders).to.deep.equal(['Tittel | Lukk | Lukk att']);
    expect(partial.nn.calls, 'one fetch for two elements').to.equal(1);
    expect(partial.nb.calls, 'nb fetched for the missing string').to.equal(1);
    expect(complete.nn.calls).to.equal(1);
    expect(complete.nb.calls, 'nothing missing: no fallback fetched').to.equal(0);
  });

  it('an element already shown re-renders in its language when a widget registers its strings later', async () => {
    const el = await fixture<CoreTestLoading>(
      html`<core-test-loading lang="nn" .plan=${copy(minimal)}></core-test-loading>`,
    );
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    registerLocales(
      'core-test-late',
      { en: { hello: 'Hello' } },
      { nn: () => gate.then(() => ({ default: { hello: 'Hei' } })) },
    );
    el.keys = ['core-test-late:hello'];
    el.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isLanguageLoaded('nn'), 'nn waits for the new namespace').to.equal(false);
    release();
    await el.updateComplete;
    expect(shown(el)).to.equal('Hei');
    expect(el.renders, 'never the English "Hello"').not.to.include('Hello');
  });
});

describe('a language that cannot be loaded', () => {
  let problems: string[];
  let warnings: unknown[][];
  const warn = console.warn;
  const onError = (event: ErrorEvent) => problems.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => problems.push(String(event.reason));

  beforeEach(() => {
    problems = [];
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('shows English instead, says why on the console, and throws nothing (a chunk that answers 404)', async () => {
    const missing = '/__test/status?code=404';
    registerLocales(
      'core-test-offline',
      { en: { hello: 'Hello' } },
      { da: () => import(/* @vite-ignore */ missing) as Promise<{ default: LocaleBundle }> },
    );
    const el = await fixture<CoreTestLoading>(
      html`<core-test-loading
        lang="da"
        .keys=${['core-test-offline:hello', 'core:status.in-progress']}
        .plan=${copy(minimal)}
      ></core-test-loading>`,
    );
    expect(el.renders).to.deep.equal(['Hello | I gang']);
    await loadLanguage('da'); // resolves, does not reject
    expect(isLanguageLoaded('da')).to.equal(true);
    expect(warnings.map((args) => String(args[0]))).to.deep.equal([
      'planvis: the da strings of "core-test-offline" could not be loaded',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(problems).to.deep.equal([]);
  });

  it('falls back to English for the core strings too (offline), and the element still renders', async () => {
    expect(isLanguageLoaded('sv')).to.equal(false);
    registerLocales('core', {}, { sv: () => Promise.reject(new TypeError('Failed to fetch')) });
    const el = await fixture<CoreTestLoading>(
      html`<core-test-loading lang="sv" .plan=${copy(minimal)}></core-test-loading>`,
    );
    expect(el.renders).to.deep.equal(['In progress']);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.equal('planvis: the sv strings of "core" could not be loaded');
    expect(problems).to.deep.equal([]);
  });
});
