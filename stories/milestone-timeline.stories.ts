import '@planvis/milestone-timeline/define';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateMilestonePlan } from '../test/fixtures/generate-milestone-timeline.js';

interface MilestoneTimelineArgs {
  src?: string;
  plan?: unknown;
  node?: string;
  view: 'auto' | 'timeline' | 'list';
  group: 'month' | 'quarter';
  'group-by': 'none' | 'phase' | 'responsible' | 'node';
  from?: string;
  to?: string;
  weeks: boolean;
  now?: string;
  selected?: string;
  'list-below': number;
  'max-rows': number;
  'heading-level': number;
}

const HAMMERFEST = 'examples/hammerfest-sjumilssteget.json';
const RANDERS = 'examples/randers-boern-og-familie.json';

const meta: Meta<MilestoneTimelineArgs> = {
  title: 'Widgets/Milestone timeline',
  component: 'planvis-milestone-timeline',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text', description: 'URL of the plan document' },
    plan: { control: false, description: 'The plan document as an object (property only)' },
    node: { control: 'text', description: 'Only milestones of this node and the nodes under it' },
    view: { control: 'inline-radio', options: ['auto', 'timeline', 'list'] },
    group: { control: 'inline-radio', options: ['month', 'quarter'], description: 'List view grouping' },
    'group-by': { control: 'inline-radio', options: ['none', 'phase', 'responsible', 'node'] },
    from: { control: 'text', description: 'First day shown (plan date)' },
    to: { control: 'text', description: 'Last day shown (plan date)' },
    weeks: { control: 'boolean', description: 'ISO week numbers under the axis' },
    now: { control: 'text', description: '"Today" (ISO date), for the today line and overdue' },
    selected: { control: 'text', description: 'Id of the selected milestone' },
    'list-below': {
      control: { type: 'number', min: 0, step: 20 },
      description: 'auto: list below this width',
    },
    'max-rows': {
      control: { type: 'number', min: 1, max: 20 },
      description: 'Rows per lane before count bubbles',
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6 }, description: 'Level of list headings' },
  },
  args: {
    src: HAMMERFEST,
    view: 'auto',
    group: 'month',
    'group-by': 'none',
    weeks: false,
    'list-below': 600,
    'max-rows': 20,
    'heading-level': 3,
  },
  render: (args, { globals }) =>
    html`<planvis-milestone-timeline
      theme=${globals.theme ?? 'light'}
      src=${ifDefined(args.plan ? undefined : args.src)}
      .plan=${args.plan ?? nothing}
      node=${ifDefined(args.node || undefined)}
      view=${args.view}
      group=${args.group}
      group-by=${args['group-by']}
      from=${ifDefined(args.from || undefined)}
      to=${ifDefined(args.to || undefined)}
      ?weeks=${args.weeks}
      now=${ifDefined(args.now || undefined)}
      selected=${ifDefined(args.selected || undefined)}
      list-below=${args['list-below']}
      max-rows=${args['max-rows']}
      heading-level=${args['heading-level']}
    ></planvis-milestone-timeline>`,
};
export default meta;

type Story = StoryObj<MilestoneTimelineArgs>;

/** Seed 001: Hammerfest's "Sjumilssteget" — the progress plan (month precision) and the milestone plan (dates), both phases. */
export const Hammerfest: Story = { args: { view: 'timeline', now: '2014-04-10' } };

/** Hammerfest in lanes by phase: phase 1 "Kartlegging og analyse", phase 2 "Arbeid med innsatsområdene". */
export const HammerfestByPhase: Story = {
  args: { view: 'timeline', 'group-by': 'phase', now: '2014-04-10' },
};

/** Hammerfest in lanes by responsible role (Koordinator, Rådmann, Prosjektgruppe…). */
export const HammerfestByResponsible: Story = { args: { view: 'timeline', 'group-by': 'responsible' } };

/** Hammerfest with ISO week numbers (Monday-first), zoomed to the first quarter of 2014. */
export const HammerfestWeeks: Story = {
  args: { view: 'timeline', weeks: true, from: '2014-01', to: '2014-03' },
};

/** The list view: the text equivalent of the chart, grouped by month. */
export const HammerfestList: Story = { args: { view: 'list' } };

/** The list view grouped by quarter. */
export const HammerfestListByQuarter: Story = { args: { view: 'list', group: 'quarter' } };

/** Narrow: `view="auto"` shows the list (always at 320 px). */
export const HammerfestNarrow: Story = {
  decorators: [(story) => html`<div style="inline-size: 320px">${story()}</div>`],
};

/** Seed 003: Randers' follow-up time plan (April 2016 – May 2017, month precision). With "today" in October 2016, what has passed without being marked done is flagged overdue. */
export const Randers: Story = { args: { src: RANDERS, view: 'timeline', now: '2016-10-15' } };

/** Randers' time plan as a list by quarter. */
export const RandersList: Story = {
  args: { src: RANDERS, view: 'list', group: 'quarter', now: '2016-10-15' },
};

/** Every UI language and both themes at once (the toolbar's locale and theme apply to the other stories). */
export const EveryLocaleAndTheme: Story = {
  render: (args) =>
    html`${['nn', 'nb', 'da', 'sv', 'en'].flatMap((lang) =>
      (['light', 'dark'] as const).map(
        (theme) =>
          html`<section
            lang=${lang}
            style="padding: 1rem; margin-block-end: 1rem; background: ${theme === 'dark' ? '#121416' : '#fff'}"
          >
            <planvis-milestone-timeline
              theme=${theme}
              src=${args.src ?? HAMMERFEST}
              view="timeline"
              group-by="phase"
              now="2014-04-10"
            ></planvis-milestone-timeline>
          </section>`,
      ),
    )}`,
};

/** A generated plan with 10,000 milestones over ten years: dense regions become count bubbles; zoom in (Ctrl + wheel, the buttons, or + and −) to see them one by one. */
export const Generated10000: Story = {
  args: { plan: generateMilestonePlan(), view: 'timeline', now: '2024-06-15' },
};

/** The generated plan in lanes by phase, with weeks. */
export const Generated10000ByPhase: Story = {
  args: {
    plan: generateMilestonePlan(),
    view: 'timeline',
    'group-by': 'phase',
    weeks: true,
    now: '2024-06-15',
  },
};

/** A plan without milestones. */
export const Empty: Story = { args: { src: 'examples/thisted-ungestrategi.json' } };

/** An invalid plan: the base element shows the error (role=alert) with JSON paths. */
export const InvalidPlan: Story = {
  args: { plan: { formatVersion: '1.0', id: 'bad', title: 'Bad', nodes: [], milestones: 'none' } },
};
