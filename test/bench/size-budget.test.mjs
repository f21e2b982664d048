// The size budgets (bench/budgets.json), checked on the built bundles: fails when one is exceeded and
// prints every size. Needs `npm run build:bundle` first (npm test runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { measure, readBudgets, kB } from '../../bench/bundle-sizes.js';

const budgets = readBudgets();

test('the budgets cover the full bundle and each widget, within the product limits', () => {
  assert.ok(budgets['dist/planvis.min.js'].gzip <= 50_000, 'everything ≤ 50 kB gzip');
  const widgets = Object.keys(budgets).filter((file) => file.startsWith('dist/widgets/'));
  assert.equal(widgets.length, 5);
  for (const file of widgets) assert.ok(budgets[file].gzip <= 30_000, `${file} ≤ 30 kB gzip`);
});

for (const [file, budget] of Object.entries(budgets)) {
  test(`${file} stays within its size budget`, () => {
    assert.ok(existsSync(file), `${file} exists (run npm run build:bundle)`);
    const size = measure(file);
    console.log(
      `${file}: ${kB(size.raw)} min, ${kB(size.gzip)} gzip (budget ${kB(budget.gzip)}), ${kB(size.brotli)} brotli`,
    );
    assert.ok(size.gzip <= budget.gzip, `${file}: ${size.gzip} B gzip > budget ${budget.gzip} B`);
    if (budget.brotli)
      assert.ok(size.brotli <= budget.brotli, `${file}: ${size.brotli} B brotli > ${budget.brotli} B`);
  });
}
