// npm run bench: render benchmark in headless Chromium (same browser discovery as the tests).
// For each widget and N = 100, 1,000, 10,000: median of 5 fresh pages of the time from setting the plan to
// rendered (planvis-load + two animation frames) and the JS heap after, against the plain-DOM floor for the
// same items. Also: a language switch of five 100-node widgets, and expanding all of a 10,000-node tree.
// Prints a table, writes bench/results.json, and with --update-readme rewrites the README's table.
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.js';

const WIDGETS = ['goal-tree', 'program-card', 'milestone-timeline', 'swot-grid', 'vision-mission'];
const SIZES = [100, 1_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FRAME_MS = 1000 / 60;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const port = Number(process.env.BENCH_PORT ?? 8765);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: await findChrome(),
  headless: 'shell',
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

/** Opens a fresh page with the bundle and the in-page harness, runs one measurement, closes the page. */
async function measure(fn, ...args) {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/bench/page.html`);
    await page.addScriptTag({ type: 'module', url: '/bench/in-page.js' });
    await page.waitForFunction(() => window.planvisBenchReady === true);
    const result = await page.evaluate((name, fnArgs) => window.planvisBench[name](...fnArgs), fn, args);
    await page.evaluate(() => window.gc?.());
    const { JSHeapUsedSize } = await page.metrics();
    return { ...result, heapMB: JSHeapUsedSize / 1024 / 1024 };
  } finally {
    await page.close();
  }
}

async function repeat(fn, ...args) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(fn, ...args));
  return {
    ms: median(runs.map((r) => r.ms)),
    heapMB: median(runs.map((r) => r.heapMB)),
    longestTask: Math.max(...runs.map((r) => r.longestTask ?? 0)),
    ...(runs.every((r) => 'switched' in r) ? { switched: runs.every((r) => r.switched) } : {}),
  };
}

const started = Date.now();
const rows = [];
try {
  for (const widget of WIDGETS) {
    for (const n of SIZES) {
      const floor = await repeat('render', `floor:${widget}`, n);
      const result = await repeat('render', widget, n);
      const row = {
        widget,
        n,
        ms: +result.ms.toFixed(1),
        floorMs: +floor.ms.toFixed(1),
        ratio: +(result.ms / floor.ms).toFixed(2),
        heapMB: +result.heapMB.toFixed(1),
        floorHeapMB: +floor.heapMB.toFixed(1),
        longestTaskMs: Math.round(result.longestTask),
      };
      rows.push(row);
      console.log(
        `${widget.padEnd(20)} N=${String(n).padStart(6)}  ${String(row.ms).padStart(8)} ms  floor ${String(row.floorMs).padStart(7)} ms  ×${row.ratio}  heap ${row.heapMB} MB  longest task ${row.longestTaskMs} ms`,
      );
    }
  }
  const languageSwitch = await repeat('languageSwitch');
  const expandAll = await repeat('expandAll');
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    browser: await browser.version(),
    cpus: (await import('node:os')).cpus().length,
    render: rows,
    languageSwitch: {
      ms: +languageSwitch.ms.toFixed(1),
      withinOneFrame: languageSwitch.ms <= FRAME_MS,
      switched: languageSwitch.switched,
    },
    expandAll10k: { ms: +expandAll.ms.toFixed(1), longestTaskMs: Math.round(expandAll.longestTask) },
    targets: {
      renderWithin3xFloor: rows.every((r) => r.ratio <= 3),
      noLongTaskOver200msAt10k: rows.filter((r) => r.n === 10_000).every((r) => r.longestTaskMs <= 200),
      languageSwitchWithinOneFrame: languageSwitch.ms <= FRAME_MS,
    },
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

  const table = [
    '| widget | N | render ms | floor ms | × floor | heap MB | longest task ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.widget} | ${r.n.toLocaleString('en')} | ${r.ms} | ${r.floorMs} | ${r.ratio} | ${r.heapMB} | ${r.longestTaskMs} |`,
    ),
    '',
    `Language switch, five widgets × 100 nodes: ${results.languageSwitch.ms} ms (one frame = ${FRAME_MS.toFixed(1)} ms). ` +
      `Expand all, 10,000-node goal tree: ${results.expandAll10k.ms} ms (longest task ${results.expandAll10k.longestTaskMs} ms). ` +
      `Median of ${RUNS} fresh pages, ${results.browser}, ${results.cpus} cores, ${results.date.slice(0, 10)}.`,
  ].join('\n');
  console.log(`\n${table}\n\nTargets: ${JSON.stringify(results.targets)}  (${results.seconds} s)`);
  if (process.argv.includes('--update-readme')) {
    const readme = readFileSync('README.md', 'utf8');
    const updated = readme.replace(
      /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
      `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
    );
    writeFileSync('README.md', updated);
  }
} finally {
  await browser.close();
  await server.stop();
}
