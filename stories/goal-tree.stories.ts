import '@planvis/goal-tree/define';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateGoalTreePlan } from '../test/fixtures/generate-goal-tree.js';
import { holdRequest } from './support/hold-request.js';

interface GoalTreeArgs {
  src?: string;
  plan?: unknown;
  node?: string;
  'expand-depth': number;
  layout: 'auto' | 'diagram' | 'outline';
  orientation: 'horizontal' | 'vertical';
  filter: string;
  'no-filter': boolean;
  selected?: string;
  'link-hash': boolean;
}

const meta: Meta<GoalTreeArgs> = {
  title: 'Widgets/Goal tree',
  component: 'planvis-goal-tree',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text', description: 'URL of the plan document' },
    plan: { control: false, description: 'The plan document as an object (property only)' },
    node: { control: 'text', description: 'Id of the node to root the tree at' },
    'expand-depth': { control: { type: 'number', min: 0, max: 10 }, description: 'Levels expanded at first' },
    layout: { control: 'inline-radio', options: ['auto', 'diagram', 'outline'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    filter: { control: 'text', description: 'Filter text: matches and their ancestors stay' },
    'no-filter': { control: 'boolean', description: 'Hide the filter box' },
    selected: { control: 'text', description: 'Id of the selected node' },
    'link-hash': { control: 'boolean', description: 'Selection follows #node-id in the URL' },
  },
  args: {
    src: 'examples/sogndal-oppvekst.json',
    'expand-depth': 2,
    layout: 'auto',
    orientation: 'horizontal',
    filter: '',
    'no-filter': false,
    'link-hash': false,
  },
  render: (args, { globals }) =>
    html`<planvis-goal-tree
      theme=${globals.theme ?? 'light'}
      src=${ifDefined(args.plan ? undefined : args.src)}
      .plan=${args.plan ?? nothing}
      node=${ifDefined(args.node || undefined)}
      expand-depth=${args['expand-depth']}
      layout=${args.layout}
      orientation=${args.orientation}
      filter=${args.filter}
      ?no-filter=${args['no-filter']}
      selected=${ifDefined(args.selected || undefined)}
      ?link-hash=${args['link-hash']}
    ></planvis-goal-tree>`,
};
export default meta;

type Story = StoryObj<GoalTreeArgs>;

/** Seed 000: Sogndal's focus area "Best på oppvekst" → 6 strategies and 4 target-group programmes. */
export const Sogndal: Story = {};

/** The same plan as an indented, collapsible outline (what `auto` shows when the widget is narrow). */
export const SogndalOutline: Story = { args: { layout: 'outline' } };

/** The diagram top-down. */
export const SogndalVertical: Story = { args: { layout: 'diagram', orientation: 'vertical' } };

/** A filter: matching nodes and their ancestors stay, the matches are marked. */
export const SogndalFiltered: Story = { args: { filter: 'ungdom', layout: 'outline' } };

/** Rooted at one programme, with a node selected. */
export const SogndalSubtree: Story = {
  args: { node: 'program-all-ungdom', selected: 'mal-all-ungdom-trivsel', 'expand-depth': 3 },
};

/** Seed 003: Randers — mission → visions → department goals. */
export const Randers: Story = { args: { src: 'examples/randers-boern-og-familie.json' } };

/** Seed 003 as an outline. */
export const RandersOutline: Story = {
  args: { src: 'examples/randers-boern-og-familie.json', layout: 'outline' },
};

/** Seed 004: Uddevalla — vision → programmes → plan → scorecards → actions (two roots). */
export const Uddevalla: Story = {
  args: { src: 'examples/uddevalla-foraeldrastoed.json', 'expand-depth': 6 },
};

/** Seed 004 as an outline. */
export const UddevallaOutline: Story = {
  args: { src: 'examples/uddevalla-foraeldrastoed.json', 'expand-depth': 6, layout: 'outline' },
};

/** Seed 001: Hammerfest's Sjumilssteget, with a custom node type and its own type label. */
export const Hammerfest: Story = {
  args: { src: 'examples/hammerfest-sjumilssteget.json', 'expand-depth': 3 },
};

/** Seed 001 as an outline: project → main goal → work goals per phase → the actions of phase 2. */
export const HammerfestOutline: Story = {
  args: { src: 'examples/hammerfest-sjumilssteget.json', 'expand-depth': 3, layout: 'outline' },
};

/** Seed 002: Thisted's youth strategy. */
export const Thisted: Story = { args: { src: 'examples/thisted-ungestrategi.json' } };

/** Seed 002 as an outline: the plan, its focus areas (beside custom `x-holdepunkt` nodes), their goals and strategies. */
export const ThistedOutline: Story = {
  args: { src: 'examples/thisted-ungestrategi.json', layout: 'outline' },
};

/** A generated plan with 10,000 nodes (focus area → goal → sub-goal → programme → action). */
export const Generated10000: Story = {
  args: { plan: generateGoalTreePlan(10_000), 'expand-depth': 1 },
};

/** An invalid plan: the base element shows the error (role=alert) with JSON paths. */
export const InvalidPlan: Story = {
  args: { plan: { formatVersion: '9.0', id: 'bad id', title: '', nodes: 'none' } },
};

/** Loading: the plan's URL does not answer while the story is shown, so the loading state (role=status) stays. */
export const Loading: Story = {
  args: { src: 'examples/still-loading.json' },
  render: (args, context) => {
    holdRequest('/examples/still-loading.json');
    return meta.render!(args, context);
  },
};

/** Every UI language in both themes at once (the toolbar's language and theme apply to the other stories). */
export const EveryLocaleAndTheme: Story = {
  args: { layout: 'outline', 'expand-depth': 1 },
  render: (args) =>
    html`${['nn', 'nb', 'da', 'sv', 'en'].flatMap((lang) =>
      (['light', 'dark'] as const).map(
        (theme) =>
          html`<section
            lang=${lang}
            style="padding: 1rem; margin-block-end: 1rem; background: ${theme === 'dark' ? '#121416' : '#fff'}"
          >
            <planvis-goal-tree
              theme=${theme}
              src=${args.src ?? 'examples/sogndal-oppvekst.json'}
              layout=${args.layout}
              expand-depth=${args['expand-depth']}
            ></planvis-goal-tree>
          </section>`,
      ),
    )}`,
};
