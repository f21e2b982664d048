import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport, resetMouse } from '@web/test-runner-commands';
import '@planvis/vision-mission/define';
import type { PlanvisVisionMission } from '@planvis/vision-mission';
import { axeViolations, describeViolations } from '../support/axe.js';
import { emulateMediaFeatures } from '../support/media.js';
import { generateVisionMatrixPlan } from '../fixtures/generate-vision-mission.js';

const RANDERS = '/docs/examples/randers-boern-og-familie.json';
const THISTED = '/docs/examples/thisted-ungestrategi.json';
const UDDEVALLA = '/docs/examples/uddevalla-foraeldrastoed.json';

const COLUMN_VISIONS = [
  'Medbestemmelse',
  'En tidlig og forebyggende indsats',
  'Tværgående samarbejde',
  'Kvalitet i opgaveløsningen',
  'Nytænkning af indsatsen',
];
const ROW_VISIONS = [
  'Helhed og sammenhæng',
  'Professionel ledelse',
  'Social kapital',
  'Dokumenteret effekt',
  'Økonomisk balance i et udviklingsperspektiv',
];

interface SelectDetail {
  kind: string;
  id: string;
  item: unknown;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Mounts `<div lang><planvis-vision-mission …></div>` and waits until the plan is shown. */
async function mount(
  attributes: Record<string, string>,
  { lang = 'da', plan }: { lang?: string; plan?: unknown } = {},
): Promise<PlanvisVisionMission> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const el = document.createElement('planvis-vision-mission');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'planvis-load');
  if (plan !== undefined) el.plan = plan;
  wrapper.append(el);
  document.body.append(wrapper);
  await loaded;
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const all = (el: HTMLElement, selector: string) =>
  Array.from(root(el).querySelectorAll<HTMLElement>(selector));
const one = (el: HTMLElement, selector: string) => root(el).querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const visible = (node: Element) => {
  const r = node.getBoundingClientRect();
  return r.width > 1 && r.height > 1 && getComputedStyle(node).visibility !== 'hidden';
};
const labelOf = (node: Element) => text(node.querySelector('[part~="vision-label"]'));

async function settle(el: PlanvisVisionMission): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

async function focusIn(el: PlanvisVisionMission): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.parentElement!.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  await settle(el);
}

async function press(el: PlanvisVisionMission, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** The column arrows, their legend swatch and their vision headers are drawn solid; the row ones dashed. */
function expectAxesDifferByStyle(el: PlanvisVisionMission, label: string): void {
  const dashes = (selector: string) => {
    const lines = all(el, selector);
    expect(lines.length, `${label}: ${selector}`).to.be.above(0);
    return [...new Set(lines.map((l) => getComputedStyle(l).strokeDasharray))];
  };
  expect(dashes('[part~="column-arrow"] .arrow-line'), label).to.deep.equal(['none']);
  expect(dashes('[part="legend"] .axis-column .arrow-line'), label).to.deep.equal(['none']);
  const rowDashes = dashes('[part~="row-arrow"] .arrow-line');
  expect(rowDashes, label).to.have.length(1);
  expect(rowDashes[0], label).to.not.equal('none');
  expect(dashes('[part="legend"] .axis-row .arrow-line'), label).to.deep.equal(rowDashes);
  const borders = (selector: string) => [
    ...new Set(all(el, selector).map((v) => getComputedStyle(v).borderTopStyle)),
  ];
  expect(borders('[part~="column-vision"]'), label).to.deep.equal(['solid']);
  expect(borders('[part~="row-vision"]'), label).to.deep.equal(['dashed']);
}

describe('<planvis-vision-mission> matrix (Randers)', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(async () => {
    await resetMouse();
    document.body.replaceChildren();
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows the mission and all ten visions as crossing arrows at 1280 px', async () => {
    const el = await mount({ src: RANDERS });
    expect(text(one(el, '[part~="head"]'))).to.contain(
      'I samspil med borgerne skaber vi den bedst mulige trivsel og udvikling hos børn, unge og familier.',
    );
    const columns = all(el, '[role="columnheader"][part~="vision"]');
    const rows = all(el, '[role="rowheader"]');
    expect(columns.map(labelOf)).to.deep.equal(COLUMN_VISIONS);
    expect(rows.map(labelOf)).to.deep.equal(ROW_VISIONS);
    for (const vision of [...columns, ...rows]) expect(visible(vision), labelOf(vision)).to.equal(true);
    // The two axes are named, not only coloured.
    const legend = text(one(el, '[part="legend"]'));
    expect(legend)
      .to.contain('De 5 borgerrettede visioner')
      .and.contain('De 5 organisationsrettede visioner');
    // Five vertical and five horizontal SVG arrows, not bitmaps.
    expect(all(el, '[part~="column-arrow"] svg')).to.have.length(10);
    expect(all(el, '[part~="row-arrow"] svg')).to.have.length(10);
    expect(all(el, 'img, canvas')).to.have.length(0);
    // No horizontal scroll at 1280 px.
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('draws the arrows across each other with every cell at its crossing', async () => {
    const el = await mount({ src: RANDERS });
    const columnArrows = all(el, '[part~="column-arrow"]').map((a) => a.getBoundingClientRect());
    const rowArrows = all(el, '[part~="row-arrow"]').map((a) => a.getBoundingClientRect());
    const columns = all(el, '[role="columnheader"][part~="vision"]').map((v) => v.getBoundingClientRect());
    const rows = all(el, '[role="rowheader"]').map((v) => v.getBoundingClientRect());
    const cells = all(el, '[role="gridcell"]');
    expect(cells).to.have.length(25);
    // Vertical arrows run down from their vision past the last row; horizontal ones right past the last column.
    const lastRow = rows[4]!;
    const lastColumn = columns[4]!;
    columnArrows.forEach((a, c) => {
      expect(a.top).to.be.at.most(columns[c]!.top + 1);
      expect(a.bottom).to.be.above(lastRow.bottom);
      expect(a.height).to.be.above(a.width);
    });
    rowArrows.forEach((a, r) => {
      expect(a.left).to.be.at.most(rows[r]!.left + 1);
      expect(a.right).to.be.above(lastColumn.right);
      expect(a.width).to.be.above(a.height);
    });
    // Cell (r, c) sits inside column arrow c and row arrow r.
    cells.forEach((cell, i) => {
      const r = Math.floor(i / 5);
      const c = i % 5;
      const box = cell.getBoundingClientRect();
      const mid = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      expect(mid.x, `cell ${r},${c}`).to.be.within(columnArrows[c]!.left, columnArrows[c]!.right);
      expect(mid.y, `cell ${r},${c}`).to.be.within(rowArrows[r]!.top, rowArrows[r]!.bottom);
    });
  });

  it('shows the goals and projects the document places in each crossing, and empty crossings as empty', async () => {
    const el = await mount({ src: RANDERS });
    const cells = all(el, '[role="gridcell"]');
    // Helhed og sammenhæng × En tidlig og forebyggende indsats.
    const cell = cells[0 * 5 + 1]!;
    expect(text(cell.querySelector('[part="cell-count"]'))).to.equal('2 punkter');
    expect(text(cell)).to.contain('Partnerskabsprojekt med Socialstyrelsen');
    // Helhed og sammenhæng × Medbestemmelse is empty.
    expect(text(cells[0]!)).to.equal('Medbestemmelse Ingen');
    expect(cells[0]!.querySelector('[part="cell-count"]')).to.equal(null);
    const placed = cells.filter((c) => c.querySelector('[part="cell-count"]'));
    expect(placed).to.have.length(9);
    // The example infers every placement (the source's figure is not in its text): each says so in words.
    for (const c of placed)
      expect(text(c.querySelector('.badge')), text(c)).to.equal('Illustrativt eksempel');
    expect(cells[0]!.querySelector('.badge'), 'an empty crossing has nothing to mark').to.equal(null);
  });

  it('has a table equivalent with column and row headers', async () => {
    const el = await mount({ src: RANDERS });
    const table = one(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal('Udviklingsstrategiens visioner som tabel');
    const colHeaders = Array.from(table.querySelectorAll('thead th'));
    expect(colHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(6).fill('col'));
    expect(text(colHeaders[0])).to.equal('De 5 organisationsrettede visioner');
    expect(colHeaders.slice(1).map((th) => th.getAttribute('abbr'))).to.deep.equal(COLUMN_VISIONS);
    const rowHeaders = Array.from(table.querySelectorAll('tbody th'));
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(5).fill('row'));
    expect(rowHeaders.map((th) => th.getAttribute('abbr'))).to.deep.equal(ROW_VISIONS);
    // Each vision's full text is in its header.
    expect(text(colHeaders[2])).to.contain('Vi sikrer en tidlig opsporing');
    const rowsOfCells = Array.from(table.querySelectorAll('tbody tr')).map(
      (tr) => tr.querySelectorAll('td').length,
    );
    expect(rowsOfCells).to.deep.equal([5, 5, 5, 5, 5]);
    expect(text(table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')[1])).to.contain(
      'Partnerskabsprojekt med Socialstyrelsen',
    );
    // Visually hidden, but there for screen readers (not display:none).
    expect(getComputedStyle(table).display).to.not.equal('none');
    expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('is one tab stop; arrows move across visions and cells; Enter selects a vision', async () => {
    const el = await mount({ src: RANDERS });
    expect(all(el, '[tabindex="0"]')).to.have.length(1);
    await focusIn(el);
    expect(document.activeElement).to.equal(el);
    expect(active(el)!.getAttribute('role')).to.equal('gridcell');

    await press(el, 'ArrowUp');
    expect(labelOf(active(el)!)).to.equal('Medbestemmelse');
    await press(el, 'ArrowRight');
    expect(labelOf(active(el)!)).to.equal('En tidlig og forebyggende indsats');
    expect(all(el, '[tabindex="0"]')).to.have.length(1);

    const selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    const detail = ((await selected) as CustomEvent<SelectDetail>).detail;
    expect(detail).to.include({ kind: 'vision', id: 'vision-tidlig-indsats' });

    await press(el, 'ArrowDown');
    expect(active(el)!.dataset.pos).to.equal('1,2');
    await press(el, 'Home');
    expect(labelOf(active(el)!)).to.equal('Helhed og sammenhæng');
    await press(el, 'PageDown');
    expect(labelOf(active(el)!)).to.equal('Økonomisk balance i et udviklingsperspektiv');
    await press(el, 'End');
    expect(active(el)!.dataset.pos).to.equal('5,5');

    const after = document.createElement('button');
    document.body.append(after);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
  });

  it('selects one goal inside a crossing by keyboard: Enter goes in, arrows move, Enter selects, Escape comes back', async () => {
    const el = await mount({ src: RANDERS });
    const details: SelectDetail[] = [];
    el.addEventListener('planvis-select', (e) => details.push(e.detail));
    await focusIn(el);
    // Helhed og sammenhæng × En tidlig og forebyggende indsats: a project and a goal.
    await press(el, 'ArrowRight');
    const cell = active(el)!;
    expect(cell.dataset.pos).to.equal('1,2');
    await press(el, 'Enter');
    expect(details).to.deep.equal([]);
    expect(cell.contains(active(el))).to.equal(true);
    expect(text(active(el))).to.equal('Partnerskabsprojekt med Socialstyrelsen');
    // Still one tab stop: the goal holds it now, not the crossing.
    expect(all(el, '[tabindex="0"]')).to.deep.equal([active(el)]);

    await press(el, 'ArrowDown');
    expect(text(active(el))).to.match(/^De fremskudte rådgivere får lettere adgang/);
    let selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    let detail = ((await selected) as CustomEvent<SelectDetail>).detail;
    expect(detail).to.include({ kind: 'node', id: 'fremskudte-raadgivere', nodeId: 'fremskudte-raadgivere' });
    expect((detail.item as { id: string }).id).to.equal('fremskudte-raadgivere');
    // Space selects too, once (the button's own click on key-up does not add a second event).
    await press(el, 'ArrowUp');
    await press(el, ' ');
    await new Promise((r) => setTimeout(r, 50));
    expect(details.map((d) => `${d.kind} ${d.id}`)).to.deep.equal([
      'node fremskudte-raadgivere',
      'node partnerskab-socialstyrelsen',
    ]);
    // The arrows stay inside the crossing; its count, one step up, selects the whole crossing.
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(text(active(el))).to.match(/^De fremskudte rådgivere/);
    await press(el, 'Home');
    expect(active(el)!.getAttribute('part')).to.equal('cell-count');
    expect(text(active(el))).to.equal('2 punkter');
    selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    detail = ((await selected) as CustomEvent<SelectDetail>).detail;
    expect(detail).to.include({ kind: 'cell', id: 'vision-helhed/vision-tidlig-indsats' });
    expect((detail.item as { nodes: { id: string }[] }).nodes.map((n) => n.id)).to.deep.equal([
      'partnerskab-socialstyrelsen',
      'fremskudte-raadgivere',
    ]);

    // Escape goes back to the crossing, and the arrows move across the matrix again.
    await press(el, 'Escape');
    expect(active(el)).to.equal(cell);
    expect(all(el, '[tabindex="0"]')).to.deep.equal([cell]);
    await press(el, 'ArrowRight');
    expect(active(el)!.dataset.pos).to.equal('1,3');

    // Tab leaves from inside a crossing; Shift+Tab comes back to the goal last focused.
    await press(el, 'Enter');
    await press(el, 'ArrowDown');
    const goal = active(el)!;
    expect(text(goal)).to.equal('En fælles model for tværfagligt samarbejde omkring udsatte børn og unge');
    const after = document.createElement('button');
    document.body.append(after);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(active(el)).to.equal(goal);
  });

  it('selects one goal inside a crossing with the mouse; the count selects the crossing', async () => {
    const el = await mount({ src: RANDERS });
    const details: SelectDetail[] = [];
    el.addEventListener('planvis-select', (e) => details.push(e.detail));
    // Helhed og sammenhæng × Tværgående samarbejde.
    const cell = all(el, '[role="gridcell"]')[0 * 5 + 2]!;
    const entries = Array.from(cell.querySelectorAll<HTMLElement>('[part="cell-entry"]'));
    expect(entries.map(text)).to.deep.equal([
      'Et fælles sprog og et fælles begrebsapparat omkring tidlig opsporing',
      'En fælles model for tværfagligt samarbejde omkring udsatte børn og unge',
    ]);
    expect(entries.map((e) => e.localName)).to.deep.equal(['button', 'button']);
    const click = async (target: HTMLElement) => {
      const box = target.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + 12), Math.round(box.top + box.height / 2)],
      });
      await settle(el);
    };
    await click(entries[1]!);
    expect(details.map((d) => ({ kind: d.kind, id: d.id }))).to.deep.equal([
      { kind: 'node', id: 'faelles-samarbejdsmodel' },
    ]);
    // The clicked goal is where the keyboard carries on.
    expect(all(el, '[tabindex="0"]')).to.deep.equal([entries[1]]);
    await click(cell.querySelector<HTMLElement>('[part="cell-count"]')!);
    expect(details.at(-1)).to.include({ kind: 'cell', id: 'vision-helhed/vision-tvaergaaende-samarbejde' });
    expect(details).to.have.length(2);
  });

  it('selects one goal inside a crossing in the list form at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount({ src: RANDERS });
    expect(one(el, '.base')!.classList.contains('narrow')).to.equal(true);
    await focusIn(el);
    await press(el, 'ArrowRight');
    expect(active(el)!.dataset.pos).to.equal('1,2');
    await press(el, 'Enter');
    await press(el, 'ArrowDown');
    const selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'node',
      id: 'fremskudte-raadgivere',
    });
    // Every entry is a target of at least 24 px in height.
    for (const entry of all(el, '[role="gridcell"] [part="cell-entry"]'))
      expect(entry.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('selects one goal inside a crossing of the table: by keyboard with view="table", by click in the hidden table', async () => {
    const el = await mount({ src: RANDERS, view: 'table' });
    await focusIn(el);
    expect(active(el)!.localName).to.equal('td');
    // An empty crossing has nothing to go into: Enter selects it.
    let selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'cell',
      id: 'vision-helhed/vision-medbestemmelse',
    });
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(active(el)!.closest('td')).to.equal(all(el, 'tbody tr')[0]!.querySelectorAll('td')[1]);
    expect(text(active(el))).to.equal('Partnerskabsprojekt med Socialstyrelsen');
    selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'node',
      id: 'partnerskab-socialstyrelsen',
    });
    await press(el, 'Escape');
    expect(active(el)!.localName).to.equal('td');

    // The visually hidden table (diagram view) offers the same buttons to a screen reader, none a tab stop.
    el.setAttribute('view', 'diagram');
    await settle(el);
    const hidden = all(el, 'table [part="cell-entry"]');
    expect(hidden.every((b) => b.tabIndex === -1)).to.equal(true);
    const goal = hidden.find((b) => text(b).startsWith('Gode handleplaner'))!;
    selected = oneEvent(el, 'planvis-select');
    goal.click();
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'node',
      id: 'handleplaner-med-praecise-maal',
    });
  });

  it('shows all ten visions with their full texts: on focus, in the table, and inline in the list', async () => {
    const plan = (await (await fetch(RANDERS)).json()) as {
      nodes: { id: string; title: string; description?: string }[];
      visionMatrix: { rows: string[]; columns: string[] };
    };
    const byId = new Map(plan.nodes.map((n) => [n.id, n]));
    const visions = [...plan.visionMatrix.columns, ...plan.visionMatrix.rows].map((id) => byId.get(id)!);
    expect(visions).to.have.length(10);
    for (const v of visions) expect(v.description, v.id).to.be.a('string').with.length.above(20);
    const titles = visions.map((v) => v.title);
    const texts = visions.map((v) => v.description!);

    const el = await mount({ src: RANDERS });
    const headers = () => [
      ...all(el, '[role="columnheader"][part~="vision"]'),
      ...all(el, '[role="rowheader"]'),
    ];
    expect(headers().map(labelOf)).to.deep.equal(titles);
    // The diagram: each vision's text shows when it has focus, and is its accessible description.
    for (const [i, header] of headers().entries()) {
      header.focus();
      await settle(el);
      const tip = header.querySelector<HTMLElement>('[role="tooltip"]')!;
      expect(visible(tip), titles[i]).to.equal(true);
      expect(text(tip)).to.equal(texts[i]);
      expect(root(el).getElementById(header.getAttribute('aria-describedby')!)).to.equal(tip);
    }
    // The table: each header carries its vision's text.
    const ths = Array.from(one(el, 'table')!.querySelectorAll('thead th[abbr], tbody th'));
    expect(ths.map((th) => th.getAttribute('abbr'))).to.deep.equal(titles);
    expect(ths.map((th) => text(th.querySelector('.th-description')))).to.deep.equal(texts);
    // The list form at 320 px shows every text inline.
    await setViewport({ width: 320, height: 800 });
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(one(el, '.base')!.classList.contains('narrow')).to.equal(true);
    const inline = headers().map((h) => h.querySelector<HTMLElement>('[part="vision-description"]')!);
    expect(inline.map(text)).to.deep.equal(texts);
    for (const node of inline) expect(visible(node)).to.equal(true);
  });

  it('tells the two arrow axes apart by line style, not by colour alone, in light and dark', async () => {
    const el = await mount({ src: RANDERS });
    for (const theme of ['light', 'dark']) {
      el.setAttribute('theme', theme);
      await settle(el);
      expectAxesDifferByStyle(el, theme);
      // And the colours differ as well (the style is an extra cue, not a replacement).
      const columnStroke = getComputedStyle(one(el, '[part~="column-arrow"] .arrow-line')!).stroke;
      const rowStroke = getComputedStyle(one(el, '[part~="row-arrow"] .arrow-line')!).stroke;
      expect(columnStroke, theme).to.not.equal(rowStroke);
    }
  });

  it('keeps the line styles under forced colours, where both axes have the same colour', async function () {
    const el = await mount({ src: RANDERS });
    if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
    try {
      await settle(el);
      expectAxesDifferByStyle(el, 'forced colours');
      const columnStroke = getComputedStyle(one(el, '[part~="column-arrow"] .arrow-line')!).stroke;
      const rowStroke = getComputedStyle(one(el, '[part~="row-arrow"] .arrow-line')!).stroke;
      expect(columnStroke).to.equal(rowStroke);
    } finally {
      await emulateMediaFeatures({});
    }
  });

  it("shows a vision's full text on focus, keeps it, and closes it with Escape", async () => {
    const el = await mount({ src: RANDERS });
    await focusIn(el);
    await press(el, 'ArrowUp');
    await press(el, 'ArrowRight');
    const header = active(el)!;
    const tip = header.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(visible(tip)).to.equal(true);
    expect(text(tip)).to.contain('Vi sikrer en tidlig opsporing');
    // It describes the focused header (and is not part of its name).
    expect(header.getAttribute('aria-describedby')).to.equal(tip.id);
    expect(root(el).getElementById(header.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'En tidlig og forebyggende indsats',
    );
    // Persistent: still there after a while.
    await new Promise((r) => setTimeout(r, 300));
    expect(visible(tip)).to.equal(true);
    await press(el, 'Escape');
    expect(visible(tip)).to.equal(false);
    expect(active(el)).to.equal(header);
    // Moving on shows the next vision's text.
    await press(el, 'ArrowRight');
    expect(visible(active(el)!.querySelector('[role="tooltip"]')!)).to.equal(true);
  });

  it("shows a vision's full text on hover, stays while the pointer moves onto it, Escape closes it", async () => {
    const el = await mount({ src: RANDERS });
    const header = all(el, '[role="rowheader"]')[1]!;
    const box = header.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)],
    });
    await settle(el);
    const tip = header.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(visible(tip)).to.equal(true);
    expect(text(tip)).to.contain('Lederne i Børn og Familie');
    // Hoverable: move the pointer onto the tooltip itself.
    const tipBox = tip.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(tipBox.left + 20), Math.round(tipBox.bottom - 5)],
    });
    await settle(el);
    expect(visible(tip)).to.equal(true);
    // Dismissable without moving the pointer or focus.
    await press(el, 'Escape');
    expect(visible(tip)).to.equal(false);
  });

  it('reflows to a list at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount({ src: RANDERS });
    expect(one(el, '.base')!.classList.contains('narrow')).to.equal(true);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    // One column: every vision and cell starts below the one before it, none side by side.
    const items = all(el, '[role="columnheader"][part~="vision"], [role="rowheader"], [role="gridcell"]');
    expect(items).to.have.length(35);
    for (let i = 1; i < items.length; i++) {
      expect(items[i]!.getBoundingClientRect().top, `item ${i}`).to.be.at.least(
        items[i - 1]!.getBoundingClientRect().bottom - 1,
      );
    }
    for (const item of items) expect(item.getBoundingClientRect().right).to.be.at.most(320);
    // The vision texts are shown inline, and each cell names its column vision.
    expect(text(all(el, '[role="columnheader"][part~="vision"]')[1])).to.contain(
      'Vi sikrer en tidlig opsporing',
    );
    expect(text(all(el, '[role="gridcell"]')[1]!.querySelector('.cell-column'))).to.equal(
      'En tidlig og forebyggende indsats',
    );
    // The arrow keys read the list in order.
    await focusIn(el);
    await press(el, 'ArrowRight');
    expect(active(el)!.dataset.pos).to.equal('1,2');
    await press(el, 'ArrowDown');
    expect(active(el)!.dataset.pos).to.equal('1,3');
  });

  it('draws the list from the first frame on a narrow page (no wide matrix first)', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = document.createElement('planvis-vision-mission');
    el.src = RANDERS;
    let firstDrawing = '';
    el.addEventListener('planvis-load', () => {
      firstDrawing = one(el, '.base')!.className;
    });
    const loaded = oneEvent(el, 'planvis-load');
    document.body.append(el);
    await loaded;
    expect(firstDrawing).to.contain('narrow');
  });

  it('grows back to the matrix when the width allows it', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount({ src: RANDERS });
    expect(one(el, '.base')!.classList.contains('narrow')).to.equal(true);
    await setViewport({ width: 1280, height: 900 });
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(one(el, '.base')!.classList.contains('narrow')).to.equal(false);
    expect(all(el, '[part~="column-arrow"]')).to.have.length(5);
  });

  it('view="table" shows the table instead of the diagram, operable the same way', async () => {
    const el = await mount({ src: RANDERS, view: 'table' });
    expect(one(el, '[role="grid"]')).to.equal(null);
    const table = one(el, 'table')!;
    expect(visible(table)).to.equal(true);
    expect(text(table.querySelector('caption'))).to.equal('Udviklingsstrategiens visioner');
    await focusIn(el);
    expect(active(el)!.localName).to.equal('td');
    await press(el, 'ArrowUp');
    expect(active(el)!.localName).to.equal('th');
    expect(active(el)!.getAttribute('abbr')).to.equal('Medbestemmelse');
    const selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'vision',
      id: 'vision-medbestemmelse',
    });
  });

  it('prints without tooltips or buttons, the cell tracks free to shrink to the paper', async function () {
    try {
      await emulateMedia({ media: 'screen' });
    } catch {
      this.skip(); // this browser cannot emulate print media (Firefox over WebDriver BiDi)
    }
    const el = await mount({ src: RANDERS });
    await focusIn(el);
    await press(el, 'ArrowUp');
    const tip = active(el)!.querySelector('[role="tooltip"]')!;
    expect(visible(tip)).to.equal(true);
    const grid = one(el, '[role="grid"]')!;
    try {
      await emulateMedia({ media: 'print' });
      await settle(el);
      expect(getComputedStyle(tip).display).to.equal('none');
      // The row-header track is at most 10em and every cell track may shrink to nothing.
      const tracks = getComputedStyle(grid).gridTemplateColumns.split(' ').map(parseFloat);
      expect(tracks).to.have.length(7);
      expect(tracks[0]).to.be.at.most(10 * parseFloat(getComputedStyle(grid).fontSize) + 0.5);
      expect(
        all(el, '[part~="arrow"]').every((a) => getComputedStyle(a).printColorAdjust === 'exact'),
      ).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('has no axe violations in light and dark, at 1280 and 320 px, and as a table', async () => {
    const el = await mount({ src: RANDERS });
    const failures: string[] = [];
    for (const width of [1280, 320]) {
      await setViewport({ width, height: 900 });
      for (const theme of ['light', 'dark']) {
        el.setAttribute('theme', theme);
        await settle(el);
        const v = await axeViolations(el);
        if (v.length) failures.push(`${theme} ${width}px: ${describeViolations(v)}`);
      }
    }
    el.setAttribute('view', 'table');
    await settle(el);
    const v = await axeViolations(el);
    if (v.length) failures.push(`table: ${describeViolations(v)}`);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('names the UI in the page language', async () => {
    const el = await mount({ src: RANDERS }, { lang: 'en' });
    const cells = all(el, '[role="gridcell"]');
    expect(text(cells[1]!.querySelector('[part="cell-count"]'))).to.equal('2 items');
    expect(text(cells[0]!)).to.contain('None');
    // Content in Danish on an English page carries lang="da".
    expect(one(el, '[role="rowheader"] [lang="da"]')).to.not.equal(null);
    expect(text(one(el, 'table caption'))).to.equal('Udviklingsstrategiens visioner as a table');
  });
});

describe('<planvis-vision-mission> matrix (generated)', function () {
  this.timeout(60_000);
  afterEach(() => document.body.replaceChildren());

  it('draws an 8 × 3 matrix with empty crossings', async () => {
    const plan = generateVisionMatrixPlan({ rows: 8, columns: 3, emptyShare: 0.4, seed: 3 });
    const el = await mount({}, { lang: 'nn', plan });
    expect(all(el, '[role="rowheader"]')).to.have.length(8);
    expect(all(el, '[role="columnheader"][part~="vision"]')).to.have.length(3);
    const cells = all(el, '[role="gridcell"]');
    expect(cells).to.have.length(24);
    const empty = cells.filter((c) => c.classList.contains('empty'));
    expect(empty.length).to.be.above(0);
    for (const cell of empty) expect(text(cell)).to.contain('Ingen');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('lists three titles of a full crossing and expands it with the button or Space', async () => {
    const plan = generateVisionMatrixPlan({ rows: 1, columns: 1, goals: 6, emptyShare: 0 });
    const el = await mount({}, { lang: 'en', plan });
    const first = () => all(el, '[role="gridcell"]')[0]!;
    const td = () => one(el, 'table td')!;
    expect(text(first().querySelector('[part="cell-count"]'))).to.equal('6 goals');
    expect(first().querySelectorAll('li')).to.have.length(3);
    // The table (the screen readers' text equivalent) says the same, and how many more there are.
    expect(td().querySelectorAll('li')).to.have.length(3);
    expect(Array.from(td().querySelectorAll('li')).map((li) => text(li).split(':')[0])).to.deep.equal([
      'Mål 1',
      'Mål 2',
      'Mål 3',
    ]);
    expect(text(td())).to.match(/^6 goals Mål 1: .* and 3 more Show all 6$/);
    const toggle = first().querySelector<HTMLButtonElement>('[part="cell-toggle"]')!;
    expect(text(toggle)).to.equal('Show all 6');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle(el);
    expect(first().querySelectorAll('li')).to.have.length(6);
    expect(first().querySelector('[part="cell-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    // Expanded in the grid is expanded in the table.
    expect(td().querySelectorAll('li')).to.have.length(6);
    expect(td().querySelector('[part="cell-more"]')).to.equal(null);
    // Space on the focused cell collapses it again, without selecting.
    await focusIn(el);
    let selects = 0;
    el.addEventListener('planvis-select', () => selects++);
    await press(el, ' ');
    expect(first().querySelectorAll('li')).to.have.length(3);
    expect(td().querySelectorAll('li')).to.have.length(3);
    expect(selects).to.equal(0);
    // The table's own button (for a screen reader in browse mode; not a tab stop) shows all too.
    const tableToggle = td().querySelector<HTMLButtonElement>('[part="cell-toggle"]')!;
    expect(tableToggle.tabIndex).to.equal(-1);
    expect(tableToggle.getAttribute('aria-expanded')).to.equal('false');
    tableToggle.click();
    await settle(el);
    expect(td().querySelectorAll('li')).to.have.length(6);
    expect(tableToggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(tableToggle)).to.equal('Show fewer');
    expect(selects).to.equal(0);
  });

  it('reaches every goal of a long crossing from the keyboard: its "Show all" button is the last stop inside it', async () => {
    const plan = generateVisionMatrixPlan({ rows: 1, columns: 1, goals: 6, emptyShare: 0 });
    const ids = plan.visionMatrix.cells[0]!.nodes;
    const el = await mount({}, { lang: 'en', plan });
    const cell = all(el, '[role="gridcell"]')[0]!;
    await focusIn(el);
    await press(el, 'Enter');
    expect(text(active(el))).to.match(/^Mål 1:/);
    await press(el, 'End');
    expect(active(el)!.getAttribute('part')).to.equal('cell-toggle');
    await press(el, 'Enter');
    // Expanded, and the focus stays on the button (now "Show fewer"), still the only tab stop.
    expect(cell.querySelectorAll('[part="cell-entry"]')).to.have.length(6);
    expect(text(active(el))).to.equal('Show fewer');
    expect(all(el, '[tabindex="0"]')).to.deep.equal([active(el)]);
    await press(el, 'ArrowUp');
    expect(text(active(el))).to.match(/^Mål 6:/);
    const selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({ kind: 'node', id: ids[5] });
    // Collapsing from the button keeps the focus on it, and the goals above it are the first three again.
    await press(el, 'End');
    await press(el, ' ');
    expect(cell.querySelectorAll('[part="cell-entry"]')).to.have.length(3);
    expect(text(active(el))).to.equal('Show all 6');
    await press(el, 'ArrowUp');
    expect(text(active(el))).to.match(/^Mål 3:/);
    // A mouse click on a goal of the expanded table list selects it too.
    const tableToggle = one(el, 'table td [part="cell-toggle"]')!;
    tableToggle.click();
    await settle(el);
    const fifth = all(el, 'table td [part="cell-entry"]')[4]!;
    const clicked = oneEvent(el, 'planvis-select');
    fifth.click();
    expect(((await clicked) as CustomEvent<SelectDetail>).detail).to.include({ kind: 'node', id: ids[4] });
  });

  it('lists a crossing of four in full, with no "more" and no button', async () => {
    const plan = generateVisionMatrixPlan({ rows: 1, columns: 1, goals: 4, emptyShare: 0 });
    const el = await mount({}, { lang: 'en', plan });
    expect(all(el, '[role="gridcell"] li')).to.have.length(4);
    expect(all(el, 'table td li')).to.have.length(4);
    expect(all(el, '[part="cell-more"], [part="cell-toggle"]')).to.deep.equal([]);
  });

  for (const [lang, more, all6] of [
    ['nn', 'og 3 til', 'Vis alle 6'],
    ['nb', 'og 3 til', 'Vis alle 6'],
    ['da', 'og 3 flere', 'Vis alle 6'],
    ['sv', 'och 3 till', 'Visa alla 6'],
    ['en', 'and 3 more', 'Show all 6'],
  ] as const) {
    it(`says how many more a crossing holds in ${lang}`, async () => {
      const plan = generateVisionMatrixPlan({ rows: 1, columns: 1, goals: 6, emptyShare: 0 });
      const el = await mount({}, { lang, plan });
      expect(text(one(el, 'table td [part="cell-more"]'))).to.equal(more);
      expect(text(one(el, 'table td [part="cell-toggle"]'))).to.equal(all6);
    });
  }

  it('view="table": Space shows or hides all of a crossing, Enter goes into it', async () => {
    const plan = generateVisionMatrixPlan({ rows: 1, columns: 1, goals: 6, emptyShare: 0 });
    const el = await mount({ view: 'table' }, { lang: 'en', plan });
    const td = () => one(el, 'table td')!;
    expect(td().querySelectorAll('li')).to.have.length(3);
    expect(text(td().querySelector('[part="cell-more"]'))).to.equal('and 3 more');
    expect(one(el, 'table')!.getAttribute('aria-describedby')).to.equal('vm-matrix-hint');
    expect(text(one(el, '#vm-matrix-hint')))
      .to.contain('Space')
      .and.contain('Escape goes back');
    await focusIn(el);
    expect(active(el)).to.equal(td());
    let selects = 0;
    el.addEventListener('planvis-select', () => selects++);
    await press(el, ' ');
    expect(td().querySelectorAll('li')).to.have.length(6);
    expect(td().querySelector('[part="cell-more"]')).to.equal(null);
    expect(td().querySelector('[part="cell-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el)).to.equal(td());
    expect(selects).to.equal(0);
    // Enter goes to the crossing's first goal; ArrowUp to its count, which selects the whole crossing.
    await press(el, 'Enter');
    expect(active(el)!.getAttribute('part')).to.equal('cell-entry');
    expect(text(active(el))).to.match(/^Mål 1:/);
    expect(selects).to.equal(0);
    await press(el, 'ArrowUp');
    expect(active(el)!.getAttribute('part')).to.equal('cell-count');
    const selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    const detail = ((await selected) as CustomEvent<SelectDetail>).detail;
    expect(detail.kind).to.equal('cell');
    expect((detail.item as { nodes: unknown[] }).nodes).to.have.length(6);
    await press(el, 'Escape');
    expect(active(el)).to.equal(td());
  });

  it('keeps a 10,000-goal matrix responsive without dropping a goal from the table', async () => {
    const plan = generateVisionMatrixPlan({ rows: 5, columns: 5, goals: 10_000, emptyShare: 0 });
    const start = performance.now();
    const el = await mount({}, { lang: 'nn', plan });
    const elapsed = performance.now() - start;
    expect(all(el, '[role="gridcell"] li')).to.have.length(75);
    // The table lists the same three titles per crossing, its count, and how many more: 75 titles, not 10,000.
    expect(all(el, 'table td li')).to.have.length(75);
    const titles = new Map(plan.nodes.map((n) => [n.id, n.title]));
    const cells = plan.visionMatrix.cells;
    const tds = all(el, 'table tbody td');
    expect(tds).to.have.length(25);
    let accounted = 0;
    tds.forEach((td, i) => {
      const cell = cells.find(
        (c) =>
          c.row === plan.visionMatrix.rows[Math.floor(i / 5)] &&
          c.column === plan.visionMatrix.columns[i % 5],
      )!;
      const n = cell.nodes.length;
      const listed = Array.from(td.querySelectorAll('li')).map((li) => text(li));
      expect(listed).to.deep.equal(cell.nodes.slice(0, 3).map((id) => titles.get(id)));
      expect(text(td)).to.contain(`${n} mål`);
      expect(text(td.querySelector('[part="cell-more"]'))).to.equal(`og ${n - 3} til`);
      accounted += listed.length + Number(/og (\d+) til/.exec(text(td))![1]);
    });
    expect(accounted).to.equal(10_000);
    expect(elapsed).to.be.below(5000);
    // A key press re-renders quickly.
    await focusIn(el);
    const t0 = performance.now();
    await press(el, 'ArrowRight');
    expect(performance.now() - t0).to.be.below(1000);
    // Space opens the focused crossing: every goal in it, in the grid and in the table.
    await press(el, ' ');
    const open = plan.visionMatrix.cells.find(
      (c) => c.row === plan.visionMatrix.rows[0] && c.column === plan.visionMatrix.columns[1],
    )!;
    expect(all(el, '[role="gridcell"]')[1]!.querySelectorAll('li')).to.have.length(open.nodes.length);
    expect(tds[1]!.querySelectorAll('li')).to.have.length(open.nodes.length);
    expect(text(tds[1]!.querySelector('li:last-child'))).to.equal(titles.get(open.nodes.at(-1)!));
    expect(tds[1]!.querySelector('[part="cell-more"]')).to.equal(null);
  });
});

describe('<planvis-vision-mission> statement (Thisted)', function () {
  this.timeout(30_000);
  afterEach(() => document.body.replaceChildren());

  it('shows vision and mission as a statement block', async () => {
    const el = await mount({ src: THISTED });
    const statements = all(el, '[part~="statement"]');
    expect(statements).to.have.length(2);
    expect(text(statements[0])).to.contain('Vision').and.contain('jeres drøm');
    expect(text(statements[0]!.querySelector('[part="statement-text"]'))).to.equal(
      'Alle unge i Thisted Kommune har fodfæste i uddannelse eller job og et liv i fællesskab med andre unge og voksne.',
    );
    expect(text(statements[1])).to.contain('Mission').and.contain('jeres opgave');
    expect(text(statements[1])).to.contain('Illustrativt eksempel');
    expect(one(el, '[role="grid"]')).to.equal(null);
  });

  it('is one tab stop; arrows move; Enter selects', async () => {
    const el = await mount({ src: THISTED });
    await focusIn(el);
    expect(active(el)!.dataset.statement).to.equal('0');
    await press(el, 'ArrowRight');
    expect(active(el)!.dataset.statement).to.equal('1');
    const selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'vision',
      id: 'mission',
    });
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  const VALUES_PLAN = {
    formatVersion: '1.0',
    id: 'verdier',
    title: 'Plan med verdier',
    owner: { name: 'Eksempel kommune' },
    languages: ['nb'],
    updated: '2026-01-01',
    nodes: [],
    vision: { text: 'Gode liv for alle som bor her.' },
    mission: { text: 'Vi gir tjenester som gjør hverdagen enklere.' },
    values: [
      { id: 'apenhet', title: 'Åpenhet', text: 'Vi deler det vi vet.' },
      { title: 'Respekt', text: 'Vi lytter før vi bestemmer.' },
      { text: 'Mot til å prøve noe nytt.' },
    ],
  };

  for (const [lang, heading] of [
    ['nb', 'Verdier'],
    ['nn', 'Verdiar'],
    ['da', 'Værdier'],
    ['sv', 'Värderingar'],
    ['en', 'Values'],
  ] as const) {
    it(`lists the plan's values under the heading "${heading}" (${lang})`, async () => {
      const el = await mount({}, { lang, plan: VALUES_PLAN });
      const list = one(el, '.values > ul')!;
      const label = root(el).getElementById(list.getAttribute('aria-labelledby')!)!;
      expect(text(label)).to.equal(heading);
      // The heading comes before the list, and the list holds the three values in order.
      expect(label.getBoundingClientRect().bottom).to.be.at.most(list.getBoundingClientRect().top + 1);
      const items = Array.from(list.children) as HTMLElement[];
      expect(items.map((li) => li.localName)).to.deep.equal(['li', 'li', 'li']);
      expect(items.map((li) => text(li.querySelector('[part="statement-text"]')))).to.deep.equal([
        'Vi deler det vi vet.',
        'Vi lytter før vi bestemmer.',
        'Mot til å prøve noe nytt.',
      ]);
      expect(items.map((li) => text(li.querySelector('[part="statement-label"]')))).to.deep.equal([
        'Åpenhet',
        'Respekt',
        '',
      ]);
      // Vision and mission come first, as statements of their own.
      const statements = all(el, '[part~="statement"]');
      expect(statements).to.have.length(5);
      expect(text(statements[0]!.querySelector('[part="statement-text"]'))).to.equal(
        'Gode liv for alle som bor her.',
      );
    });
  }

  it('reaches the values from the keyboard and selects one by its id', async () => {
    const el = await mount({}, { lang: 'nb', plan: VALUES_PLAN });
    await focusIn(el);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(text(active(el)!.querySelector('[part="statement-text"]'))).to.equal('Vi deler det vi vet.');
    let selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'vision',
      id: 'apenhet',
    });
    await press(el, 'ArrowDown');
    selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'vision',
      id: 'values.1',
    });
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('layout="matrix" on a plan without a matrix says so', async () => {
    const el = await mount({ src: THISTED, layout: 'matrix' }, { lang: 'en' });
    expect(text(one(el, '[part="empty"]'))).to.equal('This plan has no vision matrix.');
  });
});

describe('<planvis-vision-mission> chain (Uddevalla)', function () {
  this.timeout(30_000);
  afterEach(async () => {
    document.body.replaceChildren();
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows the levels from the vision down as an ordered list, left to right', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount({ src: UDDEVALLA }, { lang: 'sv' });
    const chain = one(el, 'ol[part="chain"]')!;
    expect(chain).to.not.equal(null);
    const levels = Array.from(chain.children);
    expect(levels).to.have.length(5);
    const labels = levels.map((l) => text(l.querySelector('[part="level-label"]')));
    expect(labels[0]).to.match(/^Vision/);
    expect(labels[4]).to.match(/\(1\)$/);
    const scorecards = Array.from(levels[3]!.querySelectorAll('[part="node"]')).map(text);
    expect(scorecards).to.deep.equal([
      'Kommunfullmäktiges styrkort',
      'Nämndernas styrkort (inkl. KS)',
      'Förvaltningens verksamhetskort',
    ]);
    const boxes = levels.map((l) => l.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.above(boxes[i - 1]!.right);
    expect(all(el, '[part="chain-arrow"]')).to.have.length(4);
    // The vision statement is the head.
    expect(text(one(el, '[part="head"]'))).to.contain('Där människor växer och erbjuds god livskvalitet');
  });

  it('runs top-down at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount({ src: UDDEVALLA }, { lang: 'sv' });
    const boxes = all(el, '[part="level"]').map((l) => l.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).to.be.above(boxes[i - 1]!.bottom);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('is one tab stop; ArrowRight jumps level, ArrowDown steps; Enter selects the node', async () => {
    const el = await mount({ src: UDDEVALLA }, { lang: 'sv' });
    expect(all(el, '[tabindex="0"]')).to.have.length(1);
    await focusIn(el);
    expect(text(active(el))).to.equal('Vision 2020');
    await press(el, 'ArrowRight');
    expect(text(active(el))).to.equal('Tvärsektoriella program');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    expect(text(active(el))).to.equal('Nämndernas styrkort (inkl. KS)');
    const selected = oneEvent(el, 'planvis-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<SelectDetail>).detail).to.include({
      kind: 'node',
      id: 'namndernas-styrkort',
    });
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
