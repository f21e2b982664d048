import { expect } from '@open-wc/testing';
import { validatePlan, readPlan, type PlanError } from '../../../packages/core/src/format/index.js';

/** Fetches a JSON file from the test server (whose root is the repository root). */
async function loadJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

export const EXAMPLES = [
  'sogndal-oppvekst',
  'hammerfest-sjumilssteget',
  'thisted-ungestrategi',
  'randers-boern-og-familie',
  'uddevalla-foraeldrastoed',
];

export const BAD_FIXTURES = [
  'unknown-reference',
  'missing-title',
  'milestone-end-before-start',
  'duplicate-id',
  'parent-cycle',
  'progress-101',
  'javascript-link',
  'unknown-key-typo',
  'bad-date',
  'malformed-date-in-range',
  'not-a-plan',
  'wrong-reference-kind',
  'matrix-cell-outside',
  'years-out-of-order',
  'custom-type-without-label',
  'unsupported-version',
  'envelope-types',
];

interface Expected {
  description: string;
  errors: { path: string; code: string; params?: Record<string, string | number> }[];
}

const brief = (errors: readonly { path: string; code: string }[]) =>
  errors.map(({ path, code }) => `${path} ${code}`).sort();

const minimal = () => ({
  formatVersion: '1.0',
  id: 'p',
  title: 'Plan',
  owner: { name: 'Testkommune' },
  languages: ['nn'],
  updated: '2024-05-01',
  nodes: [{ id: 'root', type: 'focus-area', title: 'Rot' }] as Record<string, unknown>[],
});

function errorsOf(document: unknown): PlanError[] {
  return validatePlan(document).errors;
}

describe('validatePlan: the five examples', () => {
  for (const name of EXAMPLES) {
    it(`docs/examples/${name}.json is valid`, async () => {
      const result = validatePlan(await loadJson(`/docs/examples/${name}.json`));
      expect(result.errors).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });
    it(`docs/examples/${name}.json reads leniently without losing anything`, async () => {
      const document = await loadJson(`/docs/examples/${name}.json`);
      const { plan, skipped } = readPlan(document);
      expect(skipped).to.deep.equal([]);
      expect(plan).to.deep.equal(document);
    });
  }
});

describe('validatePlan: bad fixtures give exactly the expected paths and codes', () => {
  for (const name of BAD_FIXTURES) {
    it(`test/fixtures/bad/${name}.json`, async () => {
      const document = await loadJson(`/test/fixtures/bad/${name}.json`);
      const expected = (await loadJson(`/test/fixtures/bad/${name}.expected.json`)) as Expected;
      const { valid, errors } = validatePlan(document);
      expect(valid).to.equal(false);
      expect(brief(errors)).to.deep.equal(brief(expected.errors));
      for (const want of expected.errors) {
        if (!want.params) continue;
        const got = errors.find((error) => error.path === want.path && error.code === want.code);
        expect(got?.params, `${want.path} ${want.code}`).to.deep.equal(want.params);
      }
    });
  }
});

describe('validatePlan: rules', () => {
  it('accepts the minimal document', () => {
    expect(errorsOf(minimal())).to.deep.equal([]);
  });

  it('allows x- keys on every object, and rejects other unknown keys with a suggestion', () => {
    const doc = { ...minimal(), 'x-cms': { id: 7 }, owner: { name: 'K', 'x-ref': 1, nmae: 'typo' } };
    expect(errorsOf(doc)).to.deep.equal([
      { path: '/owner/nmae', code: 'unknown-key', params: { key: 'nmae', suggestion: 'name' } },
    ]);
    const far = { ...minimal(), colour: 'green' };
    expect(errorsOf(far)).to.deep.equal([
      { path: '/colour', code: 'unknown-key', params: { key: 'colour' } },
    ]);
  });

  it('escapes JSON Pointer segments (RFC 6901)', () => {
    const doc = { ...minimal(), 'a/b~c': 1 };
    expect(errorsOf(doc)[0]!.path).to.equal('/a~1b~0c');
  });

  it('reads localized text as a string or an object of language tags', () => {
    const ok = { ...minimal(), title: { nn: 'Plan', en: 'Plan', 'nb-NO': 'Plan' } };
    expect(errorsOf(ok)).to.deep.equal([]);
    expect(errorsOf({ ...minimal(), title: {} })).to.deep.equal([
      { path: '/title', code: 'empty', params: {} },
    ]);
    expect(errorsOf({ ...minimal(), title: { NN: 'x' } })).to.deep.equal([
      { path: '/title/NN', code: 'invalid-language', params: { value: 'NN' } },
    ]);
    expect(errorsOf({ ...minimal(), title: 5 })).to.deep.equal([
      { path: '/title', code: 'wrong-type', params: { expected: 'localized-text' } },
    ]);
    expect(errorsOf({ ...minimal(), title: { nn: 3 } })).to.deep.equal([
      { path: '/title/nn', code: 'wrong-type', params: { expected: 'string' } },
    ]);
  });

  it('checks dates at three precisions and real calendar days', () => {
    const withPeriod = (period: unknown) => errorsOf({ ...minimal(), period });
    expect(withPeriod({ start: '2014', end: '2014-03-20' })).to.deep.equal([]);
    expect(
      withPeriod({ start: '2014-03', end: '2014-03-01' }),
      'same month at the coarser precision',
    ).to.deep.equal([]);
    expect(withPeriod({ start: '2012-02-29' })).to.deep.equal([]);
    expect(withPeriod({ start: '2013-02-29' })[0]!.code).to.equal('invalid-date');
    expect(withPeriod({ start: '2014-13' })[0]!.code).to.equal('invalid-date');
    expect(withPeriod({ start: '14-03-2014' })[0]!.code).to.equal('invalid-date');
    expect(withPeriod({})).to.deep.equal([
      { path: '/period', code: 'one-of-required', params: { keys: 'start, end' } },
    ]);
    expect(withPeriod({ start: '2015', end: '2014-12' })).to.deep.equal([
      { path: '/period/end', code: 'end-before-start', params: { start: '2015', end: '2014-12' } },
    ]);
  });

  it('takes a plan date or an RFC 3339 date-time for updated', () => {
    expect(errorsOf({ ...minimal(), updated: '2024-05-01T12:00:00+02:00' })).to.deep.equal([]);
    expect(errorsOf({ ...minimal(), updated: '2024' })).to.deep.equal([]);
    expect(errorsOf({ ...minimal(), updated: '2024-05-01 12:00' })[0]!.code).to.equal('invalid-date');
  });

  it('lets only http, https, mailto, tel and relative links through', () => {
    const link = (href: string) => errorsOf({ ...minimal(), links: [{ href }] }).map((error) => error.code);
    for (const safe of [
      'https://rup.no',
      'HTTP://rup.no',
      'mailto:a@b.no',
      'tel:+4778402000',
      '/plan',
      'rapport.pdf',
      '#mål',
      '?a=b',
    ]) {
      expect(link(safe), safe).to.deep.equal([]);
    }
    for (const unsafe of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'JaVaScRiPt:x',
    ]) {
      expect(link(unsafe), JSON.stringify(unsafe)).to.deep.equal(['unsafe-url']);
    }
    expect(link('')).to.deep.equal(['empty']);
  });

  it('checks progress, weight, years and currency', () => {
    const node = (extra: Record<string, unknown>) =>
      errorsOf({ ...minimal(), nodes: [{ id: 'n', type: 'goal', title: 'n', ...extra }] }).map((e) => [
        e.path,
        e.code,
      ]);
    expect(node({ progress: 0, weight: 0 })).to.deep.equal([]);
    expect(node({ progress: -1 })).to.deep.equal([['/nodes/0/progress', 'out-of-range']]);
    expect(node({ weight: -2 })).to.deep.equal([['/nodes/0/weight', 'too-small']]);
    expect(node({ statusYears: { proposed: 2021.5 } })).to.deep.equal([
      ['/nodes/0/statusYears/proposed', 'not-integer'],
    ]);
    expect(node({ economy: { currency: 'nok', lines: [] } })).to.deep.equal([
      ['/nodes/0/economy/currency', 'invalid-currency'],
    ]);
    expect(node({ status: 'finished' })).to.deep.equal([['/nodes/0/status', 'invalid-value']]);
    expect(node({ responsibility: [{ role: 'coordinator' }] })).to.deep.equal([
      ['/nodes/0/responsibility/0', 'one-of-required'],
    ]);
  });

  it('resolves every reference to the right kind', () => {
    const doc = {
      ...minimal(),
      people: [{ id: 'kari', name: 'Kari' }],
      swot: [{ id: 's', items: [{ id: 's1', category: 'strength', text: 'Sterk', nodes: ['kari'] }] }],
      indicators: [{ id: 'i', node: 'nowhere', title: 'I' }],
    };
    doc.nodes.push({
      id: 'g',
      type: 'goal',
      title: 'G',
      parent: 'root',
      swotItems: ['s1', 's'],
      responsibility: [{ role: 'owner', people: ['kari', 'ola'] }],
    });
    expect(errorsOf(doc)).to.deep.equal([
      {
        path: '/nodes/1/responsibility/0/people/1',
        code: 'unknown-reference',
        params: { id: 'ola', kind: 'person' },
      },
      {
        path: '/nodes/1/swotItems/1',
        code: 'wrong-reference-kind',
        params: { id: 's', expected: 'swot-item', actual: 'swot-analysis' },
      },
      {
        path: '/swot/0/items/0/nodes/0',
        code: 'wrong-reference-kind',
        params: { id: 'kari', expected: 'node', actual: 'person' },
      },
      { path: '/indicators/0/node', code: 'unknown-reference', params: { id: 'nowhere', kind: 'node' } },
    ]);
  });

  it('finds a self-parent as a cycle', () => {
    const doc = minimal();
    doc.nodes[0]!.parent = 'root';
    expect(errorsOf(doc)).to.deep.equal([
      { path: '/nodes/0/parent', code: 'cycle', params: { id: 'root', cycle: 'root → root' } },
    ]);
  });

  it('never shows valibot messages: every error has a known code and params', async () => {
    const { PLAN_ERROR_CODES } = await import('../../../packages/core/src/format/plan-error.js');
    const garbage = {
      formatVersion: 1,
      id: ['x'],
      title: null,
      owner: 'K',
      languages: 'nn',
      updated: 20240501,
      nodes: [null, 5, { id: '-' }],
    };
    const errors = errorsOf(garbage);
    expect(errors.length).to.be.greaterThan(8);
    for (const error of errors) {
      expect(PLAN_ERROR_CODES, JSON.stringify(error)).to.include(error.code);
      expect(JSON.stringify(error.params)).not.to.match(/Invalid|Expected|Received/);
    }
  });

  it('does not call eval or Function (runs under a CSP without unsafe-eval)', () => {
    const original = { eval: window.eval, Function: window.Function };
    const trap = () => {
      throw new Error('eval used');
    };
    window.eval = trap as typeof window.eval;
    window.Function = trap as unknown as FunctionConstructor;
    try {
      expect(validatePlan(minimal()).valid).to.equal(true);
      expect(readPlan(minimal()).plan).to.not.equal(null);
    } finally {
      window.eval = original.eval;
      window.Function = original.Function;
    }
  });
});
