// What bench/run.js and bench/profile.js share: a dev server for the repository, headless Chromium (found
// like the tests find it), and fresh benchmark pages.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.js';
import { WIDGETS } from './generate-plan.js';

/** A desktop viewport: wide enough for the goal tree's diagram and the timeline's chart. */
export const VIEWPORT = { width: 1280, height: 800 };

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The bundle as it is now (dist/planvis.min.js and its map), served from
 * memory for the whole run: other people rebuild dist/ while a run goes on, and one run must not measure two
 * bundles.
 */
function snapshotBundle() {
  const files = new Map();
  const read = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'dist/widgets') read(path);
      } else files.set(`/${path}`, readFileSync(path, 'utf8'));
    }
  };
  if (!existsSync('dist/planvis.min.js'))
    throw new Error('dist/planvis.min.js is missing: run npm run build');
  read('dist');
  return {
    files,
    sha: createHash('sha256').update(files.get('/dist/planvis.min.js')).digest('hex').slice(0, 12),
    built: statSync('dist/planvis.min.js').mtime.toISOString(),
  };
}

/**
 * Starts the server and the browser; `close()` stops both. `extraArgs` are added to Chromium's command line
 * (test/quality/offscreen-accessibility.test.mjs turns on the accessibility mode a screen reader turns on).
 */
export async function startBench({ extraArgs = [] } = {}) {
  const bundle = snapshotBundle();
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: '127.0.0.1',
      watch: false,
      plugins: [
        {
          name: 'bench-bundle-snapshot',
          serve(context) {
            const body = bundle.files.get(context.path);
            if (body !== undefined) return { body, type: context.path.endsWith('.map') ? 'json' : 'js' };
          },
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({
    executablePath: await findChrome(),
    headless: 'shell',
    defaultViewport: VIEWPORT,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info', ...extraArgs],
  });

  /**
   * bench/page.html on a fresh page in a browser context of its own (a new renderer process: no JIT, caches
   * or heap left from the measurement before), once the harness and every element are defined. Page errors
   * and console errors are collected in `errors`; `close()` closes the context.
   */
  async function openPage() {
    const context = await browser.createBrowserContext();
    const errors = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${port}/bench/page.html`);
    await page.waitForFunction(() => window.planvisBenchReady === true);
    await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(`planvis-${tag}`)));
    }, WIDGETS);
    return { page, errors, close: () => context.close() };
  }

  return {
    browser,
    bundle,
    openPage,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
