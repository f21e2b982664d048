// Runs inside the benchmark page (a fresh page per measurement): renders a generated plan with one widget, or
// builds the same items as plain DOM (the floor), and reports time and long tasks.
import { generatePlan } from './generate-plan.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
  type: 'longtask',
  buffered: true,
});

/** What each widget shows of a plan, built as plain DOM: nested lists of nodes, a list of milestones… */
function buildFloor(widget, plan) {
  const root = document.createElement('div');
  if (widget === 'milestone-timeline') {
    const list = document.createElement('ol');
    for (const m of plan.milestones) {
      const item = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = m.planned.start;
      time.textContent = m.planned.start;
      item.append(time, ` ${m.title} (${m.status})`);
      list.append(item);
    }
    root.append(list);
  } else if (widget === 'swot-grid') {
    for (const category of ['strength', 'weakness', 'opportunity', 'threat']) {
      const heading = document.createElement('h2');
      heading.textContent = category;
      const list = document.createElement('ul');
      for (const item of plan.swot[0].items.filter((i) => i.category === category)) {
        const li = document.createElement('li');
        li.textContent = item.text;
        list.append(li);
      }
      root.append(heading, list);
    }
  } else {
    // A nested list of every node, parents before children (as the format's order allows any order, index first).
    const top = document.createElement('ul');
    const childLists = new Map();
    const itemOf = new Map();
    for (const node of plan.nodes) {
      const item = document.createElement('li');
      item.textContent = `${node.type}: ${node.title} ${node.status ?? ''}`;
      itemOf.set(node.id, item);
    }
    for (const node of plan.nodes) {
      let list = top;
      if (node.parent) {
        list = childLists.get(node.parent);
        if (!list) {
          list = document.createElement('ul');
          childLists.set(node.parent, list);
          itemOf.get(node.parent).append(list);
        }
      }
      list.append(itemOf.get(node.id));
    }
    root.append(top);
  }
  return root;
}

window.planvisBench = {
  /** Time from setting the plan to rendered (planvis-load plus two animation frames). */
  async render(widget, n) {
    const plan = generatePlan(n);
    await frame();
    const start = performance.now();
    if (widget.startsWith('floor:')) {
      document.body.append(buildFloor(widget.slice(6), plan));
    } else {
      const element = document.createElement(`planvis-${widget}`);
      const loaded = new Promise((resolve, reject) => {
        element.addEventListener('planvis-load', resolve, { once: true });
        element.addEventListener('planvis-error', (e) => reject(new Error(e.message ?? 'planvis-error')), {
          once: true,
        });
      });
      element.plan = plan;
      document.body.append(element);
      await loaded;
    }
    await frame();
    await frame();
    const ms = performance.now() - start;
    return { ms, longestTask: Math.max(0, ...longTasks) };
  },

  /** Five widgets with 100 nodes each, then the page language switches: time until all have re-rendered. */
  async languageSwitch() {
    const plan = generatePlan(100);
    const wrapper = document.createElement('div');
    wrapper.lang = 'nn';
    const tags = ['goal-tree', 'program-card', 'milestone-timeline', 'swot-grid', 'vision-mission'];
    const elements = tags.map((tag) => document.createElement(`planvis-${tag}`));
    const loads = elements.map(
      (el) => new Promise((resolve) => el.addEventListener('planvis-load', resolve, { once: true })),
    );
    for (const el of elements) {
      el.plan = plan;
      wrapper.append(el);
    }
    document.body.append(wrapper);
    await Promise.all(loads);
    await frame();
    await frame();
    const start = performance.now();
    wrapper.lang = 'sv';
    // The language controller reacts in a MutationObserver callback (a microtask); wait for it and the renders.
    await new Promise((resolve) => queueMicrotask(resolve));
    await Promise.all(elements.map((el) => el.updateComplete));
    const ms = performance.now() - start;
    await frame();
    const switched = elements.every((el) => el.shadowRoot && el.shadowRoot.textContent.length > 0);
    return { ms, switched };
  },

  /** A 10,000-node goal tree: time to expand every branch. */
  async expandAll() {
    const element = document.createElement('planvis-goal-tree');
    const loaded = new Promise((resolve) =>
      element.addEventListener('planvis-load', resolve, { once: true }),
    );
    element.plan = generatePlan(10_000);
    document.body.append(element);
    await loaded;
    await frame();
    await frame();
    longTasks.length = 0;
    const start = performance.now();
    element.expandAll();
    await element.updateComplete;
    await frame();
    await frame();
    return { ms: performance.now() - start, longestTask: Math.max(0, ...longTasks) };
  },
};
window.planvisBenchReady = true;
