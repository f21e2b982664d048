import '@planvis/swot-grid/define';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateSwotPlan } from '../test/fixtures/generate-swot-grid.js';

interface SwotGridArgs {
  src?: string;
  plan?: unknown;
  node?: string;
  analysis?: string;
  view: 'grid' | 'tows';
  'no-counts': boolean;
  'heading-level': number;
}

const THISTED = 'examples/thisted-ungestrategi.json';
const SOGNDAL = 'examples/sogndal-oppvekst.json';

const meta: Meta<SwotGridArgs> = {
  title: 'Widgets/SWOT grid',
  component: 'planvis-swot-grid',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text', description: 'URL of the plan document' },
    plan: { control: false, description: 'The plan document as an object (property only)' },
    node: { control: 'text', description: 'Id of the node whose SWOT to show (e.g. a programme)' },
    analysis: { control: 'text', description: 'Id of the SWOT analysis to show (wins over node)' },
    view: {
      control: 'inline-radio',
      options: ['grid', 'tows'],
      description: 'The 2×2, or the strategies in the TOWS crossings',
    },
    'no-counts': { control: 'boolean', description: 'Hide the item counts' },
    'heading-level': {
      control: { type: 'number', min: 1, max: 6 },
      description: 'Level of the quadrant headings',
    },
  },
  args: {
    src: THISTED,
    view: 'grid',
    'no-counts': false,
    'heading-level': 2,
  },
  render: (args, { globals }) =>
    html`<planvis-swot-grid
      theme=${globals.theme ?? 'light'}
      src=${ifDefined(args.plan ? undefined : args.src)}
      .plan=${args.plan ?? nothing}
      node=${ifDefined(args.node || undefined)}
      analysis=${ifDefined(args.analysis || undefined)}
      view=${args.view}
      ?no-counts=${args['no-counts']}
      heading-level=${args['heading-level']}
    ></planvis-swot-grid>`,
};
export default meta;

type Story = StoryObj<SwotGridArgs>;

/** Seed 002: Thisted's SWOT of the youth effort (choose Dansk in the toolbar for the document's language). */
export const Thisted: Story = {
  globals: { locale: 'da' },
};

/** Seed 002 as TOWS: Thisted's four strategies in the crossings of the SWOT items they build on. */
export const ThistedTows: Story = {
  args: { view: 'tows' },
  globals: { locale: 'da' },
};

/** Seed 000: the (illustrative) SWOT of one of Sogndal's programmes, picked with `node`. */
export const SogndalProgramme: Story = {
  args: { src: SOGNDAL, node: 'program-all-ungdom' },
};

/** Seed 000: a SWOT picked by its id with `analysis`. */
export const SogndalByAnalysisId: Story = {
  args: { src: SOGNDAL, analysis: 'swot-foresette' },
};

/** TOWS without strategies that refer to SWOT items: the widget says so instead of drawing empty boxes. */
export const TowsWithoutStrategies: Story = {
  args: { src: SOGNDAL, view: 'tows' },
};

/** An empty quadrant (no threats): its heading stays, with 0 and "Nothing listed". */
export const EmptyQuadrant: Story = {
  args: { plan: generateSwotPlan(7) },
};

/** Headings at level 3 and no counts. */
export const HeadingLevelNoCounts: Story = {
  args: { 'heading-level': 3, 'no-counts': true },
};

/** A plan without SWOT. */
export const NoSwot: Story = {
  args: { src: 'examples/hammerfest-sjumilssteget.json' },
};

/** A generated SWOT with 10,000 items: 100 per quadrant at first, "Show 100 more" for the rest. */
export const Generated10000: Story = {
  args: { plan: generateSwotPlan(10_000) },
};

/** Every locale side by side, on Thisted's SWOT (the content stays Danish, marked with lang="da"). */
export const EveryLocale: Story = {
  render: (args, { globals }) =>
    html`${['nn', 'nb', 'da', 'sv', 'en'].map(
      (lang) =>
        html`<section lang=${lang} style="margin-block-end: 2rem">
          <planvis-swot-grid
            theme=${globals.theme ?? 'light'}
            src=${ifDefined(args.src)}
            view=${args.view}
          ></planvis-swot-grid>
        </section>`,
    )}`,
};

/** Light and dark side by side (the toolbar theme sets the page; these set the widget). */
export const EveryTheme: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 1rem">
      <div style="background: #ffffff; padding: 1rem">
        <planvis-swot-grid theme="light" src=${ifDefined(args.src)} view=${args.view}></planvis-swot-grid>
      </div>
      <div style="background: #121416; padding: 1rem">
        <planvis-swot-grid theme="dark" src=${ifDefined(args.src)} view=${args.view}></planvis-swot-grid>
      </div>
    </div>`,
};

/** Narrow (320 px): the quadrants stack in reading order S, W, O, T. */
export const Narrow: Story = {
  render: (args, { globals }) =>
    html`<div style="inline-size: 320px; border: 1px dashed #8a929c">
      <planvis-swot-grid theme=${globals.theme ?? 'light'} src=${ifDefined(args.src)}></planvis-swot-grid>
    </div>`,
};
