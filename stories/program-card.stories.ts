import '@planvis/program-card/define';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateProgramCardPlan } from '../test/fixtures/generate-program-card.js';

interface ProgramCardArgs {
  src?: string;
  plan?: unknown;
  node?: string;
  variant?: 'compact' | 'full' | '';
  'heading-level': number;
  filter: string;
  'page-size': number;
}

const SOGNDAL = 'examples/sogndal-oppvekst.json';
const HAMMERFEST = 'examples/hammerfest-sjumilssteget.json';

const card = (args: ProgramCardArgs, theme: string) =>
  html`<planvis-program-card
    theme=${theme}
    src=${ifDefined(args.plan ? undefined : args.src)}
    .plan=${args.plan ?? nothing}
    node=${ifDefined(args.node || undefined)}
    variant=${ifDefined(args.variant || undefined)}
    heading-level=${args['heading-level']}
    filter=${args.filter}
    page-size=${args['page-size']}
  ></planvis-program-card>`;

const meta: Meta<ProgramCardArgs> = {
  title: 'Widgets/Program card',
  component: 'planvis-program-card',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text', description: 'URL of the plan document' },
    plan: { control: false, description: 'The plan document as an object (property only)' },
    node: { control: 'text', description: 'Id of the program, project or focus area; empty for the grid' },
    variant: {
      control: 'inline-radio',
      options: ['', 'full', 'compact'],
      description: 'Empty: full with node, compact in the grid',
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the card title' },
    filter: {
      control: 'select',
      options: ['', 'proposed', 'approved', 'planned', 'in-progress', 'on-hold', 'done', 'cancelled', 'none'],
      description: 'Status filter of the grid (empty: all)',
    },
    'page-size': { control: { type: 'number', min: 1 }, description: 'Cards the grid renders per page' },
  },
  args: {
    src: SOGNDAL,
    node: 'oppvekst',
    variant: '',
    'heading-level': 2,
    filter: '',
    'page-size': 24,
  },
  render: (args, { globals }) => card(args, globals.theme ?? 'light'),
};
export default meta;

type Story = StoryObj<ProgramCardArgs>;

/** Seed 000: Sogndal's focus area «1. OPPVEKST – Best på oppvekst», every field of the RUP Norge status report. */
export const SogndalFocusArea: Story = {};

/** Programme 1 of Sogndal's focus area: goals with indicators, shared milestones. */
export const SogndalAlleBarn: Story = { args: { node: 'program-alle-barn' } };

/** Programme 2: all youth. */
export const SogndalAllUngdom: Story = { args: { node: 'program-all-ungdom' } };

/** Programme 3: children and young people at risk (an indicator where lower is better). */
export const SogndalUtsette: Story = { args: { node: 'program-utsette-barn-og-unge' } };

/** Programme 4: parents. */
export const SogndalForesette: Story = { args: { node: 'program-foresette' } };

/** Seed 001: Hammerfest's Sjumilssteget — mandate, main and work goals per phase, organisation, milestone plan. */
export const HammerfestProject: Story = { args: { src: HAMMERFEST, node: 'sjumilssteget' } };

/** Without `node`: every programme of the plan as compact cards with a status filter; choosing one fires planvis-select. */
export const CompactGrid: Story = { args: { node: '' } };

/** One card in the compact variant. */
export const CompactCard: Story = { args: { node: 'program-alle-barn', variant: 'compact' } };

/** The card inside a page whose outline is at level 3: the title is an h4, sections h5 and h6. */
export const HeadingLevel4: Story = {
  args: { 'heading-level': 4 },
  render: (args, { globals }) =>
    html`<h3 style="margin:0 0 0.5rem">Satsingsområde på sida</h3>
      ${card(args, globals.theme ?? 'light')}`,
};

/** Slots: buttons in the header (`actions`) and a note after the card (`footer`). */
export const WithSlots: Story = {
  args: { node: 'program-alle-barn' },
  render: (args, { globals }) =>
    html`<planvis-program-card
      theme=${globals.theme ?? 'light'}
      src=${ifDefined(args.src)}
      node=${ifDefined(args.node || undefined)}
    >
      <a slot="actions" href="#edit">Rediger</a>
      <p slot="footer">Sist oppdatert av redaksjonen.</p>
    </planvis-program-card>`,
};

/** The same card in all five languages (nn, nb, da, sv, en): labels, dates, numbers and currency through Intl. */
export const EveryLocale: Story = {
  args: { node: 'program-alle-barn' },
  render: (args, { globals }) =>
    html`${['nn', 'nb', 'da', 'sv', 'en'].map(
      (lang) =>
        html`<div lang=${lang} style="margin-block-end: 2rem">${card(args, globals.theme ?? 'light')}</div>`,
    )}`,
};

/** Light and dark next to each other (forced colours: use the OS or DevTools "Emulate CSS forced-colors"). */
export const EveryTheme: Story = {
  args: { node: 'program-all-ungdom' },
  render: (args) =>
    html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr))">
      <div style="background:#fff;padding:1rem">${card(args, 'light')}</div>
      <div style="background:#121416;padding:1rem">${card(args, 'dark')}</div>
    </div>`,
};

/** A programme with every optional field missing: only what the document has is shown, nothing empty. */
export const AllOptionalFieldsMissing: Story = {
  args: {
    node: 'bare',
    plan: {
      formatVersion: '1.0',
      id: 'bare',
      title: 'Ein plan',
      owner: { name: 'Kommunen' },
      languages: ['nn'],
      updated: '2026-01-01',
      nodes: [{ id: 'bare', type: 'program', title: 'Eit program utan anna enn tittel' }],
    },
  },
};

/** `node` names a node the plan does not have: the base element shows the error (role=alert). */
export const InvalidNode: Story = { args: { node: 'finst-ikkje' } };

/** A generated plan with 10,000 nodes (about 2,500 programmes and projects): the grid renders a page at a time. */
export const Generated10000: Story = {
  args: { node: '', plan: generateProgramCardPlan(10_000) },
};
