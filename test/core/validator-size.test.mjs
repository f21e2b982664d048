// Size budget of the validator (issue 5): what widgets ship for validation, validatePlan and readPlan,
// bundled and minified (esbuild) and gzipped (level 9), stays under 8 kB (8000 B). The candidates measured
// against valibot, and why it was chosen: docs/decisions/validator-library.md, bench/validator-candidates.mjs.
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

test('validatePlan + readPlan are under 8 kB minified and gzipped, and carry no schema docs or eval', async () => {
  const { gzip, text } = await gzippedSize(
    "export { validatePlan, readPlan } from './packages/core/src/format/index.ts';",
  );
  assert.ok(gzip < 8000, `validatePlan + readPlan are ${gzip} B gzipped`);
  assert.ok(!text.includes('Sort key among siblings'), 'schema docs stay out of the runtime bundle');
  // eval, new Function, or the Function constructor under another name (`const F = Function; new F('')`).
  assert.ok(!/\beval\s*\(|\bFunction\b/.test(text), 'no eval or Function constructor');
});

test('the lenient reader, index and roll-up add little', async () => {
  const { gzip } = await gzippedSize(
    "export { validatePlan, readPlan, indexPlan, rollUpProgress } from './packages/core/src/format/index.ts';",
  );
  assert.ok(gzip < 10 * 1024, `validatePlan + readPlan + indexPlan + rollUpProgress are ${gzip} B gzipped`);
});
