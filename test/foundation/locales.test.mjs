// Every locale folder in every package (core's UI strings and validation messages, each widget's strings) has
// one file per UI language, and each file has exactly the keys of English, no empty string, and the same
// {{placeholders}} as the English string of its key — so a missing or mistyped key fails here, not on a page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LANGUAGES = ['da', 'en', 'nb', 'nn', 'sv'];

/** Every `locales` folder under packages/<name>/src, at any depth. */
function localeFolders(dir = 'packages') {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.name === 'locales' && path.split(/[\\/]/).includes('src')) found.push(path);
    else found.push(...localeFolders(path));
  }
  return found;
}

/** Flattens nested strings to `a.b.c` → string. */
function flatten(value, prefix = '', out = new Map()) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'object' && child !== null) flatten(child, path, out);
    else out.set(path, child);
  }
  return out;
}

const placeholders = (text) =>
  [...String(text).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const folders = localeFolders();

test('the locale folders are found: core (UI, validation) and every widget', () => {
  const packages = new Set(folders.map((folder) => folder.split(/[\\/]/)[1]));
  for (const name of [
    'core',
    'goal-tree',
    'program-card',
    'milestone-timeline',
    'swot-grid',
    'vision-mission',
  ])
    assert.ok(packages.has(name), `a locales folder in packages/${name}`);
  assert.ok(folders.length >= 7, folders.join(', '));
});

for (const folder of folders) {
  test(`${folder}: one file per language, each with English's keys and placeholders`, () => {
    const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
    assert.deepEqual(files.map((file) => file.replace(/\.json$/, '')).sort(), LANGUAGES);
    const read = (lang) => flatten(JSON.parse(readFileSync(join(folder, `${lang}.json`), 'utf8')));
    const english = read('en');
    for (const lang of LANGUAGES) {
      const strings = read(lang);
      const missing = [...english.keys()].filter((key) => !strings.has(key));
      const extra = [...strings.keys()].filter((key) => !english.has(key));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${folder}/${lang}.json keys`);
      for (const [key, text] of strings) {
        assert.equal(typeof text, 'string', `${folder}/${lang}.json ${key} is a string`);
        assert.ok(text.trim().length > 0, `${folder}/${lang}.json ${key} is not empty`);
        assert.deepEqual(
          placeholders(text),
          placeholders(english.get(key)),
          `${folder}/${lang}.json ${key} has the placeholders of English`,
        );
      }
    }
  });
}
