// The demo site: @web/dev-server serving the repository, with an index page listing every plan in
// docs/examples/ and a strict Content-Security-Policy with Trusted Types on every demo page, like a
// careful municipal CMS would send.
import { readdirSync, readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';

export const DEMO_CSP =
  "default-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** Picks a readable string from a LocalizedText (plain string or { lang: text }). */
const plainText = (value, lang) =>
  typeof value === 'string' ? value : (value?.[lang] ?? Object.values(value ?? {})[0] ?? '');

/** Reads the example plans: file name, title, owner and language of each. */
export function listExamples(dir = 'docs/examples') {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const plan = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
      const lang = plan.languages?.[0] ?? 'en';
      return {
        file,
        slug: file.replace(/\.json$/, ''),
        lang,
        title: plainText(plan.title, lang),
        owner: plainText(plan.owner?.name, lang),
      };
    });
}

function renderIndex(examples) {
  const items = examples
    .map(
      (
        e,
      ) => `      <li><a href="/demo/plan.html?plan=${encodeURIComponent(e.slug)}" lang="${escapeHtml(e.lang)}">${escapeHtml(e.title)}</a>
        <span class="meta">${escapeHtml(e.owner)} · <code>${escapeHtml(e.file)}</code> · ${escapeHtml(e.lang)}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>planvis demo: example plans</title>
    <link rel="stylesheet" href="/demo/demo.css" />
  </head>
  <body>
    <main>
      <h1>planvis — example plans</h1>
      <p>Each plan in <code>docs/examples/</code>, shown with every planvis widget. The page loads the CDN bundle
        <code>dist/planvis.min.js</code> under a strict Content-Security-Policy with Trusted Types.</p>
      <ul class="examples" id="examples">
${items}
      </ul>
      <p><a href="/demo/plan.html?plan=${encodeURIComponent(examples[0]?.slug ?? '')}&amp;all=1">All widgets for one plan</a> ·
        <a href="/docs/format.md">Plan format</a></p>
    </main>
  </body>
</html>
`;
}

/** Koa middleware: `/` is the example list; demo pages get the strict CSP. */
export function demoMiddleware(examplesDir = 'docs/examples') {
  return async (ctx, next) => {
    if (ctx.path === '/' || ctx.path === '/index.html') {
      ctx.type = 'text/html';
      ctx.set('Content-Security-Policy', DEMO_CSP);
      ctx.body = renderIndex(listExamples(examplesDir));
      return;
    }
    if (ctx.path === '/demo/examples.json') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(listExamples(examplesDir));
      return;
    }
    await next();
    if (ctx.path.startsWith('/demo/') && ctx.response.is('html'))
      ctx.set('Content-Security-Policy', DEMO_CSP);
  };
}

/** Starts the demo server on `port` (0 picks a free one); resolves to the running server. */
export async function startDemoServer({ port = 8000, hostname = 'localhost', log = true } = {}) {
  return startDevServer({
    config: { rootDir: '.', port, hostname, middleware: [demoMiddleware()], watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: log,
  });
}
