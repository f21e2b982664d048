// Runs in Node (node --test), on the built CDN bundle: what a screen reader gets from widgets that are off
// screen. Lists, cards, lanes, outline rows and the vision matrix's hidden table use `content-visibility: auto`,
// so off screen they skip layout and paint. Chromium must still give assistive technology all of their content:
// every item, with its name. The check launches Chromium in the accessibility mode a screen reader turns on
// (`--force-renderer-accessibility`; without an assistive technology, Chromium builds no tree for skipped
// content, which is not what any user gets), puts each widget 5,000 px below the fold with 100 items, and
// compares its accessibility tree with the same widget whose containment is switched off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBench } from '../../bench/harness.js';

const CONTAINED = {
  'program-card': { selector: '.grid > li' },
  'swot-grid': { selector: '.list' },
  'milestone-timeline': { selector: '.lane' },
  'goal-tree': { selector: '.outline .node', props: { layout: 'outline' } },
  'vision-mission': { selector: '.hidden-table' },
};
const ITEM_ROLES = [
  'treeitem',
  'option',
  'button',
  'listitem',
  'table',
  'row',
  'cell',
  'rowheader',
  'columnheader',
];

let bench;
before(async () => {
  bench = await startBench({ extraArgs: ['--force-renderer-accessibility'] });
});
after(() => bench?.close());

/** Roles in the widget's page (counted) and the interactive items without a name, off screen. */
async function accessibilityOf(widget, { contained }) {
  const { page, close } = await bench.openPage();
  try {
    const { selector, props = {} } = CONTAINED[widget];
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '5000px';
      document.body.prepend(spacer);
    });
    await page.evaluate((w) => window.planvisBench.setUpLanguageSwitch([w]), widget);
    await page.evaluate(
      async (w, p, sel, keep) => {
        const element = document.querySelector(`planvis-${w}`);
        Object.assign(element, p);
        await element.updateComplete;
        if (!keep) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(`${sel} { content-visibility: visible !important; }`);
          element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, sheet];
        }
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      },
      widget,
      props,
      selector,
      contained,
    );
    const offScreen = await page.evaluate(
      (w) => document.querySelector(`planvis-${w}`).getBoundingClientRect().top > innerHeight,
      widget,
    );
    const applied = await page.evaluate(
      (w, sel) => {
        const target = document.querySelector(`planvis-${w}`).shadowRoot.querySelector(sel);
        return target ? getComputedStyle(target).contentVisibility : 'missing';
      },
      widget,
      selector,
    );
    const cdp = await page.createCDPSession();
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = {};
    const unnamed = [];
    for (const node of nodes) {
      const role = node.role?.value;
      if (node.ignored || !ITEM_ROLES.includes(role)) continue;
      roles[role] = (roles[role] ?? 0) + 1;
      if (['treeitem', 'option', 'button'].includes(role) && !node.name?.value) unnamed.push(role);
    }
    return { roles, unnamed, offScreen, applied };
  } finally {
    await close();
  }
}

for (const widget of Object.keys(CONTAINED)) {
  test(`${widget}: off screen, every item and its name reach a screen reader`, async () => {
    const contained = await accessibilityOf(widget, { contained: true });
    const laidOut = await accessibilityOf(widget, { contained: false });
    assert.equal(contained.offScreen, true, 'the widget is below the fold');
    assert.equal(contained.applied, 'auto', `${CONTAINED[widget].selector} has content-visibility: auto`);
    assert.equal(laidOut.applied, 'visible');
    assert.ok(
      Object.values(laidOut.roles).reduce((a, b) => a + b, 0) > 20,
      'the widget has items to compare',
    );
    assert.deepEqual(contained.roles, laidOut.roles);
    assert.deepEqual(contained.unnamed, []);
  });
}
