// Size budget of the validator: validatePlan, bundled and minified (esbuild) and gzipped, stays under 8 kB.
// Run: node --test test/core/validator-size.test.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '../..');

async function gzippedSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const text = Buffer.from(code).toString('utf8');
  return { gzip: gzipSync(code, { level: 9 }).length, text };
}

test('validatePlan is under 8 kB minified and gzipped, and carries no schema docs or eval', async () => {
  const { gzip, text } = await gzippedSize(
    "export { validatePlan } from './packages/core/src/format/validate-plan.ts';",
  );
  assert.ok(gzip < 8 * 1024, `validatePlan is ${gzip} B gzipped`);
  assert.ok(!text.includes('Sort key among siblings'), 'schema docs stay out of the runtime bundle');
  assert.ok(!/\beval\(|new Function\(/.test(text), 'no eval or new Function');
});

test('the lenient reader, index and roll-up add little', async () => {
  const { gzip } = await gzippedSize(
    "export { validatePlan, readPlan, indexPlan, rollUpProgress } from './packages/core/src/format/index.ts';",
  );
  assert.ok(gzip < 10 * 1024, `validatePlan + readPlan + indexPlan + rollUpProgress are ${gzip} B gzipped`);
});
