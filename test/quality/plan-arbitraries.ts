// fast-check arbitraries for plan documents: valid ones built from the format's rules, and mutations of the
// example plans (dropped keys, wrong types, huge strings, deep nesting, cycles, unknown references, odd Unicode,
// numbers at their limits).
import fc from 'fast-check';

const NODE_TYPES = ['focus-area', 'goal', 'sub-goal', 'strategy', 'program', 'project', 'action', 'vision'];
const STATUSES = ['proposed', 'approved', 'planned', 'in-progress', 'on-hold', 'done', 'cancelled'];
const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'];
const CATEGORIES = ['strength', 'weakness', 'opportunity', 'threat'];

/** Text with the Unicode that breaks naive code: RTL marks, zero-width joiners, combining marks, emoji, CJK. */
const oddUnicode = fc.constantFrom(
  '\u202Eevil\u202C',
  'a\u200Db',
  'e\u0301\u0301',
  '👩‍👧‍👦',
  '計画',
  'æøå ÆØÅ',
  '\u00A0',
  'ﬀ',
  '𝔭𝔩𝔞𝔫',
);
export const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.string({ maxLength: 10 }), oddUnicode).map(([a, b]) => `${a}${b}`.trim() || 'x'),
  },
);
const localizedText = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.record({ nn: text, en: text }, { requiredKeys: ['nn'] }) },
);

const day = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const planDate = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
);
/** A date range whose end is not before its start, at a shared precision. */
const dateRange = fc.tuple(day, day, fc.constantFrom(4, 7, 10)).map(([a, b, length]) => {
  const [start, end] = [a, b].sort();
  return { start: start.slice(0, length), end: end.slice(0, length) };
});

/** A valid plan document: a random forest of nodes (parents always earlier: no cycles), milestones, a SWOT. */
export const validPlan = fc
  .record({
    nodeCount: fc.integer({ min: 0, max: 24 }),
    parents: fc.array(fc.nat(), { minLength: 24, maxLength: 24 }),
    types: fc.array(fc.constantFrom(...NODE_TYPES), { minLength: 24, maxLength: 24 }),
    titles: fc.array(localizedText, { minLength: 24, maxLength: 24 }),
    statuses: fc.array(fc.option(fc.constantFrom(...STATUSES), { nil: undefined }), {
      minLength: 24,
      maxLength: 24,
    }),
    progress: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), {
      minLength: 24,
      maxLength: 24,
    }),
    milestones: fc.array(
      fc.record({ title: localizedText, planned: dateRange, status: fc.constantFrom(...MILESTONE_STATUSES) }),
      { maxLength: 12 },
    ),
    swot: fc.array(fc.record({ category: fc.constantFrom(...CATEGORIES), text: localizedText }), {
      maxLength: 12,
    }),
    title: localizedText,
    updated: planDate,
    period: fc.option(dateRange, { nil: undefined }),
  })
  .map((r) => {
    const nodes = Array.from({ length: r.nodeCount }, (_, i) => {
      const node: Record<string, unknown> = { id: `n${i}`, type: r.types[i], title: r.titles[i] };
      if (i > 0 && r.parents[i] % 3 !== 0) node.parent = `n${r.parents[i] % i}`;
      if (r.statuses[i]) node.status = r.statuses[i];
      if (r.progress[i] !== undefined) node.progress = r.progress[i];
      return node;
    });
    const plan: Record<string, unknown> = {
      formatVersion: '1.0',
      id: 'fuzz',
      title: r.title,
      owner: { name: 'Fuzz kommune', country: 'NO' },
      languages: ['nn', 'en'],
      updated: r.updated,
      nodes,
      milestones: r.milestones.map((m, i) => ({ id: `m${i}`, ...m })),
      swot: r.swot.length ? [{ id: 'swot', items: r.swot.map((item, i) => ({ id: `s${i}`, ...item })) }] : [],
    };
    if (r.period) plan.period = r.period;
    return plan;
  });

type Json = unknown;
const clone = <T>(value: T): T => structuredClone(value);

/** The entries of `doc.nodes` that are still objects (an earlier mutation may have replaced some with a wrong type). */
function nodeObjects(doc: Record<string, Json>): Record<string, Json>[] {
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  return nodes.filter(
    (node): node is Record<string, Json> => typeof node === 'object' && node !== null && !Array.isArray(node),
  );
}

/** Every [container, key] pair in a document, so a mutation can pick one at random. */
function slots(root: Json): [Record<string, Json> | Json[], string | number][] {
  const found: [Record<string, Json> | Json[], string | number][] = [];
  const walk = (value: Json) => {
    if (Array.isArray(value)) value.forEach((item, i) => (found.push([value, i]), walk(item)));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        (found.push([value as Record<string, Json>, key]), walk(item));
  };
  walk(root);
  return found;
}

const LIMIT_NUMBERS = [
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  1e308,
  NaN,
  Infinity,
  -1,
  101,
  0.1 + 0.2,
];
const WRONG_TYPES: Json[] = [null, 0, true, '', [], {}, 'x'.repeat(3), [null], { 'x-a': 1 }];

type Mutation = (doc: Record<string, Json>, pick: (n: number) => number) => void;

/** Deep nesting: a chain of 2,000 nodes. The one expensive mutation for a widget (a render takes 50–400 ms). */
const deepChain: Mutation = (doc) => {
  const nodes = (Array.isArray(doc.nodes) ? doc.nodes : []) as Json[];
  for (let i = 0; i < 2000; i++)
    nodes.push({
      id: `deep-${i}`,
      type: 'goal',
      title: `Djup ${i}`,
      ...(i ? { parent: `deep-${i - 1}` } : {}),
    });
  doc.nodes = nodes;
};

/** The other mutations of a document, each using `pick` (a random source seeded by fast-check). */
const MUTATIONS: Mutation[] = [
  // drop a key
  (doc, pick) => {
    const all = slots(doc).filter(([c]) => !Array.isArray(c));
    if (!all.length) return;
    const [container, key] = all[pick(all.length)];
    delete (container as Record<string, Json>)[key as string];
  },
  // a wrong type anywhere
  (doc, pick) => {
    const all = slots(doc);
    if (!all.length) return;
    const [container, key] = all[pick(all.length)];
    // A copy: the constants' arrays and objects must not be shared between slots and documents, or a later
    // mutation would change them everywhere (and could even put one inside another: a cycle).
    (container as Record<string | number, Json>)[key] = clone(WRONG_TYPES[pick(WRONG_TYPES.length)]);
  },
  // a huge string
  (doc, pick) => {
    const all = slots(doc).filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === 'string');
    if (!all.length) return;
    const [container, key] = all[pick(all.length)];
    (container as Record<string | number, Json>)[key] = 'Å'.repeat(100_000 + pick(1000));
  },
  // a cycle through parents
  (doc, pick) => {
    const nodes = nodeObjects(doc);
    if (nodes.length < 2) return;
    const a = nodes[pick(nodes.length)];
    const b = nodes[pick(nodes.length)];
    a.parent = b.id;
    b.parent = a.id;
  },
  // an unknown reference
  (doc, pick) => {
    const nodes = nodeObjects(doc);
    if (nodes.length) nodes[pick(nodes.length)].parent = `missing-${pick(100)}`;
  },
  // odd Unicode in a string
  (doc, pick) => {
    const all = slots(doc).filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === 'string');
    if (!all.length) return;
    const [container, key] = all[pick(all.length)];
    (container as Record<string | number, Json>)[key] += ['\uD800', '\u202E', '\u0000', '\uFEFF', '﷽'][
      pick(5)
    ];
  },
  // a number at its limits
  (doc, pick) => {
    const all = slots(doc).filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === 'number');
    const target = all.length ? all[pick(all.length)] : undefined;
    if (target)
      (target[0] as Record<string | number, Json>)[target[1]] = LIMIT_NUMBERS[pick(LIMIT_NUMBERS.length)];
  },
  // a typo'd key
  (doc, pick) => {
    const all = slots(doc).filter(([c]) => !Array.isArray(c));
    if (!all.length) return;
    const [container, key] = all[pick(all.length)];
    (container as Record<string, Json>)[`${String(key)}e`] = (container as Record<string, Json>)[
      key as string
    ];
  },
];

/**
 * A mutation (1–3 steps) of one of the given example documents. Each step is the 2,000-node chain with odds
 * 1 in `deepChainOdds`, else one of the other mutations, all equally likely. The default (1 in 9) makes the
 * chain as likely as any other mutation; widget fuzzing uses longer odds (`WIDGET_DEEP_CHAIN_ODDS`).
 */
export function mutatedExample(
  examples: Json[],
  { deepChainOdds = MUTATIONS.length + 1 } = {},
): fc.Arbitrary<Json> {
  const step = fc.oneof(
    { weight: 1, arbitrary: fc.record({ mutation: fc.constant(deepChain), seed: fc.nat() }) },
    {
      weight: deepChainOdds - 1,
      arbitrary: fc.record({ mutation: fc.constantFrom(...MUTATIONS), seed: fc.nat() }),
    },
  );
  return fc
    .record({
      example: fc.nat({ max: examples.length - 1 }),
      steps: fc.array(step, { minLength: 1, maxLength: 3 }),
    })
    .map(({ example, steps }) => {
      const doc = clone(examples[example]) as Record<string, Json>;
      for (const { mutation, seed } of steps) {
        let state = seed;
        const pick = (n: number) => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % Math.max(1, n);
        mutation(doc, pick);
      }
      return doc;
    });
}

/** Not even an object: what a misconfigured server or CMS field might hand over. */
export const notAPlan = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.anything(),
);
