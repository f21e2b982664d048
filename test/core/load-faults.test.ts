// Every fetch fault against the test server's misbehaving routes (test/server/test-routes.js): each shows its
// own localized message saying what went wrong and where, in a role=alert, and fires planvis-error with its code.
import { expect, fixture, html } from '@open-wc/testing';
import { PlanvisElement, isJsonContentType, type PlanContext, type PlanvisErrorEvent } from '@planvis/core';
import { recordEvents, sleep, unique, until, waitForAlert } from './core-test-support.js';

class CoreTestLoad extends PlanvisElement {
  protected override renderPlan(ctx: PlanContext) {
    return html`<h2>${this.i18n.text(ctx.plan.title).text}</h2>`;
  }
}
customElements.define('core-test-load', CoreTestLoad);

const FIXTURES = '/test/core/fixtures';
const q = encodeURIComponent;
const titleOf = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';
const planJson = (title: string) =>
  JSON.stringify({
    formatVersion: '1.0',
    id: 'p',
    title,
    owner: { name: 'Test' },
    languages: ['en'],
    updated: '2024-01-01',
    nodes: [],
  });
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

async function failWith(src: string, attrs: Record<string, string> = {}, lang = 'en') {
  const rec = recordEvents();
  const el = document.createElement('core-test-load') as CoreTestLoad;
  el.lang = lang;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  document.body.append(el);
  try {
    const text = await waitForAlert(el);
    const error = rec.of('planvis-error', el)[0] as PlanvisErrorEvent | undefined;
    return { el, text, code: error?.code, message: error?.message };
  } finally {
    rec.stop();
  }
}

describe('loading from src: faults', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('core-test-load').forEach((el) => el.remove()));

  it('404 and 500: the status number and the address', async () => {
    const notFound = await failWith(`/__test/status?code=404&u=${unique()}`);
    expect(notFound.code).to.equal('http');
    expect(notFound.text).to.contain('The server answered with status 404 instead of the plan.');
    expect(notFound.text).to.contain(`Address: ${location.origin}/__test/status?code=404`);
    const serverError = await failWith(`/__test/status?code=500&u=${unique()}`, {}, 'nn');
    expect(serverError.text).to.contain('Tenaren svarte med status 500 i staden for planen.');
    expect(serverError.message, 'the event carries the shown message').to.contain('status 500');
  });

  it('a wrong content type names the type it got', async () => {
    const r = await failWith(
      `/__test/json?type=text/html&body=${q('<p>Sida finst ikkje</p>')}&u=${unique()}`,
      {},
      'nb',
    );
    expect(r.code).to.equal('content-type');
    expect(r.text).to.contain('Serveren sendte ikke JSON, men «text/html».');
  });

  it('accepts application/json and any +json type, nothing else', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).to.equal(true);
    expect(isJsonContentType('application/schema+json')).to.equal(true);
    expect(isJsonContentType('text/json')).to.equal(false);
    expect(isJsonContentType('text/plain')).to.equal(false);
    expect(isJsonContentType(null)).to.equal(false);
  });

  it('too large by Content-Length: the default limit of 5 MB, via Intl', async () => {
    const r = await failWith(`/__test/oversize?bytes=6000000&u=${unique()}`, {}, 'da');
    expect(r.code).to.equal('too-large');
    expect(r.text).to.contain('Planen er større end grænsen på 5 MB.');
  });

  it('too large while streaming, with no Content-Length, against max-bytes', async () => {
    const response = await fetch(`/__test/oversize-stream?bytes=3000&u=${unique()}`);
    expect(
      response.headers.get('content-length'),
      'precondition: the route sends no Content-Length',
    ).to.equal(null);
    await response.text();
    const r = await failWith(
      `/__test/oversize-stream?bytes=300000&u=${unique()}`,
      { 'max-bytes': '100000' },
      'sv',
    );
    expect(r.code).to.equal('too-large');
    expect(r.text).to.contain('Planen är större än gränsen på 100 kB.');
  });

  it('truncated JSON: the line and column where it goes wrong', async () => {
    const body = '{\n  "formatVersion": "1.0",\n  "id": "avbrote",\n  "title": "Avbr';
    const r = await failWith(`/__test/json?body=${q(body)}&u=${unique()}`);
    expect(r.code).to.equal('not-json');
    expect(r.text).to.contain('The plan is not valid JSON: the error is at line 4, column 17.');
  });

  it('JSON that is not a plan', async () => {
    const r = await failWith(`/__test/json?body=${q('[1, 2, 3]')}&u=${unique()}`, {}, 'nn');
    expect(r.code).to.equal('not-a-plan');
    expect(r.text).to.contain('Denne JSON-en er ikkje eit plandokument for planvis.');
  });

  it('a slow response times out after the `timeout` attribute (milliseconds); the message says it in seconds', async () => {
    const started = performance.now();
    const r = await failWith(`/__test/slow?ms=5000&u=${unique()}`, { timeout: '400' }, 'en');
    expect(performance.now() - started).to.be.below(3000);
    expect(r.code).to.equal('timeout');
    expect(r.text).to.contain('The plan did not arrive within 0.4 seconds.');
    const nn = await failWith(`/__test/slow?ms=5000&u=${unique()}`, { timeout: '1000' }, 'nn');
    expect(nn.text).to.contain('Planen kom ikkje innan 1 sekund.');
  });

  it('a redirect to another origin without CORS is a network error; with CORS it loads', async () => {
    const blocked = await failWith(
      `/__test/redirect?to=${q(`${OTHER_ORIGIN}${FIXTURES}/minimal-plan.json`)}&u=${unique()}`,
    );
    expect(blocked.code).to.equal('network');
    expect(blocked.text).to.contain('The plan could not be fetched.').and.to.contain('(CORS)');
    const el = await fixture<CoreTestLoad>(
      html`<core-test-load
        lang="en"
        src=${`/__test/redirect?to=${q(`${OTHER_ORIGIN}/__test/cors?src=${FIXTURES}/minimal-plan.json&u=${unique()}`)}`}
      ></core-test-load>`,
    );
    await until(() => titleOf(el) === 'Test plan', 'the CORS-enabled redirect did not load');
  });

  it('an unreachable server is a network error, never a raw browser message', async () => {
    const r = await failWith(`http://127.0.0.1:1/plan.json?u=${unique()}`, {}, 'sv');
    expect(r.code).to.equal('network');
    expect(r.text).to.contain('Planen kunde inte hämtas.');
    expect(r.text).not.to.match(/Failed to fetch|TypeError/);
  });

  it('sends no cookies unless credentials says so', async () => {
    document.cookie = 'planvis-test=yes; path=/';
    try {
      const omit = await fixture<CoreTestLoad>(
        html`<core-test-load src=${`/__test/cookie-plan?u=${unique()}`}></core-test-load>`,
      );
      await until(() => titleOf(omit) !== '', 'no plan');
      expect(titleOf(omit)).to.equal('no cookie');
      const same = await fixture<CoreTestLoad>(
        html`<core-test-load
          credentials="same-origin"
          src=${`/__test/cookie-plan?u=${unique()}`}
        ></core-test-load>`,
      );
      await until(() => titleOf(same) !== '', 'no plan');
      expect(titleOf(same)).to.contain('planvis-test=yes');
    } finally {
      document.cookie = 'planvis-test=; path=/; max-age=0';
    }
  });
});

describe('loading from src: changes and aborts', function () {
  this.timeout(30_000);

  it('the latest src wins when an older, slower response arrives later', async () => {
    const rec = recordEvents();
    try {
      const el = await fixture<CoreTestLoad>(
        html`<core-test-load
          src=${`/__test/slow?ms=1500&body=${q(planJson('Old'))}&u=${unique()}`}
        ></core-test-load>`,
      );
      await sleep(100);
      el.src = `/__test/slow?ms=200&body=${q(planJson('New'))}&u=${unique()}`;
      await until(() => titleOf(el) === 'New', 'the new src did not load');
      await sleep(1800);
      expect(titleOf(el)).to.equal('New');
      expect(rec.of('planvis-load', el)).to.have.length(1);
      expect(rec.of('planvis-error', el)).to.have.length(0);
    } finally {
      rec.stop();
    }
  });

  it('aborts the older request when src changes mid-fetch (the server sees the client give up)', async () => {
    const key = unique();
    const aborted = async () =>
      ((await (await fetch(`/__test/aborted?key=${key}`)).json()) as { aborted: boolean }).aborted;
    const el = await fixture<CoreTestLoad>(
      html`<core-test-load
        src=${`/__test/abortable?key=${key}&ms=1500&body=${q(planJson('Old'))}`}
      ></core-test-load>`,
    );
    await sleep(150);
    expect(await aborted(), 'still waiting before src changes').to.equal(false);
    el.src = `/__test/slow?ms=50&body=${q(planJson('New'))}&u=${unique()}`;
    await until(() => titleOf(el) === 'New', 'the new src did not load');
    let seen = false;
    for (let i = 0; i < 40 && !seen; i++) {
      seen = await aborted();
      if (!seen) await sleep(50);
    }
    expect(seen, 'the server saw the old request aborted before it answered').to.equal(true);
    el.remove();
  });

  it('aborts a load when the element is removed, and loads again when it is put back', async () => {
    const rec = recordEvents();
    const key = unique();
    try {
      const el = document.createElement('core-test-load') as CoreTestLoad;
      el.src = `/__test/count?key=${key}&ms=600&src=${FIXTURES}/minimal-plan.json`;
      document.body.append(el);
      await sleep(150);
      el.remove();
      await sleep(900);
      expect(rec.events, 'no event from a removed element').to.have.length(0);
      document.body.append(el);
      await until(() => titleOf(el) === 'Test plan', 'the plan did not load after reconnecting');
      const { hits } = (await (await fetch(`/__test/hits?key=${key}`)).json()) as { hits: number };
      expect(hits).to.equal(2);
      el.remove();
    } finally {
      rec.stop();
    }
  });

  it('nothing escapes as an uncaught error or unhandled rejection', async () => {
    const problems: string[] = [];
    const onError = (e: ErrorEvent) => problems.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <core-test-load src=${`/__test/status?code=404&u=${unique()}`}></core-test-load>
          <core-test-load src=${`/__test/json?body=${q('{"a":')}&u=${unique()}`}></core-test-load>
          <core-test-load timeout="200" src=${`/__test/slow?ms=2000&u=${unique()}`}></core-test-load>
          <core-test-load
            max-bytes="10"
            src=${`/__test/oversize-stream?bytes=5000&u=${unique()}`}
          ></core-test-load>
        </div>`,
      );
      const els = [...wrap.querySelectorAll('core-test-load')];
      for (const el of els) await waitForAlert(el);
      const moving = els[0] as CoreTestLoad;
      moving.src = `/__test/slow?ms=800&u=${unique()}`;
      await sleep(50);
      moving.remove();
      await sleep(1000);
      expect(problems).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
