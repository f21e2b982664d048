// npm run bench: the render benchmark, in headless Chromium (the browser the tests find).
//
// For each widget and N = 100, 1,000 and 10,000 of its items (bench/generate-plan.js): the time from setting
// the plan to rendered (planvis-load plus two animation frames) and the JS heap after, median of BENCH_RUNS
// (default 5) fresh pages, each in a browser context of its own, against the floor: a page that builds the same
// N items as plain DOM with createElement. Also: switching the language of five 100-item widgets, and
// expanding every branch of a 10,000-node goal tree. Prints a table with each target met or missed, writes
// bench/results.json, and with --update-readme rewrites the README's table (between the bench markers).
//
//   npm run bench [-- --update-readme] [-- --check]   (--check: exit 1 when a target is missed)
//   BENCH_RUNS=1 BENCH_ONLY=goal-tree,swot-grid BENCH_SIZES=100,1000 npm run bench   (quick runs)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { ITEMS, WIDGETS } from './generate-plan.js';
import { VIEWPORT, startBench } from './harness.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? WIDGETS;
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
/** The targets (README, "Performance"). */
const TARGET = { ratio: 3, longTaskMs: 200, longTaskFromN: 10_000, frameMs: 1000 / 60 };

for (const widget of ONLY) if (!WIDGETS.includes(widget)) throw new Error(`BENCH_ONLY: no widget ${widget}`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

const started = Date.now();
const loadAtStart = loadavg()[0];
// The tree the bundle was (most likely) built from: as it is at the start.
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'packages') !== '';
const bench = await startBench();

/**
 * One measurement on a fresh page (bench/harness.js): runs the `setup` calls of `window.planvisBench`, then the
 * measured ones (each `[name, ...args]`), then collects garbage and reads the JS heap. Returns the measured
 * calls' results and the heap.
 */
async function measure(setup, steps) {
  const { page, errors, close } = await bench.openPage();
  const call = ([name, ...args]) => page.evaluate((n, a) => window.planvisBench[n](...a), name, args);
  try {
    for (const step of setup) await call(step);
    const results = [];
    for (const step of steps) results.push(await call(step));
    await page.evaluate(() => window.gc());
    const { JSHeapUsedSize } = await page.metrics();
    if (errors.length) throw new Error(errors.join('\n'));
    return { results, heapMB: JSHeapUsedSize / 1024 / 1024 };
  } catch (error) {
    throw new Error(`${JSON.stringify([...setup, ...steps])}: ${error.message}`, { cause: error });
  } finally {
    await close();
  }
}

/** `measure` of one measured call: its result with the heap. */
async function measureOne(setup, step) {
  const { results, heapMB } = await measure(setup, [step]);
  return { ...results[0], heapMB };
}

const summarize = (runs) => ({
  ms: median(runs.map((r) => r.ms)),
  settledMs: median(runs.map((r) => r.settledMs ?? r.ms)),
  heapMB: median(runs.map((r) => r.heapMB)),
  longestTaskMs: median(runs.map((r) => r.longestTask)),
  worstTaskMs: Math.max(...runs.map((r) => r.longestTask)),
  items: median(runs.map((r) => r.items ?? 0)),
});

const pad = (value, width) => String(value).padStart(width);
const mark = (ok) => (ok === null ? '–' : ok ? 'met' : 'MISSED');

const rows = [];
let languageSwitch;
const expandAll = {};
try {
  for (const widget of ONLY) {
    for (const n of SIZES) {
      const floorRuns = [];
      const widgetRuns = [];
      // Floor and widget alternate, so a slow moment of the machine hits both.
      for (let i = 0; i < RUNS; i++) {
        floorRuns.push(await measureOne([['prepare', widget, n]], ['render', widget, true]));
        widgetRuns.push(await measureOne([['prepare', widget, n]], ['render', widget, false]));
      }
      for (const run of floorRuns) {
        if (run.items !== n) throw new Error(`the ${widget} floor built ${run.items} items, not ${n}`);
      }
      const floor = summarize(floorRuns);
      const result = summarize(widgetRuns);
      const ratio = result.ms / floor.ms;
      const row = {
        widget,
        n,
        items: ITEMS[widget],
        rendered: result.items,
        ms: round(result.ms),
        settledMs: round(result.settledMs),
        floorMs: round(floor.ms),
        ratio: round(ratio, 2),
        heapMB: round(result.heapMB),
        floorHeapMB: round(floor.heapMB),
        longestTaskMs: Math.round(result.longestTaskMs),
        worstTaskMs: Math.round(result.worstTaskMs),
        floorLongestTaskMs: Math.round(floor.longestTaskMs),
        within3x: ratio <= TARGET.ratio,
        noLongTask: n >= TARGET.longTaskFromN ? result.longestTaskMs <= TARGET.longTaskMs : null,
      };
      rows.push(row);
      console.log(
        `${widget.padEnd(19)} N=${pad(n, 6)} ${pad(row.rendered, 6)} in DOM ${pad(row.ms, 8)} ms` +
          (row.settledMs > row.ms ? ` (settled ${row.settledMs})` : '') +
          `  floor ${pad(row.floorMs, 7)} ms  ×${pad(row.ratio, 5)} ${mark(row.within3x).padEnd(6)}` +
          `  heap ${pad(row.heapMB, 5)} MB (floor ${row.floorHeapMB})` +
          `  longest task ${pad(row.longestTaskMs, 4)} ms ${mark(row.noLongTask)}`,
      );
    }
  }

  if (!process.env.BENCH_ONLY) {
    const runs = [];
    const floorRuns = [];
    for (let i = 0; i < RUNS; i++) {
      const floor = await measure(
        [['setUpLanguageSwitchFloor']],
        [
          ['switchLanguageFloor', 'sv'],
          ['switchLanguageFloor', 'nn'],
          ['switchLanguageFloor', 'sv'],
        ],
      );
      floorRuns.push(floor.results[2].ms);
      const { results } = await measure(
        [['setUpLanguageSwitch']],
        [
          ['switchLanguage', 'sv'],
          ['switchLanguage', 'nn'],
          ['switchLanguage', 'sv'],
        ],
      );
      // The first switch also loads the strings of sv; the third finds them loaded.
      const [cold, , warm] = results;
      runs.push({
        ms: warm.ms,
        coldMs: cold.ms,
        longestTask: warm.longestTask,
        unchanged: [...new Set(results.flatMap((r) => r.unchanged))],
      });
    }
    const unchanged = [...new Set(runs.flatMap((r) => r.unchanged))];
    const ms = median(runs.map((r) => r.ms));
    languageSwitch = {
      ms: round(ms),
      floorMs: round(median(floorRuns)),
      coldMs: round(median(runs.map((r) => r.coldMs))),
      longestTaskMs: Math.round(median(runs.map((r) => r.longestTask))),
      unchanged,
      withinOneFrame: unchanged.length === 0 && ms <= TARGET.frameMs,
    };
    console.log(
      `language switch, 5 widgets × 100 items: ${languageSwitch.ms} ms (first switch, strings loading: ` +
        `${languageSwitch.coldMs} ms; plain-DOM floor ${languageSwitch.floorMs} ms) ` +
        `${mark(languageSwitch.withinOneFrame)}` +
        (unchanged.length ? `  NOT SWITCHED: ${unchanged.join(', ')}` : ''),
    );

    for (const layout of ['diagram', 'outline']) {
      const expandRuns = [];
      for (let i = 0; i < RUNS; i++) {
        expandRuns.push(await measureOne([['setUpExpandAll', layout]], ['expandAll']));
      }
      const s = summarize(expandRuns);
      const stillCollapsed = Math.max(...expandRuns.map((r) => r.collapsedAfter));
      expandAll[layout] = {
        ms: round(s.ms),
        longestTaskMs: Math.round(s.longestTaskMs),
        worstTaskMs: Math.round(s.worstTaskMs),
        rendered: s.items,
        collapsedBefore: Math.max(...expandRuns.map((r) => r.collapsedBefore)),
        stillCollapsed,
        noLongTask: stillCollapsed === 0 && s.longestTaskMs <= TARGET.longTaskMs,
      };
      console.log(
        `expand all, 10,000-node goal tree (${layout}): ${expandAll[layout].ms} ms, ${s.items} in DOM, ` +
          `longest task ${expandAll[layout].longestTaskMs} ms ${mark(expandAll[layout].noLongTask)}` +
          (stillCollapsed ? `  ${stillCollapsed} BRANCHES STILL COLLAPSED` : ''),
      );
    }
  }

  const full = !process.env.BENCH_ONLY && !process.env.BENCH_SIZES;
  const results = {
    date: new Date().toISOString(),
    commit: commit + (dirty ? ' (packages/ had uncommitted changes when the run started)' : ''),
    runs: RUNS,
    browser: await bench.browser.version(),
    bundle: `dist/planvis.min.js ${bench.bundle.sha}, built ${bench.bundle.built}`,
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    loadAverageAtStart: round(loadAtStart, 2),
    viewport: VIEWPORT,
    targets: {
      renderWithin3xFloor: rows.every((r) => r.within3x),
      noLongTaskOver200msAt10k:
        rows.every((r) => r.noLongTask !== false) && Object.values(expandAll).every((e) => e.noLongTask),
      languageSwitchWithinOneFrame: languageSwitch?.withinOneFrame ?? null,
    },
    render: rows,
    languageSwitch,
    expandAll10k: expandAll,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

  const table = [
    '| widget | N | in DOM | render ms | settled ms | floor ms | × floor | ≤ 3× | heap MB (floor) | longest task ms | ≤ 200 ms at 10,000 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | :---: |',
    ...rows.map(
      (r) =>
        `| ${r.widget} | ${r.n.toLocaleString('en')} ${r.items} | ${r.rendered.toLocaleString('en')} | ${r.ms} | ` +
        `${r.settledMs > r.ms ? r.settledMs : '='} | ` +
        `${r.floorMs} | ${r.ratio} | ${mark(r.within3x)} | ${r.heapMB} (${r.floorHeapMB}) | ${r.longestTaskMs} | ` +
        `${mark(r.noLongTask)} |`,
    ),
    '',
    ...(languageSwitch
      ? [
          `- Language switch, five widgets × 100 items (strings already loaded): **${languageSwitch.ms} ms** ` +
            `(one frame = ${TARGET.frameMs.toFixed(1)} ms): ${mark(languageSwitch.withinOneFrame)}. ` +
            `The first switch to a language, which also loads its strings: ${languageSwitch.coldMs} ms. ` +
            `The floor, the same five plans' items as plain DOM (all 100 each) changing only their \`lang\`: ` +
            `${languageSwitch.floorMs} ms.`,
        ]
      : []),
    ...Object.entries(expandAll).map(
      ([layout, e]) =>
        `- Expand all, 10,000-node goal tree, ${layout}: **${e.ms} ms**, ${e.rendered.toLocaleString('en')} ` +
        `nodes in the DOM, longest task ${e.longestTaskMs} ms: ${mark(e.noLongTask)}.`,
    ),
    '',
    `Median of ${RUNS} fresh pages; ${results.browser}, ${results.cpu} (load average ` +
      `${results.loadAverageAtStart} at the start), viewport ${VIEWPORT.width}×${VIEWPORT.height}; commit ` +
      `${results.commit}, bundle ${bench.bundle.sha} built ${bench.bundle.built.slice(0, 16).replace('T', ' ')} UTC; ` +
      `${results.date.slice(0, 10)}; the whole run took ${results.seconds} s.`,
  ].join('\n');
  console.log(`\n${table}\n\nTargets: ${JSON.stringify(results.targets)}`);

  if (process.argv.includes('--update-readme')) {
    if (!full) throw new Error('--update-readme needs a full run (no BENCH_ONLY or BENCH_SIZES)');
    const readme = readFileSync('README.md', 'utf8');
    const pattern = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    if (!pattern.test(readme))
      throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> section');
    writeFileSync(
      'README.md',
      readme.replace(pattern, () => `<!-- bench:start -->\n${table}\n<!-- bench:end -->`),
    );
    console.log('README.md: performance table updated');
  }
  if (process.argv.includes('--check') && Object.values(results.targets).includes(false))
    process.exitCode = 1;
} finally {
  await bench.close();
}
