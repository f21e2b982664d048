// Koa middleware for the test server: routes that misbehave on purpose, so the loaders' fault handling
// is tested against real HTTP responses. Every route lives under /__test/.

import { readFile } from 'node:fs/promises';
import path from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Request counts of /__test/count, by key. */
const hits = new Map();
/** Keys of /__test/abortable requests the client gave up before the answer was sent. */
const aborted = new Set();

/** The strict policy of the CSP test page (test/quality/csp.test.ts): no inline script or style, Trusted Types. */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const WIDGET_TAGS = [
  'planvis-goal-tree',
  'planvis-program-card',
  'planvis-milestone-timeline',
  'planvis-swot-grid',
  'planvis-vision-mission',
];

/** The CSP page's body: every widget inside one <planvis-plan src>, and every widget again with its own src. */
function cspPageBody(example) {
  if (!example) return '';
  const src = `/docs/examples/${example}.json`;
  const inPlan = WIDGET_TAGS.map((tag) => `      <${tag} data-case="plan>${tag}"></${tag}>`).join('\n');
  const own = WIDGET_TAGS.map((tag) => `    <${tag} data-case="${tag}" src="${src}"></${tag}>`).join('\n');
  return `    <planvis-plan src="${src}">\n${inPlan}\n    </planvis-plan>\n${own}\n`;
}

/** @type {Record<string, (ctx: import('koa').Context) => Promise<void> | void>} */
const routes = {
  // /__test/status?code=404
  '/__test/status': (ctx) => {
    ctx.status = Number(ctx.query.code ?? 500);
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
  },
  // /__test/abortable?key=k&ms=1500&body=… — like /__test/slow, but notes under `key` when the client gives
  // up (closes the connection) before the answer is sent; /__test/aborted?key=k tells whether it did
  '/__test/abortable': async (ctx) => {
    const key = String(ctx.query.key ?? '');
    ctx.res.on('close', () => {
      if (!ctx.res.writableFinished) aborted.add(key);
    });
    await sleep(Number(ctx.query.ms ?? 1500));
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = String(ctx.query.body ?? '{}');
  },
  '/__test/aborted': (ctx) => {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({ aborted: aborted.has(String(ctx.query.key ?? '')) });
  },
  // /__test/json?type=text/html&body=… — any body with any content type
  '/__test/json': (ctx) => {
    ctx.type = String(ctx.query.type ?? 'application/json');
    ctx.body = String(ctx.query.body ?? '{}');
  },
  // /__test/oversize?bytes=6000000 — a JSON body of that many bytes
  '/__test/oversize': (ctx) => {
    const bytes = Number(ctx.query.bytes ?? 6_000_000);
    ctx.type = 'application/json';
    ctx.body = `{"x-pad":"${'a'.repeat(Math.max(0, bytes - 12))}"}`;
  },
  // /__test/slow?ms=3000&src=/docs/examples/… — answers after a delay, optionally with a file's content
  '/__test/slow': async (ctx, next) => {
    await sleep(Number(ctx.query.ms ?? 3000));
    if (ctx.query.src) {
      ctx.url = String(ctx.query.src);
      return next();
    }
    ctx.type = 'application/json';
    ctx.body = String(ctx.query.body ?? '{}');
  },
  // /__test/redirect?to=http://127.0.0.2:PORT/… — a redirect, e.g. to another origin
  '/__test/redirect': (ctx) => {
    ctx.redirect(String(ctx.query.to ?? '/'));
  },
  // /__test/csp-page?example=sogndal-oppvekst[&probe] — a page under STRICT_CSP with no inline script: the
  // recorder /test/quality/csp-page.js, then the CDN bundle, then every widget showing the example plan.
  '/__test/csp-page': (ctx) => {
    const example = String(ctx.query.example ?? '');
    if (example && !/^[a-z0-9-]+$/.test(example)) {
      ctx.status = 400;
      return;
    }
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="nn">
  <head>
    <meta charset="utf-8" />
    <title>planvis under a strict CSP${example ? `: ${example}` : ''}</title>
    <script src="/test/quality/csp-page.js"></script>
    <script type="module" src="/dist/planvis.min.js"></script>
  </head>
  <body>
${cspPageBody(example)}  </body>
</html>
`;
  },
  // /__test/two-copies?csp=none|strict|duplicates — a nynorsk page that loads the CDN bundle twice (a second
  // URL is a second module, as when a CMS template and a page both add the script tag) and shows a SWOT grid;
  // `strict` sends STRICT_CSP, `duplicates` the same with 'allow-duplicates' for the lit-html policy.
  '/__test/two-copies': (ctx) => {
    const csp = String(ctx.query.csp ?? 'none');
    if (csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
    if (csp === 'duplicates') ctx.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="nn">
  <head>
    <meta charset="utf-8" />
    <title>planvis loaded twice</title>
    <script src="/test/foundation/record-errors.js"></script>
    <script type="module" src="/dist/planvis.min.js"></script>
    <script type="module" src="/dist/planvis.min.js?copy=2"></script>
  </head>
  <body>
    <planvis-swot-grid src="/docs/examples/thisted-ungestrategi.json"></planvis-swot-grid>
  </body>
</html>
`;
  },
  // /__test/echo-credentials — tells whether the request carried a cookie
  '/__test/echo-credentials': (ctx) => {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({ cookie: ctx.get('cookie') || null });
  },
  // --- core runtime (test/core) ---
  // /__test/oversize-stream?bytes=6000000 — a JSON body of that many bytes, streamed in chunks with no
  // Content-Length (so only the streaming size check can stop it)
  '/__test/oversize-stream': async (ctx) => {
    const { Readable } = await import('node:stream');
    const bytes = Number(ctx.query.bytes ?? 6_000_000);
    const chunk = 64 * 1024;
    async function* body() {
      yield '{"x-pad":"';
      for (let sent = 12; sent < bytes; sent += chunk) yield 'a'.repeat(Math.min(chunk, bytes - sent));
      yield '"}';
    }
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = Readable.from(body());
  },
  // /__test/count?key=k&src=/test/core/fixtures/minimal-plan.json — counts the request under `key`, then
  // answers with the file as application/json; /__test/hits?key=k tells the count
  '/__test/count': async (ctx) => {
    const key = String(ctx.query.key ?? '');
    hits.set(key, (hits.get(key) ?? 0) + 1);
    if (ctx.query.ms) await sleep(Number(ctx.query.ms));
    const root = process.cwd();
    const file = path.resolve(root, `.${String(ctx.query.src ?? '')}`);
    if (!file.startsWith(root + path.sep) || !file.endsWith('.json')) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(file);
  },
  '/__test/hits': (ctx) => {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({ hits: hits.get(String(ctx.query.key ?? '')) ?? 0 });
  },
  // /__test/cookie-plan — a minimal plan whose title tells whether the request carried a cookie
  '/__test/cookie-plan': (ctx) => {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    const cookie = ctx.get('cookie') || 'no cookie';
    ctx.body = JSON.stringify({
      formatVersion: '1.0',
      id: 'cookie-plan',
      title: cookie,
      owner: { name: 'Test' },
      languages: ['en'],
      updated: '2024-01-01',
      nodes: [],
    });
  },
  // /__test/cors?src=/test/core/fixtures/minimal-plan.json — the file with Access-Control-Allow-Origin: *
  '/__test/cors': async (ctx) => {
    const root = process.cwd();
    const file = path.resolve(root, `.${String(ctx.query.src ?? '')}`);
    if (!file.startsWith(root + path.sep) || !file.endsWith('.json')) {
      ctx.status = 400;
      return;
    }
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'application/json';
    ctx.body = await readFile(file);
  },
};

/** Koa middleware list for web-test-runner and web-dev-server configs. */
export const testRoutes = [
  async (ctx, next) => {
    const route = routes[ctx.path];
    if (!route) return next();
    return route(ctx, next);
  },
  // fetch() of a .json file (Sec-Fetch-Dest: empty) gets the file itself as application/json, as any web server
  // would send it; the esbuild plugin (json: true) turns every other request for a .json file into a JavaScript
  // module, which is right for `import … with { type: 'json' }` but not for a widget's `src`. Placed after the
  // routes so /__test/slow?src=… answers with the file too.
  async (ctx, next) => {
    if (ctx.method !== 'GET' || !ctx.path.endsWith('.json') || ctx.get('sec-fetch-dest') !== 'empty')
      return next();
    const root = process.cwd();
    const file = path.resolve(root, `.${decodeURIComponent(ctx.path)}`);
    if (!file.startsWith(root + path.sep)) return next();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return next();
    }
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = body;
  },
];
