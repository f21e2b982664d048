// Size budgets (bench/budgets.json) on the built bundles. Each bundle has a product target (all ≤ 50 kB gzip,
// each widget ≤ 30 kB gzip) and a ratchet ceiling at today's size: the test fails when a bundle grows past its
// ceiling, and prints every size with its distance to the target. Every bundle is one self-contained file with
// all five languages inside (rollup.config.js), measured whole. Needs `npm run build:bundle` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { measure, readBudgets, kB } from '../../bench/bundle-sizes.js';

const budgets = readBudgets();
const LANGUAGES = ['nn', 'nb', 'da', 'sv', 'en'];

test('the targets are the product limits', () => {
  assert.equal(budgets['dist/planvis.min.js'].target.gzip, 50_000, 'everything ≤ 50 kB gzip');
  const widgets = Object.keys(budgets).filter((file) => file.startsWith('dist/widgets/'));
  assert.equal(widgets.length, 5);
  for (const file of widgets) assert.equal(budgets[file].target.gzip, 30_000, `${file} ≤ 30 kB gzip`);
});

for (const [file, { target, ceiling }] of Object.entries(budgets)) {
  test(`${file} does not grow past its ceiling`, () => {
    assert.ok(existsSync(file), `${file} exists (run npm run build:bundle)`);
    const size = measure(file);
    const over = size.gzip - target.gzip;
    console.log(
      `${file}: ${kB(size.raw)} min, ${kB(size.gzip)} gzip, ${kB(size.brotli)} brotli — ` +
        (over > 0
          ? `${kB(over)} over its ${kB(target.gzip)} target`
          : `within its ${kB(target.gzip)} target`) +
        ` (ceiling ${kB(ceiling.gzip)})`,
    );
    assert.ok(size.gzip <= ceiling.gzip, `${file}: ${size.gzip} B gzip > ceiling ${ceiling.gzip} B`);
    if (ceiling.brotli)
      assert.ok(size.brotli <= ceiling.brotli, `${file}: ${size.brotli} B brotli > ${ceiling.brotli} B`);
  });

  test(`${file} is self-contained: no imports, every language inside`, () => {
    const source = readFileSync(file, 'utf8');
    // Static `import … from "x"`, `import "x"`, `export … from "x"` and dynamic `import("x")`, of any "x".
    assert.doesNotMatch(source, /\b(?:import|export)\s*(?:[\w$*{},\s]+?from\s*)?["'][^"']+["']/);
    assert.doesNotMatch(source, /\bimport\s*\(/);
    // A string of each language (core's "Loading the plan …").
    for (const lang of LANGUAGES) {
      const { loading } = JSON.parse(readFileSync(`packages/core/src/i18n/locales/${lang}.json`, 'utf8'));
      assert.ok(source.includes(loading), `${file} has the ${lang} string "${loading}"`);
    }
  });
}

test('the CDN copy in packages/planvis/dist is the same bundle', () => {
  assert.deepEqual(
    readFileSync('packages/planvis/dist/planvis.min.js'),
    readFileSync('dist/planvis.min.js'),
    'same bundle',
  );
  const pkg = JSON.parse(readFileSync('packages/planvis/package.json', 'utf8'));
  assert.ok(pkg.files.includes('dist'), 'the published package includes dist/');
});
