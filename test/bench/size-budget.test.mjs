// Size budgets (bench/budgets.json) on the built bundles. Each bundle has a product target (all ≤ 50 kB gzip,
// each widget ≤ 30 kB gzip) and a ratchet ceiling at today's size: the test fails when a bundle grows past its
// ceiling, and prints every size with its distance to the target. A bundle is measured as a page downloads it
// in its largest language: the entry file plus the language chunk beside it (bench/bundle-sizes.js); the entry
// alone is printed too. Needs `npm run build:bundle` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CHUNK_LANGUAGES, chunkLanguage, measureBundle, readBudgets, kB } from '../../bench/bundle-sizes.js';

const budgets = readBudgets();

test('the targets are the product limits', () => {
  assert.equal(budgets['dist/planvis.min.js'].target.gzip, 50_000, 'everything ≤ 50 kB gzip');
  const widgets = Object.keys(budgets).filter((file) => file.startsWith('dist/widgets/'));
  assert.equal(widgets.length, 5);
  for (const file of widgets) assert.equal(budgets[file].target.gzip, 30_000, `${file} ≤ 30 kB gzip`);
});

for (const [file, { target, ceiling }] of Object.entries(budgets)) {
  test(`${file} with its largest language does not grow past its ceiling`, () => {
    assert.ok(existsSync(file), `${file} exists (run npm run build:bundle)`);
    const { entry, languages, largest } = measureBundle(file);
    const over = largest.gzip - target.gzip;
    const perLanguage = Object.entries(languages)
      .map(([lang, size]) => `${lang} ${kB(size.gzip)}`)
      .join(', ');
    console.log(
      `${file}: entry ${kB(entry.raw)} min, ${kB(entry.gzip)} gzip; ` +
        `entry + ${largest.lang} chunk ${kB(largest.raw)} min, ${kB(largest.gzip)} gzip, ${kB(largest.brotli)} brotli — ` +
        (over > 0
          ? `${kB(over)} over its ${kB(target.gzip)} target`
          : `within its ${kB(target.gzip)} target`) +
        ` (ceiling ${kB(ceiling.gzip)}; per language: ${perLanguage})`,
    );
    assert.ok(
      largest.gzip <= ceiling.gzip,
      `${file} + ${largest.lang}: ${largest.gzip} B gzip > ceiling ${ceiling.gzip} B`,
    );
    if (ceiling.brotli)
      assert.ok(
        largest.brotli <= ceiling.brotli,
        `${file} + ${largest.lang}: ${largest.brotli} B brotli > ${ceiling.brotli} B`,
      );
  });

  test(`${file} carries English only; each other language is one chunk beside it`, () => {
    const { chunks, languages } = measureBundle(file);
    const chunkDir = join(dirname(file), basename(file, '.min.js'));
    assert.deepEqual(
      chunks.map(chunkLanguage).sort(),
      [...CHUNK_LANGUAGES].sort(),
      `one chunk per language in ${chunkDir}/`,
    );
    for (const chunk of chunks) assert.equal(dirname(chunk), chunkDir, `${chunk} is in ${chunkDir}/`);
    // A string of each language (core's "Loading the plan …"): only in its own chunk, never in the entry.
    const entrySource = readFileSync(file, 'utf8');
    for (const lang of CHUNK_LANGUAGES) {
      const { loading } = JSON.parse(readFileSync(`packages/core/src/i18n/locales/${lang}.json`, 'utf8'));
      assert.ok(!entrySource.includes(loading), `the entry has no ${lang} string ("${loading}")`);
      const [own] = languages[lang].files.filter((f) => chunkLanguage(f) === lang);
      assert.ok(readFileSync(own, 'utf8').includes(loading), `the ${lang} chunk has "${loading}"`);
    }
    const { loading } = JSON.parse(readFileSync('packages/core/src/i18n/locales/en.json', 'utf8'));
    assert.ok(entrySource.includes(loading), 'English is in the entry');
  });
}

test('the CDN copy in packages/planvis/dist is the same bundle with the same chunks', () => {
  const list = (dir) => readdirSync(dir).sort();
  assert.deepEqual(
    readFileSync('packages/planvis/dist/planvis.min.js'),
    readFileSync('dist/planvis.min.js'),
    'same entry',
  );
  assert.deepEqual(list('packages/planvis/dist/planvis'), list('dist/planvis'), 'same chunk files');
  const pkg = JSON.parse(readFileSync('packages/planvis/package.json', 'utf8'));
  assert.ok(pkg.files.includes('dist'), 'the published package includes dist/, chunks and all');
});
