// <planvis-goal-tree> in the browser: what a user sees and does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@planvis/goal-tree/define';
import type { PlanvisGoalTree } from '@planvis/goal-tree';
import { axeViolations, describeViolations } from '../support/axe.js';
import { generateGoalTreePlan } from '../fixtures/generate-goal-tree.js';

const SOGNDAL = '/docs/examples/sogndal-oppvekst.json';
const STRATEGIES = [
  'Koordinerte og tilgjengelege helse- og oppveksttenester for barn og unge',
  'Best mogleg føresetnader for utsette barn og unge',
  'Føregangskommune for barnehage- og skuleutvikling',
  'Eigna bustader for barnefamiliar i alle delar av kommunen',
  'Lokalsamfunn som innbyr til fritidsaktivitet og sosiale møte',
  'Gode overgangar frå ungdom til arbeidsliv',
];
const PROGRAMS = [
  'Program oppvekst - alle barn',
  'Program oppvekst - alle ungdomar',
  'Program oppvekst - utsette barn og ungdom',
  'Program oppvekst - føresette',
];

/** oneEvent, typed by the event map. */
const once = <K extends keyof HTMLElementEventMap>(el: HTMLElement, name: K) =>
  oneEvent(el, name) as unknown as Promise<HTMLElementEventMap[K]>;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function settle(el: PlanvisGoalTree): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
}

/** A goal tree in a wrapper with a language, loaded and rendered. */
async function mount(
  attrs: Record<string, string | boolean> = {},
  lang = 'nn',
  plan?: unknown,
): Promise<{ el: PlanvisGoalTree; wrapper: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <button id="before">before</button>
      <div id="slot"></div>
      <button id="after">after</button>
    </div>`,
  );
  const el = document.createElement('planvis-goal-tree');
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  const loaded = oneEvent(el, 'planvis-load');
  if (plan) el.plan = plan;
  else if (!('src' in attrs)) el.src = SOGNDAL;
  wrapper.querySelector('#slot')!.append(el);
  await loaded;
  await settle(el);
  return { el, wrapper };
}

const root = (el: PlanvisGoalTree) => el.shadowRoot!;
const items = (el: PlanvisGoalTree) => [...root(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
const item = (el: PlanvisGoalTree, id: string) =>
  root(el).querySelector<HTMLElement>(`[data-id="${id}"][role="treeitem"]`);
const label = (li: HTMLElement) => li.querySelector('[part="node-label"]')!.textContent!.trim();
const labels = (el: PlanvisGoalTree) => items(el).map(label);
const focused = (el: PlanvisGoalTree) => root(el).activeElement as HTMLElement | null;
const focusedId = (el: PlanvisGoalTree) => focused(el)?.dataset.id;

async function press(el: PlanvisGoalTree, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

async function focusTree(el: PlanvisGoalTree): Promise<void> {
  const first = root(el).querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
  first.focus();
  await settle(el);
}

describe('<planvis-goal-tree> with Sogndal (seed 000) in nynorsk', () => {
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
  });

  it('shows the focus area, all 6 strategies and all 4 programmes, each with its type', async () => {
    const { el } = await mount({ layout: 'outline' });
    const all = labels(el);
    expect(all[0]).to.equal('Best på oppvekst');
    for (const title of [...STRATEGIES, ...PROGRAMS]) expect(all, title).to.include(title);
    const top = item(el, 'oppvekst')!;
    expect(top.querySelector('[part="node-type"]')!.textContent!.trim().toLowerCase()).to.equal(
      'satsingsområde',
    );
    expect(
      item(el, 'strategi-1')!.querySelector('[part="node-type"]')!.textContent!.trim().toLowerCase(),
    ).to.equal('strategi');
    expect(
      item(el, 'program-foresette')!.querySelector('[part="node-type"]')!.textContent!.trim().toLowerCase(),
    ).to.equal('program');
  });

  it('shows status as an icon and a text, never by colour alone', async () => {
    const { el } = await mount({ layout: 'outline' });
    for (const id of [
      'oppvekst',
      'program-alle-barn',
      'program-all-ungdom',
      'program-utsette-barn-og-unge',
      'program-foresette',
    ]) {
      const status = item(el, id)!.querySelector('[part="status"]')!;
      expect(status, id).to.exist;
      expect(status.querySelector('svg'), `${id} icon`).to.exist;
      expect(status.textContent!.trim().length, `${id} text`).to.be.greaterThan(2);
    }
    const done = item(el, 'mal-alle-barn-overgang')!.querySelector('[part="status"]')!.textContent!.trim();
    const proposed = item(el, 'program-alle-barn')!.querySelector('[part="status"]')!.textContent!.trim();
    expect(done).to.not.equal(proposed);
  });

  it('counts what is below a node with plural words ("6 strategiar", "4 program", "1 indikator")', async () => {
    const { el } = await mount({ layout: 'outline' });
    const counts = item(el, 'oppvekst')!.querySelector('[part="counts"]')!.textContent!;
    expect(counts).to.contain('6 strategiar');
    expect(counts).to.contain('4 program');
    const goal = item(el, 'mal-alle-barn-fritid')!.querySelector('[part="counts"]')!.textContent!;
    expect(goal).to.contain('1 indikator');
    expect(item(el, 'program-alle-barn')!.querySelector('[part="counts"]')!.textContent).to.contain('2 mål');
  });

  it('shows own progress as bar and percent, and rolls up a node without its own, saying it is derived', async () => {
    const { el } = await mount({ layout: 'outline' });
    const own = item(el, 'mal-alle-barn-fritid')!.querySelector('[part="progress"]')!;
    expect(own.textContent).to.match(/40\s?%/);
    expect(own.querySelector('.bar')).to.exist;
    expect(own.textContent).to.not.contain('utrekna');
    // 40 and 100 → 70, derived.
    const program = item(el, 'program-alle-barn')!.querySelector('[part="progress"]')!;
    expect(program.textContent).to.match(/70\s?%/);
    expect(program.textContent).to.contain('utrekna');
    // Programmes 70, 17.5, 55, 10 → 38 (strategies have no progress and are left out).
    const top = item(el, 'oppvekst')!.querySelector('[part="progress"]')!;
    expect(top.textContent).to.match(/38\s?%/);
    // A strategy without progress anywhere below shows none.
    expect(item(el, 'strategi-1')!.querySelector('[part="progress"]')).to.equal(null);
  });

  it('follows the APG tree structure: tree, treeitems with level, set size, position, expanded and selected, groups', async () => {
    const { el } = await mount({ layout: 'outline' });
    const tree = root(el).querySelector('[role="tree"]')!;
    expect(tree.getAttribute('aria-label')).to.contain('Best på oppvekst');
    const top = item(el, 'oppvekst')!;
    expect(top.getAttribute('aria-level')).to.equal('1');
    expect(top.getAttribute('aria-expanded')).to.equal('true');
    expect(top.getAttribute('aria-selected')).to.equal('false');
    // Each expanded treeitem owns its children's group (aria-owns), so the accessibility tree nests the group in
    // the treeitem as the APG pattern does; the group's items are the node's children.
    const ownedGroup = (treeitem: HTMLElement) => {
      const ids = (treeitem.getAttribute('aria-owns') ?? '').split(/\s+/).filter(Boolean);
      expect(ids, `${treeitem.dataset.id} owns one element`).to.have.length(1);
      const owned = root(el).getElementById(ids[0]!)!;
      expect(owned, `${treeitem.dataset.id} owns an element of the tree`).to.exist;
      expect(owned.getAttribute('role')).to.equal('group');
      return owned;
    };
    const childIds = (group: Element) =>
      [...group.querySelectorAll<HTMLElement>(':scope > li > [role="treeitem"]')].map((i) => i.dataset.id);
    expect(childIds(ownedGroup(top))).to.deep.equal([
      ...STRATEGIES.map((_, i) => `strategi-${i + 1}`),
      'program-alle-barn',
      'program-all-ungdom',
      'program-utsette-barn-og-unge',
      'program-foresette',
    ]);
    expect(childIds(ownedGroup(item(el, 'program-alle-barn')!))).to.deep.equal([
      'mal-alle-barn-fritid',
      'mal-alle-barn-overgang',
    ]);
    // Every group has exactly one owner, and only expanded items own one.
    const groups = [...root(el).querySelectorAll<HTMLElement>('[role="tree"] [role="group"]')];
    for (const group of groups) {
      const owners = items(el).filter((i) => i.getAttribute('aria-owns') === group.id);
      expect(owners, `owners of ${group.id}`).to.have.length(1);
      expect(owners[0]!.getAttribute('aria-expanded')).to.equal('true');
    }
    expect(items(el).filter((i) => i.hasAttribute('aria-owns'))).to.have.length(groups.length);
    const s3 = item(el, 'strategi-3')!;
    expect(s3.getAttribute('aria-level')).to.equal('2');
    expect(s3.getAttribute('aria-setsize')).to.equal('10');
    expect(s3.getAttribute('aria-posinset')).to.equal('3');
    expect(s3.hasAttribute('aria-expanded')).to.equal(false);
    expect(s3.hasAttribute('aria-owns')).to.equal(false);
    const goal = item(el, 'mal-alle-barn-fritid')!;
    expect(goal.getAttribute('aria-level')).to.equal('3');
    // A collapsed node owns nothing.
    await focusTree(el);
    await press(el, 'End');
    await press(el, 'ArrowLeft'); // to "Program oppvekst - føresette"
    await press(el, 'ArrowLeft'); // collapse it
    expect(item(el, 'program-foresette')!.getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 'program-foresette')!.hasAttribute('aria-owns')).to.equal(false);
    // The accessible name is the node's own text (type, title, status, progress, counts), never the owned subtree:
    // aria-labelledby names an element inside the box.
    const nameOf = (treeitem: HTMLElement) => {
      const labelledBy = root(el).getElementById(treeitem.getAttribute('aria-labelledby') ?? '')!;
      expect(labelledBy, `${treeitem.dataset.id} is labelled by an element`).to.exist;
      expect(treeitem.contains(labelledBy), 'the label is inside the treeitem').to.equal(true);
      return labelledBy.textContent!.replace(/\s+/g, ' ').trim();
    };
    const topName = nameOf(top);
    expect(topName).to.contain('Satsingsområde');
    expect(topName).to.contain('Best på oppvekst');
    expect(topName).to.match(/Framdrift 38\s?%/);
    expect(topName).to.contain('6 strategiar');
    expect(topName).to.not.contain(STRATEGIES[0]);
    expect(nameOf(item(el, 'program-alle-barn')!)).to.not.contain('Fleire barn deltek');
  });

  it('has one tab stop: Tab enters the tree at one item and the next Tab leaves the widget', async () => {
    const { el, wrapper } = await mount({ layout: 'outline', 'no-filter': true });
    expect(items(el).filter((i) => i.tabIndex === 0)).to.have.length(1);
    // Focus the last toolbar button, then Tab into the tree and out again.
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')];
    buttons[buttons.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('oppvekst');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('moves with Down, Up, Home and End, keeping one tab stop on the focused item', async () => {
    const { el } = await mount({ layout: 'outline' });
    await focusTree(el);
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('strategi-1');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('strategi-2');
    await press(el, 'ArrowUp');
    expect(focusedId(el)).to.equal('strategi-1');
    await press(el, 'End');
    expect(focusedId(el)).to.equal('mal-foresette-rettleiing');
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('oppvekst');
    expect(
      items(el)
        .filter((i) => i.tabIndex === 0)
        .map((i) => i.dataset.id),
    ).to.deep.equal(['oppvekst']);
  });

  it('Right and Left open, enter, close and leave branches, firing planvis-toggle', async () => {
    const { el } = await mount({ layout: 'outline', 'expand-depth': '1' });
    await focusTree(el);
    await press(el, 'End');
    expect(focusedId(el)).to.equal('program-foresette');
    expect(item(el, 'program-foresette')!.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const opened = await once(el, 'planvis-toggle');
    expect(opened.id).to.equal('program-foresette');
    expect(opened.expanded).to.equal(true);
    await settle(el);
    expect(item(el, 'program-foresette')!.getAttribute('aria-expanded')).to.equal('true');
    expect(labels(el)).to.include('Fleire føresette får tilbod om foreldrerettleiing');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('mal-foresette-rettleiing');
    await press(el, 'ArrowRight'); // an end node: nothing
    expect(focusedId(el)).to.equal('mal-foresette-rettleiing');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('program-foresette');
    setTimeout(() => sendKeys({ press: 'ArrowLeft' }));
    const closed = await once(el, 'planvis-toggle');
    expect(closed.expanded).to.equal(false);
    await settle(el);
    expect(item(el, 'mal-foresette-rettleiing')).to.equal(null);
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('oppvekst');
  });

  it('* expands every sibling at the level', async () => {
    const { el } = await mount({ layout: 'outline', 'expand-depth': '1' });
    await focusTree(el);
    await press(el, 'ArrowDown');
    const toggled: string[] = [];
    el.addEventListener('planvis-toggle', (e) => toggled.push(e.id));
    await press(el, '*');
    expect(toggled.sort()).to.deep.equal(
      ['program-all-ungdom', 'program-alle-barn', 'program-foresette', 'program-utsette-barn-og-unge'].sort(),
    );
    for (const id of toggled) expect(item(el, id)!.getAttribute('aria-expanded')).to.equal('true');
    expect(focusedId(el)).to.equal('strategi-1');
  });

  it('type-ahead moves to the next item whose title starts with the typed letters', async () => {
    const { el } = await mount({ layout: 'outline' });
    await focusTree(el);
    await press(el, 'g');
    expect(focusedId(el)).to.equal('strategi-6'); // "Gode overgangar …"
    await new Promise((r) => setTimeout(r, 700));
    await sendKeys({ type: 'pro' });
    await settle(el);
    expect(focusedId(el)).to.equal('program-alle-barn');
    await new Promise((r) => setTimeout(r, 700));
    await sendKeys({ type: 'eig' });
    await settle(el);
    expect(focusedId(el)).to.equal('strategi-4');
  });

  it('selects with Enter, Space and click: planvis-select with the node, aria-selected and the reflected attribute', async () => {
    const { el } = await mount({ layout: 'outline' });
    await focusTree(el);
    await press(el, 'ArrowDown');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const byEnter = await once(el, 'planvis-select');
    expect(byEnter.id).to.equal('strategi-1');
    expect((byEnter.item as { title: string }).title).to.equal(STRATEGIES[0]);
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('strategi-1');
    expect(item(el, 'strategi-1')!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'ArrowDown');
    setTimeout(() => sendKeys({ press: ' ' }));
    const bySpace = await once(el, 'planvis-select');
    expect(bySpace.id).to.equal('strategi-2');
    await settle(el);
    expect(item(el, 'strategi-1')!.getAttribute('aria-selected')).to.equal('false');
    const box = item(el, 'program-all-ungdom')!.querySelector<HTMLElement>('[part="node-label"]')!;
    setTimeout(() => box.click());
    const byClick = await once(el, 'planvis-select');
    expect(byClick.id).to.equal('program-all-ungdom');
    await settle(el);
    expect(focusedId(el)).to.equal('program-all-ungdom');
  });

  it('clicking the toggle of a node expands and collapses it', async () => {
    const { el } = await mount({ layout: 'outline', 'expand-depth': '1' });
    const toggle = item(el, 'program-alle-barn')!.querySelector<HTMLElement>('[data-toggle]')!;
    setTimeout(() => toggle.click());
    const e = await once(el, 'planvis-toggle');
    expect(e.expanded).to.equal(true);
    await settle(el);
    expect(labels(el)).to.include('Fleire barn deltek i organiserte fritidsaktivitetar');
  });

  it('filters: matches and their ancestors stay, matches are marked, the count is announced', async () => {
    const { el } = await mount({ layout: 'outline' });
    const input = root(el).querySelector<HTMLInputElement>('[part="filter-input"]')!;
    const labelEl = root(el).querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!;
    expect(labelEl.textContent!.trim()).to.equal('Filtrer');
    input.focus();
    await sendKeys({ type: 'ungdom' });
    await settle(el);
    expect(labels(el)).to.deep.equal([
      'Best på oppvekst',
      'Gode overgangar frå ungdom til arbeidsliv',
      'Program oppvekst - alle ungdomar',
      'Fleire ungdomar er nøgde med lokalmiljøet og møteplassane sine',
      'Fleire ungdomar fullfører vidaregåande opplæring',
      'Program oppvekst - utsette barn og ungdom',
    ]);
    const marks = [...root(el).querySelectorAll('[role="tree"] mark')].map((m) => m.textContent);
    expect(marks).to.deep.equal(['ungdom', 'ungdom', 'ungdom', 'ungdom', 'ungdom']);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('5 treff');
    expect(el.filter).to.equal('ungdom');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(labels(el)).to.include(STRATEGIES[0]);
    expect(root(el).querySelector('[role="tree"] mark')).to.equal(null);
  });

  it('takes a filter attribute, and says when nothing matches', async () => {
    const { el } = await mount({ layout: 'outline', filter: 'xyzzy' });
    expect(items(el)).to.have.length(0);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Ingen treff');
    el.filter = 'ALLE';
    await settle(el);
    expect(labels(el)).to.include('Program oppvekst - alle barn');
  });

  it('hides the filter box with no-filter', async () => {
    const { el } = await mount({ layout: 'outline', 'no-filter': true });
    expect(root(el).querySelector('[part="filter-input"]')).to.equal(null);
  });

  it('switches language live when the page language changes', async () => {
    const { el, wrapper } = await mount({ layout: 'outline' });
    expect(item(el, 'oppvekst')!.querySelector('[part="counts"]')!.textContent).to.contain('6 strategiar');
    wrapper.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    const top = item(el, 'oppvekst')!;
    expect(top.querySelector('[part="counts"]')!.textContent).to.contain('6 strategies');
    expect(top.querySelector('[part="counts"]')!.textContent).to.contain('4 programmes');
    expect(top.querySelector('[part="node-type"]')!.textContent!.trim().toLowerCase()).to.equal('focus area');
    // Content in nynorsk under an English UI is marked with its language.
    expect(top.querySelector('[part="node-label"]')!.getAttribute('lang')).to.equal('nn');
    expect(root(el).querySelector('label[for="filter"]')!.textContent!.trim()).to.equal('Filter');
    wrapper.lang = 'sv';
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(top.querySelector('[part="counts"]')!.textContent).to.contain('6 strategier');
  });

  it('starts at a subtree with node, and expands to expand-depth', async () => {
    const { el } = await mount({ layout: 'outline', node: 'program-all-ungdom', 'expand-depth': '0' });
    expect(labels(el)).to.deep.equal(['Program oppvekst - alle ungdomar']);
    el.expandAll();
    await settle(el);
    expect(labels(el)).to.have.length(3);
    el.collapseAll();
    await settle(el);
    expect(labels(el)).to.have.length(1);
  });

  it('reveals and selects the node named by the selected attribute', async () => {
    const { el } = await mount({
      layout: 'outline',
      'expand-depth': '0',
      selected: 'mal-foresette-rettleiing',
    });
    const li = item(el, 'mal-foresette-rettleiing')!;
    expect(li).to.exist;
    expect(li.getAttribute('aria-selected')).to.equal('true');
    expect(li.tabIndex).to.equal(0);
  });

  describe('link-hash', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('selects the node in the URL hash on load and on hashchange, and writes the selection to the hash', async () => {
      history.replaceState(null, '', '#strategi-5');
      const { el } = await mount({ layout: 'outline', 'link-hash': true, 'expand-depth': '0' });
      expect(el.selected).to.equal('strategi-5');
      expect(item(el, 'strategi-5')!.getAttribute('aria-selected')).to.equal('true');
      const selected = once(el, 'planvis-select');
      location.hash = '#mal-all-ungdom-trivsel';
      expect((await selected).id).to.equal('mal-all-ungdom-trivsel');
      await settle(el);
      expect(item(el, 'mal-all-ungdom-trivsel')!.getAttribute('aria-selected')).to.equal('true');
      await focusTree(el);
      await press(el, 'Home');
      await press(el, 'Enter');
      expect(location.hash).to.equal('#oppvekst');
    });

    it('leaves the URL alone without link-hash', async () => {
      const { el } = await mount({ layout: 'outline' });
      await focusTree(el);
      await press(el, 'Enter');
      expect(el.selected).to.equal('oppvekst');
      expect(location.hash).to.equal('');
    });
  });

  it('has no axe violations in nynorsk, outline and diagram, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const layout of ['outline', 'diagram']) {
        const { el } = await mount({ layout, theme });
        const violations = await axeViolations(el);
        expect(violations, `${layout} ${theme}:\n${describeViolations(violations)}`).to.have.length(0);
      }
    }
  });
});

describe('<planvis-goal-tree> diagram', () => {
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
  });

  it('draws the same tree as positioned boxes over SVG links, with the same ARIA tree', async () => {
    const { el } = await mount({ layout: 'diagram' });
    expect(root(el).querySelector('[part="viewport"]')).to.exist;
    expect(labels(el)).to.include(STRATEGIES[5]);
    const boxes = items(el).map((li) => li.getBoundingClientRect());
    // Boxes do not overlap.
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `boxes ${i} and ${j}`).to.equal(false);
      }
    }
    // Horizontal: children are to the right of their parent.
    const top = item(el, 'oppvekst')!.getBoundingClientRect();
    const child = item(el, 'strategi-1')!.getBoundingClientRect();
    expect(child.left).to.be.greaterThan(top.right);
    const d = root(el).querySelector('[part="link"]')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(items(el).length - 1);
  });

  it('lays out top-down with orientation="vertical"', async () => {
    const { el } = await mount({ layout: 'diagram', orientation: 'vertical' });
    const top = item(el, 'oppvekst')!.getBoundingClientRect();
    const child = item(el, 'strategi-1')!.getBoundingClientRect();
    expect(child.top).to.be.greaterThan(top.bottom);
  });

  it('pans to keep the focused node in view', async () => {
    const { el } = await mount({ layout: 'diagram', 'expand-depth': '3' });
    const viewport = root(el).querySelector<HTMLElement>('[part="viewport"]')!.getBoundingClientRect();
    await focusTree(el);
    for (const key of ['End', 'Home', 'End']) {
      await press(el, key);
      const box = focused(el)!.getBoundingClientRect();
      expect(box.top, key).to.be.at.least(viewport.top - 1);
      expect(box.bottom, key).to.be.at.most(viewport.bottom + 1);
      expect(box.left, key).to.be.at.least(viewport.left - 1);
      expect(box.right, key).to.be.at.most(viewport.right + 1);
    }
  });

  it('zooms with the toolbar buttons and fits the whole tree', async () => {
    const { el } = await mount({ layout: 'diagram', 'expand-depth': '3' });
    const box = () => item(el, 'oppvekst')!.getBoundingClientRect();
    const before = box().width;
    const zoomIn = root(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom inn"]')!;
    zoomIn.click();
    await settle(el);
    expect(box().width).to.be.greaterThan(before * 1.1);
    const fit = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Vis heile')!;
    fit.click();
    await settle(el);
    const viewport = root(el).querySelector<HTMLElement>('[part="viewport"]')!.getBoundingClientRect();
    for (const li of items(el)) {
      const r = li.getBoundingClientRect();
      expect(r.top).to.be.at.least(viewport.top - 1);
      expect(r.bottom).to.be.at.most(viewport.bottom + 1);
    }
  });

  it('layout="auto" on a wide page is the diagram from the first render (no outline first)', async () => {
    const el = document.createElement('planvis-goal-tree');
    el.plan = await (await fetch(SOGNDAL)).json();
    let viewportAtLoad: Element | null | undefined;
    el.addEventListener('planvis-load', () => {
      viewportAtLoad = root(el).querySelector('[part="viewport"]');
    });
    const loaded = oneEvent(el, 'planvis-load');
    const wrapper = await fixture<HTMLElement>(html`<div lang="nn" style="inline-size: 1000px"></div>`);
    wrapper.append(el);
    await loaded;
    expect(viewportAtLoad, 'the diagram viewport when planvis-load fires').to.exist;
  });

  it('layout="auto" shows the diagram when wide and the outline at 320 px', async () => {
    const { el } = await mount({});
    expect(root(el).querySelector('[part="viewport"]')).to.exist;
    await setViewport({ width: 320, height: 700 });
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(root(el).querySelector('[part="viewport"]')).to.equal(null);
    expect(root(el).querySelector('.outline [role="tree"]')).to.exist;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 1200, height: 900 });
  });
});

describe('<planvis-goal-tree> at scale', () => {
  it('renders a 2,000-level chain (deep levels flat in one group, aria-level intact) in both layouts', async () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({
      id: `d${i}`,
      type: 'goal',
      title: `Djup ${i}`,
      ...(i > 0 ? { parent: `d${i - 1}` } : {}),
    }));
    const plan = {
      formatVersion: '1.0',
      id: 'deep',
      title: 'Djup plan',
      owner: { name: 'Testkommune' },
      languages: ['nn'],
      updated: '2026-01-01',
      nodes,
    };
    for (const layout of ['outline', 'diagram']) {
      const { el } = await mount({ layout, 'expand-depth': '100000' }, 'nn', plan);
      expect(root(el).querySelector('[role="alert"]'), layout).to.equal(null);
      const deepest = item(el, 'd1999') ?? null;
      if (layout === 'outline') {
        expect(items(el)).to.have.length(2000);
        expect(deepest!.getAttribute('aria-level')).to.equal('2000');
      }
      await focusTree(el);
      await press(el, 'End');
      expect(focusedId(el), layout).to.equal('d1999');
      expect(focused(el)!.getAttribute('aria-level')).to.equal('2000');
    }
  });

  it('expands all of a 10,000-node plan and collapses it again', async () => {
    const plan = generateGoalTreePlan(10_000);
    const { el } = await mount({ layout: 'outline', 'expand-depth': '1' }, 'nn', plan);
    expect(items(el)).to.have.length(110);
    el.expandAll();
    // A timer queued now runs after the first render and before the next batch: the outline is built in
    // batches (tasks of about 500 rows), so the page stays responsive while 10,000 rows appear.
    const firstBatch = await new Promise<number>((resolve) => setTimeout(() => resolve(items(el).length)));
    expect(firstBatch).to.be.above(110).and.at.most(700);
    await settle(el);
    expect(items(el)).to.have.length(10_000);
    el.collapseAll();
    await settle(el);
    expect(items(el)).to.have.length(10);
  });

  it('reaches the last row of a 10,000-row outline with End while the rows are still being built', async () => {
    const plan = generateGoalTreePlan(10_000);
    const { el } = await mount({ layout: 'outline', 'expand-depth': '1' }, 'nn', plan);
    await focusTree(el);
    el.expandAll();
    await new Promise((resolve) => setTimeout(resolve));
    expect(items(el).length, 'still building').to.be.below(10_000);
    await press(el, 'End');
    const rows = items(el);
    expect(rows).to.have.length(10_000);
    const last = rows[rows.length - 1]!;
    expect(focusedId(el)).to.equal(last.dataset.id);
    expect(el.shadowRoot!.activeElement).to.equal(last);
  });

  it('draws a 10,000-node diagram responsively: fixed-size boxes, only those near the view rendered', async () => {
    const plan = generateGoalTreePlan(10_000);
    const { el } = await mount({ layout: 'diagram', 'expand-depth': '1' }, 'nn', plan);
    expect(items(el)).to.have.length(110);
    const start = performance.now();
    el.expandAll();
    await settle(el);
    expect(performance.now() - start).to.be.below(3000);
    const rendered = items(el).length;
    expect(rendered).to.be.greaterThan(10);
    expect(rendered).to.be.below(1500);
    // Every rendered item still says where it sits in the whole tree.
    const first = item(el, 'g0')!;
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-setsize')).to.equal('10');
    expect(items(el).filter((i) => i.getAttribute('aria-level') === '1').length).to.be.below(10);
    await focusTree(el);
    await press(el, 'End');
    // Pre-order: the last visible node is the last child of the last root's last child; rendered on demand.
    expect(focusedId(el)).to.equal('g1109');
    const viewport = root(el).querySelector<HTMLElement>('[part="viewport"]')!.getBoundingClientRect();
    const box = focused(el)!.getBoundingClientRect();
    expect(box.top).to.be.at.least(viewport.top - 1);
    expect(box.bottom).to.be.at.most(viewport.bottom + 1);
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('g0');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('g10');
  });
});
