// Profiles one benchmark measurement, to find out where the time goes (not part of npm run bench):
//
//   node bench/profile.js render <widget> <n>          the widget rendering N items (as in npm run bench)
//   node bench/profile.js floor <widget> <n>           the plain-DOM floor for the same items
//   node bench/profile.js language-switch              five 100-item widgets switching nn → sv → nn → sv
//   node bench/profile.js expand-all [diagram|outline] a 10,000-node goal tree expanding every branch
//
// Options: --top <k> (rows per list, default 25), --trace <file> (the raw trace, for the DevTools
// Performance panel), --screenshot <file> (the page after the measurement); for language-switch also
// --only <widget,…> (switch only these) and --repeat <k> (profile k switches there and back).
//
// Prints the main thread's time by kind (script, style, layout, paint, GC) from a Chromium trace, with the
// number of style recalculations and layouts and how many of them JavaScript forced; then the JavaScript
// functions with the most self and total time from a CPU profile (sampled every 100 µs), each mapped through
// the bundle's source maps to packages/*/src/*.ts (or node_modules) and line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { startBench } from './harness.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return value;
};
const TOP = Number(option('top', 25));
const traceFile = option('trace');
const screenshotFile = option('screenshot');
const only = option('only')?.split(',');
const repeat = Number(option('repeat', 1));
const [what, ...rest] = args;

/** What is profiled: the `window.planvisBench` calls to set up, then the one that is profiled. */
function scenario() {
  switch (what) {
    case 'render':
    case 'floor': {
      const [widget, n] = rest;
      if (!widget || !n) throw new Error(`usage: node bench/profile.js ${what} <widget> <n>`);
      return { setup: [['prepare', widget, Number(n)]], step: ['render', widget, what === 'floor'] };
    }
    case 'language-switch':
      // As npm run bench: the third switch, when the strings of both languages are loaded.
      return {
        setup: [
          ['setUpLanguageSwitch', ...(only ? [only] : [])],
          ['switchLanguage', 'sv'],
          ['switchLanguage', 'nn'],
        ],
        step: ['switchLanguage', 'sv'],
        // --repeat k: the switch k times back and forth (a longer profile of the same work).
        more: ['switchLanguage', 'nn'],
      };
    case 'expand-all':
      return { setup: [['setUpExpandAll', rest[0] ?? 'diagram']], step: ['expandAll'] };
    default:
      throw new Error(
        'usage: node bench/profile.js render|floor <widget> <n> | language-switch | expand-all [diagram|outline]',
      );
  }
}

// ---- source maps: a small decoder (VLQ mappings), bundle → packages/*/dist/*.js → packages/*/src/*.ts ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const maps = new Map();
/** The bundle's files as served (bench/harness.js snapshots them): the map of what was profiled. */
let served = new Map();

/** The source map of `file` (a path in the repository), decoded, or null. */
function sourceMap(file) {
  if (maps.has(file)) return maps.get(file);
  let map = null;
  const text =
    served.get(`/${file}.map`) ??
    (existsSync(`${file}.map`) ? readFileSync(`${file}.map`, 'utf8') : undefined);
  if (text !== undefined) {
    const raw = JSON.parse(text);
    const lines = [];
    let source = 0;
    let line = 0;
    let column = 0;
    let name = 0;
    for (const text of raw.mappings.split(';')) {
      const segments = [];
      let generated = 0;
      for (const segment of text ? text.split(',') : []) {
        const v = decodeVlq(segment);
        generated += v[0];
        if (v.length < 4) continue;
        source += v[1];
        line += v[2];
        column += v[3];
        if (v.length > 4) name += v[4];
        segments.push([generated, source, line, column, v.length > 4 ? name : -1]);
      }
      lines.push(segments);
    }
    const base = dirname(file);
    map = {
      lines,
      sources: raw.sources.map((s) => normalize(join(base, raw.sourceRoot ?? '', s))),
      names: raw.names,
    };
  }
  maps.set(file, map);
  return map;
}

/** Where generated (line, column) of `file` (0-based) comes from: { file, line, column, name } (0-based). */
function original(file, line, column) {
  const map = sourceMap(file);
  const segments = map?.lines[line];
  if (!segments?.length) return undefined;
  let low = 0;
  let high = segments.length - 1;
  if (segments[0][0] > column) return undefined;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid][0] <= column) low = mid;
    else high = mid - 1;
  }
  const [, source, srcLine, srcColumn, name] = segments[low];
  return { file: map.sources[source], line: srcLine, column: srcColumn, name: map.names[name] };
}

/** A call frame as "name  packages/x/src/y.ts:line" (through both maps where there are two). */
function locate(frame) {
  const path = frame.url && new URL(frame.url).pathname.slice(1);
  if (!path) return `${frame.functionName || '(anonymous)'}`;
  let where = original(path, frame.lineNumber, frame.columnNumber);
  if (where) {
    const deeper = original(where.file, where.line, where.column);
    if (deeper) where = { ...deeper, name: deeper.name ?? where.name };
  }
  const file = where ? relative('.', where.file) : path;
  const line = (where ? where.line : frame.lineNumber) + 1;
  return `${frame.functionName || where?.name || '(anonymous)'}  ${file}:${line}`;
}

// ---- the CPU profile: self and total time per function ----------------------------------------------------

function summarizeProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = new Map(profile.nodes.map((node) => [node.id, locate(node.callFrame)]));
  const self = new Map();
  const total = new Map();
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    sum += ms;
    self.set(key.get(id), (self.get(key.get(id)) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = key.get(at);
      if (seen.has(k) || byId.get(at).callFrame.functionName === '(root)') continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return `CPU profile: ${sum.toFixed(0)} ms sampled\n\nself time:\n${top(self)}\n\ntotal time (self + callees):\n${top(total)}`;
}

// ---- the trace: the main thread's time by kind, and forced style and layout ------------------------------

const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.evaluateModule',
  'RunMicrotasks',
  'V8.RunMicrotasks',
  'v8.callFunction',
  'v8.run',
  'FireAnimationFrame',
  'TimerFire',
  'EventDispatch',
  'V8.Execute',
]);
const KINDS = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  ParseHTML: 'parse',
};

function summarizeTrace(events) {
  const mainThreads = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain',
  );
  // The page's main thread: the renderer main thread that ran the most script.
  const busy = new Map();
  for (const e of events)
    if (SCRIPT.has(e.name) && e.dur)
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = mainThreads
    .map((m) => `${m.pid}:${m.tid}`)
    .sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0];
  const complete = [];
  const open = [];
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main) continue;
    if (e.ph === 'X') complete.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0 });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.findLast((b) => b.name === e.name);
      if (begin) {
        open.splice(open.indexOf(begin), 1);
        complete.push({ name: e.name, ts: begin.ts, dur: e.ts - begin.ts });
      }
    }
  }
  const tasks = complete.filter((e) => e.name === 'RunTask');
  const script = complete.filter((e) => SCRIPT.has(e.name));
  const inScript = (e) => script.some((s) => s.ts <= e.ts && e.ts + e.dur <= s.ts + s.dur);
  const ms = {};
  const count = {};
  const forced = {};
  for (const e of complete) {
    const kind = KINDS[e.name];
    if (!kind) continue;
    ms[kind] = (ms[kind] ?? 0) + e.dur / 1000;
    count[e.name] = (count[e.name] ?? 0) + 1;
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inScript(e)) {
      forced[e.name] = (forced[e.name] ?? 0) + 1;
    }
  }
  // Script time without what it forced (style and layout inside script are counted as style and layout).
  const topScript = script.filter(
    (s) => !script.some((o) => o !== s && o.ts <= s.ts && s.ts + s.dur <= o.ts + o.dur && o.dur > s.dur),
  );
  const scriptMs = topScript.reduce((n, s) => n + s.dur, 0) / 1000;
  const forcedMs = complete
    .filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inScript(e))
    .reduce((n, e) => n + e.dur / 1000, 0);
  const longest = tasks.reduce((m, t) => Math.max(m, t.dur / 1000), 0);
  const line = (label, value) => `  ${label.padEnd(34)} ${value}`;
  return [
    'Main thread (trace):',
    line(
      'tasks',
      `${tasks.length}, ${(tasks.reduce((n, t) => n + t.dur, 0) / 1000).toFixed(1)} ms, longest ${longest.toFixed(1)} ms`,
    ),
    line('script (without forced style/layout)', `${(scriptMs - forcedMs).toFixed(1)} ms`),
    line(
      'style recalculation',
      `${(ms.style ?? 0).toFixed(1)} ms, ${count.UpdateLayoutTree ?? 0}× (${forced.UpdateLayoutTree ?? 0} forced by script)`,
    ),
    line(
      'layout',
      `${(ms.layout ?? 0).toFixed(1)} ms, ${count.Layout ?? 0}× (${forced.Layout ?? 0} forced by script)`,
    ),
    line('paint (prepaint, paint, layerize)', `${(ms.paint ?? 0).toFixed(1)} ms`),
    line('garbage collection', `${(ms.gc ?? 0).toFixed(1)} ms`),
  ].join('\n');
}

// ---- run --------------------------------------------------------------------------------------------------

const { setup, step } = scenario();
const call = (page, [name, ...a]) => page.evaluate((n, x) => window.planvisBench[n](...x), name, a);
const bench = await startBench();
served = bench.bundle.files;
try {
  // 1. A trace of the measurement.
  {
    const { page, errors, close } = await bench.openPage();
    for (const s of setup) await call(page, s);
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'],
    });
    const result = await call(page, step);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    if (traceFile) writeFileSync(traceFile, JSON.stringify(trace));
    if (screenshotFile) await page.screenshot({ path: screenshotFile, fullPage: true });
    await close();
    if (errors.length) throw new Error(errors.join('\n'));
    console.log(`${what} ${rest.join(' ')}: ${JSON.stringify(result)}\n`);
    console.log(summarizeTrace(trace.traceEvents ?? trace));
  }
  // 2. A CPU profile of the same measurement on another fresh page (tracing and sampling disturb each other).
  {
    const { page, close } = await bench.openPage();
    for (const s of setup) await call(page, s);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await call(page, step);
    for (let i = 1; i < repeat && scenario().more; i++) {
      await call(page, scenario().more);
      await call(page, step);
    }
    const { profile } = await cdp.send('Profiler.stop');
    await close();
    console.log(`\n${summarizeProfile(profile)}`);
  }
} finally {
  await bench.close();
}
