import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@planvis/swot-grid/define';
import type { PlanvisSwotGrid } from '@planvis/swot-grid';
import { axeViolations, describeViolations } from '../support/axe.js';
import { emulateMediaFeatures, emulateMediaType } from '../support/media.js';
import { generateSwotPlan } from '../fixtures/generate-swot-grid.js';
import { examplePlan } from './example-plan.js';

const THISTED = '/docs/examples/thisted-ungestrategi.json';

const HEADINGS: Record<string, string[]> = {
  nn: ['Styrkar', 'Svakheiter', 'Moglegheiter', 'Truslar'],
  nb: ['Styrker', 'Svakheter', 'Muligheter', 'Trusler'],
  da: ['Styrker', 'Svagheder', 'Muligheder', 'Trusler'],
  sv: ['Styrkor', 'Svagheter', 'Möjligheter', 'Hot'],
  en: ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
};

const THISTED_ITEMS = [
  [
    'Tæt samarbejde med lokale erhvervsskoler og virksomheder',
    'Engagerede medarbejdere med stort kendskab til de unge',
    'En bred tilbudsvifte til unge',
  ],
  [
    'Koordineringen på tværs af BFF og BSSF ift. de unge er ikke god nok',
    'Mange parallelle tilbud og projekter uden fælles retning',
    'Vi følger for lidt op på, om indsatserne virker',
  ],
  [
    'Lokale virksomheder mangler faglært arbejdskraft',
    'KUI giver en fælles ramme for ungeindsatsen',
    'Viden om hvad der virker fra STAR og best practice i andre kommuner',
    'Den forberedende grunduddannelse (FGU) giver nye veje mod uddannelse og job',
  ],
  [
    'Lange forløb på offentlig forsørgelse kan fastholde og klientgøre unge',
    'Besparelseskrav på ungeindsatsen',
    'Faldende ungdomsårgange kan svække det lokale uddannelsesudbud',
  ],
];

interface SelectDetail {
  kind: string;
  id: string;
  nodeId?: string;
  item: unknown;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Mounts `<div lang><planvis-swot-grid …></div>` and waits until the plan is shown. */
async function mount(
  attributes: Record<string, string>,
  { lang = 'da', plan }: { lang?: string; plan?: unknown } = {},
): Promise<PlanvisSwotGrid> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const el = document.createElement('planvis-swot-grid');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'planvis-load');
  if (plan !== undefined) el.plan = plan;
  wrapper.append(el);
  document.body.append(wrapper);
  await loaded;
  await el.updateComplete;
  await nextFrame();
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const all = (el: HTMLElement, selector: string) =>
  Array.from(root(el).querySelectorAll<HTMLElement>(selector));
const one = (el: HTMLElement, selector: string) => root(el).querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const headingTitles = (el: HTMLElement) => all(el, '.quadrant .heading .title').map(text);
const quadrant = (el: HTMLElement, category: string) => one(el, `.quadrant[data-category=${category}]`)!;
const itemTexts = (el: HTMLElement, category: string) =>
  Array.from(quadrant(el, category).querySelectorAll('.item-button')).map(text);

async function expectNoAxeViolations(el: HTMLElement) {
  const violations = await axeViolations(el);
  expect(violations, describeViolations(violations)).to.have.length(0);
}

describe('<planvis-swot-grid>', function () {
  this.timeout(60_000);

  afterEach(async () => {
    document.body.replaceChildren();
    await setViewport({ width: 1280, height: 800 });
  });

  describe("Thisted's SWOT (seed 002, Danish)", () => {
    it('shows the four quadrants with Danish headings and every item, from src', async () => {
      const el = await mount({ src: THISTED, lang: 'da' });
      const headings = all(el, '.quadrant h2');
      expect(headings.map((h) => text(h.querySelector('.title')))).to.deep.equal(HEADINGS.da);
      expect(itemTexts(el, 'strength')).to.deep.equal(THISTED_ITEMS[0]);
      expect(itemTexts(el, 'weakness')).to.deep.equal(THISTED_ITEMS[1]);
      expect(itemTexts(el, 'opportunity')).to.deep.equal(THISTED_ITEMS[2]);
      expect(itemTexts(el, 'threat')).to.deep.equal(THISTED_ITEMS[3]);
      expect(text(one(el, '[part~=caption]'))).to.equal('SWOT-analyse af Thisteds ungeindsats');
    });

    it('each quadrant is a list under a heading, inside a labelled group with a keyboard hint', async () => {
      const el = await mount({ src: THISTED });
      for (const category of ['strength', 'weakness', 'opportunity', 'threat']) {
        const q = quadrant(el, category);
        const list = q.querySelector('ul.list')!;
        const heading = q.querySelector('h2')!;
        expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
        expect(list.querySelectorAll(':scope > li').length).to.be.greaterThan(0);
      }
      const grid = one(el, '[part=grid]')!;
      expect(grid.getAttribute('role')).to.equal('group');
      expect(text(one(el, `#${grid.getAttribute('aria-labelledby')}`))).to.equal(
        'SWOT-analyse af Thisteds ungeindsats',
      );
      expect(text(one(el, `#${grid.getAttribute('aria-describedby')}`))).to.contain('Piletasterne');
    });

    it('has no axe violations in light and dark', async () => {
      const el = await mount({ src: THISTED });
      await expectNoAxeViolations(el);
      el.theme = 'dark';
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });
  });

  describe('language', () => {
    it('names the four quadrants in nn, nb, da, sv and en', async () => {
      const plan = await examplePlan('thisted-ungestrategi');
      const el = await mount({}, { plan, lang: 'nn' });
      for (const [lang, expected] of Object.entries(HEADINGS)) {
        el.parentElement!.lang = lang;
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(headingTitles(el), lang).to.deep.equal(expected);
      }
    });

    it('tells where a quadrant sits (internal/external, helpful/harmful) in words', async () => {
      const el = await mount({ src: THISTED }, { lang: 'en' });
      expect(all(el, '.placement').map(text)).to.deep.equal([
        'Internal and helpful',
        'Internal and harmful',
        'External and helpful',
        'External and harmful',
      ]);
      expect(all(el, '[part=axis]').map(text)).to.deep.equal([
        'Helpful',
        'Harmful',
        'Internal factors',
        'External factors',
      ]);
    });
  });

  describe('counts and headings', () => {
    it('shows the item count beside each heading, spelled out for screen readers', async () => {
      const el = await mount({ src: THISTED });
      expect(all(el, '[part=count]').map(text)).to.deep.equal(['3', '3', '4', '3']);
      expect(text(quadrant(el, 'opportunity').querySelector('h2'))).to.contain('4 punkter');
    });

    it('no-counts hides the counts', async () => {
      const el = await mount({ src: THISTED, 'no-counts': '' });
      expect(all(el, '[part=count]')).to.have.length(0);
      expect(text(quadrant(el, 'opportunity').querySelector('h2'))).to.equal('Muligheder');
    });

    it('heading-level sets the level of the quadrant headings', async () => {
      const el = await mount({ src: THISTED, 'heading-level': '4' });
      expect(all(el, '.quadrant h4')).to.have.length(4);
      expect(all(el, 'h2')).to.have.length(0);
    });

    it('an empty quadrant keeps its heading, says it is empty and counts 0', async () => {
      const plan = generateSwotPlan(3);
      const el = await mount({}, { plan, lang: 'en' });
      const threats = quadrant(el, 'threat');
      expect(text(threats.querySelector('.title'))).to.equal('Threats');
      expect(text(threats.querySelector('[part=count]'))).to.equal('0');
      expect(text(threats.querySelector('[part=empty]'))).to.equal('Nothing listed.');
      expect(threats.querySelector('ul')).to.equal(null);
      await expectNoAxeViolations(el);
    });
  });

  describe('layout', () => {
    it('is a 2×2 when wide: S beside W, O beside T, internal above external', async () => {
      const el = await mount({ src: THISTED });
      const [s, w, o, t] = ['strength', 'weakness', 'opportunity', 'threat'].map((c) =>
        quadrant(el, c).getBoundingClientRect(),
      );
      expect(Math.round(s!.top)).to.equal(Math.round(w!.top));
      expect(Math.round(o!.top)).to.equal(Math.round(t!.top));
      expect(o!.top).to.be.greaterThan(s!.bottom - 1);
      expect(w!.left).to.be.greaterThan(s!.right - 1);
    });

    it('stacks in reading order S, W, O, T at 320 px, without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await mount({ src: THISTED });
      const tops = ['strength', 'weakness', 'opportunity', 'threat'].map(
        (c) => quadrant(el, c).getBoundingClientRect().top,
      );
      for (let i = 1; i < tops.length; i++) expect(tops[i], `quadrant ${i}`).to.be.greaterThan(tops[i - 1]!);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      // The placement is visible when the axis labels along the top are not.
      expect(getComputedStyle(one(el, '.axis-top-start')!).display).to.equal('none');
      expect(one(el, '.placement')!.getBoundingClientRect().width).to.be.greaterThan(10);
      await expectNoAxeViolations(el);
    });
  });

  describe('items', () => {
    it('marks illustrative items with text and an icon, and explains the mark', async () => {
      const el = await mount({ src: THISTED });
      const first = quadrant(el, 'strength').querySelector('.item')!;
      const mark = first.querySelector<HTMLElement>('[part=mark]')!;
      expect(text(mark)).to.equal('Illustration');
      expect(mark.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      const button = first.querySelector('.item-button')!;
      expect(button.getAttribute('aria-describedby')).to.equal(mark.id);
      expect(text(one(el, '[part=note]'))).to.contain('lavet til eksemplet');
    });

    it('items that are not illustrative have no mark and no note', async () => {
      const plan = generateSwotPlan(8); // items 0 and 7 are illustrative
      const el = await mount({}, { plan, lang: 'en' });
      expect(all(el, '[part=mark]')).to.have.length(2);
      plan.swot[0]!.items.forEach((item) => delete item.illustrative);
      el.plan = structuredClone(plan);
      await el.updateComplete;
      expect(all(el, '[part=mark]')).to.have.length(0);
      expect(one(el, '[part=note]')).to.equal(null);
    });

    it('shows an item’s detail with a disclosure button', async () => {
      const el = await mount({ src: THISTED });
      const item = quadrant(el, 'weakness').querySelector('.item')!;
      const toggle = item.querySelector<HTMLButtonElement>('[part=detail-toggle]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(item.querySelector('[part=detail]')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const detail = item.querySelector('[part=detail]')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(detail.id);
      expect(text(detail)).to.equal(
        'Jf. beslutningen i foråret om behov for hjælp til at sikre bedre koordinering.',
      );
      toggle.click();
      await el.updateComplete;
      expect(item.querySelector('[part=detail]')).to.equal(null);
    });

    it('lists the nodes an item relates to (its own, then strategies built on it)', async () => {
      const el = await mount({ src: THISTED });
      const item = quadrant(el, 'threat').querySelector('.item')!;
      expect(Array.from(item.querySelectorAll('[part=node-button]')).map(text)).to.deep.equal([
        'Mindste indgreb',
        'Støtten gives på den ordinære uddannelsesinstitution eller arbejdsplads',
        'Færre projektforløb, hvor udsatte unge alene samles med andre udsatte unge',
      ]);
      expect(text(item.querySelector('.related-label'))).to.equal('Knyttet til:');
    });

    it('selecting an item fires planvis-select (swot-item, its first related node)', async () => {
      const el = await mount({ src: THISTED });
      const button = quadrant(el, 'strength').querySelector<HTMLElement>('.item-button')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'planvis-select')) as Event & { detail: SelectDetail };
      expect(event.detail.kind).to.equal('swot-item');
      expect(event.detail.id).to.equal('swot-s1');
      expect(event.detail.nodeId).to.equal('holdepunkt-erhvervsskoler');
      expect((event.detail.item as { id: string }).id).to.equal('swot-s1');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('selecting a related node fires planvis-select with that nodeId', async () => {
      const el = await mount({ src: THISTED });
      const button = quadrant(el, 'strength').querySelectorAll<HTMLElement>('[part=node-button]')[1]!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'planvis-select')) as Event & { detail: SelectDetail };
      expect(event.detail).to.include({
        kind: 'swot-item',
        id: 'swot-s1',
        nodeId: 'strategi-praktik-og-laere',
      });
    });

    it('an item without related nodes fires without nodeId', async () => {
      const el = await mount({ src: THISTED });
      const button = quadrant(el, 'strength').querySelectorAll<HTMLElement>('.item-button')[2]!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'planvis-select')) as Event & { detail: SelectDetail };
      expect(event.detail.id).to.equal('swot-s3');
      expect('nodeId' in event.detail).to.equal(false);
    });
  });

  describe('keyboard', () => {
    async function tabIn(el: PlanvisSwotGrid) {
      const before = document.createElement('button');
      before.textContent = 'before';
      el.parentElement!.before(before);
      const after = document.createElement('button');
      after.textContent = 'after';
      el.parentElement!.after(after);
      before.focus();
      await sendKeys({ press: 'Tab' });
      return after;
    }
    const press = async (el: PlanvisSwotGrid, key: string) => {
      const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
      if (modifier) await sendKeys({ down: modifier });
      await sendKeys({ press: main! });
      if (modifier) await sendKeys({ up: modifier });
      await el.updateComplete;
      return active(el);
    };

    it('is one tab stop: Tab enters on the first strength and leaves again', async () => {
      const el = await mount({ src: THISTED });
      const after = await tabIn(el);
      expect(text(active(el))).to.equal(THISTED_ITEMS[0]![0]);
      expect(all(el, '[tabindex="0"]')).to.have.length(1);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    });

    it('Down/Up walk a quadrant’s items and their buttons; Home/End go to its ends', async () => {
      const el = await mount({ src: THISTED });
      await tabIn(el);
      expect(text(await press(el, 'ArrowDown'))).to.equal('Erhvervsskoler og virksomheder løfter');
      expect(text(await press(el, 'ArrowDown'))).to.equal(
        'Flere praktik- og læreforløb i lokale virksomheder',
      );
      expect(text(await press(el, 'ArrowDown'))).to.equal(THISTED_ITEMS[0]![1]);
      expect(text(await press(el, 'End'))).to.equal(THISTED_ITEMS[0]![2]);
      expect(text(await press(el, 'ArrowUp'))).to.equal(
        'Støtten gives på den ordinære uddannelsesinstitution eller arbejdsplads',
      );
      expect(text(await press(el, 'Home'))).to.equal(THISTED_ITEMS[0]![0]);
    });

    it('Left/Right move to the neighbouring quadrant; Down past the end goes to the quadrant below', async () => {
      const el = await mount({ src: THISTED });
      await tabIn(el);
      expect(text(await press(el, 'ArrowRight'))).to.equal(THISTED_ITEMS[1]![0]);
      expect(text(await press(el, 'ArrowRight')), 'W has no right neighbour').to.equal(THISTED_ITEMS[1]![0]);
      expect(text(await press(el, 'ArrowLeft'))).to.equal(THISTED_ITEMS[0]![0]);
      await press(el, 'End');
      expect(text(await press(el, 'ArrowDown'))).to.equal(THISTED_ITEMS[2]![0]);
      expect(text(await press(el, 'ArrowUp'))).to.equal(THISTED_ITEMS[0]![2]);
      expect(text(await press(el, 'Control+End'))).to.equal(THISTED_ITEMS[3]![2]);
      expect(text(await press(el, 'Control+Home'))).to.equal(THISTED_ITEMS[0]![0]);
    });

    it('stacked at 320 px, the arrows follow reading order S, W, O, T', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await mount({ src: THISTED });
      await tabIn(el);
      expect(text(await press(el, 'ArrowRight'))).to.equal(THISTED_ITEMS[1]![0]);
      expect(text(await press(el, 'ArrowRight'))).to.equal(THISTED_ITEMS[2]![0]);
      await press(el, 'Home');
      expect(text(await press(el, 'ArrowUp'))).to.equal(THISTED_ITEMS[1]![2]);
    });

    it('Enter selects the focused item; Enter on Details opens it; focus is kept across re-renders', async () => {
      const el = await mount({ src: THISTED });
      await tabIn(el);
      await press(el, 'ArrowRight');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'planvis-select')) as Event & { detail: SelectDetail };
      expect(event.detail).to.include({
        kind: 'swot-item',
        id: 'swot-w1',
        nodeId: 'strategi-faelles-indgang',
      });
      const toggle = await press(el, 'ArrowDown');
      expect(toggle!.getAttribute('part')).to.equal('detail-toggle');
      await press(el, 'Enter');
      expect(toggle!.getAttribute('aria-expanded')).to.equal('true');
      expect(active(el)).to.equal(toggle);
      expect(toggle!.getAttribute('tabindex')).to.equal('0');
    });
  });

  describe('TOWS view', () => {
    it("places Thisted's strategies in SO, ST, WO and WT with the items they build on", async () => {
      const el = await mount({ src: THISTED, view: 'tows' });
      const crossing = (code: string) => one(el, `[data-crossing=${code}]`)!;
      const strategies = (code: string) =>
        Array.from(crossing(code).querySelectorAll('.item-button')).map((b) =>
          text(b).replace(/^Strategi /, ''),
        );
      expect(all(el, '[data-crossing] h2 .title').map(text)).to.deep.equal([
        'Styrker og muligheder',
        'Styrker og trusler',
        'Svagheder og muligheder',
        'Svagheder og trusler',
      ]);
      expect(strategies('so')).to.deep.equal(['Flere praktik- og læreforløb i lokale virksomheder']);
      expect(strategies('st')).to.deep.equal([
        'Støtten gives på den ordinære uddannelsesinstitution eller arbejdsplads',
      ]);
      expect(strategies('wo')).to.deep.equal(['Én fælles indgang for de unge på tværs af BFF og BSSF']);
      expect(strategies('wt')).to.deep.equal([
        'Færre projektforløb, hvor udsatte unge alene samles med andre udsatte unge',
      ]);
      expect(Array.from(crossing('so').querySelectorAll('.builds-on li')).map(text)).to.deep.equal([
        `Styrker: ${THISTED_ITEMS[0]![0]}`,
        `Muligheder: ${THISTED_ITEMS[2]![0]}`,
      ]);
      await expectNoAxeViolations(el);
    });

    it('a strategy that refers to items in several crossings appears in each; selecting fires kind node', async () => {
      const plan = await examplePlan('thisted-ungestrategi');
      const nodes = plan.nodes as { id: string; swotItems?: string[] }[];
      nodes.find((n) => n.id === 'strategi-faelles-indgang')!.swotItems = [
        'swot-w1',
        'swot-s2',
        'swot-o2',
        'swot-t2',
      ];
      const el = await mount({ view: 'tows' }, { plan });
      for (const code of ['so', 'st', 'wo', 'wt']) {
        const texts = Array.from(one(el, `[data-crossing=${code}]`)!.querySelectorAll('.item-button')).map(
          text,
        );
        expect(
          texts.some((t) => t.includes('Én fælles indgang')),
          code,
        ).to.equal(true);
      }
      const button = one(el, '[data-crossing=wt] .item-button')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'planvis-select')) as Event & { detail: SelectDetail };
      expect(event.detail).to.include({ kind: 'node', id: 'strategi-faelles-indgang' });
    });

    it('without strategies that refer to SWOT items, says so instead of showing empty boxes', async () => {
      const el = await mount({ src: '/docs/examples/sogndal-oppvekst.json', view: 'tows' }, { lang: 'nn' });
      expect(all(el, '[data-crossing]')).to.have.length(0);
      expect(text(one(el, '[part=notice]'))).to.contain('Ingen strategi i planen viser til punkta');
      await expectNoAxeViolations(el);
    });

    it('keyboard: one tab stop, arrows between crossings', async () => {
      const el = await mount({ src: THISTED, view: 'tows' });
      el.parentElement!.before(Object.assign(document.createElement('button'), { textContent: 'before' }));
      (document.body.querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(text(active(el))).to.contain('Flere praktik- og læreforløb');
      await sendKeys({ press: 'ArrowRight' });
      expect(text(active(el))).to.contain('Støtten gives');
      await sendKeys({ press: 'ArrowDown' });
      expect(text(active(el))).to.contain('Færre projektforløb');
    });
  });

  describe('which analysis', () => {
    it('without node or analysis: the plan-level one, or the first (Sogndal has only per-programme SWOTs)', async () => {
      const el = await mount({ src: '/docs/examples/sogndal-oppvekst.json' }, { lang: 'nn' });
      expect(text(one(el, '[part~=caption]'))).to.equal('SWOT – Program oppvekst - alle barn');
      expect(text(one(el, '.date'))).to.equal('Per juni 2026');
    });

    it('node picks the SWOT of that programme', async () => {
      const el = await mount(
        { src: '/docs/examples/sogndal-oppvekst.json', node: 'program-all-ungdom' },
        { lang: 'nn' },
      );
      expect(text(one(el, '[part~=caption]'))).to.equal('SWOT – Program oppvekst - alle ungdomar');
      expect(itemTexts(el, 'threat')).to.deep.equal([
        'Fleire ungdomar rapporterer psykiske plager',
        'Mange unge flyttar ut etter vidaregåande og kjem ikkje tilbake',
      ]);
      await expectNoAxeViolations(el);
    });

    it('analysis picks by id; an unknown id or a node without SWOT says so', async () => {
      const el = await mount(
        { src: '/docs/examples/sogndal-oppvekst.json', analysis: 'swot-foresette' },
        { lang: 'nn' },
      );
      expect(text(one(el, '[part~=caption]'))).to.equal('SWOT – Program oppvekst - føresette');
      el.analysis = 'nope';
      await el.updateComplete;
      expect(text(one(el, '[part=notice]'))).to.equal('Planen har inga SWOT-analyse med id-en «nope».');
      el.analysis = undefined;
      el.node = 'strategi-1';
      await el.updateComplete;
      expect(text(one(el, '[part=notice]'))).to.match(/^Det finst inga SWOT-analyse for «.+»\.$/);
    });

    it('a plan without SWOT says so', async () => {
      const el = await mount({ src: '/docs/examples/hammerfest-sjumilssteget.json' }, { lang: 'nb' });
      expect(text(one(el, '[part=notice]'))).to.equal('Planen har ingen SWOT-analyse.');
      await expectNoAxeViolations(el);
    });
  });

  describe('a generated SWOT with 10,000 items', () => {
    it('renders the first 100 per quadrant quickly, counts all, and shows more on request', async () => {
      const plan = generateSwotPlan(10_000);
      const start = performance.now();
      const el = await mount({}, { plan, lang: 'en' });
      const elapsed = performance.now() - start;
      expect(elapsed, `${Math.round(elapsed)} ms`).to.be.lessThan(3000);
      expect(all(el, '[part=count]').map(text)).to.deep.equal(['2,500', '2,500', '2,500', '2,500']);
      expect(quadrant(el, 'strength').querySelectorAll('.item')).to.have.length(100);
      const more = quadrant(el, 'strength').querySelector<HTMLButtonElement>('[part=more]')!;
      expect(text(more)).to.equal('Show 100 more');
      more.focus();
      more.click();
      await el.updateComplete;
      expect(quadrant(el, 'strength').querySelectorAll('.item')).to.have.length(200);
      // Focus goes to the first newly shown strength (item 401 of the plan: strengths are every fourth).
      expect(text(active(el))).to.match(/^Punkt 401 om /);
    });
  });

  describe('colour is never the only cue', () => {
    const CATEGORIES = ['strength', 'weakness', 'opportunity', 'threat'] as const;
    /** The quadrant's edge strip (its ::before) as computed. */
    const strip = (el: HTMLElement, category: string) => getComputedStyle(quadrant(el, category), '::before');
    /** The heading icon of a quadrant: drawn, hidden from screen readers, and its shape as markup. */
    const headingIcon = (el: HTMLElement, category: string) => {
      const svg = quadrant(el, category).querySelector<SVGSVGElement>('.heading svg.icon');
      expect(svg, `${category} has a heading icon`).to.not.equal(null);
      const box = svg!.getBoundingClientRect();
      expect(box.width, `${category} icon width`).to.be.at.least(12);
      expect(getComputedStyle(svg!).visibility).to.equal('visible');
      expect(svg!.getAttribute('aria-hidden')).to.equal('true');
      return Array.from(svg!.children)
        .map((shape) => shape.outerHTML)
        .join('');
    };

    it('with the four quadrant colours set alike, the quadrants still differ by strip texture and icon', async () => {
      const el = await mount({ src: THISTED });
      for (const category of CATEGORIES)
        el.style.setProperty(`--planvis-swot-grid-${category}-color`, '#555555');
      await nextFrame();
      const strips = CATEGORIES.map((category) => strip(el, category));
      // Colour now says nothing: every strip has the same one …
      expect(new Set(strips.map((s) => s.backgroundColor)).size).to.equal(1);
      // … yet every strip is drawn, each with its own texture: solid, stripes, dots, cross-hatch.
      for (const [i, s] of strips.entries()) {
        expect(s.content, CATEGORIES[i]).to.not.equal('none');
        expect(parseFloat(s.width), `${CATEGORIES[i]} strip width`).to.be.at.least(4);
      }
      const textures = strips.map((s) => s.backgroundImage);
      expect(textures[0], 'strengths: solid').to.equal('none');
      for (const texture of textures.slice(1)) expect(texture).to.match(/gradient\(/);
      expect(new Set(textures).size, textures.join('\n')).to.equal(4);
      // And each heading has its own icon shape (plus, minus, arrow, warning triangle).
      const shapes = CATEGORIES.map((category) => headingIcon(el, category));
      expect(new Set(shapes).size).to.equal(4);
    });

    it('in forced colours the strips are one system colour and keep their four textures', async function () {
      if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
      try {
        const el = await mount({ src: THISTED });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const strips = CATEGORIES.map((category) => strip(el, category));
        expect(new Set(strips.map((s) => s.backgroundColor)).size).to.equal(1);
        const textures = strips.map((s) => s.backgroundImage);
        expect(textures[0]).to.equal('none');
        expect(new Set(textures).size, textures.join('\n')).to.equal(4);
        expect(new Set(CATEGORIES.map((category) => headingIcon(el, category))).size).to.equal(4);
      } finally {
        await emulateMediaFeatures({});
      }
    });
  });

  describe('print', () => {
    const CATEGORIES = ['strength', 'weakness', 'opportunity', 'threat'] as const;
    const display = (node: Element | null) => getComputedStyle(node!).display;

    afterEach(async () => {
      await emulateMediaType('screen');
    });

    it('print media alone (no beforeprint, as in a PDF export) hides the buttons and keeps quadrants whole', async function () {
      const el = await mount({}, { plan: generateSwotPlan(500), lang: 'en' });
      const toggle = one(el, '[part=detail-toggle]');
      const more = one(el, '[part=more]');
      const itemButton = one(el, '[part=item-button]')!;
      const nodeButton = one(el, '[part=node-button]')!;
      // On screen first, so that what follows can fail.
      expect(display(toggle)).to.not.equal('none');
      expect(display(more)).to.not.equal('none');
      expect(getComputedStyle(nodeButton).borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(quadrant(el, 'strength')).breakInside).to.equal('auto');

      // Firefox's driver cannot emulate print media: the test needs it, so it is skipped there.
      if (!(await emulateMediaType('print'))) this.skip();
      expect(matchMedia('print').matches).to.equal(true);
      for (const button of all(el, '[part=detail-toggle], [part=more]'))
        expect(display(button)).to.equal('none');
      for (const button of [itemButton, nodeButton]) {
        const style = getComputedStyle(button);
        expect(style.borderTopColor, button.className).to.equal('rgba(0, 0, 0, 0)');
        expect(style.paddingInlineStart, button.className).to.equal('0px');
      }
      for (const category of CATEGORIES) {
        expect(getComputedStyle(quadrant(el, category)).breakInside, category).to.equal('avoid');
        // The textured colour strip prints even where the browser drops backgrounds.
        expect(getComputedStyle(quadrant(el, category), '::before').printColorAdjust).to.equal('exact');
      }
    });

    it('beforeprint shows every item with its detail open; afterprint brings back the screen state', async () => {
      const plan = generateSwotPlan(500); // 125 items per quadrant, every fifth with a detail
      const items = plan.swot[0]!.items;
      const details = CATEGORIES.flatMap((category) =>
        items.filter((item) => item.category === category && item.detail !== undefined),
      ).map((item) => item.detail);
      const el = await mount({}, { plan, lang: 'en' });
      const onScreen = () =>
        CATEGORIES.map((category) => quadrant(el, category).querySelectorAll('[part=item]').length);
      expect(onScreen()).to.deep.equal([100, 100, 100, 100]);
      const toggles = all(el, '[part=detail-toggle]').length;
      // The reader opened one detail before printing.
      one(el, '[part=detail-toggle]')!.click();
      await el.updateComplete;
      expect(all(el, '[part=detail]')).to.have.length(1);

      await emulateMediaType('print'); // where the browser can; the beforeprint handler is what is tested
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      try {
        expect(onScreen()).to.deep.equal([125, 125, 125, 125]);
        expect(all(el, '[part=detail]').map(text)).to.deep.equal(details);
        expect(all(el, '[part=detail-toggle]'), 'no Details buttons').to.have.length(0);
        expect(all(el, '[part=more]'), 'no Show more buttons').to.have.length(0);
        expect(all(el, '[data-stop][tabindex="0"]'), 'still one tab stop').to.have.length(1);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
      await emulateMediaType('screen');
      await el.updateComplete;
      expect(onScreen()).to.deep.equal([100, 100, 100, 100]);
      expect(all(el, '[part=more]')).to.have.length(4);
      expect(all(el, '[part=detail-toggle]')).to.have.length(toggles);
      expect(all(el, '[part=detail]'), 'the detail the reader opened stays open').to.have.length(1);
      expect(one(el, '[part=detail-toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('prints the TOWS view with every strategy too', async () => {
      const plan = generateSwotPlan(40);
      // 120 strategies that each build on the first strength and the first opportunity: all in SO.
      plan.nodes.push(
        ...Array.from({ length: 120 }, (_, i) => ({
          id: `extra-${i}`,
          type: 'strategy' as const,
          parent: 'goal-0',
          title: `Ekstra strategi ${i + 1}: samarbeid`,
          swotItems: ['item-0', 'item-2'],
        })),
      );
      const el = await mount({ view: 'tows' }, { plan, lang: 'en' });
      const so = () => one(el, '[data-crossing=so]')!;
      const total = Number(text(so().querySelector('[part=count]')).replace(/\D/g, ''));
      expect(total).to.be.at.least(120);
      expect(so().querySelectorAll('[part=item]')).to.have.length(100);
      await emulateMediaType('print'); // where the browser can; the beforeprint handler is what is tested
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      try {
        expect(so().querySelectorAll('[part=item]')).to.have.length(total);
        expect(so().querySelector('[part=more]')).to.equal(null);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
      await el.updateComplete;
      expect(so().querySelectorAll('[part=item]')).to.have.length(100);
    });
  });
});
