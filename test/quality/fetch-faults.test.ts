// Loading faults end to end (issue 12): every widget loads its plan by `src` from the test server's misbehaving
// routes (test/server/test-routes.js) — a timeout, 404, 500, a wrong content type, a body over `max-bytes`,
// truncated JSON, a redirect to another origin — and shows each fault as its own localized message in a
// role=alert (the messages differ from each other, and between nn and en). A src changed mid-fetch shows the
// latest plan only. The page keeps working: a sibling widget with a valid plan renders, and no uncaught error or
// unhandled rejection is recorded.
import { expect } from '@open-wc/testing';
import { WIDGETS, deepElements, deepText, settled, type PlanvisTestElement } from './widgets.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SOGNDAL = '/docs/examples/sogndal-oppvekst.json';
const HAMMERFEST = '/docs/examples/hammerfest-sjumilssteget.json';
const q = encodeURIComponent;

/** The same server under another origin: localhost ⇄ 127.0.0.1, same port. */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

/** The planvis-error code each fault must give. */
const CODES: Record<string, string> = {
  timeout: 'timeout',
  'http-404': 'http',
  'http-500': 'http',
  'content-type': 'content-type',
  oversize: 'too-large',
  'truncated-json': 'not-json',
  redirect: 'network',
};

/** Each fault: the attributes that provoke it. */
const FAULTS: Record<string, Record<string, string>> = {
  timeout: { src: '/__test/slow?ms=4000', timeout: '300' },
  'http-404': { src: '/__test/status?code=404' },
  'http-500': { src: '/__test/status?code=500' },
  'content-type': {
    src: `/__test/json?type=text/html&body=${q('<!doctype html><title>Sida finst ikkje</title><p>Sida finst ikkje.')}`,
  },
  oversize: { src: SOGNDAL, 'max-bytes': '1000' },
  'truncated-json': { src: `/__test/json?body=${q('{"formatVersion":"1.0","id":"avbrote","title":"Avbr')}` },
};
/** Texts of a browser or parser error that must never reach the user as the message. */
const RAW_ERROR =
  /Failed to fetch|NetworkError|TypeError|SyntaxError|AbortError|Unexpected token|JSON\.parse|undefined|\[object /;

interface Mounted {
  name: string;
  element: PlanvisTestElement;
  outcome: Promise<'load' | 'error'>;
  loads: string[];
  errors: string[];
}

/** Mounts `<tag>` with the attributes inside `container` and records its planvis-load and planvis-error events. */
function mount(
  container: HTMLElement,
  tag: string,
  name: string,
  attributes: Record<string, string>,
): Mounted {
  const element = document.createElement(tag) as PlanvisTestElement;
  element.dataset.case = name;
  const loads: string[] = [];
  const errors: string[] = [];
  element.addEventListener('planvis-load', (event) => loads.push(event.plan.id));
  element.addEventListener('planvis-error', (event) => errors.push(event.code));
  const outcome = settled(element, 8000);
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
  container.append(element);
  return { name, element, outcome, loads, errors };
}

const alertsOf = (element: Element) =>
  [...deepElements(element.shadowRoot!)].filter((el) => el.getAttribute('role') === 'alert');
const alertText = (element: Element) =>
  alertsOf(element)
    .map((alert) => deepText(alert).trim())
    .join(' ')
    .trim();

/** The message without the plan's address, so messages are compared by what they say about the fault. */
const withoutAddress = (text: string, m: Mounted) =>
  text
    .replaceAll(new URL(m.element.getAttribute('src')!, location.href).href, '…')
    .replaceAll(m.element.getAttribute('src')!, '…');

// Uncaught errors and unhandled rejections are recorded here, per test, and asserted after the test's other checks:
// mocha's window.onerror would end the test at the first one and hide the rest, so it is set aside meanwhile.
let problems: string[] = [];
let mochaOnError: OnErrorEventHandler = null;
const onRejection = (event: PromiseRejectionEvent) => {
  problems.push(`unhandled rejection: ${String(event.reason)}`);
  event.stopImmediatePropagation();
  event.preventDefault();
};

describe('loading faults, end to end through the test server, in every widget', function () {
  this.timeout(60_000);

  before(() => {
    mochaOnError = window.onerror;
    window.onerror = (message) => {
      problems.push(`uncaught: ${String(message)}`);
      return true;
    };
    window.addEventListener('unhandledrejection', onRejection, true);
  });
  after(() => {
    window.onerror = mochaOnError;
    window.removeEventListener('unhandledrejection', onRejection, true);
  });
  beforeEach(() => (problems = []));
  afterEach(() => document.body.replaceChildren());

  it(`precondition: ${OTHER_ORIGIN} is the same server under another origin, without CORS headers`, async () => {
    const response = await fetch(`${OTHER_ORIGIN}${SOGNDAL}`, { mode: 'no-cors' });
    expect(response.type).to.equal('opaque');
    const cors = await fetch(`${OTHER_ORIGIN}${SOGNDAL}`).then(
      (r) =>
        `answered ${r.status}, Access-Control-Allow-Origin: ${r.headers.get('access-control-allow-origin')}`,
      () => 'blocked by CORS',
    );
    expect(cors, `fetch from ${location.origin} to ${OTHER_ORIGIN}`).to.equal('blocked by CORS');
  });

  for (const tag of WIDGETS) {
    it(`${tag}: each fault shows its own localized alert; a sibling still renders; nothing uncaught`, async () => {
      expect(customElements.get(tag), `<${tag}> is not registered by @planvis/planvis/define`).to.be.a(
        'function',
      );
      const texts: Record<string, Record<string, string>> = { nn: {}, en: {} };
      for (const lang of ['nn', 'en'] as const) {
        const wrapper = document.createElement('div');
        wrapper.lang = lang;
        document.body.append(wrapper);
        const faults = Object.entries(FAULTS).map(([name, attributes]) =>
          mount(wrapper, tag, name, attributes),
        );
        const sibling = mount(wrapper, tag, 'sibling', { src: SOGNDAL });
        const redirect = mount(wrapper, tag, 'redirect', {
          src: `/__test/redirect?to=${q(`${OTHER_ORIGIN}${SOGNDAL}`)}`,
        });
        const all = [...faults, sibling, redirect];
        const outcomes = await Promise.all(
          all.map((m) => m.outcome.catch((e: Error) => `no outcome: ${e.message}`)),
        );
        await Promise.all(all.map((m) => m.element.updateComplete));

        const where = (m: Mounted) => `${tag} · ${lang} · ${m.name}`;
        for (const [i, m] of faults.entries()) {
          expect(outcomes[i], `${where(m)}: outcome`).to.equal('error');
          const text = alertText(m.element);
          expect(text, `${where(m)}: a role=alert with a message`).not.to.equal('');
          expect(text, `${where(m)}: the message is a sentence for people`).not.to.match(RAW_ERROR);
          expect(m.loads, `${where(m)}: planvis-load`).to.deep.equal([]);
          expect(m.errors, `${where(m)}: planvis-error code`).to.deep.equal([CODES[m.name]]);
          texts[lang]![m.name] = withoutAddress(text, m);
        }
        // A redirect to another origin: the test server sends no Access-Control-Allow-Origin (see the precondition),
        // so the browser blocks the redirected response (CORS) and the widget shows the localized network error.
        expect(outcomes[all.indexOf(redirect)], `${where(redirect)}: outcome`).to.equal('error');
        const redirectText = alertText(redirect.element);
        expect(redirectText, `${where(redirect)}: a role=alert`).not.to.equal('');
        expect(redirectText, `${where(redirect)}: a sentence for people`).not.to.match(RAW_ERROR);
        expect(redirect.errors, `${where(redirect)}: planvis-error code`).to.deep.equal([CODES.redirect]);
        texts[lang]!.redirect = withoutAddress(redirectText, redirect);

        expect(outcomes[all.indexOf(sibling)], `${where(sibling)}: the valid plan loads`).to.equal('load');
        expect(alertsOf(sibling.element), `${where(sibling)}: no alert`).to.have.length(0);
        expect(deepText(sibling.element.shadowRoot!).trim(), `${where(sibling)}: content`).not.to.equal('');
      }

      for (const lang of ['nn', 'en']) {
        const entries = Object.entries(texts[lang]!);
        for (const [a, textA] of entries)
          for (const [b, textB] of entries)
            if (a < b)
              expect(textA, `${tag} · ${lang}: ${a} and ${b} show the same message`).not.to.equal(textB);
      }
      for (const name of Object.keys(texts.nn!))
        expect(texts.nn![name], `${tag} · ${name}: the same message in nn and en`).not.to.equal(
          texts.en![name],
        );
      await sleep(50);
      expect(problems, 'uncaught errors / unhandled rejections').to.deep.equal([]);
    });

    it(`${tag}: a src changed mid-fetch shows the latest plan only`, async () => {
      expect(customElements.get(tag), `<${tag}> is not registered by @planvis/planvis/define`).to.be.a(
        'function',
      );
      const wrapper = document.createElement('div');
      wrapper.lang = 'nn';
      document.body.append(wrapper);
      const started = Date.now();
      const raced = mount(wrapper, tag, 'raced', { src: `/__test/slow?ms=1000&src=${q(SOGNDAL)}` });
      const reference = mount(wrapper, tag, 'reference', { src: HAMMERFEST });
      await sleep(100);
      raced.element.setAttribute('src', HAMMERFEST);
      expect(await raced.outcome, `${tag}: outcome`).to.equal('load');
      await reference.outcome;
      await sleep(Math.max(0, 1400 - (Date.now() - started))); // the stale answer has arrived by now
      await raced.element.updateComplete;
      await reference.element.updateComplete;

      expect(raced.loads, `${tag}: planvis-load events (plan ids)`).to.deep.equal([
        'hammerfest-sjumilssteget',
      ]);
      expect(raced.errors, `${tag}: planvis-error events`).to.deep.equal([]);
      expect(alertsOf(raced.element)).to.have.length(0);
      const text = deepText(raced.element.shadowRoot!).trim();
      expect(text).not.to.equal('');
      expect(text, `${tag}: shows the latest plan, as the same widget given it directly does`).to.equal(
        deepText(reference.element.shadowRoot!).trim(),
      );
      expect(problems, 'uncaught errors / unhandled rejections').to.deep.equal([]);
    });
  }

  it('no uncaught error or unhandled rejection after the slow answers have come in', async () => {
    await sleep(1000);
    expect(problems).to.deep.equal([]);
  });
});
