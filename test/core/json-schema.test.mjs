// The PUBLISHED contract, packages/core/schema/plan.schema.json, checked by an independent JSON Schema 2020-12
// validator (ajv 8 + ajv-formats), as editors and vendors will use it: the examples pass, structurally bad
// documents fail at the paths our validator names, and documents that break only rules a JSON Schema cannot
// state pass (those rules live in the planvis validator). Run: node --test test/core/json-schema.test.mjs
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const schema = readJson('packages/core/schema/plan.schema.json');

// ajv's strict mode in full, except two checks that flag valid idioms of the generated schema, which are
// logged instead and must be exactly these:
// - strictRequired: "at least one of" is `anyOf: [{ required: ["start"] }, { required: ["end"] }]`, and a
//   custom node type needs a label via `if`/`then: { required: ["typeLabel"] }`; ajv wants each required
//   property declared in the same subschema, but they are declared in the parent's `properties`.
// - strictTypes: that `if` tests `properties: { type: { pattern: "^x-" } }` without `type: "string"`
//   (`type` is a string by the parent's NodeType anyway).
// Every other strict check (unknown keywords, unknown formats, strictNumbers, strictTuples…) throws.
const warnings = [];
const ajv = new Ajv2020({
  strict: true,
  strictRequired: 'log',
  strictTypes: 'log',
  allErrors: true,
  logger: { log() {}, warn: (message) => warnings.push(String(message)), error: console.error },
});
addFormats(ajv); // the schema uses "date-time" (updated) and "email" (a person's email)
const validate = ajv.compile(schema);

const ALLOWED_WARNINGS = [
  /^strict mode: required property "(start|end|people|organisation|label|planned|actual|typeLabel)" is not defined at "[^"]*#\/(anyOf\/\d+|then)" \(strictRequired\)$/,
  /^strict mode: missing type "string" for keyword "pattern" at "[^"]*#\/if\/properties\/type" \(strictTypes\)$/,
];

test('plan.schema.json is valid JSON Schema 2020-12 and compiles in strict mode (two idioms aside)', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
  const unexpected = warnings.filter((warning) => !ALLOWED_WARNINGS.some((allowed) => allowed.test(warning)));
  assert.deepEqual(unexpected, []);
});

test('every example in docs/examples validates against plan.schema.json', () => {
  const examples = readdirSync(join(root, 'docs/examples')).filter((name) => name.endsWith('.json'));
  assert.equal(examples.length, 5);
  for (const name of examples) {
    const valid = validate(readJson(`docs/examples/${name}`));
    assert.equal(valid, true, `${name}: ${ajv.errorsText(validate.errors)}`);
  }
});

// The codes of rules a JSON Schema cannot state: across the document (check-semantics.ts: unique ids,
// references, cycles, matrix cells) and comparisons between two values (end before start, status years).
const NOT_EXPRESSIBLE = new Set([
  'duplicate-id',
  'unknown-reference',
  'wrong-reference-kind',
  'cycle',
  'not-in-matrix',
  'end-before-start',
  'years-out-of-order',
]);

// `invalid-date` is both: the PlanDate pattern rejects a malformed date ("2014-13"), but not a day the
// calendar does not have ("2014-02-30"); so the fixtures with it say which they are.
const INVALID_DATE_CAUGHT = { 'bad-date': false, 'malformed-date-in-range': true };

/** Where an ajv error points, as our paths do: a missing or unknown key is the key's own path. */
const ajvPath = ({ instancePath, params }) =>
  params.missingProperty !== undefined
    ? `${instancePath}/${params.missingProperty}`
    : params.additionalProperty !== undefined
      ? `${instancePath}/${params.additionalProperty}`
      : instancePath;

const badDir = 'test/fixtures/bad';
const fixtures = readdirSync(join(root, badDir))
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.slice(0, -'.expected.json'.length));

const kinds = { structural: [], notExpressible: [] };

for (const name of fixtures) {
  const { errors } = readJson(`${badDir}/${name}.expected.json`);
  const codes = [...new Set(errors.map((error) => error.code))];
  if (codes.includes('invalid-date')) {
    assert.ok(name in INVALID_DATE_CAUGHT, `${name}: say whether the schema's date pattern catches it`);
  }
  const catchable =
    codes.some((code) => code !== 'invalid-date' && !NOT_EXPRESSIBLE.has(code)) ||
    INVALID_DATE_CAUGHT[name] === true;
  (catchable ? kinds.structural : kinds.notExpressible).push(name);

  if (catchable) {
    test(`${name}: structurally bad, so plan.schema.json rejects it where we do`, () => {
      const valid = validate(readJson(`${badDir}/${name}.json`));
      assert.equal(valid, false);
      const paths = new Set(validate.errors.map(ajvPath));
      for (const error of errors) {
        if (NOT_EXPRESSIBLE.has(error.code)) continue;
        assert.ok(paths.has(error.path), `${error.code} at ${error.path}; ajv: ${[...paths].join(', ')}`);
      }
    });
  } else {
    // Only rules the JSON Schema cannot express are broken here (a duplicate id, an unknown reference, a
    // cycle, an end before its start…): the document is structurally sound, so the published schema accepts
    // it, and only the planvis validator (validatePlan, the CLI) reports it.
    test(`${name}: breaks only rules a JSON Schema cannot express (${codes.join(', ')}), so the schema passes it`, () => {
      const valid = validate(readJson(`${badDir}/${name}.json`));
      assert.equal(valid, true, ajv.errorsText(validate.errors));
    });
  }
}

test('both kinds of bad fixture are checked', () => {
  assert.ok(kinds.structural.length >= 8, `structural: ${kinds.structural.join(', ')}`);
  assert.ok(kinds.notExpressible.length >= 5, `not expressible: ${kinds.notExpressible.join(', ')}`);
});
