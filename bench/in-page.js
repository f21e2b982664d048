// Runs inside the benchmark page (bench/page.html, a fresh browser context per measurement). It renders a
// generated plan with one widget, or builds the same items as plain DOM (the floor), and reports the time,
// the long tasks and how many items ended up in the DOM. bench/run.js drives it.
import { BENCH_NOW, WIDGETS, generatePlan } from './generate-plan.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

// Long tasks (> 50 ms on the main thread), from the browser's own PerformanceObserver.
const longTasks = [];
const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
observer.observe({ type: 'longtask', buffered: true });

/** The longest task that overlaps [start, end] (entries arrive after their task: wait, then take them). */
async function longestTask(start, end) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  longTasks.push(...observer.takeRecords());
  let longest = 0;
  for (const entry of longTasks) {
    if (entry.startTime < end && entry.startTime + entry.duration > start) {
      longest = Math.max(longest, entry.duration);
    }
  }
  return longest;
}

/** Starts a measurement on a quiet main thread: after a frame, in a task of its own. */
async function quiet() {
  await frame();
  await task();
  return performance.now();
}

/** Until `element` has no update pending (a widget may render again from its own `updated`). */
async function settled(element) {
  do await element.updateComplete;
  while (element.isUpdatePending);
}

// ---- the floor: the same items as plain DOM, built with createElement ----------------------------------

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The widget's N items as plain DOM: a nested list for the tree, an ordered list for the timeline, a list of
 * cards for the programmes, four headed lists for the SWOT, a table of crossings for the vision matrix.
 * Returns the root and how many items it built (bench/run.js checks that this is N).
 */
function buildFloor(widget, plan) {
  const root = el('div');
  let items = 0;
  if (widget === 'goal-tree') {
    const top = el('ul');
    const itemOf = new Map();
    const childList = new Map();
    for (const node of plan.nodes) {
      const li = el('li');
      li.append(
        el('span', node.type),
        ' ',
        el('strong', node.title),
        ' ',
        el('span', node.status ?? ''),
        node.progress === undefined ? '' : ` ${node.progress} %`,
      );
      itemOf.set(node.id, li);
      items++;
    }
    for (const node of plan.nodes) {
      let list = top;
      if (node.parent) {
        list = childList.get(node.parent);
        if (!list) {
          list = el('ul');
          childList.set(node.parent, list);
          itemOf.get(node.parent).append(list);
        }
      }
      list.append(itemOf.get(node.id));
    }
    root.append(top);
  } else if (widget === 'program-card') {
    const list = el('ul');
    for (const node of plan.nodes) {
      if (node.type !== 'program') continue;
      const card = el('article');
      const facts = el('dl');
      facts.append(
        el('dt', 'ID'),
        el('dd', node.externalId),
        el('dt', 'Periode'),
        el('dd', `${node.period.start}–${node.period.end}`),
        el('dt', 'Framdrift'),
        el('dd', `${node.progress} %`),
      );
      card.append(
        el('p', node.type),
        el('h2', node.title),
        el('p', node.status),
        el('p', node.description),
        facts,
      );
      const li = el('li');
      li.append(card);
      list.append(li);
      items++;
    }
    root.append(list);
  } else if (widget === 'milestone-timeline') {
    const list = el('ol');
    for (const m of plan.milestones) {
      const li = el('li');
      const time = el('time', m.planned.start);
      time.dateTime = m.planned.start;
      li.append(time, ' ', el('strong', m.title), ` (${m.status})`);
      list.append(li);
      items++;
    }
    root.append(list);
  } else if (widget === 'swot-grid') {
    const titles = new Map(plan.nodes.map((node) => [node.id, node.title]));
    for (const category of ['strength', 'weakness', 'opportunity', 'threat']) {
      const list = el('ul');
      for (const item of plan.swot[0].items) {
        if (item.category !== category) continue;
        const li = el('li', item.text);
        if (item.nodes) li.append(' → ', el('span', titles.get(item.nodes[0])));
        list.append(li);
        items++;
      }
      root.append(el('h2', category), list);
    }
  } else if (widget === 'vision-mission') {
    const matrix = plan.visionMatrix;
    const titles = new Map(plan.nodes.map((node) => [node.id, node.title]));
    const table = el('table');
    const head = el('tr');
    head.append(el('th', matrix.rowsLabel), ...matrix.columns.map((id) => el('th', titles.get(id))));
    table.append(head);
    for (const row of matrix.rows) {
      const tr = el('tr');
      tr.append(el('th', titles.get(row)));
      for (const column of matrix.columns) {
        const td = el('td');
        const cell = matrix.cells.find((c) => c.row === row && c.column === column);
        const list = el('ul');
        for (const id of cell?.nodes ?? []) {
          list.append(el('li', titles.get(id)));
          items++;
        }
        td.append(list);
        tr.append(td);
      }
      table.append(tr);
    }
    root.append(table);
  } else {
    throw new Error(`no floor for ${widget}`);
  }
  return { root, items };
}

/** How many of the widget's items are in its shadow DOM (what it chose to render of the N). */
const RENDERED = {
  'goal-tree': '[role="treeitem"]',
  'program-card': 'article.card',
  'milestone-timeline': '[role="option"], li.item',
  'swot-grid': 'li.item',
  'vision-mission': '.cell-list > li, td li',
};

function renderedItems(widget, element) {
  return element.shadowRoot?.querySelectorAll(RENDERED[widget]).length ?? 0;
}

/** A widget element with the bench's fixed "today", and a promise of its planvis-load (or its error). */
function createWidget(widget) {
  const element = document.createElement(`planvis-${widget}`);
  if (widget === 'milestone-timeline' || widget === 'program-card') element.now = new Date(BENCH_NOW);
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener('planvis-load', (event) => {
      if (event.skipped.length > 0) {
        const first = event.skipped[0];
        reject(
          new Error(`the generated plan is not valid: ${event.skipped.length} skipped, first ${first.path}`),
        );
      } else resolve();
    });
    element.addEventListener('planvis-error', (event) =>
      reject(new Error(`planvis-error ${event.code}: ${event.message}`)),
    );
  });
  return { element, loaded };
}

let plan;
let languageSwitch;
let tree;

window.planvisBench = {
  /** Generates the plan (before the measurement, so its cost is not measured). */
  prepare(widget, n) {
    plan = generatePlan(n, widget);
  },

  /**
   * Time from setting the plan to rendered (planvis-load plus two animation frames); `floor` builds plain DOM
   * instead. Also `settledMs`: until the widget's DOM stopped changing (its last change plus two frames), as a
   * widget may render again after planvis-load (a layout that depends on its width, say); the long tasks are
   * taken over that whole time.
   */
  async render(widget, floor) {
    const start = await quiet();
    let items;
    let element;
    let lastChange = 0;
    let observer;
    if (floor) {
      const built = buildFloor(widget, plan);
      document.body.append(built.root);
      items = built.items;
    } else {
      const widgetElement = createWidget(widget);
      element = widgetElement.element;
      element.plan = plan;
      document.body.append(element);
      observer = new MutationObserver(() => (lastChange = performance.now()));
      observer.observe(element.renderRoot, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      await widgetElement.loaded;
    }
    await frame();
    await frame();
    const ms = performance.now() - start;
    let settledMs = ms;
    if (element) {
      // Frame by frame until two frames pass without a change (at most five seconds).
      let seen = lastChange;
      let quietFrames = 0;
      while (quietFrames < 2 && performance.now() - start < 5000) {
        await frame();
        if (element.isUpdatePending) await settled(element);
        if (lastChange !== seen) {
          seen = lastChange;
          quietFrames = 0;
        } else quietFrames++;
        if (lastChange > start + ms) settledMs = performance.now() - start;
      }
      observer.disconnect();
      items = renderedItems(widget, element);
    }
    return { ms, settledMs, longestTask: await longestTask(start, start + settledMs), items };
  },

  /** Five widgets (or those named) with 100 items each in a `lang="nn"` wrapper, for `switchLanguage`. */
  async setUpLanguageSwitch(only = WIDGETS) {
    const wrapper = document.createElement('div');
    wrapper.lang = 'nn';
    const widgets = only.map((widget) => createWidget(widget));
    const elements = widgets.map((w) => w.element);
    only.forEach((widget, i) => (elements[i].plan = generatePlan(100, widget)));
    wrapper.append(...elements);
    document.body.append(wrapper);
    await Promise.all(widgets.map((w) => w.loaded));
    await frame();
    await frame();
    languageSwitch = { wrapper, elements, widgets: only };
  },

  /**
   * The floor of a language switch: the same five plans' items as plain DOM (the render floors, all 100 items
   * each) in a `lang="nn"` wrapper, for `switchLanguageFloor`.
   */
  async setUpLanguageSwitchFloor(only = WIDGETS) {
    const wrapper = document.createElement('div');
    wrapper.lang = 'nn';
    wrapper.append(...only.map((widget) => buildFloor(widget, generatePlan(100, widget)).root));
    document.body.append(wrapper);
    await frame();
    await frame();
    languageSwitch = { wrapper, elements: [], widgets: [] };
  },

  /**
   * The floor's switch: time from setting `lang` until the page has done its style and layout again (forced),
   * with no text changed: what a page pays for the language change of the same items alone.
   */
  async switchLanguageFloor(lang) {
    const start = await quiet();
    languageSwitch.wrapper.lang = lang;
    document.body.getBoundingClientRect();
    const ms = performance.now() - start;
    return { ms, longestTask: await longestTask(start, start + ms), unchanged: [] };
  },

  /**
   * Switches the five widgets' language: time from setting `lang` until every widget has re-rendered and the
   * page has done its style and layout (read through a forced layout). The first switch to a language also
   * loads its strings. `unchanged` lists the widgets whose text did not change (a switch that did not happen).
   */
  async switchLanguage(lang) {
    const { wrapper, elements, widgets } = languageSwitch;
    const textOf = (element) => element.shadowRoot.textContent;
    const before = elements.map(textOf);
    const start = await quiet();
    wrapper.lang = lang;
    // The shared language observer reacts in a microtask; then every element renders (once its strings are in).
    await Promise.resolve();
    for (const element of elements) await settled(element);
    document.body.getBoundingClientRect();
    const ms = performance.now() - start;
    const unchanged = widgets.filter((_, i) => textOf(elements[i]) === before[i]);
    return { ms, longestTask: await longestTask(start, start + ms), unchanged };
  },

  /** A 10,000-node goal tree (`layout` diagram or outline), rendered, for `expandAll`. */
  async setUpExpandAll(layout) {
    const { element, loaded } = createWidget('goal-tree');
    element.layout = layout;
    element.plan = generatePlan(10_000, 'goal-tree');
    document.body.append(element);
    await loaded;
    await frame();
    await frame();
    tree = element;
  },

  /** Time from `expandAll()` until rendered (every update done, then two animation frames). */
  async expandAll() {
    const element = tree;
    const collapsed = () => element.shadowRoot.querySelectorAll('[aria-expanded="false"]').length;
    const collapsedBefore = collapsed();
    const start = await quiet();
    element.expandAll();
    await settled(element);
    await frame();
    await frame();
    const ms = performance.now() - start;
    return {
      ms,
      longestTask: await longestTask(start, start + ms),
      items: renderedItems('goal-tree', element),
      collapsedBefore,
      collapsedAfter: collapsed(),
    };
  },
};
window.planvisBenchReady = true;
