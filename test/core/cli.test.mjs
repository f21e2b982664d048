// The planvis CLI, run as a user runs it: `node packages/core/bin/planvis.js validate …` (and through
// node_modules/.bin/planvis when npm has linked it). Needs packages/core/dist (`npx tsc -b`, the root
// `prepare` script). Run: node --test test/core/cli.test.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'packages/core/bin/planvis.js');
const examples = [
  'sogndal-oppvekst',
  'hammerfest-sjumilssteget',
  'thisted-ungestrategi',
  'randers-boern-og-familie',
  'uddevalla-foraeldrastoed',
].map((name) => `docs/examples/${name}.json`);
const badDir = 'test/fixtures/bad';
const bad = (name) => `${badDir}/${name}.json`;
const tmp = mkdtempSync(join(tmpdir(), 'planvis-cli-'));

/** Runs the CLI with a clean language environment plus `env`. */
function planvis(args, { env = {}, input } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('exit 0 for valid documents: the five examples', () => {
  const { code, out, err } = planvis(['validate', ...examples]);
  assert.equal(err, '');
  assert.equal(code, 0);
  assert.deepEqual(
    out.trim().split('\n'),
    examples.map((file) => `${file}: valid`),
  );
});

test('exit 1 for an invalid document, each error as "path: message"', () => {
  const { code, out } = planvis(['validate', bad('unknown-reference')]);
  assert.equal(code, 1);
  assert.deepEqual(out.trim().split('\n'), [
    `${bad('unknown-reference')}: 1 error`,
    '/nodes/1/parent: None of the nodes has the id “rot”.',
  ]);
});

test('messages follow LANG (nn_NO.UTF-8 → nn, no → nb, unknown → en) and --lang wins', () => {
  const file = bad('missing-title');
  assert.match(
    planvis(['validate', file], { env: { LANG: 'nn_NO.UTF-8' } }).out,
    /\/nodes\/2\/title: «title» må vere med\./,
  );
  assert.match(
    planvis(['validate', file], { env: { LANG: 'no' } }).out,
    /\/nodes\/2\/title: «title» må være med\./,
  );
  assert.match(
    planvis(['validate', file], { env: { LANG: 'de_DE.UTF-8' } }).out,
    /\/nodes\/2\/title: “title” is required\./,
  );
  assert.match(planvis(['validate', file], { env: { LANG: 'sv_SE.UTF-8' } }).out, /: 1 fel\n/);
  assert.match(
    planvis(['validate', '--lang', 'da', file], { env: { LANG: 'nn_NO.UTF-8' } }).out,
    /\/nodes\/2\/title: »title« skal angives\./,
  );
  assert.match(
    planvis(['validate', file], { env: { LC_ALL: 'sv_SE.UTF-8', LANG: 'nn_NO' } }).out,
    /måste anges/,
  );
});

test('exit 2 for a file that is not JSON, with line and column', () => {
  const file = join(tmp, 'broken.json');
  writeFileSync(file, '{\n  "formatVersion": "1.0",\n  "nodes": [1, 2,]\n}\n');
  const { code, out, err } = planvis(['validate', file]);
  assert.equal(code, 2);
  assert.equal(out, '');
  assert.equal(err.trim(), `${file}: not valid JSON at line 3, column 18`);
  const empty = join(tmp, 'empty.json');
  writeFileSync(empty, '');
  assert.match(planvis(['validate', empty]).err, /not valid JSON at line 1, column 1/);
});

test('exit 2 for a missing file; several files give the worst exit code', () => {
  assert.deepEqual(planvis(['validate', 'nowhere.json']), {
    code: 2,
    out: '',
    err: 'nowhere.json: file not found\n',
  });
  assert.equal(planvis(['validate', examples[0], bad('progress-101')]).code, 1);
  const mixed = planvis(['validate', examples[0], bad('progress-101'), 'nowhere.json', examples[1]]);
  assert.equal(mixed.code, 2);
  assert.match(mixed.out, /sogndal-oppvekst\.json: valid/);
  assert.match(mixed.out, /progress-101\.json: 1 error/);
  assert.match(mixed.out, /hammerfest-sjumilssteget\.json: valid/);
});

test('exit 2 and usage for a wrong command line', () => {
  assert.equal(planvis([]).code, 2);
  assert.equal(planvis(['validate']).code, 2);
  assert.match(planvis(['check', examples[0]]).err, /Usage: planvis validate/);
  assert.match(planvis(['check', examples[0]]).err, /Unknown command: check \(the only one is validate\)/);
  assert.match(planvis(['validate', '--strict', examples[0]]).err, /Unknown option: --strict/);
  assert.deepEqual(planvis(['--help']).code, 0);
});

test('--json prints the results as JSON; - reads standard input', () => {
  const { code, out } = planvis(['validate', '--json', '-'], { input: '[]' });
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(out), [
    {
      file: '<stdin>',
      valid: false,
      errors: [
        {
          path: '',
          code: 'not-a-plan',
          params: {},
          message: 'This is not a plan document: expected a JSON object with “formatVersion”.',
        },
      ],
    },
  ]);
  const missing = JSON.parse(planvis(['validate', '--json', 'nowhere.json']).out);
  assert.deepEqual(missing, [
    {
      file: 'nowhere.json',
      valid: false,
      problem: { code: 'not-found', message: 'nowhere.json: file not found' },
    },
  ]);
});

test('every bad fixture has its expectations, is listed in the browser test, and fails with exactly those errors', () => {
  const names = readdirSync(join(root, badDir))
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const browserTest = readFileSync(join(root, 'test/core/format/validate-plan.test.ts'), 'utf8');
  const listed = browserTest.slice(
    browserTest.indexOf('BAD_FIXTURES'),
    browserTest.indexOf('];', browserTest.indexOf('BAD_FIXTURES')),
  );
  for (const name of names) {
    assert.ok(listed.includes(`'${name}'`), `${name} is listed in BAD_FIXTURES`);
    const expected = JSON.parse(readFileSync(join(root, badDir, `${name}.expected.json`), 'utf8'));
    const { code, out } = planvis(['validate', '--json', bad(name)]);
    assert.equal(code, 1, name);
    const [result] = JSON.parse(out);
    const brief = (errors) => errors.map(({ path, code: c }) => `${path} ${c}`).sort();
    assert.deepEqual(brief(result.errors), brief(expected.errors), name);
  }
  assert.ok(names.length >= 10);
});

test(
  'the npm-linked bin works too (after npm install)',
  { skip: !existsSync(join(root, 'node_modules/.bin/planvis')) },
  () => {
    const result = spawnSync(join(root, 'node_modules/.bin/planvis'), ['validate', examples[0]], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    assert.equal(result.status, 0);
  },
);
