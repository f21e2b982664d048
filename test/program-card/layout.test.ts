// Pure functions of the program card: section text, economy table, indicators, milestones, card model, grid.
import { expect } from '@open-wc/testing';
import {
  SECTION_KEYS,
  indexPlan,
  readPlan,
  type Indicator,
  type PlanIndex,
  type PlanNode,
} from '@planvis/core';
import { sectionText } from '../../packages/program-card/src/section-text.js';
import { economyTable } from '../../packages/program-card/src/economy-table.js';
import { indicatorSummary } from '../../packages/program-card/src/indicator-summary.js';
import { milestoneSummary, milestoneEntry } from '../../packages/program-card/src/milestone-summary.js';
import {
  SECTION_ORDER,
  anchoringPath,
  cardModel,
  sectionEntries,
} from '../../packages/program-card/src/card-model.js';
import en from '../../packages/program-card/src/locales/en.json' with { type: 'json' };
import nn from '../../packages/program-card/src/locales/nn.json' with { type: 'json' };
import nb from '../../packages/program-card/src/locales/nb.json' with { type: 'json' };
import da from '../../packages/program-card/src/locales/da.json' with { type: 'json' };
import sv from '../../packages/program-card/src/locales/sv.json' with { type: 'json' };
import {
  filterItems,
  gridItems,
  parseStatusFilter,
  statusOptions,
} from '../../packages/program-card/src/grid-items.js';

// Fetched, not imported as JSON modules: a module import makes the dev server cache the file as JavaScript,
// which the element tests' `src` loads would then get.
async function load(file: string): Promise<PlanIndex> {
  const response = await fetch(`/docs/examples/${file}`);
  const { plan } = readPlan(await response.json());
  if (!plan) throw new Error(`${file} did not read`);
  return indexPlan(plan);
}

const node = (index: PlanIndex, id: string): PlanNode => {
  const found = index.nodesById.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe('program-card: sectionText', () => {
  it('keeps a short text whole, split at blank lines', () => {
    expect(sectionText('Første avsnitt.\n\nAndre avsnitt,\nmed linjeskift.')).to.deep.equal({
      lead: ['Første avsnitt.', 'Andre avsnitt,\nmed linjeskift.'],
      rest: [],
    });
  });

  it('collapses a long text after a lead, losing no paragraph', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Avsnitt ${i} ${'x'.repeat(150)}`);
    const { lead, rest } = sectionText(paragraphs.join('\n\n'));
    expect(lead.length).to.be.greaterThan(0);
    expect(rest.length).to.be.greaterThan(0);
    expect([...lead, ...rest]).to.deep.equal(paragraphs);
    expect(lead.join('').length).to.be.lessThan(600);
  });

  it('never cuts a single long paragraph', () => {
    const long = 'ord '.repeat(400).trim();
    expect(sectionText(long)).to.deep.equal({ lead: [long], rest: [] });
  });

  it('drops empty paragraphs and normalises CRLF', () => {
    expect(sectionText('a\r\n\r\n\r\n\r\nb\r\n')).to.deep.equal({ lead: ['a', 'b'], rest: [] });
  });
});

describe('program-card: economyTable', () => {
  it('builds Sogndal’s budget, financing by source and accounts per year with totals', async () => {
    const index = await load('sogndal-oppvekst.json');
    const table = economyTable(node(index, 'oppvekst').economy)!;
    expect(table.currency).to.equal('NOK');
    expect(table.years).to.deep.equal([2026, 2027]);
    expect(table.groups.map((g) => g.kind)).to.deep.equal(['budget', 'financing', 'accounts']);
    const [budget, financing, accounts] = table.groups;
    expect(budget!.rows.map((r) => r.amounts)).to.deep.equal([
      [1_200_000, undefined],
      [undefined, 1_500_000],
    ]);
    expect(budget!.subtotal).to.deep.equal({ amounts: [1_200_000, 1_500_000], total: 2_700_000 });
    expect(financing!.rows.map((r) => [r.source, r.label, r.amounts, r.total])).to.deep.equal([
      ['Sogndal kommune', 'Kommunale midlar', [800_000, 1_100_000], 1_900_000],
      ['Statsforvaltaren i Vestland', 'Tilskot', [400_000, 400_000], 800_000],
    ]);
    expect(financing!.subtotal.total).to.equal(2_700_000);
    expect(accounts!.rows).to.have.length(1);
    expect(accounts!.subtotal).to.deep.equal({ amounts: [1_135_000, undefined], total: 1_135_000 });
  });

  it('adds up lines with the same kind, year, label and source, and sorts years', () => {
    const table = economyTable({
      currency: 'SEK',
      lines: [
        { kind: 'accounts', year: 2025, amount: 10 },
        { kind: 'accounts', year: 2024, amount: 5 },
        { kind: 'accounts', year: 2025, amount: 7 },
      ],
    })!;
    expect(table.years).to.deep.equal([2024, 2025]);
    expect(table.groups).to.have.length(1);
    expect(table.groups[0]!.rows[0]!.amounts).to.deep.equal([5, 17]);
    expect(table.groups[0]!.subtotal.total).to.equal(22);
  });

  it('has no table without lines', () => {
    expect(economyTable(undefined)).to.equal(undefined);
    expect(economyTable({ currency: 'NOK', lines: [] })).to.equal(undefined);
  });
});

describe('program-card: indicatorSummary', () => {
  const base: Indicator = { id: 'i', node: 'n', title: 'T' };

  it('measures the way from baseline to target for an increase', () => {
    const s = indicatorSummary({
      ...base,
      baseline: { value: 68 },
      target: { value: 80 },
      values: [
        { date: '2025', value: 74 },
        { date: '2023', value: 71 },
      ],
    });
    expect(s.latest?.value).to.equal(74);
    expect(s.achievement).to.equal(50);
  });

  it('works for a decrease (45 → 21 days, 29 measured ≈ 67 %)', () => {
    const s = indicatorSummary({
      ...base,
      direction: 'decrease',
      baseline: { value: 45 },
      target: { value: 21 },
      values: [{ date: '2025', value: 29 }],
    });
    expect(s.achievement).to.be.closeTo(66.67, 0.01);
  });

  it('clamps to 0–100 and is null without what it needs', () => {
    expect(
      indicatorSummary({
        ...base,
        baseline: { value: 0 },
        target: { value: 10 },
        values: [{ date: '2024', value: 30 }],
      }).achievement,
    ).to.equal(100);
    expect(
      indicatorSummary({
        ...base,
        baseline: { value: 10 },
        target: { value: 20 },
        values: [{ date: '2024', value: 2 }],
      }).achievement,
    ).to.equal(0);
    expect(
      indicatorSummary({ ...base, target: { value: 10 }, values: [{ date: '2024', value: 3 }] }).achievement,
    ).to.be.null;
    expect(indicatorSummary({ ...base, baseline: { value: 1 }, target: { value: 10 } }).achievement).to.be
      .null;
    expect(
      indicatorSummary({
        ...base,
        baseline: { value: 5 },
        target: { value: 5 },
        values: [{ date: '2024', value: 5 }],
      }).achievement,
    ).to.be.null;
  });
});

describe('program-card: milestoneSummary', () => {
  it('collects the milestones of the node and everything below it, in date order', async () => {
    const index = await load('sogndal-oppvekst.json');
    const summary = milestoneSummary(index, 'oppvekst', new Date(2026, 10, 23));
    expect(summary.entries.map((e) => e.milestone.id)).to.deep.equal([
      'ms-programstyre',
      'ms-gap-swot',
      'ms-forste-rapport',
    ]);
    expect(summary.done).to.equal(1);
    expect(summary.total).to.equal(3);
    expect(summary.next?.milestone.id).to.equal('ms-gap-swot');
    expect(summary.next?.overdue).to.equal(false);
  });

  it('a program sees only its own (shared) milestones', async () => {
    const index = await load('sogndal-oppvekst.json');
    const summary = milestoneSummary(index, 'program-alle-barn', new Date(2027, 0, 10));
    expect(summary.entries.map((e) => e.milestone.id)).to.deep.equal(['ms-programstyre', 'ms-gap-swot']);
    expect(summary.next?.overdue, 'planned end 2026-12 has passed').to.equal(true);
  });

  it('gives Hammerfest’s project its milestone plan through the work goals', async () => {
    const index = await load('hammerfest-sjumilssteget.json');
    const summary = milestoneSummary(index, 'sjumilssteget', new Date(2014, 5, 1));
    expect(summary.entries.length).to.equal(index.milestonesById.size);
    expect(summary.done).to.be.greaterThan(10);
    expect(summary.next?.milestone.id).to.equal('fremdrift-fase-2');
  });

  it('derives a status and never marks done or cancelled as overdue', () => {
    const now = new Date(2030, 0, 1);
    expect(milestoneEntry({ id: 'a', title: 'A', actual: { end: '2020' } }, now).status).to.equal('done');
    const late = milestoneEntry({ id: 'b', title: 'B', planned: { end: '2020-05' } }, now);
    expect([late.status, late.overdue, late.date]).to.deep.equal(['planned', true, '2020-05']);
    expect(
      milestoneEntry({ id: 'c', title: 'C', planned: { end: '2020' }, status: 'cancelled' }, now).overdue,
    ).to.equal(false);
    expect(milestoneEntry({ id: 'd', title: 'D', planned: { end: '2029-12-31' } }, now).overdue).to.equal(
      true,
    );
    expect(milestoneEntry({ id: 'e', title: 'E', planned: { end: '2030-01-01' } }, now).overdue).to.equal(
      false,
    );
  });
});

describe('program-card: card model', () => {
  it('places every section key of the format and labels it in all five languages', () => {
    expect([...SECTION_ORDER].sort()).to.deep.equal([...SECTION_KEYS].sort());
    for (const [lang, strings] of Object.entries({ en, nn, nb, da, sv })) {
      for (const key of SECTION_KEYS) {
        const label = (strings.section as Record<string, string>)[key];
        expect(label, `${lang}: section.${key}`).to.be.a('string').and.not.equal('');
      }
    }
    expect(nn.section.background).to.equal('Bakgrunn og utfordringar');
    expect(nn.section.workPlan).to.equal('Arbeidsplan og milepælar');
    expect(nn.section.expectedEffect).to.match(/^Forventa effekt/);
    expect(nn.section.progress).to.match(/^Framdrift/);
  });

  it('anchors Sogndal’s focus area with its own anchoring texts', async () => {
    const index = await load('sogndal-oppvekst.json');
    expect(anchoringPath(index, node(index, 'oppvekst'))).to.deep.equal([
      { text: 'LAB: Utfordrarbygda' },
      { text: '1. OPPVEKST' },
    ]);
  });

  it('anchors a program below the focus area without repeating it', async () => {
    const index = await load('sogndal-oppvekst.json');
    expect(anchoringPath(index, node(index, 'program-alle-barn'))).to.deep.equal([
      { text: 'LAB: Utfordrarbygda' },
      { text: '1. OPPVEKST', nodeId: 'oppvekst' },
    ]);
    expect(anchoringPath(index, node(index, 'mal-alle-barn-fritid')).map((s) => s.nodeId)).to.deep.equal([
      undefined,
      'oppvekst',
      'program-alle-barn',
    ]);
  });

  it('anchors by the ancestors alone when nothing has anchoring texts', async () => {
    const index = await load('hammerfest-sjumilssteget.json');
    expect(anchoringPath(index, node(index, 'arbeidsmal-fase-1'))).to.deep.equal([
      { text: 'Sjumilssteget', nodeId: 'sjumilssteget' },
      { text: 'Sikre at Hammerfest kommune arbeider i samsvar med Barnekonvensjonen', nodeId: 'hovedmal' },
    ]);
    expect(anchoringPath(index, node(index, 'sjumilssteget'))).to.deep.equal([]);
  });

  it('splits Sogndal’s children into 6 strategies (goals) and 4 programs (sub-processes)', async () => {
    const index = await load('sogndal-oppvekst.json');
    const model = cardModel(index, 'oppvekst', new Date(2026, 10, 23))!;
    expect(model.goals.map((g) => g.node.id)).to.deep.equal([1, 2, 3, 4, 5, 6].map((n) => `strategi-${n}`));
    expect(model.subProcesses.map((n) => n.type)).to.deep.equal(['program', 'program', 'program', 'program']);
    expect(model.sections.map((s) => [s.key, s.group])).to.deep.equal([
      ['background', 'intro'],
      ['strategy', 'intro'],
    ]);
    expect(model.economy?.groups).to.have.length(3);
    expect(model.responsibility[0]!.responsibility.organisation).to.equal('Sogndal kommune');
  });

  it('gives a program its goals with indicators', async () => {
    const index = await load('sogndal-oppvekst.json');
    const model = cardModel(index, 'program-alle-barn', new Date(2026, 10, 23))!;
    expect(model.goals.map((g) => g.node.id)).to.deep.equal([
      'mal-alle-barn-fritid',
      'mal-alle-barn-overgang',
    ]);
    expect(model.goals[0]!.indicators.map((i) => i.indicator.id)).to.deep.equal(['ind-fritidsaktivitet']);
    expect(model.progress).to.deep.equal({ value: 70, derived: true });
  });

  it('gives Hammerfest’s project its main goal, work goals per phase and their actions', async () => {
    const index = await load('hammerfest-sjumilssteget.json');
    const model = cardModel(index, 'sjumilssteget', new Date(2014, 5, 1))!;
    expect(model.goals.map((g) => g.node.id)).to.deep.equal(['hovedmal']);
    const work = model.goals[0]!.goals;
    expect(work.map((g) => [g.node.id, g.phase?.id])).to.deep.equal([
      ['arbeidsmal-fase-1', 'fase-1'],
      ['arbeidsmal-fase-2', 'fase-2'],
    ]);
    expect(work[1]!.others).to.have.length(13);
    expect(work[0]!.sections.map((s) => s.key)).to.deep.equal(['results', 'progress']);
    expect(model.responsibility[0]!.people.map((p) => p.name)).to.deep.equal(['Grethe Nissen']);
    expect(sectionEntries(model.node).map((s) => s.key)).to.deep.equal([
      'mandate',
      'coordination',
      'successFactors',
    ]);
  });

  it('has no model for an unknown node', async () => {
    const index = await load('sogndal-oppvekst.json');
    expect(cardModel(index, 'finst-ikkje', new Date())).to.equal(undefined);
  });
});

describe('program-card: grid items', () => {
  it('lists every program and project in tree order', async () => {
    const sogndal = await load('sogndal-oppvekst.json');
    expect(gridItems(sogndal).kind).to.equal('programs');
    expect(gridItems(sogndal).items.map((n) => n.id)).to.deep.equal([
      'program-alle-barn',
      'program-all-ungdom',
      'program-utsette-barn-og-unge',
      'program-foresette',
    ]);
    const hammerfest = await load('hammerfest-sjumilssteget.json');
    expect(gridItems(hammerfest).items.map((n) => n.id)).to.deep.equal(['sjumilssteget']);
  });

  it('falls back to focus areas, then to the roots, when the plan has no program or project', () => {
    const plan = (nodes: unknown[]) =>
      indexPlan(
        readPlan({
          formatVersion: '1.0',
          id: 'p',
          title: 'P',
          owner: { name: 'O' },
          languages: ['nn'],
          updated: '2024',
          nodes,
        }).plan!,
      );
    const withFocusAreas = plan([
      { id: 'root', type: 'plan', title: 'Plan' },
      { id: 'f1', type: 'focus-area', parent: 'root', title: 'F1' },
      { id: 'g1', type: 'goal', parent: 'f1', title: 'G1' },
      { id: 'f2', type: 'focus-area', parent: 'root', title: 'F2' },
    ]);
    expect(gridItems(withFocusAreas)).to.deep.include({ kind: 'focus-areas' });
    expect(gridItems(withFocusAreas).items.map((n) => n.id)).to.deep.equal(['f1', 'f2']);
    const goalsOnly = plan([
      { id: 'a', type: 'goal', title: 'A' },
      { id: 'b', type: 'goal', parent: 'a', title: 'B' },
      { id: 'c', type: 'vision', title: 'C' },
    ]);
    expect(gridItems(goalsOnly).kind).to.equal('roots');
    expect(gridItems(goalsOnly).items.map((n) => n.id)).to.deep.equal(['a', 'c']);
    expect(gridItems(plan([]))).to.deep.equal({ kind: 'roots', items: [] });
  });

  it('offers the statuses present, with counts, and filters by them', () => {
    const items = [
      { id: 'a', type: 'program', title: 'A', status: 'done' },
      { id: 'b', type: 'program', title: 'B', status: 'proposed' },
      { id: 'c', type: 'project', title: 'C' },
      { id: 'd', type: 'project', title: 'D', status: 'done' },
    ] as PlanNode[];
    expect(statusOptions(items)).to.deep.equal([
      { value: '', count: 4 },
      { value: 'proposed', count: 1 },
      { value: 'done', count: 2 },
      { value: 'none', count: 1 },
    ]);
    expect(filterItems(items, 'done').map((n) => n.id)).to.deep.equal(['a', 'd']);
    expect(filterItems(items, 'none').map((n) => n.id)).to.deep.equal(['c']);
    expect(filterItems(items, '')).to.have.length(4);
  });

  it('reads the filter attribute, treating anything unknown as “all”', () => {
    expect(parseStatusFilter('in-progress')).to.equal('in-progress');
    expect(parseStatusFilter('none')).to.equal('none');
    expect(parseStatusFilter('bogus')).to.equal('');
    expect(parseStatusFilter(null)).to.equal('');
  });
});
