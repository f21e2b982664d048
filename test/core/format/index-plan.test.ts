import { expect } from '@open-wc/testing';
import {
  indexPlan,
  rollUpProgress,
  type Plan,
  type PlanNode,
} from '../../../packages/core/src/format/index.js';

function plan(nodes: Partial<PlanNode>[], extra: Partial<Plan> = {}): Plan {
  return {
    formatVersion: '1.0',
    id: 'p',
    title: 'Plan',
    owner: { name: 'K' },
    languages: ['nn'],
    updated: '2024',
    nodes: nodes.map((node) => ({ type: 'goal', title: node.id!, ...node })) as PlanNode[],
    ...extra,
  };
}

const ids = (nodes: readonly PlanNode[]) => nodes.map((node) => node.id);

describe('indexPlan', () => {
  const tree = plan(
    [
      { id: 'b2', parent: 'a' },
      { id: 'a', order: 2 },
      { id: 'b1', parent: 'a', order: 1 },
      { id: 'root2', order: 1 },
      { id: 'b3', parent: 'a' },
      { id: 'c', parent: 'b1' },
    ],
    {
      phases: [{ id: 'ph', title: 'Fase' }],
      people: [{ id: 'kari', name: 'Kari' }],
      milestones: [
        { id: 'm1', title: 'M1', nodes: ['c', 'a'], planned: { end: '2024' } },
        { id: 'm2', title: 'M2', nodes: ['c'], planned: { end: '2025' } },
      ],
      indicators: [{ id: 'i', node: 'c', title: 'I' }],
      swot: [{ id: 's', items: [{ id: 's1', category: 'threat', text: 'Trussel' }] }],
    },
  );
  const index = indexPlan(tree);

  it('looks up every kind by id', () => {
    expect(index.nodesById.get('c')?.parent).to.equal('b1');
    expect(index.phasesById.get('ph')?.title).to.equal('Fase');
    expect(index.peopleById.get('kari')?.name).to.equal('Kari');
    expect(index.milestonesById.get('m2')?.title).to.equal('M2');
    expect(index.indicatorsById.get('i')?.node).to.equal('c');
    expect(index.swotAnalysesById.get('s')?.items).to.have.length(1);
    expect(index.swotItemsById.get('s1')?.category).to.equal('threat');
    expect(index.swotAnalysisOf('s1')?.id).to.equal('s');
  });

  it('orders roots and children by order, then document order', () => {
    expect(ids(index.roots)).to.deep.equal(['root2', 'a']);
    expect(ids(index.children('a'))).to.deep.equal(['b1', 'b2', 'b3']);
    expect(ids(index.children('c'))).to.deep.equal([]);
    expect(ids(index.children('nope'))).to.deep.equal([]);
  });

  it('gives parent, ancestors (nearest first) and depth', () => {
    expect(index.parent('c')?.id).to.equal('b1');
    expect(index.parent('a')).to.equal(undefined);
    expect(ids(index.ancestors('c'))).to.deep.equal(['b1', 'a']);
    expect(index.depth('a')).to.equal(0);
    expect(index.depth('c')).to.equal(2);
    expect(index.depth('nope')).to.equal(-1);
  });

  it('finds the milestones and indicators of a node', () => {
    expect(index.milestonesOf('c').map((m) => m.id)).to.deep.equal(['m1', 'm2']);
    expect(index.milestonesOf('a').map((m) => m.id)).to.deep.equal(['m1']);
    expect(index.indicatorsOf('c').map((i) => i.id)).to.deep.equal(['i']);
    expect(index.indicatorsOf('a')).to.deep.equal([]);
  });

  it('does not loop on a cyclic plan passed in by mistake', () => {
    const cyclic = indexPlan(
      plan([
        { id: 'x', parent: 'y' },
        { id: 'y', parent: 'x' },
      ]),
    );
    expect(ids(cyclic.ancestors('x'))).to.deep.equal(['y']);
    expect(rollUpProgress(cyclic, 'x')).to.deep.equal({ value: null, derived: true });
  });
});

describe('rollUpProgress', () => {
  it('uses own progress when present', () => {
    const index = indexPlan(
      plan([
        { id: 'a', progress: 30 },
        { id: 'b', parent: 'a', progress: 90 },
      ]),
    );
    expect(rollUpProgress(index, 'a')).to.deep.equal({ value: 30, derived: false });
  });

  it('takes the weighted mean of the children, recursively; weight 0 leaves a child out', () => {
    const index = indexPlan(
      plan([
        { id: 'a' },
        { id: 'b', parent: 'a', progress: 100, weight: 3 },
        { id: 'c', parent: 'a' }, // derived from d and e: (0 + 50) / 2 = 25
        { id: 'd', parent: 'c', progress: 0 },
        { id: 'e', parent: 'c', progress: 50 },
        { id: 'f', parent: 'a', progress: 0, weight: 0 },
        { id: 'g', parent: 'a' }, // nothing below: left out
      ]),
    );
    expect(rollUpProgress(index, 'c')).to.deep.equal({ value: 25, derived: true });
    expect(rollUpProgress(index, 'a')).to.deep.equal({ value: (3 * 100 + 25) / 4, derived: true });
    expect(rollUpProgress(index, 'g')).to.deep.equal({ value: null, derived: true });
    expect(rollUpProgress(index, 'unknown')).to.deep.equal({ value: null, derived: false });
  });

  it('is memoized per index', () => {
    const index = indexPlan(plan([{ id: 'a' }, { id: 'b', parent: 'a', progress: 60 }]));
    const first = rollUpProgress(index, 'a');
    expect(rollUpProgress(index, 'a')).to.equal(first);
    const other = indexPlan(plan([{ id: 'a' }, { id: 'b', parent: 'a', progress: 10 }]));
    expect(rollUpProgress(other, 'a').value).to.equal(10);
  });
});
