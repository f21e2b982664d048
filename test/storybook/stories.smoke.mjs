// Every story of the built Storybook (storybook-static, from `npm run build-storybook`), opened in headless
// Chromium over HTTP as a designer would: it renders without a page error or console error, every planvis
// widget in it settles (shows content, or a localized role=alert in the stories about bad data), and axe finds
// no WCAG 2.2 A/AA violation. `npm run test:storybook`; .ci/run runs it after the Storybook build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';

const STATIC_DIR = 'storybook-static';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Stories whose point is a bad document: their widgets must show a role=alert instead of content. */
const SHOWS_AN_ERROR = /--invalid-/;
/** Stories whose point is the loading state (a source that never answers). */
const STAYS_LOADING = /--loading$/;

if (!existsSync(`${STATIC_DIR}/index.json`)) {
  throw new Error(`${STATIC_DIR}/index.json is missing: run \`npm run build-storybook\` first`);
}
const index = JSON.parse(readFileSync(`${STATIC_DIR}/index.json`, 'utf8'));
/** `STORIES=<regex>` runs only the stories whose id matches, e.g. `STORIES=goal-tree npm run test:storybook`. */
const only = new RegExp(process.env.STORIES ?? '');
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && only.test(entry.id));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;
let origin;

before(async () => {
  server = await startDevServer({
    config: { rootDir: STATIC_DIR, port: 0, hostname: '127.0.0.1', watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  origin = `http://127.0.0.1:${server.server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: await findChrome(),
    headless: 'shell',
    args: CHROME_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens one story, waits for its widgets to settle, and reports what a designer would see. */
async function openStory(id) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className), {
      timeout: 20_000,
    });
    const storybookError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-main') ? '' : document.body.innerText.slice(0, 500),
    );
    const loading = STAYS_LOADING.test(id);
    await page.waitForFunction(
      (loadingStory) => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter(
          (el) => el.localName.startsWith('planvis-') && el.localName !== 'planvis-plan',
        );
        return (
          widgets.length > 0 &&
          widgets.every((el) => {
            const root = el.shadowRoot;
            if (!root) return false;
            if (loadingStory) return root.querySelector('[role="status"]') !== null;
            return root.querySelector('[part~="loading"]') === null && root.textContent.trim().length > 0;
          })
        );
      },
      { timeout: 20_000 },
      loading,
    );
    const widgets = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((el) => el.localName.startsWith('planvis-') && el.localName !== 'planvis-plan')
        .map((el) => ({
          tag: el.localName,
          alert: el.shadowRoot.querySelector('[role="alert"]')?.textContent.trim() ?? null,
        })),
    );
    // Storybook's a11y addon puts its own axe on the window and runs it after each render: use that one when it
    // is there (waiting for its run to end), our copy of axe-core otherwise.
    if (!(await page.evaluate(() => typeof window.axe === 'object')))
      await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      for (let attempt = 0; ; attempt++) {
        try {
          const results = await window.axe.run(document.querySelector('#storybook-root'), {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return results.violations.map(
            (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.flat().join(' ')).join(', ')}`,
          );
        } catch (error) {
          if (attempt > 40 || !/already running/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    }, WCAG_22_AA);
    return { problems, storybookError, widgets, violations };
  } finally {
    await page.close();
  }
}

for (const story of stories) {
  describe(`${story.title} / ${story.name}`, () => {
    test('renders with no errors, settles, and has no axe violations', { timeout: 60_000 }, async () => {
      const { problems, storybookError, widgets, violations } = await openStory(story.id);
      assert.equal(storybookError, '', `Storybook showed an error instead of the story`);
      assert.deepEqual(problems, [], 'page and console errors');
      if (SHOWS_AN_ERROR.test(story.id)) {
        assert.ok(
          widgets.some((w) => w.alert),
          `a bad-data story shows a role=alert: ${JSON.stringify(widgets)}`,
        );
      } else if (!STAYS_LOADING.test(story.id)) {
        const alerts = widgets.filter((w) => w.alert);
        assert.deepEqual(alerts, [], 'no widget shows an error');
      }
      assert.deepEqual(violations, [], 'axe WCAG 2.2 A/AA violations');
    });
  });
}
