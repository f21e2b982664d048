import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@planvis/milestone-timeline/define';
import type { PlanvisMilestoneTimeline } from '@planvis/milestone-timeline';
import { axeViolations, describeViolations } from '../support/axe.js';
import { generateMilestonePlan } from '../fixtures/generate-milestone-timeline.js';
import { emulateMediaType } from '../support/media.js';

const HAMMERFEST = '/docs/examples/hammerfest-sjumilssteget.json';
const NOW = new Date('2014-04-10T12:00:00Z');

interface ExampleMilestone {
  id: string;
  title: string;
  planned?: { start?: string; end?: string };
  nodes?: string[];
  responsible?: string;
}

interface ExampleNode {
  id: string;
  title: string;
  shortName?: string;
}

let hammerfest: { milestones: ExampleMilestone[]; nodes: ExampleNode[] };

const frame = () => new Promise((r) => requestAnimationFrame(r));
/** Three frames: the resize observer reports in one, the element measures in the next, then renders. */
const frames = async () => {
  for (let i = 0; i < 3; i++) await frame();
};

/** Renders a template holding one planvis-milestone-timeline and waits for its plan and its first measured layout. */
async function mount(template: TemplateResult): Promise<PlanvisMilestoneTimeline> {
  const loaded = new Promise((resolve) => document.addEventListener('planvis-load', resolve, { once: true }));
  const wrapper = await fixture(template);
  const el = (
    wrapper.matches('planvis-milestone-timeline')
      ? wrapper
      : wrapper.querySelector('planvis-milestone-timeline')
  ) as PlanvisMilestoneTimeline;
  await loaded;
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return el;
}

const root = (el: PlanvisMilestoneTimeline) => el.shadowRoot!;
const options = (el: PlanvisMilestoneTimeline) => [
  ...root(el).querySelectorAll<HTMLElement>('[role="option"]'),
];
const focused = (el: PlanvisMilestoneTimeline) => root(el).activeElement as HTMLElement | null;
/** The option whose accessible name starts with a milestone's title. */
const option = (el: PlanvisMilestoneTimeline, title: string) =>
  options(el).find((o) => o.getAttribute('aria-label')!.startsWith(`${title},`));
/** The title of the milestone an option stands for (its name up to the first comma; titles here have none). */
const optionTitle = (o: Element) => o.getAttribute('aria-label')!.split(',')[0]!;
/** The Hammerfest milestone an option stands for: the longest title its accessible name starts with. */
const milestoneOf = (o: Element) =>
  hammerfest.milestones
    .filter((m) => o.getAttribute('aria-label')!.startsWith(`${m.title},`))
    .sort((a, b) => b.title.length - a.title.length)[0]!;
/** Where a milestone's planned date is drawn: the centre of its marker, px from the viewport's left. */
const centreX = (el: PlanvisMilestoneTimeline, title: string) => {
  const box = option(el, title)!.querySelector('[part~="planned"]')!.getBoundingClientRect();
  return box.left + box.width / 2;
};
const tickTexts = (el: PlanvisMilestoneTimeline) =>
  [...root(el).querySelectorAll('[part="axis"] .tick')].map((t) => t.textContent!.trim());
/** Whether an element is rendered (not display:none itself or inside something that is). */
const isShown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
const nn = (d: string, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(['nn', 'nb', 'no'], { timeZone: 'UTC', ...opts }).format(
    new Date(`${d}${d.length === 7 ? '-01' : ''}T00:00:00Z`),
  );

function plan(milestones: unknown[], extra: Record<string, unknown> = {}) {
  return {
    formatVersion: '1.0',
    id: 'test-plan',
    title: 'Testplan',
    owner: { name: 'Testkommune' },
    languages: ['nn'],
    updated: '2014-01-01',
    nodes: [{ id: 'n1', type: 'project', title: 'Prosjekt' }],
    milestones,
    ...extra,
  };
}

describe('<planvis-milestone-timeline>', () => {
  before(async () => {
    hammerfest = await (await fetch(HAMMERFEST)).json();
  });

  beforeEach(async () => {
    await setViewport({ width: 1100, height: 800 });
  });

  describe('list view', () => {
    it('shows every Hammerfest milestone with its dates as <time datetime>, at their precision', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline src=${HAMMERFEST} view="list" .now=${NOW}></planvis-milestone-timeline>
        </div>`,
      );
      const items = [...root(el).querySelectorAll('[part~="list-item"]')];
      expect(items).to.have.length(hammerfest.milestones.length);
      for (const m of hammerfest.milestones) {
        const item = items.find((li) => li.querySelector('.item-title')!.textContent!.trim() === m.title);
        expect(item, m.title).to.exist;
        const datetimes = [...item!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
        const expected = [...new Set([m.planned?.start, m.planned?.end].filter(Boolean))];
        expect(datetimes, m.title).to.deep.equal(expected);
      }
      // Month precision reads as a month ("desember 2013"), not as a day.
      const first = items.find(
        (li) =>
          li.querySelector('.item-title')!.textContent!.trim() ===
          'Utforming av detaljert prosjektplan for analysearbeidet',
      )!;
      expect(first.querySelector('time')!.textContent!.trim()).to.equal(
        nn('2013-12', { month: 'long', year: 'numeric' }),
      );
      // Day precision reads as a day.
      const vedtak = items.find((li) => li.textContent!.includes('Vedtak i ledergruppa'))!;
      expect(vedtak.querySelector('time')!.textContent).to.include('20');
      // Responsible and status are there as text.
      expect(first.textContent).to.include('Koordinator');
      expect(first.textContent).to.match(/utført/i);
    });

    it('groups by month, or by quarter, in date order', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline src=${HAMMERFEST} view="list" .now=${NOW}></planvis-milestone-timeline>
        </div>`,
      );
      const headings = () =>
        [...root(el).querySelectorAll('[role="heading"]')].map((h) => h.textContent!.trim());
      expect(headings()).to.deep.equal(
        ['2013-12', '2014-01', '2014-02', '2014-03', '2014-05', '2014-06'].map((d) =>
          nn(d, { month: 'long', year: 'numeric' }),
        ),
      );
      el.group = 'quarter';
      await el.updateComplete;
      expect(headings()).to.deep.equal(['4. kvartal 2013', '1. kvartal 2014', '2. kvartal 2014']);
    });

    it('shows only the milestones of the node given by `node` (and the nodes under it)', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline src=${HAMMERFEST} view="list" node="arbeidsmal-fase-2" .now=${NOW}>
          </planvis-milestone-timeline>
        </div>`,
      );
      const titles = [...root(el).querySelectorAll('.item-title')].map((b) => b.textContent!.trim());
      expect(titles).to.deep.equal(
        hammerfest.milestones.filter((m) => m.nodes?.includes('arbeidsmal-fase-2')).map((m) => m.title),
      );
      expect(titles).to.have.length.greaterThan(0);
    });

    it('shows only the milestones that meet the range of `from` and `to`', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline src=${HAMMERFEST} view="list" from="2014-01" to="2014-02" .now=${NOW}>
          </planvis-milestone-timeline>
        </div>`,
      );
      const titles = () => [...root(el).querySelectorAll('.item-title')].map((b) => b.textContent!.trim());
      // A milestone meets January–February 2014 when it starts by February and ends in January or later
      // (plan dates compare as text at month precision).
      const meets = (m: ExampleMilestone, from: string, to: string) =>
        m.planned!.start!.slice(0, 7) <= to && m.planned!.end!.slice(0, 7) >= from;
      const expected = hammerfest.milestones
        .filter((m) => meets(m, '2014-01', '2014-02'))
        .map((m) => m.title);
      expect(expected).to.have.length.within(5, hammerfest.milestones.length - 5);
      expect([...titles()].sort()).to.deep.equal([...expected].sort());
      expect(
        [...root(el).querySelectorAll('[role="heading"]')].map((h) => h.textContent!.trim()),
      ).to.deep.equal(['2014-01', '2014-02'].map((d) => nn(d, { month: 'long', year: 'numeric' })));

      // Without `to`, the list runs to the end of the plan.
      el.to = undefined;
      await el.updateComplete;
      expect([...titles()].sort()).to.deep.equal(
        hammerfest.milestones
          .filter((m) => meets(m, '2014-01', '9999-12'))
          .map((m) => m.title)
          .sort(),
      );
    });

    it('shows the summary line with plurals and Intl list formatting', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline src=${HAMMERFEST} view="list" .now=${NOW}></planvis-milestone-timeline>
        </div>`,
      );
      // The parts in nynorsk, joined as the browser's CLDR data joins a narrow unit list in nynorsk
      // (Chromium: "a, b, c"; Firefox: "a b c").
      const list = new Intl.ListFormat(['nn', 'nb'], { type: 'unit', style: 'narrow' });
      expect(root(el).querySelector('[part="summary"]')!.textContent!.trim()).to.equal(
        list.format(['27 milepælar', '26 utført', '1 i gang']),
      );
    });
  });

  it('marks a made-up milestone and phase as illustrative in the details', async () => {
    const plan = {
      formatVersion: '1.0',
      id: 'illustrative',
      title: 'Plan',
      owner: { name: 'Testkommune' },
      updated: '2026-01-01',
      languages: ['nn'],
      nodes: [],
      phases: [{ id: 'fase-1', title: 'Fase 1', illustrative: true }],
      milestones: [
        { id: 'a', title: 'Oppstart', planned: { start: '2026-03-01' }, phase: 'fase-1', illustrative: true },
        { id: 'b', title: 'Vedtak', planned: { start: '2026-04-01' }, phase: 'fase-1' },
      ],
    };
    const el = await mount(
      html`<div lang="nn">
        <planvis-milestone-timeline .plan=${plan} view="list" .now=${NOW}></planvis-milestone-timeline>
      </div>`,
    );
    const item = (title: string) =>
      [...root(el).querySelectorAll('li')].find(
        (li) => li.querySelector('.item-title')?.textContent?.trim() === title,
      )!;
    const rows = (li: Element) =>
      [...li.querySelectorAll('dt')].map((dt) => [
        dt.textContent!.trim(),
        dt.nextElementSibling!.textContent!.trim().replace(/\s+/g, ' '),
      ]);
    expect(rows(item('Oppstart'))).to.deep.include.members([
      ['Fase', 'Fase 1 (Døme til illustrasjon)'],
      ['Døme til illustrasjon', 'Laga til eksempelet, ikkje henta frå kjelda'],
    ]);
    expect(rows(item('Vedtak')).map(([label]) => label)).not.to.include('Døme til illustrasjon');
  });

  describe('timeline view', () => {
    it('shows every Hammerfest milestone as an option named with its title, dates and status', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const opts = options(el);
      expect(opts).to.have.length(hammerfest.milestones.length);
      const names = opts.map((o) => o.getAttribute('aria-label')!);
      for (const m of hammerfest.milestones) {
        const name = names.find((n) => n.startsWith(`${m.title},`));
        expect(name, m.title).to.exist;
        const year = m.planned!.start!.slice(0, 4);
        expect(name, m.title).to.include(year);
      }
      const month = names.find((n) =>
        n.startsWith('Utforming av detaljert prosjektplan for analysearbeidet,'),
      )!;
      expect(month).to.include(nn('2013-12', { month: 'long', year: 'numeric' }));
      expect(month).not.to.match(/\b1\. desember/);
      // Phases are labelled bands.
      const phases = [...root(el).querySelectorAll('[part~="phase"]')].map((p) => p.textContent!.trim());
      expect(phases).to.deep.equal(['Kartlegging og analyse', 'Arbeid med innsatsområdene']);
      // One tab stop: exactly one option is tabbable.
      expect(opts.filter((o) => o.tabIndex === 0)).to.have.length(1);
    });

    it('draws planned as an outline and actual as a fill, so slippage shows', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            view="timeline"
            .now=${NOW}
            .plan=${plan([
              {
                id: 'late',
                title: 'Rapport levert',
                planned: { start: '2014-01-06', end: '2014-01-31' },
                actual: { start: '2014-01-06', end: '2014-02-14' },
              },
              { id: 'plain', title: 'Berre planlagt', planned: { start: '2014-02-20', end: '2014-02-20' } },
            ])}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const [late, plain] = options(el);
      const planned = late!.querySelector<HTMLElement>('[part~="planned"]')!;
      const actual = late!.querySelector<HTMLElement>('[part~="actual"]')!;
      const ps = getComputedStyle(planned);
      const as = getComputedStyle(actual);
      expect(ps.borderTopStyle).to.equal('solid');
      expect(ps.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(as.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      // The fill runs past the outline by the slip (two weeks).
      expect(actual.getBoundingClientRect().right).to.be.greaterThan(
        planned.getBoundingClientRect().right + 20,
      );
      expect(late!.getAttribute('aria-label')).to.match(/faktisk/);
      expect(plain!.querySelector('[part~="actual"]')).to.equal(null);
      expect(plain!.querySelector('[part~="planned"]')).to.exist;
    });

    it('flags overdue milestones against a fixed today, and the today line', async () => {
      const milestones = [
        { id: 'done', title: 'Ferdig', planned: { end: '2014-02-01' }, status: 'done' },
        { id: 'late', title: 'Seint', planned: { end: '2014-03-01' } },
        { id: 'future', title: 'Framtidig', planned: { end: '2014-06-01' } },
      ];
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            view="timeline"
            .now=${new Date('2014-03-15T00:00:00Z')}
            .plan=${plan(milestones)}
          >
          </planvis-milestone-timeline>
        </div>`,
      );
      const byTitle = (t: string) =>
        options(el).find((o) => o.getAttribute('aria-label')!.startsWith(`${t},`))!;
      expect(byTitle('Seint').getAttribute('aria-label')).to.match(/^Seint, forseinka, /i);
      expect(byTitle('Seint').querySelector('[part~="overdue-flag"]')!.textContent).to.match(/forseinka/i);
      expect(byTitle('Ferdig').getAttribute('aria-label')).not.to.match(/forseinka/i);
      expect(byTitle('Framtidig').getAttribute('aria-label')).not.to.match(/forseinka/i);
      expect(root(el).querySelector('[part="summary"]')!.textContent).to.include('1 forseinka');
      expect(root(el).querySelector('[part="today"]')).to.exist;

      el.now = new Date('2014-01-01T00:00:00Z');
      await el.updateComplete;
      expect(byTitle('Seint').getAttribute('aria-label')).not.to.match(/forseinka/i);
      expect(root(el).querySelector('[part="summary"]')!.textContent).not.to.include('forseinka');
    });

    it('names each marker anew when the language, today or the plan change', async () => {
      const late = { id: 'late', title: 'Seint', planned: { end: '2014-03-01' } };
      const el = await mount(
        html`<div lang="en">
          <planvis-milestone-timeline
            view="timeline"
            .now=${new Date('2014-03-15T00:00:00Z')}
            .plan=${plan([late])}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const wrapper = el.parentElement!;
      const name = () => options(el)[0]!.getAttribute('aria-label')!;
      const relang = async (lang: string) => {
        wrapper.lang = lang;
        await frame(); // the language observer reports, then the element renders in the new language
        await el.updateComplete;
      };
      const english = name();
      expect(english).to.match(/^Seint, Overdue, planned .*March.*2014, Planned$/);
      await relang('nn');
      expect(name()).to.match(/^Seint, Forseinka, planlagt .*mars.*2014, Planlagt$/);
      await relang('en');
      expect(name()).to.equal(english);
      // A later today: no longer… an earlier today: not yet overdue.
      el.now = new Date('2014-01-01T00:00:00Z');
      await el.updateComplete;
      expect(name()).to.match(/^Seint, planned .*March.*2014, Planned$/);
      // Another plan with the same milestone id, moved to May and done.
      const loaded = oneEvent(el, 'planvis-load');
      el.plan = plan([{ ...late, planned: { end: '2014-05-01' }, status: 'done' }]);
      await loaded;
      await el.updateComplete;
      expect(name()).to.match(/^Seint, planned .*May.*2014, Done$/);
    });

    it('moves between milestones in date order with the arrow keys, Home and End; Enter selects', async () => {
      // A button after the widget, so the last Tab stays in the page: Firefox would move focus to its own
      // chrome, and later tests' focus() would then fire no focus events.
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            .now=${NOW}
          ></planvis-milestone-timeline>
          <button>after</button>
        </div>`,
      );
      const ordered = options(el)
        .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
        .map((o) => o.getAttribute('aria-label')!.split(',')[0]);
      // Date order: the first is due 13 December 2013, the last is phase 2 (May–June 2014).
      expect(ordered[0]).to.equal('Utforming av detaljert prosjektplan for analysearbeidet er ferdig');
      expect(ordered.at(-1)).to.equal('Arbeid med innsatsområdene');

      // Tab from the toolbar lands on the one tabbable option.
      root(el).querySelector<HTMLButtonElement>('[part="toolbar"] button[tabindex="0"]')!.focus();
      await sendKeys({ press: 'Tab' });
      const name = () => focused(el)?.getAttribute('aria-label')?.split(',')[0];
      expect(name()).to.equal(ordered[0]);
      const seen = [name()];
      for (let i = 1; i < 6; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        seen.push(name());
      }
      expect(seen).to.deep.equal(ordered.slice(0, 6));
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(name()).to.equal(ordered[4]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(name()).to.equal(ordered.at(-1));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(name()).to.equal(ordered[0]);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(name()).to.equal(ordered[1]);

      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'planvis-select')) as CustomEvent & {
        detail: Record<string, unknown>;
      };
      const expected = hammerfest.milestones.find((m) => m.title === ordered[1])!;
      expect(event.detail).to.include({ kind: 'milestone', id: expected.id, nodeId: expected.nodes![0] });
      await el.updateComplete;
      expect(el.selected).to.equal(expected.id);
      expect(focused(el)!.getAttribute('aria-selected')).to.equal('true');

      // Tab leaves the widget's milestones again, for what follows it.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('role')).not.to.equal('option');
      expect(document.activeElement?.textContent).to.equal('after');
    });

    it('shows an accessible details popover on focus, dismissable with Escape', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      expect(document.hasFocus(), 'the page has focus, so focus() fires focus events').to.equal(true);
      const option = options(el).find((o) => o.tabIndex === 0)!;
      option.focus();
      await el.updateComplete;
      const tooltip = root(el).querySelector<HTMLElement>('[role="tooltip"]')!;
      expect(tooltip.hidden).to.equal(false);
      const active = options(el).find((o) => o.tabIndex === 0)!;
      expect(active.getAttribute('aria-describedby')).to.equal(tooltip.id);
      expect(tooltip.textContent).to.include('Planlagt');
      expect(tooltip.textContent).to.include(active.getAttribute('aria-label')!.split(',')[0]);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(root(el).querySelector<HTMLElement>('[role="tooltip"]')!.hidden).to.equal(true);
      expect(
        options(el)
          .find((o) => o.tabIndex === 0)!
          .hasAttribute('aria-describedby'),
      ).to.equal(false);
    });

    it('shows the details on hover, keeps them while the pointer is on them, and Escape dismisses them (WCAG 1.4.13)', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const tooltip = () => root(el).querySelector<HTMLElement>('[role="tooltip"]')!;
      const target = options(el).find((o) =>
        o.getAttribute('aria-label')!.startsWith('Gjennomført møter i arbeidsgruppene,'),
      )!;
      const box = target.getBoundingClientRect();
      try {
        await sendMouse({
          type: 'move',
          position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
        });
        await el.updateComplete;
        expect(tooltip().hidden).to.equal(false);
        expect(tooltip().textContent).to.include('Gjennomført møter i arbeidsgruppene');
        // Hoverable: the pointer moves onto the panel and it stays.
        const panel = tooltip().getBoundingClientRect();
        await sendMouse({
          type: 'move',
          position: [Math.round(panel.left + 10), Math.round(panel.top + 10)],
        });
        await new Promise((r) => setTimeout(r, 500));
        await el.updateComplete;
        expect(tooltip().hidden).to.equal(false);
        // Dismissable without moving the pointer.
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(tooltip().hidden).to.equal(true);
      } finally {
        await resetMouse();
      }
    });

    it('numbers ISO weeks Monday-first (2014-01-01 is in week 1)', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            weeks
            from="2014-01"
            to="2014-01"
            .now=${NOW}
          >
          </planvis-milestone-timeline>
        </div>`,
      );
      const weeks = [...root(el).querySelectorAll<HTMLElement>('[part="weeks"] .week')];
      expect(weeks.map((w) => w.textContent!.trim())).to.deep.equal(['V1', 'V2', 'V3', 'V4', 'V5']);
      expect(weeks[0]!.title).to.equal('Veke 1, 2014');
      // Week 1 starts on Monday 30 December 2013, before the first day shown.
      const plot = root(el).querySelector('.plot')!.getBoundingClientRect();
      expect(weeks[0]!.getBoundingClientRect().left).to.be.below(plot.left);
    });

    it('reads the ISO weeks of day-precise dates in marker names, details and list items (with `weeks`)', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            view="timeline"
            weeks
            .now=${new Date('2014-01-02T00:00:00Z')}
            .plan=${plan([
              { id: 'vedtak', title: 'Vedtak', planned: { start: '2014-03-20', end: '2014-03-20' } },
              {
                id: 'rapport',
                title: 'Rapport',
                planned: { start: '2014-01-06', end: '2014-01-31' },
                actual: { start: '2014-01-06', end: '2014-02-14' },
              },
              { id: 'nyttar', title: 'Nyttår', planned: { end: '2013-12-30' } },
              { id: 'mars', title: 'Ein gong i mars', planned: { start: '2014-03', end: '2014-03' } },
            ])}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const name = (title: string) => option(el, title)!.getAttribute('aria-label')!;
      expect(name('Vedtak')).to.match(/, planlagt [^,]*2014 \(veke 12\), /);
      expect(name('Rapport')).to.match(/, planlagt [^,]*2014 \(veke 2–5\), faktisk [^,]*2014 \(veke 2–7\), /);
      // 30 December 2013 is a Monday in week 1 of 2014.
      expect(name('Nyttår')).to.include('(veke 1)');
      // A date known only to the month has no one week.
      expect(name('Ein gong i mars')).not.to.include('veke');

      // The details panel says it too.
      option(el, 'Rapport')!.focus();
      await el.updateComplete;
      const tooltip = root(el).querySelector<HTMLElement>('[role="tooltip"]')!;
      expect(tooltip.hidden).to.equal(false);
      expect(tooltip.textContent).to.include('(veke 2–5)');
      expect(tooltip.textContent).to.include('(veke 2–7)');

      // In each language's own word.
      const wrapper = el.parentElement!;
      for (const [lang, expected] of [
        ['nb', '(uke 12)'],
        ['da', '(uge 12)'],
        ['sv', '(vecka 12)'],
        ['en', '(week 12)'],
      ] as const) {
        wrapper.lang = lang;
        await frame();
        await el.updateComplete;
        expect(name('Vedtak'), lang).to.include(expected);
      }
      expect(name('Rapport')).to.include('(weeks 2–5)');
      wrapper.lang = 'nn';
      await frame();
      await el.updateComplete;

      // The list view's items.
      el.view = 'list';
      await el.updateComplete;
      const item = (title: string) =>
        [...root(el).querySelectorAll('[part~="list-item"]')].find(
          (li) => li.querySelector('.item-title')!.textContent!.trim() === title,
        )!;
      expect(item('Vedtak').querySelector('dd')!.textContent!.replace(/\s+/g, ' ')).to.include('(veke 12)');
      expect(item('Rapport').textContent).to.include('(veke 2–5)');
      expect(item('Rapport').textContent).to.include('(veke 2–7)');
      expect(item('Ein gong i mars').textContent).not.to.include('veke');

      // Without `weeks`, no week numbers anywhere.
      el.weeks = false;
      await el.updateComplete;
      expect(item('Vedtak').textContent).not.to.include('veke');
      el.view = 'timeline';
      await el.updateComplete;
      expect(name('Vedtak')).not.to.include('veke');
      expect(name('Vedtak')).to.match(/, planlagt [^,]*2014, Planlagt$/);
    });

    it('shows the status of a marker without a title beside it as a glyph of its own shape, not only by colour', async () => {
      // Two weeks apart and one row per lane: only the last marker has room for its title.
      const milestones = [
        { id: 'a', title: 'Utført', planned: { end: '2014-03-03' }, status: 'done' },
        { id: 'b', title: 'Avbrote', planned: { end: '2014-03-17' }, status: 'cancelled' },
        { id: 'c', title: 'Forseinka', planned: { end: '2014-03-31' } },
        { id: 'd', title: 'I gang', planned: { end: '2014-04-28' }, status: 'in-progress' },
        { id: 'e', title: 'Planlagd', planned: { end: '2014-05-12' } },
        { id: 'f', title: 'Siste', planned: { end: '2014-05-26' } },
      ];
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            view="timeline"
            max-rows="1"
            from="2014-01"
            to="2014-12"
            .now=${new Date('2014-04-20T00:00:00Z')}
            .plan=${plan(milestones)}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const glyph = (title: string) => getComputedStyle(option(el, title)!, '::after');
      // Shape, not colour: the glyph's text, its outline, and whether it is filled or half filled.
      const shape = (title: string) => {
        const g = glyph(title);
        const text = g.content === 'none' ? 'none' : g.content.replace(/\s*\/.*$/, '');
        const filled = g.backgroundColor === g.borderTopColor;
        return [text, g.clipPath, g.backgroundImage === 'none' ? '' : 'half', filled ? 'filled' : ''].join(
          '|',
        );
      };
      const shapes = ['Utført', 'Avbrote', 'Forseinka', 'I gang', 'Planlagd'].map(shape);
      expect(new Set(shapes).size, shapes.join(' · ')).to.equal(5);
      expect(shapes[0]).to.include('✓');
      expect(shapes[1]).to.include('✕');
      expect(shapes[2]).to.include('!');
      for (const title of ['Utført', 'Avbrote', 'Forseinka', 'I gang', 'Planlagd']) {
        expect(option(el, title)!.querySelector('[part="milestone-label"]:not(.focus-only)'), title).to.equal(
          null,
        );
        expect(glyph(title).display, title).to.equal('grid');
        expect(parseFloat(glyph(title).width), title).to.be.at.least(12);
      }
      // A marker with its title beside it shows the status icon there, and no corner glyph.
      expect(option(el, 'Siste')!.querySelector('[part="milestone-label"] .status-icon svg')).to.exist;
      expect(glyph('Siste').content).to.equal('none');
    });

    for (const [lang, december, january] of [
      ['nn', 'des', 'jan'],
      ['nb', 'des', 'jan'],
      ['da', 'dec.', 'jan.'],
      ['sv', 'dec.', 'jan.'],
      ['en', 'Dec', 'Jan'],
    ] as const) {
      it(`labels the axis with month names in ${lang}`, async () => {
        const el = await mount(
          html`<div lang=${lang}>
            <planvis-milestone-timeline
              src=${HAMMERFEST}
              view="timeline"
              .now=${NOW}
            ></planvis-milestone-timeline>
          </div>`,
        );
        const ticks = [...root(el).querySelectorAll('[part="axis"] .tick')].map((t) => t.textContent!.trim());
        expect(ticks).to.include(december);
        expect(ticks).to.include(january);
        const years = [...root(el).querySelectorAll('[part="axis"] .major')].map((t) =>
          t.textContent!.trim(),
        );
        expect(years).to.include('2014');
      });
    }

    it('labels the axis in nb: month names, and the week row in its own words', async () => {
      const el = await mount(
        html`<div lang="nb">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            weeks
            from="2014-05"
            to="2014-05"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      // Days under their month, the month named in bokmål.
      const majors = [...root(el).querySelectorAll('[part="axis"] .major')].map((t) => t.textContent!.trim());
      expect(majors[0]).to.equal(
        new Intl.DateTimeFormat('nb', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date('2014-05-01T00:00:00Z'),
        ),
      );
      expect(majors[0]).to.equal('mai 2014');
      // Day numbers as bokmål writes them ("1."), not as English does ("1").
      expect(tickTexts(el).slice(0, 3)).to.deep.equal(['1.', '2.', '3.']);
      // Bokmål's week is "uke" (nynorsk "veke").
      const weeks = [...root(el).querySelectorAll<HTMLElement>('[part="weeks"] .week')];
      expect(weeks[0]!.textContent!.trim()).to.equal('U18');
      expect(weeks[0]!.title).to.equal('Uke 18, 2014');
    });

    it('zooms with + and − on a milestone, and the reset button restores the view', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const reset = () => root(el).querySelector<HTMLButtonElement>('[data-tool="reset"]')!;
      const tickCount = () => root(el).querySelectorAll('[part="axis"] .tick').length;
      expect(reset().getAttribute('aria-disabled')).to.equal('true');
      const before = root(el).querySelector('[part="axis"] .tick')!.textContent;
      options(el)
        .find((o) => o.tabIndex === 0)!
        .focus();
      await sendKeys({ press: '+' });
      await el.updateComplete;
      await sendKeys({ press: '+' });
      await el.updateComplete;
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(reset().getAttribute('aria-disabled')).to.equal('false');
      // Zoomed in on December 2013: the axis now shows weeks or days, not months.
      expect(root(el).querySelector('[part="axis"] .tick')!.textContent).not.to.equal(before);
      expect(options(el).length).to.be.below(hammerfest.milestones.length);
      reset().click();
      await el.updateComplete;
      await frames();
      expect(reset().getAttribute('aria-disabled')).to.equal('true');
      expect(options(el)).to.have.length(hammerfest.milestones.length);
      expect(tickCount()).to.be.greaterThan(3);
    });

    it('lanes by phase', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            group-by="phase"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const lanes = [...root(el).querySelectorAll('[part="lane"]')];
      expect(lanes.map((l) => l.getAttribute('aria-label'))).to.deep.equal([
        'Kartlegging og analyse',
        'Arbeid med innsatsområdene',
      ]);
      expect(lanes[1]!.querySelectorAll('[role="option"]')).to.have.length(1);
    });

    it('lanes by responsible: one lane per responsible, labelled with it, the rest last', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            group-by="responsible"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const lanes = [...root(el).querySelectorAll('[part="lane"]')];
      const labels = lanes.map((l) => l.getAttribute('aria-label'));
      const responsibles = new Set(hammerfest.milestones.map((m) => m.responsible).filter(Boolean));
      expect(responsibles.size).to.be.greaterThan(2);
      expect(new Set(labels.slice(0, -1))).to.deep.equal(responsibles);
      expect(labels.at(-1)).to.equal('Utan ansvarleg');
      // The visible lane label says the same.
      expect(lanes.map((l) => l.querySelector('[part="lane-label"]')!.textContent!.trim())).to.deep.equal(
        labels,
      );
      // Each milestone sits in its responsible's lane, and every one is there.
      let count = 0;
      for (const lane of lanes) {
        const label = lane.getAttribute('aria-label');
        for (const o of lane.querySelectorAll('[role="option"]')) {
          const m = milestoneOf(o);
          expect(m.responsible ?? 'Utan ansvarleg', m.title).to.equal(label);
          count += 1;
        }
      }
      expect(count).to.equal(hammerfest.milestones.length);
    });

    it('lanes by node: labelled with the node a milestone belongs to, in the order of the plan', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            group-by="node"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const lanes = [...root(el).querySelectorAll('[part="lane"]')];
      const nodeTitle = (id: string) => hammerfest.nodes.find((n) => n.id === id)!.title;
      const expected = ['arbeidsmal-fase-1', 'arbeidsmal-fase-2'].map(nodeTitle);
      expect(lanes.map((l) => l.getAttribute('aria-label'))).to.deep.equal(expected);
      expect(lanes.map((l) => l.querySelector('[part="lane-label"]')!.textContent!.trim())).to.deep.equal(
        expected,
      );
      for (const lane of lanes) {
        for (const o of lane.querySelectorAll('[role="option"]')) {
          const m = milestoneOf(o);
          expect(nodeTitle(m.nodes![0]!), m.title).to.equal(lane.getAttribute('aria-label'));
        }
      }
      expect(lanes[1]!.querySelectorAll('[role="option"]')).to.have.length(1);
    });
  });

  describe('pan and zoom with pointer and toolbar', () => {
    // Four dates: the first and last set the range (about January to June 2014); B and C sit near the middle, so
    // they stay in view when the view zooms in twofold around its centre.
    const milestones = [
      { id: 'a', title: 'A', planned: { end: '2014-01-06' } },
      { id: 'b', title: 'B', planned: { end: '2014-03-10' } },
      { id: 'c', title: 'C', planned: { end: '2014-04-14' } },
      { id: 'd', title: 'D', planned: { end: '2014-06-30' } },
    ];
    const mountChart = () =>
      mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            view="timeline"
            .now=${new Date('2014-01-01T00:00:00Z')}
            .plan=${plan(milestones)}
          ></planvis-milestone-timeline>
        </div>`,
      );
    const tool = (el: PlanvisMilestoneTimeline, name: 'in' | 'out' | 'reset') =>
      root(el).querySelector<HTMLButtonElement>(`[part="toolbar"] [data-tool="${name}"]`)!;
    /** A real mouse click in the middle of an element. */
    const click = async (target: Element) => {
      const box = target.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
      });
    };
    const settle = async (el: PlanvisMilestoneTimeline) => {
      await el.updateComplete;
      await frame();
      await el.updateComplete;
    };
    const gap = (el: PlanvisMilestoneTimeline) => centreX(el, 'C') - centreX(el, 'B');

    afterEach(async () => {
      await resetMouse();
    });

    it('zooms in and out with the toolbar buttons, and reset restores the view', async () => {
      const el = await mountChart();
      const gap0 = gap(el);
      const ticks0 = tickTexts(el);
      expect(ticks0).to.include('mar');
      expect(tool(el, 'reset').getAttribute('aria-disabled')).to.equal('true');

      await click(tool(el, 'in'));
      await settle(el);
      // Twice as many px per day: B and C twice as far apart, and the axis ticks weeks instead of months.
      expect(gap(el)).to.be.closeTo(2 * gap0, 1);
      expect(tickTexts(el)).not.to.include('mar');
      expect(options(el).map(optionTitle)).to.deep.equal(['B', 'C']);
      expect(tool(el, 'reset').getAttribute('aria-disabled')).to.equal('false');

      await click(tool(el, 'out'));
      await settle(el);
      expect(gap(el)).to.be.closeTo(gap0, 1);
      await click(tool(el, 'out'));
      await settle(el);
      // Half the px per day: the axis now spans about a year, with more month ticks than before.
      expect(gap(el)).to.be.closeTo(gap0 / 2, 1);
      expect(tickTexts(el).length).to.be.greaterThan(ticks0.length);
      expect(options(el).map(optionTitle)).to.deep.equal(['A', 'B', 'C', 'D']);

      await click(tool(el, 'reset'));
      await settle(el);
      expect(gap(el)).to.be.closeTo(gap0, 0.5);
      expect(tickTexts(el)).to.deep.equal(ticks0);
      expect(tool(el, 'reset').getAttribute('aria-disabled')).to.equal('true');
    });

    it('pans when the pointer drags the chart, even from a marker, without selecting it', async () => {
      const el = await mountChart();
      const b0 = centreX(el, 'B');
      const gap0 = gap(el);
      const tick0 = root(el).querySelector('[part="axis"] .tick')!.getBoundingClientRect().left;
      let selected = 0;
      el.addEventListener('planvis-select', () => (selected += 1));
      const box = option(el, 'B')!.getBoundingClientRect();
      const y = Math.round(box.top + box.height / 2);
      const x = Math.round(b0);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (const dx of [10, 60, 120, 150]) await sendMouse({ type: 'move', position: [x + dx, y] });
      await sendMouse({ type: 'up' });
      await settle(el);
      // The marker went with the pointer, the axis with it, and the zoom stayed.
      expect(centreX(el, 'B')).to.be.closeTo(b0 + 150, 2);
      expect(gap(el)).to.be.closeTo(gap0, 1);
      expect(root(el).querySelector('[part="axis"] .tick')!.getBoundingClientRect().left).not.to.be.closeTo(
        tick0,
        1,
      );
      expect(selected, 'a drag is not a click').to.equal(0);
      expect(el.selected).to.equal(undefined);
      expect(tool(el, 'reset').getAttribute('aria-disabled')).to.equal('false');

      await click(tool(el, 'reset'));
      await settle(el);
      expect(centreX(el, 'B')).to.be.closeTo(b0, 0.5);
    });

    it('zooms around the pointer with Ctrl + wheel, and leaves a plain wheel to the page', async () => {
      const el = await mountChart();
      const gap0 = gap(el);
      const b0 = centreX(el, 'B');
      const plot = root(el).querySelector('.plot')!;
      const box = option(el, 'B')!.getBoundingClientRect();
      // @web/test-runner has no wheel command: the event a wheel notch sends, dispatched where the pointer is.
      const wheel = (deltaY: number, ctrlKey: boolean) => {
        const event = new WheelEvent('wheel', {
          deltaY,
          ctrlKey,
          clientX: b0,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        option(el, 'B')!.dispatchEvent(event);
        return event;
      };

      const plain = wheel(100, false);
      await settle(el);
      expect(plain.defaultPrevented, 'a plain wheel scrolls the page').to.equal(false);
      expect(gap(el)).to.be.closeTo(gap0, 0.5);

      const zoomIn = wheel(-100, true);
      await settle(el);
      expect(zoomIn.defaultPrevented, 'Ctrl + wheel does not zoom the page').to.equal(true);
      // In around the pointer: B stays under it, C moves away.
      expect(gap(el)).to.be.closeTo(2 * gap0, 1);
      expect(centreX(el, 'B')).to.be.closeTo(b0, 1);
      expect(plot.contains(option(el, 'B')!)).to.equal(true);
      expect(tool(el, 'reset').getAttribute('aria-disabled')).to.equal('false');

      wheel(100, true);
      await settle(el);
      expect(gap(el)).to.be.closeTo(gap0, 1);
      expect(centreX(el, 'B')).to.be.closeTo(b0, 1);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMediaType('screen');
    });

    it('prints without toolbar, details or count bubbles, and without the height limit', async function () {
      const el = await mount(
        html`<div lang="nn" style="--planvis-milestone-timeline-max-height: 120px">
          <planvis-milestone-timeline
            src=${HAMMERFEST}
            view="timeline"
            group-by="phase"
            .now=${NOW}
          ></planvis-milestone-timeline>
        </div>`,
      );
      const toolbar = root(el).querySelector('[part="toolbar"]')!;
      const chart = root(el).querySelector<HTMLElement>('[part="chart"]')!;
      const plot = root(el).querySelector<HTMLElement>('.plot')!;
      const tooltip = () => root(el).querySelector<HTMLElement>('[role="tooltip"]')!;
      // Beyond the edge of the chart, not outside it.
      const allInside = () => {
        const frame = chart.getBoundingClientRect();
        return options(el).every((o) => {
          const r = o.getBoundingClientRect();
          return r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1;
        });
      };
      options(el)
        .find((o) => o.tabIndex === 0)!
        .focus();
      await el.updateComplete;

      // On screen: the toolbar and the details show, and the chart scrolls within its 120 px.
      expect(isShown(toolbar)).to.equal(true);
      expect(isShown(tooltip())).to.equal(true);
      expect(chart.clientHeight).to.be.at.most(120);
      expect(plot.offsetHeight).to.be.greaterThan(200);
      expect(allInside()).to.equal(false);

      if (!(await emulateMediaType('print'))) this.skip();
      await frame();
      expect(isShown(toolbar), 'toolbar').to.equal(false);
      expect(tooltip().hidden, 'the details are still open').to.equal(false);
      expect(isShown(tooltip()), 'details').to.equal(false);
      expect(getComputedStyle(chart).maxHeight).to.equal('none');
      expect(chart.clientHeight).to.be.at.least(plot.offsetHeight);
      expect(allInside(), 'every milestone on paper').to.equal(true);
      expect(options(el)).to.have.length(hammerfest.milestones.length);
      expect(
        [...root(el).querySelectorAll('[part="lane"]')].every(
          (lane) => getComputedStyle(lane).breakInside === 'avoid',
        ),
      ).to.equal(true);

      // Count bubbles (here: one row per lane) are left off the paper too.
      el.maxRows = 1;
      await el.updateComplete;
      const bubbles = [...root(el).querySelectorAll('[part="bubble"]')];
      expect(bubbles.length).to.be.greaterThan(0);
      expect(bubbles.some(isShown)).to.equal(false);
      await emulateMediaType('screen');
      await frame();
      expect(bubbles.every(isShown)).to.equal(true);
    });
  });

  describe('width', () => {
    it('view="auto" shows the list when narrow (320 px) and the chart when wide', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline src=${HAMMERFEST} .now=${NOW}></planvis-milestone-timeline>
        </div>`,
      );
      expect(root(el).querySelector('[part="list"]')).to.exist;
      expect(root(el).querySelector('[role="listbox"]')).to.equal(null);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await setViewport({ width: 1100, height: 700 });
      await frames();
      await el.updateComplete;
      expect(root(el).querySelector('[role="listbox"]')).to.exist;
    });

    /** The milestone titles of the elements that are tab stops (tabindex 0) among the options or list titles. */
    const tabStops = (el: PlanvisMilestoneTimeline) =>
      [...root(el).querySelectorAll<HTMLElement>('[role="option"], [part="list-title"]')]
        .filter((e) => e.tabIndex === 0)
        .map((e) => (e.getAttribute('role') === 'option' ? optionTitle(e) : e.textContent!.trim()));

    it('keeps focus on the same milestone when view="auto" switches between chart and list', async () => {
      // Lit warns once per page per message; forget earlier warnings so this test sees its own.
      (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warnings.push(args);
        warn.apply(console, args);
      };
      try {
        const el = await mount(
          html`<div lang="nn">
            <planvis-milestone-timeline src=${HAMMERFEST} .now=${NOW}></planvis-milestone-timeline>
          </div>`,
        );
        expect(root(el).querySelector('[role="listbox"]'), 'wide: the chart').to.exist;
        // A keyboard user on the chart: on the tab stop, then one milestone on with the arrow key.
        options(el)
          .find((o) => o.tabIndex === 0)!
          .focus();
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const title = optionTitle(focused(el)!);
        expect(hammerfest.milestones.some((m) => m.title === title)).to.equal(true);

        // Narrower than the list threshold: the chart gives way to the list.
        el.style.width = '320px';
        await frames();
        await el.updateComplete;
        expect(root(el).querySelector('[role="listbox"]'), 'narrow: no chart').to.equal(null);
        expect(root(el).querySelector('[part="list"]'), 'narrow: the list').to.exist;
        expect(document.activeElement === el, 'focus stays in the widget').to.equal(true);
        expect(focused(el)?.getAttribute('part')).to.equal('list-title');
        expect(focused(el)!.textContent!.trim()).to.equal(title);
        expect(tabStops(el), 'one tab stop, the focused milestone').to.deep.equal([title]);

        // Move on in the list, then widen again: the chart focuses the milestone the list had.
        await sendKeys({ press: 'ArrowDown' });
        const next = focused(el)!.textContent!.trim();
        expect(next).not.to.equal(title);
        el.style.width = '';
        await frames();
        await el.updateComplete;
        expect(root(el).querySelector('[role="listbox"]'), 'wide again: the chart').to.exist;
        expect(document.activeElement === el, 'focus stays in the widget').to.equal(true);
        expect(focused(el)?.getAttribute('role')).to.equal('option');
        expect(optionTitle(focused(el)!)).to.equal(next);
        expect(tabStops(el)).to.deep.equal([next]);

        expect(
          warnings.filter((args) => args.some((a) => String(a).includes('planvis-milestone-timeline'))),
          'no Lit warning from the element',
        ).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });

    it('keeps focus on the same milestone when the view attribute changes, and leaves focus alone outside', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline src=${HAMMERFEST} view="list" .now=${NOW}></planvis-milestone-timeline>
          <button>after</button>
        </div>`,
      );
      root(el).querySelector<HTMLElement>('[part="list-title"][tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const title = focused(el)!.textContent!.trim();
      el.setAttribute('view', 'timeline');
      await el.updateComplete;
      expect(document.activeElement === el, 'focus stays in the widget').to.equal(true);
      expect(optionTitle(focused(el)!)).to.equal(title);
      expect(tabStops(el)).to.deep.equal([title]);
      el.setAttribute('view', 'list');
      await el.updateComplete;
      expect(focused(el)!.textContent!.trim()).to.equal(title);
      expect(tabStops(el)).to.deep.equal([title]);

      // Focus elsewhere on the page: switching the view does not pull it into the widget.
      const after = el.parentElement!.querySelector('button')!;
      after.focus();
      el.setAttribute('view', 'timeline');
      await el.updateComplete;
      expect(document.activeElement === after, 'focus stays after the widget').to.equal(true);
      expect(tabStops(el), 'the chart still starts on the milestone last used').to.deep.equal([title]);
    });
  });

  describe('scale', () => {
    it('stays responsive with 10,000 milestones: culled and aggregated into count bubbles', async () => {
      const big = generateMilestonePlan();
      const t0 = performance.now();
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline view="timeline" .plan=${big} .now=${new Date('2024-06-15T00:00:00Z')}>
          </planvis-milestone-timeline>
        </div>`,
      );
      const elapsed = performance.now() - t0;
      expect(elapsed).to.be.below(5000);
      expect(options(el).length).to.be.below(400);
      const bubbles = [...root(el).querySelectorAll('[part="bubble"]')];
      expect(bubbles.length).to.be.greaterThan(0);
      const counted = bubbles.reduce((n, b) => n + Number(b.textContent!.replace(/\D/g, '')), 0);
      expect(counted + options(el).length).to.equal(10_000);
      // The keyboard still walks every milestone; a key press re-renders quickly.
      options(el)
        .find((o) => o.tabIndex === 0)!
        .focus();
      const t1 = performance.now();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(performance.now() - t1).to.be.below(1000);
      expect(focused(el)!.getAttribute('aria-posinset')).to.equal('10000');
    });
  });

  describe('scale in lanes', () => {
    it('keeps 10,000 milestones in 40 node lanes light: a marker budget over all lanes', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline
            view="timeline"
            group-by="node"
            .plan=${generateMilestonePlan()}
            .now=${new Date('2024-06-15T00:00:00Z')}
          >
          </planvis-milestone-timeline>
        </div>`,
      );
      expect(root(el).querySelectorAll('[part="lane"]')).to.have.length(40);
      const drawn = options(el).length;
      const bubbles = [...root(el).querySelectorAll('[part="bubble"]')];
      const counted = bubbles.reduce((n, b) => n + Number(b.textContent!.replace(/\D/g, '')), 0);
      expect(drawn + counted).to.equal(10_000);
      expect(drawn).to.be.below(1500);
      expect(root(el).querySelectorAll('*').length).to.be.below(5000);
    });
  });

  describe('states', () => {
    it('says so when the plan has no milestones', async () => {
      const el = await mount(
        html`<div lang="nn">
          <planvis-milestone-timeline .plan=${plan([])}></planvis-milestone-timeline>
        </div>`,
      );
      expect(root(el).textContent).to.include('Planen har ingen milepælar.');
    });
  });

  describe('axe', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const view of ['timeline', 'list'] as const) {
        it(`reports no WCAG 2.2 A/AA violations (${view}, ${theme})`, async () => {
          const el = await mount(
            html`<div lang="nn">
              <planvis-milestone-timeline
                src=${HAMMERFEST}
                view=${view}
                theme=${theme}
                group-by="phase"
                weeks
                .now=${NOW}
              >
              </planvis-milestone-timeline>
            </div>`,
          );
          // With the details popover open too.
          options(el)
            .find((o) => o.tabIndex === 0)
            ?.focus();
          await el.updateComplete;
          const violations = await axeViolations(el);
          expect(violations, describeViolations(violations)).to.have.length(0);
        });
      }
    }
  });
});
