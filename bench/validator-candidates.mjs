// Measures the validator candidates for the plan format (issue 5, deliverable 4): valibot as planvis uses it,
// ajv standalone code compiled from the published JSON Schema, and zod/mini. Every figure is esbuild (bundle,
// minify, ESM) then gzip -9, in bytes. The decision and its figures: docs/decisions/validator-library.md.
//
// It installs nothing. esbuild and valibot come from the repo. ajv, ajv-formats and zod are looked up first
// in the current directory, then in the repo: ajv 8 and ajv-formats are root devDependencies, but zod is not
// (the repo's node_modules/zod is zod 3, pulled in by puppeteer, and the script refuses it). So:
//
//   mkdir -p /tmp/validator-candidates && cd /tmp/validator-candidates
//   npm init -y >/dev/null && npm i --no-audit --no-fund zod@4.6.7      # the version measured in the record
//   node /path/to/planvis/bench/validator-candidates.mjs                # add --json for machine-readable output
//
// (Installing zod 4 into the repo's own node_modules would displace puppeteer's zod 3: don't.)
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const repo = resolve(import.meta.dirname, '..');
const format = join(repo, 'packages/core/src/format');
const fromHere = createRequire(join(process.cwd(), 'noop.js'));
const fromRepo = createRequire(join(repo, 'noop.js'));

/** A candidate package: the directory it resolves from (current directory first), its version, require. */
function candidate(name) {
  for (const req of [fromHere, fromRepo]) {
    let main;
    try {
      main = req.resolve(name);
    } catch {
      continue;
    }
    let dir = dirname(main);
    while (!dir.endsWith(`node_modules/${name}`)) dir = dirname(dir);
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { version, base: dirname(dirname(dir)), require: req };
  }
  throw new Error(`${name} not found from ${process.cwd()} or ${repo}`);
}

let ajvPackage, formatsPackage, zodPackage;
try {
  ajvPackage = candidate('ajv');
  formatsPackage = candidate('ajv-formats');
  zodPackage = candidate('zod');
  if (!ajvPackage.version.startsWith('8.'))
    throw new Error(`ajv ${ajvPackage.version} found; ajv 8 is needed`);
  if (Number(zodPackage.version.split('.')[0]) < 4) {
    throw new Error(`zod ${zodPackage.version} found (from ${zodPackage.base}); zod 4 is needed`);
  }
} catch (error) {
  console.error(`${error.message}: see the top of bench/validator-candidates.mjs`);
  process.exit(1);
}

/** Modules held in memory: `virtual:<name>` → { contents, resolveDir, loader }. */
const virtualModules = new Map();
const virtualPlugin = {
  name: 'virtual',
  setup(b) {
    b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => virtualModules.get(args.path));
  },
};

/** Bundles an entry (TypeScript/JavaScript source text), minified ESM; returns gzip -9 size and the text. */
async function measure(contents, resolveDir = repo) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: [virtualPlugin],
  });
  const code = result.outputFiles[0].contents;
  const text = Buffer.from(code).toString('utf8');
  return {
    gzip: gzipSync(code, { level: 9 }).length,
    minified: code.length,
    // eval, or any mention of the Function constructor (`const F = Function; new F('')` is what JITs probe).
    eval: /\beval\s*\(|\bFunction\b/.test(text),
  };
}

// ---------------------------------------------------------------- (a) valibot as planvis uses it

// The valibot functions the format's source calls (lower-case `v.x`; upper-case names are types), comments aside.
const withoutComments = (source) => source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const valibotFunctions = [
  ...new Set(
    readdirSync(format)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => withoutComments(readFileSync(join(format, file), 'utf8')))
      .flatMap((source) => [...source.matchAll(/\bv\.([a-z]\w*)/g)])
      .map((match) => match[1]),
  ),
].sort();

const results = [];
const add = async (group, name, contents, resolveDir) =>
  results.push({ group, name, ...(await measure(contents, resolveDir)) });

await add(
  'valibot (shipped)',
  'validatePlan + readPlan (what widgets ship)',
  `export { validatePlan, readPlan } from '${format}/index.ts';`,
);
await add(
  'valibot (shipped)',
  'validatePlan alone',
  `export { validatePlan } from '${format}/validate-plan.ts';`,
);
await add(
  'valibot (shipped)',
  'structure only: PlanSchema + safeParse + issuesToErrors',
  `export { structuralErrors } from '${format}/validate-plan.ts';`,
);
await add(
  'valibot (shipped)',
  'checkSemantics alone (cross-document rules)',
  `export { checkSemantics } from '${format}/check-semantics.ts';`,
);
await add(
  'valibot (shipped)',
  `library floor: ${valibotFunctions.length} functions (${valibotFunctions.join(', ')})`,
  `export { ${valibotFunctions.join(', ')} } from 'valibot';`,
);

// ---------------------------------------------------------------- (b) ajv standalone from plan.schema.json

const { default: Ajv2020 } = ajvPackage.require('ajv/dist/2020');
const { default: standaloneCode } = ajvPackage.require('ajv/dist/standalone');
const { default: addFormats } = formatsPackage.require('ajv-formats');
const publishedSchema = JSON.parse(readFileSync(join(repo, 'packages/core/schema/plan.schema.json'), 'utf8'));

/** The schema without its documentation (title, description, examples): what a runtime build would compile. */
function stripDocs(node) {
  if (Array.isArray(node)) return node.map(stripDocs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !['title', 'description', 'examples', '$comment'].includes(key))
      .map(([key, value]) => [
        key,
        key === 'properties' || key === '$defs' ? mapValues(value) : stripDocs(value),
      ]),
  );
}
const mapValues = (object) => Object.fromEntries(Object.entries(object).map(([k, v]) => [k, stripDocs(v)]));

// strictRequired and strictTypes flag valid idioms the generated schema uses (see test/core/json-schema.test.mjs).
const AJV_OPTIONS = { strict: true, strictRequired: false, strictTypes: false };

function ajvStandalone(schema, allErrors, inlineRefs = true) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, allErrors, inlineRefs, code: { source: true, esm: true } });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return { code: standaloneCode(ajv, validate), validate };
}

const ajvBase = ajvPackage.base;
const docsStripped = stripDocs(publishedSchema);
for (const [label, schema, allErrors, inlineRefs] of [
  ['schema without docs, allErrors: true (every error, as validatePlan reports)', docsStripped, true, true],
  ['schema without docs, allErrors: true, inlineRefs: false', docsStripped, true, false],
  ['schema without docs, allErrors: false (first error only)', docsStripped, false, true],
  ['published schema as is (titles, descriptions, examples), allErrors: true', publishedSchema, true, true],
]) {
  virtualModules.set('virtual:ajv-plan', {
    contents: ajvStandalone(schema, allErrors, inlineRefs).code,
    resolveDir: ajvBase,
    loader: 'js',
  });
  await add(
    'ajv standalone',
    `structure only: ${label}`,
    `export { default } from 'virtual:ajv-plan';`,
    ajvBase,
  );
  if (schema === docsStripped && allErrors && !inlineRefs) {
    await add(
      'ajv standalone',
      'like-for-like with validatePlan: the row above + checkSemantics + plan dates (calendar dates, end ' +
        'before start); still no mapping to our codes',
      `export { default } from 'virtual:ajv-plan';
       export { checkSemantics } from '${format}/check-semantics.ts';
       export { parsePlanDate, isPlanDateBefore } from '${format}/plan-date.ts';`,
      ajvBase,
    );
  }
}

await add(
  'ajv standalone',
  "of which ajv-formats' format table (every format, CommonJS: not tree-shaken; the schema uses two)",
  `export { fullFormats } from 'ajv-formats/dist/formats';`,
  formatsPackage.base,
);

// What ajv's errors look like, next to ours, for a node without a title.
const { validate: ajvValidate } = ajvStandalone(docsStripped, true);
const missingTitle = JSON.parse(readFileSync(join(repo, 'test/fixtures/bad/missing-title.json'), 'utf8'));
ajvValidate(missingTitle);
const ajvErrorSample = ajvValidate.errors.map(({ instancePath, keyword, params }) => ({
  instancePath,
  keyword,
  params,
}));

// ---------------------------------------------------------------- (c) the library floor for one toy schema

// The same small schema in each library: strict object, string (+ pattern), number (+ integer, minimum),
// boolean, array, union, optional, literal, enum, record, and one custom check (end not before start).
const TOY_VALIBOT = `
import * as v from 'valibot';
const Text = v.union([v.pipe(v.string(), v.minLength(1)), v.record(v.string(), v.string())]);
const Item = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
    title: Text,
    kind: v.picklist(['goal', 'project', 'action']),
    year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900))),
    done: v.optional(v.boolean()),
    tags: v.optional(v.array(v.string())),
    start: v.optional(v.number()),
    end: v.optional(v.number()),
  }),
  v.check((item) => item.start === undefined || item.end === undefined || item.end >= item.start, 'end-before-start'),
);
export const Doc = v.strictObject({ version: v.literal('1.0'), items: v.array(Item) });
export const check = (input) => v.safeParse(Doc, input, { abortEarly: false });
`;

const TOY_ZOD_MINI = `
import * as z from 'zod/mini';
const Text = z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.string())]);
const Item = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: Text,
  kind: z.enum(['goal', 'project', 'action']),
  year: z.optional(z.int().check(z.minimum(1900))),
  done: z.optional(z.boolean()),
  tags: z.optional(z.array(z.string())),
  start: z.optional(z.number()),
  end: z.optional(z.number()),
}).check(z.refine((item) => item.start === undefined || item.end === undefined || item.end >= item.start));
export const Doc = z.strictObject({ version: z.literal('1.0'), items: z.array(Item) });
export const check = (input) => Doc.safeParse(input);
`;

const TOY_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    version: { const: '1.0' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          title: {
            anyOf: [
              { type: 'string', minLength: 1 },
              { type: 'object', additionalProperties: { type: 'string' } },
            ],
          },
          kind: { enum: ['goal', 'project', 'action'] },
          year: { type: 'integer', minimum: 1900 },
          done: { type: 'boolean' },
          tags: { type: 'array', items: { type: 'string' } },
          start: { type: 'number' },
          end: { type: 'number' },
        },
        required: ['id', 'title', 'kind'],
        additionalProperties: false,
      },
    },
  },
  required: ['version', 'items'],
  additionalProperties: false,
};

await add('toy schema', `valibot ${readVersion('valibot')}`, TOY_VALIBOT);
await add('toy schema', `zod/mini ${zodPackage.version}`, TOY_ZOD_MINI, zodPackage.base);
await add(
  'toy schema',
  `zod ${zodPackage.version} (classic API, for comparison)`,
  TOY_ZOD_MINI.replace("from 'zod/mini'", "from 'zod'"),
  zodPackage.base,
);
virtualModules.set('virtual:ajv-toy', {
  contents: ajvStandalone(TOY_JSON_SCHEMA, true).code,
  resolveDir: ajvBase,
  loader: 'js',
});
await add(
  'toy schema',
  `ajv ${ajvPackage.version} standalone (the custom check not expressible; no error mapping)`,
  `export { default } from 'virtual:ajv-toy';`,
  ajvBase,
);

function readVersion(name) {
  return JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
}

// ---------------------------------------------------------------- report

const versions = {
  valibot: readVersion('valibot'),
  esbuild: readVersion('esbuild'),
  ajv: `${ajvPackage.version} (${ajvPackage.base})`,
  'ajv-formats': `${formatsPackage.version} (${formatsPackage.base})`,
  zod: `${zodPackage.version} (${zodPackage.base})`,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ versions, results, ajvErrorSample }, null, 2));
} else {
  for (const [name, version] of Object.entries(versions)) console.log(`${name} ${version}`);
  let group;
  for (const row of results) {
    if (row.group !== group) console.log(`\n${(group = row.group)}`);
    const flag = row.eval ? '  [mentions eval or Function]' : '';
    console.log(
      `  ${String(row.gzip).padStart(6)} B gzip  ${String(row.minified).padStart(7)} B min  ${row.name}${flag}`,
    );
  }
  console.log(
    '\najv errors for test/fixtures/bad/missing-title.json (ours: /nodes/2/title required {key: title}):',
  );
  console.log(JSON.stringify(ajvErrorSample, null, 1));
}
