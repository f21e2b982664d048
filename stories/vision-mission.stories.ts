import '@planvis/vision-mission/define';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateVisionMatrixPlan } from '../test/fixtures/generate-vision-mission.js';

interface VisionMissionArgs {
  src?: string;
  plan?: unknown;
  node?: string;
  layout: 'auto' | 'matrix' | 'statement' | 'chain';
  view: 'diagram' | 'table';
}

const meta: Meta<VisionMissionArgs> = {
  title: 'Widgets/Vision and mission',
  component: 'planvis-vision-mission',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text', description: 'URL of the plan document' },
    plan: { control: false, description: 'The plan document as an object (property only)' },
    node: { control: 'text', description: 'Id of the node the chain starts from' },
    layout: {
      control: 'inline-radio',
      options: ['auto', 'matrix', 'statement', 'chain'],
      description: 'Which drawing; auto picks what the plan has',
    },
    view: {
      control: 'inline-radio',
      options: ['diagram', 'table'],
      description: 'Matrix as the crossing diagram or as the table',
    },
  },
  args: {
    src: 'examples/randers-boern-og-familie.json',
    layout: 'auto',
    view: 'diagram',
  },
  render: (args, { globals }) =>
    html`<planvis-vision-mission
      theme=${globals.theme ?? 'light'}
      src=${ifDefined(args.plan ? undefined : args.src)}
      .plan=${args.plan ?? nothing}
      node=${ifDefined(args.node || undefined)}
      layout=${args.layout}
      view=${args.view}
    ></planvis-vision-mission>`,
};
export default meta;

type Story = StoryObj<VisionMissionArgs>;

/** Seed 003: Randers — one mission, five citizen-oriented visions (vertical arrows) crossed by five
 * organisation-oriented visions (horizontal arrows), goals and projects at the crossings. */
export const RandersMatrix: Story = {};

/** Seed 003 as its table: the text equivalent that is otherwise visually hidden. */
export const RandersTable: Story = { args: { view: 'table' } };

/** Seed 002: Thisted — "vision – jeres drøm" and "mission – jeres opgave" as a statement block. */
export const ThistedStatement: Story = { args: { src: 'examples/thisted-ungestrategi.json' } };

/** A statement with values: vision and mission first, then the values as a list under the label "Values" (in
 * the UI language). No seed states values, so these are made up and marked as illustrative. */
export const StatementWithValues: Story = {
  args: {
    plan: {
      formatVersion: '1.0',
      id: 'eksempel-verdier',
      title: 'Oppvekstplan (eksempel)',
      owner: { name: 'Eksempel kommune' },
      languages: ['nb'],
      updated: '2026-01-01',
      nodes: [],
      vision: { text: 'Alle barn og unge skal få en trygg og god oppvekst.', illustrative: true },
      mission: { text: 'Vi gir barn, unge og familier rett hjelp til rett tid.', illustrative: true },
      values: [
        { id: 'apenhet', title: 'Åpenhet', text: 'Vi deler det vi vet, og sier fra.', illustrative: true },
        {
          id: 'respekt',
          title: 'Respekt',
          text: 'Vi lytter til barna før vi bestemmer.',
          illustrative: true,
        },
        { id: 'mot', title: 'Mot', text: 'Vi prøver nye måter å jobbe på.', illustrative: true },
      ],
    },
  },
};

/** Seed 004: Uddevalla — vision → cross-sector programmes → strategic plan → scorecards → actions. */
export const UddevallaChain: Story = { args: { src: 'examples/uddevalla-foraeldrastoed.json' } };

/** Seed 000: Sogndal's hierarchy shown as a chain of levels. */
export const SogndalChain: Story = { args: { src: 'examples/sogndal-oppvekst.json', layout: 'chain' } };

/** A generated 8 × 3 matrix (eight horizontal, three vertical visions), some crossings empty. */
export const Generated8x3: Story = {
  args: { plan: generateVisionMatrixPlan({ rows: 8, columns: 3, emptyShare: 0.3 }) },
};

/** Mostly empty crossings, and one crossing with many goals ("Show all"). */
export const EmptyCells: Story = {
  args: { plan: generateVisionMatrixPlan({ rows: 4, columns: 4, goals: 9, emptyShare: 0.8, seed: 5 }) },
};

/** 10,000 goals over a 5 × 5 matrix: the crossings list three titles until expanded. */
export const Generated10000: Story = {
  args: { plan: generateVisionMatrixPlan({ rows: 5, columns: 5, goals: 10_000, emptyShare: 0 }) },
};

/** A plan with neither matrix, hierarchy nor statements: the widget says so. */
export const NothingToShow: Story = {
  args: {
    plan: {
      formatVersion: '1.0',
      id: 'empty',
      title: 'Tom plan',
      owner: { name: 'Kommune' },
      languages: ['nb'],
      updated: '2026-01-01',
      nodes: [],
    },
  },
};

const LOCALES = ['nn', 'nb', 'da', 'sv', 'en'] as const;
const THEMES = [
  { theme: 'light', background: '#ffffff', color: '#1a1c1e' },
  { theme: 'dark', background: '#121416', color: '#e8eaed' },
] as const;

/** The chosen plan in every locale and both themes side by side (the toolbar's language and theme are ignored). */
export const EveryLocaleAndTheme: Story = {
  args: { src: 'examples/thisted-ungestrategi.json' },
  render: (args) =>
    html`<div style="display: grid; gap: 1rem;">
      ${THEMES.map(({ theme, background, color }) =>
        LOCALES.map(
          (lang) =>
            html`<section lang=${lang} style="padding: 1rem; background: ${background}; color: ${color};">
              <p style="margin: 0 0 0.5rem; font-weight: 700;">${lang} · ${theme}</p>
              <planvis-vision-mission
                theme=${theme}
                src=${ifDefined(args.plan ? undefined : args.src)}
                .plan=${args.plan ?? nothing}
                layout=${args.layout}
                view=${args.view}
              ></planvis-vision-mission>
            </section>`,
        ),
      )}
    </div>`,
};
