import { expect } from '@open-wc/testing';
import { indexPlan, readPlan, type Plan, type PlanNode, type SwotAnalysis } from '@planvis/core';
import { examplePlan } from './example-plan.js';
import { pickAnalysis } from '../../packages/swot-grid/src/pick-analysis.js';
import { swotQuadrants } from '../../packages/swot-grid/src/swot-quadrants.js';
import { towsCrossings } from '../../packages/swot-grid/src/tows-crossings.js';

async function example(name: string): Promise<Plan> {
  const { plan } = readPlan(await examplePlan(name));
  if (!plan) throw new Error(`${name} did not read`);
  return plan;
}

const analysis = (id: string, node?: string): SwotAnalysis => ({ id, ...(node ? { node } : {}), items: [] });
const item = (
  id: string,
  category: 'strength' | 'weakness' | 'opportunity' | 'threat',
  nodes?: string[],
) => ({
  id,
  category,
  text: id,
  ...(nodes ? { nodes } : {}),
});
const node = (id: string, swotItems?: string[]): PlanNode =>
  ({ id, type: 'strategy', title: id, ...(swotItems ? { swotItems } : {}) }) as PlanNode;

describe('swot-grid: pickAnalysis', () => {
  const list = [analysis('a', 'program-1'), analysis('plan-level'), analysis('c', 'program-2')];

  it('shows the plan-level analysis (the one without node) when neither node nor analysis is given', () => {
    expect(pickAnalysis(list).analysis?.id).to.equal('plan-level');
  });

  it('falls back to the first analysis when every analysis belongs to a node', () => {
    expect(pickAnalysis([list[0]!, list[2]!]).analysis?.id).to.equal('a');
  });

  it('picks the SWOT of a node by its node id', () => {
    expect(pickAnalysis(list, { nodeId: 'program-2' }).analysis?.id).to.equal('c');
  });

  it('says so when the node has no SWOT, instead of showing another one', () => {
    expect(pickAnalysis(list, { nodeId: 'program-9' })).to.deep.equal({
      analysis: undefined,
      reason: 'no-swot-for-node',
    });
  });

  it('picks by analysis id, which wins over node', () => {
    expect(pickAnalysis(list, { analysisId: 'c', nodeId: 'program-1' }).analysis?.id).to.equal('c');
    expect(pickAnalysis(list, { analysisId: 'nope' }).reason).to.equal('unknown-analysis');
  });

  it('reports a plan without SWOT', () => {
    expect(pickAnalysis(undefined).reason).to.equal('no-swot');
    expect(pickAnalysis([]).reason).to.equal('no-swot');
  });
});

describe('swot-grid: swotQuadrants', () => {
  it('sorts items into S, W, O, T in document order and counts them', () => {
    const swot: SwotAnalysis = {
      id: 'x',
      items: [
        item('t1', 'threat'),
        item('s1', 'strength'),
        item('o1', 'opportunity'),
        item('s2', 'strength'),
      ],
    };
    const layout = swotQuadrants(swot, new Map());
    expect(layout.quadrants.map((q) => q.category)).to.deep.equal([
      'strength',
      'weakness',
      'opportunity',
      'threat',
    ]);
    expect(layout.quadrants.map((q) => q.items.map((i) => i.item.id))).to.deep.equal([
      ['s1', 's2'],
      [],
      ['o1'],
      ['t1'],
    ]);
    expect(layout.itemCount).to.equal(4);
    expect(layout.hasIllustrative).to.equal(false);
    expect(layout.quadrants.map((q) => `${q.side}/${q.effect}`)).to.deep.equal([
      'internal/helpful',
      'internal/harmful',
      'external/helpful',
      'external/harmful',
    ]);
  });

  it('relates an item to its own nodes first, then to the strategies that refer to it, each once', () => {
    const nodes = new Map([
      ['goal', node('goal')],
      ['strat-a', node('strat-a', ['s1'])],
      ['strat-b', node('strat-b', ['s1', 's1'])],
    ]);
    const swot: SwotAnalysis = { id: 'x', items: [item('s1', 'strength', ['goal', 'strat-b', 'missing'])] };
    expect(swotQuadrants(swot, nodes).quadrants[0].items[0]!.related).to.deep.equal([
      'goal',
      'strat-b',
      'strat-a',
    ]);
  });

  it("keeps all 13 items of Thisted's SWOT, marked illustrative", async () => {
    const plan = await example('thisted-ungestrategi');
    const index = indexPlan(plan);
    const layout = swotQuadrants(pickAnalysis(plan.swot).analysis!, index.nodesById);
    expect(layout.quadrants.map((q) => q.items.length)).to.deep.equal([3, 3, 4, 3]);
    expect(layout.hasIllustrative).to.equal(true);
  });
});

describe('swot-grid: towsCrossings', () => {
  const swot: SwotAnalysis = {
    id: 'x',
    items: [
      item('s1', 'strength'),
      item('w1', 'weakness'),
      item('o1', 'opportunity'),
      item('t1', 'threat'),
      item('t2', 'threat'),
    ],
  };

  it('places a strategy in every crossing of the items it refers to', () => {
    const tows = towsCrossings(swot, [node('both', ['t2', 's1', 'o1', 'w1'])]);
    expect(tows.crossings.map((c) => [c.code, c.entries.map((e) => e.node.id)])).to.deep.equal([
      ['so', ['both']],
      ['st', ['both']],
      ['wo', ['both']],
      ['wt', ['both']],
    ]);
    const st = tows.crossings[1].entries[0]!;
    expect(st.internal.map((i) => i.id)).to.deep.equal(['s1']);
    expect(st.external.map((i) => i.id)).to.deep.equal(['t2']);
  });

  it('keeps strategies that refer to one side only apart, and ignores other analyses’ items', () => {
    const tows = towsCrossings(swot, [
      node('inside', ['s1']),
      node('elsewhere', ['other-item']),
      node('none'),
    ]);
    expect(tows.crossings.every((c) => c.entries.length === 0)).to.equal(true);
    expect(tows.oneSided.map((e) => e.node.id)).to.deep.equal(['inside']);
    expect(tows.strategyCount).to.equal(1);
  });

  it('counts no strategies when nothing refers to the analysis', () => {
    expect(towsCrossings(swot, [node('a'), node('b', [])]).strategyCount).to.equal(0);
  });

  it("places Thisted's four strategies in SO, ST, WO and WT", async () => {
    const plan = await example('thisted-ungestrategi');
    const tows = towsCrossings(pickAnalysis(plan.swot).analysis!, plan.nodes);
    const placed = Object.fromEntries(tows.crossings.map((c) => [c.code, c.entries.map((e) => e.node.id)]));
    expect(placed).to.deep.equal({
      so: ['strategi-praktik-og-laere'],
      st: ['strategi-stoette-i-ordinaere-rammer'],
      wo: ['strategi-faelles-indgang'],
      wt: ['strategi-faerre-projektforloeb'],
    });
  });
});
