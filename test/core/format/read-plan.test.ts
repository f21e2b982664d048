import { expect } from '@open-wc/testing';
import { readPlan, validatePlan, type Plan } from '../../../packages/core/src/format/index.js';

/** Fetches a JSON file from the test server (whose root is the repository root). */
async function loadJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** A plan with sound and unsound items mixed (see the comments). */
function mixed() {
  return {
    formatVersion: '1.3', // a newer minor version: fine
    id: 'mixed',
    title: 'Blanda plan',
    owner: { name: 'Testkommune', url: 'javascript:alert(1)' }, // the url goes, the owner stays
    languages: ['nn'],
    updated: '2024-05-01',
    'x-cms': { page: 12 }, // vendor data stays
    description: 42, // an invalid optional property goes
    nodes: [
      { id: 'root', type: 'focus-area', title: 'Rot', futureField: true }, // a key from a newer minor: removed, node kept
      { id: 'a', type: 'goal', parent: 'root', title: 'A', phase: 'ph-1', progress: 40 },
      { id: 'b', type: 'goal', parent: 'a' }, // no title: dropped
      { id: 'c', type: 'action', parent: 'b', title: 'C' }, // parent dropped: dropped
      { id: 'd', type: 'action', parent: 'c', title: 'D' }, // grandparent dropped: dropped
      { id: 'e', type: 'goal', parent: 'root', title: 'E', progress: 101 }, // dropped
      {
        id: 'f',
        type: 'goal',
        parent: 'root',
        title: 'F',
        responsibility: [{ role: 'owner', people: ['kari', 'ola'] }], // ola is dropped: only that reference goes
        links: [{ href: 'https://rup.no' }, { href: 'data:text/html,x' }], // the bad link goes, the node stays
      },
    ],
    phases: [{ id: 'ph-1', title: 'Fase 1' }],
    milestones: [
      { id: 'm1', title: 'M1', nodes: ['a', 'b', 'c'], planned: { end: '2024-06' } }, // b and c removed from nodes
      { id: 'm2', title: 'M2', planned: { start: '2024-02-30' } }, // bad date: dropped
    ],
    indicators: [
      { id: 'i1', node: 'd', title: 'I1' }, // its node is dropped: dropped
      { id: 'i2', node: 'a', title: 'I2' },
    ],
    people: [
      { id: 'kari', name: 'Kari' },
      { id: 'ola', name: 'Ola', email: 'not an address' }, // dropped
    ],
    swot: [
      {
        id: 's',
        items: [
          { id: 's1', category: 'strength', text: 'Sterk' },
          { id: 's2', category: 'strong', text: 'Feil kategori' }, // dropped
          { id: 'a', category: 'threat', text: 'Same id as a node' }, // duplicate id: dropped
        ],
      },
    ],
  };
}

describe('readPlan: lenient reading', () => {
  it('keeps every sound item and lists what it left out, with the reasons', () => {
    const { plan, errors, skipped } = readPlan(mixed());
    expect(plan).to.not.equal(null);
    const p = plan as Plan;
    expect(p.nodes.map((node) => node.id)).to.deep.equal(['root', 'a', 'f']);
    expect(p.milestones!.map((m) => [m.id, m.nodes])).to.deep.equal([['m1', ['a']]]);
    expect(p.indicators!.map((i) => i.id)).to.deep.equal(['i2']);
    expect(p.people!.map((person) => person.id)).to.deep.equal(['kari']);
    expect(p.swot![0]!.items.map((item) => item.id)).to.deep.equal(['s1']);
    expect(p.nodes[2]!.responsibility).to.deep.equal([{ role: 'owner', people: ['kari'] }]);
    expect(p.nodes[2]!.links).to.deep.equal([{ href: 'https://rup.no' }]);
    expect(p.owner).to.deep.equal({ name: 'Testkommune' });
    expect(p).not.to.have.property('description');
    expect(p.nodes[0]).to.deep.equal({ id: 'root', type: 'focus-area', title: 'Rot' });
    expect((p as Record<string, unknown>)['x-cms']).to.deep.equal({ page: 12 });

    // in the order found: structural errors in schema order, then each round of cross-document rules
    const summary = skipped.map((item) => [
      item.path,
      item.id ?? null,
      item.errors.map((e) => `${e.path} ${e.code}`),
    ]);
    expect(summary).to.deep.equal([
      ['/description', null, ['/description wrong-type']],
      ['/owner/url', null, ['/owner/url unsafe-url']],
      ['/nodes/2', 'b', ['/nodes/2/title required']],
      ['/nodes/5', 'e', ['/nodes/5/progress out-of-range']],
      ['/nodes/6/links/1', null, ['/nodes/6/links/1/href unsafe-url']],
      ['/milestones/1', 'm2', ['/milestones/1/planned/start invalid-date']],
      ['/swot/0/items/1', 's2', ['/swot/0/items/1/category invalid-value']],
      ['/people/1', 'ola', ['/people/1/email invalid-email']],
      ['/swot/0/items/2', 'a', ['/swot/0/items/2/id duplicate-id']],
      ['/nodes/3', 'c', ['/nodes/3/parent dropped-reference']],
      ['/nodes/6/responsibility/0/people/1', null, ['/nodes/6/responsibility/0/people/1 dropped-reference']],
      ['/milestones/0/nodes/1', null, ['/milestones/0/nodes/1 dropped-reference']],
      ['/nodes/4', 'd', ['/nodes/4/parent dropped-reference']],
      ['/milestones/0/nodes/2', null, ['/milestones/0/nodes/2 dropped-reference']],
      ['/indicators/0', 'i1', ['/indicators/0/node dropped-reference']],
    ]);

    // errors: what strict validation says (no consequences like dropped-reference)
    expect(errors).to.deep.equal(validatePlan(mixed()).errors);
    expect(errors.map((e) => e.code)).to.include('unknown-key');
    expect(errors.map((e) => e.code)).not.to.include('dropped-reference');
  });

  it('returns a plan that strict validation accepts', () => {
    const { plan } = readPlan(mixed());
    expect(validatePlan(plan).errors).to.deep.equal([]);
  });

  it('does not change the input', () => {
    const input = mixed();
    readPlan(input);
    expect(input).to.deep.equal(mixed());
  });

  it('returns a valid document unchanged', async () => {
    const example = await loadJson('/docs/examples/randers-boern-og-familie.json');
    const { plan, errors, skipped } = readPlan(example);
    expect(errors).to.deep.equal([]);
    expect(skipped).to.deep.equal([]);
    expect(plan).to.deep.equal(example);
  });

  it('drops every node of a parent cycle and their subtrees', async () => {
    const { plan, skipped } = readPlan(await loadJson('/test/fixtures/bad/parent-cycle.json'));
    expect(plan!.nodes.map((node) => node.id)).to.deep.equal(['root']);
    expect(skipped.map((item) => item.id)).to.deep.equal(['goal-1', 'goal-2']);
  });

  it('removes a matrix row that names no node, and the cells on it', () => {
    const doc = {
      ...mixed(),
      visionMatrix: {
        rows: ['a', 'ghost'],
        columns: ['f'],
        cells: [
          { row: 'a', column: 'f', nodes: ['root'] },
          { row: 'ghost', column: 'f', nodes: ['root'] },
        ],
      },
    };
    const { plan, skipped } = readPlan(doc);
    expect(plan!.visionMatrix).to.deep.equal({
      rows: ['a'],
      columns: ['f'],
      cells: [{ row: 'a', column: 'f', nodes: ['root'] }],
    });
    const paths = skipped.map((item) => item.path);
    expect(paths).to.include('/visionMatrix/rows/1');
    expect(paths).to.include('/visionMatrix/cells/1');
  });

  describe('gives no plan when the envelope is broken', () => {
    const cases: [string, unknown, string][] = [
      ['not an object', 'plan', 'not-a-plan'],
      ['an array', [mixed()], 'not-a-plan'],
      ['no formatVersion', { ...mixed(), formatVersion: undefined }, 'not-a-plan'],
      ['format version 2', { ...mixed(), formatVersion: '2.0' }, 'unsupported-version'],
      ['no title', { ...mixed(), title: undefined }, 'required'],
      ['nodes not a list', { ...mixed(), nodes: {} }, 'wrong-type'],
      ['owner without a name', { ...mixed(), owner: {} }, 'required'],
      ['no languages', { ...mixed(), languages: [] }, 'empty'],
      ['a bad updated date', { ...mixed(), updated: 'yesterday' }, 'invalid-date'],
    ];
    for (const [label, input, code] of cases) {
      it(label, () => {
        const document = input && typeof input === 'object' ? JSON.parse(JSON.stringify(input)) : input;
        const { plan, errors } = readPlan(document);
        expect(plan).to.equal(null);
        expect(errors.map((e) => e.code)).to.include(code);
      });
    }
  });

  it('leaves out the whole subtree under a bad node, however deep (a 2,000-level chain)', () => {
    const nodes: Record<string, unknown>[] = [
      { id: 'keep', type: 'focus-area', title: 'Kept' },
      { id: 'bad', type: 'goal', title: 'Bad parent', parent: 'missing' },
    ];
    for (let i = 0; i < 2000; i++)
      nodes.push({ id: `d${i}`, type: 'goal', title: `Djup ${i}`, parent: i ? `d${i - 1}` : 'bad' });
    const doc = {
      formatVersion: '1.0',
      id: 'deep',
      title: 'Deep',
      owner: { name: 'Testkommune' },
      languages: ['nn'],
      updated: '2024-01-01',
      nodes,
    };
    const { plan, skipped } = readPlan(doc);
    expect(plan!.nodes.map((n) => n.id)).to.deep.equal(['keep']);
    expect(skipped).to.have.length(2001);
    expect(skipped[0]!.errors[0]!.code).to.equal('unknown-reference');
    const last = skipped.find((item) => item.id === 'd1999')!;
    expect(last.errors[0]).to.deep.equal({
      path: '/nodes/2001/parent',
      code: 'dropped-reference',
      params: { id: 'd1998', kind: 'node' },
    });
  });
});
