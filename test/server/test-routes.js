// Koa middleware for the test server: routes that misbehave on purpose, so the loaders' fault handling
// is tested against real HTTP responses. Every route lives under /__test/.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {Record<string, (ctx: import('koa').Context) => Promise<void> | void>} */
const routes = {
  // /__test/status?code=404
  '/__test/status': (ctx) => {
    ctx.status = Number(ctx.query.code ?? 500);
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
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
  // /__test/echo-credentials — tells whether the request carried a cookie
  '/__test/echo-credentials': (ctx) => {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({ cookie: ctx.get('cookie') || null });
  },
};

/** Koa middleware list for web-test-runner and web-dev-server configs. */
export const testRoutes = [
  async (ctx, next) => {
    const route = routes[ctx.path];
    if (!route) return next();
    return route(ctx, next);
  },
];
