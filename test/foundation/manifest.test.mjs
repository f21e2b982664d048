// The custom-elements manifest is what Storybook's API tables, editors and vendors read: it must list every
// element with its public API documented (a JSDoc line for each property, attribute, event, part, CSS property
// and slot) and nothing private. The test runs the analyzer itself, with the project's config, into a temp dir.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const WIDGETS = [
  'planvis-goal-tree',
  'planvis-program-card',
  'planvis-milestone-timeline',
  'planvis-swot-grid',
  'planvis-vision-mission',
];

const outdir = mkdtempSync(join(tmpdir(), 'planvis-cem-'));
let manifest;
try {
  execFileSync(
    process.execPath,
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      '--config',
      'custom-elements-manifest.config.js',
      '--outdir',
      relative(process.cwd(), outdir), // the analyzer joins it onto the working directory
    ],
    { stdio: 'pipe' },
  );
  manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

const elements = new Map(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);

test('every widget and <planvis-plan> is in the manifest', () => {
  for (const tag of [...WIDGETS, 'planvis-plan']) assert.ok(elements.has(tag), `${tag} is missing`);
});

for (const tag of WIDGETS) {
  test(`${tag}: a documented public API and nothing private`, () => {
    const element = elements.get(tag);
    assert.ok(element.description?.trim(), 'the element has a description');
    const undocumented = (list = []) => list.filter((item) => !item.description?.trim()).map((i) => i.name);
    assert.deepEqual(undocumented(element.members), [], 'members without a description');
    assert.deepEqual(undocumented(element.attributes), [], 'attributes without a description');
    assert.deepEqual(undocumented(element.cssParts), [], 'parts without a description');
    assert.deepEqual(undocumented(element.cssProperties), [], 'CSS properties without a description');
    assert.deepEqual(undocumented(element.slots), [], 'slots without a description');
    const internal = (element.members ?? []).filter(
      (m) => m.privacy === 'private' || m.privacy === 'protected' || /^[#_]/.test(m.name),
    );
    assert.deepEqual(
      internal.map((m) => m.name),
      [],
      'private members in the manifest',
    );
    const events = (element.events ?? []).map((event) => event.name);
    assert.ok(events.includes('planvis-load') && events.includes('planvis-error'), 'load and error events');
    assert.ok(
      events.every((name) => name.startsWith('planvis-')),
      `only planvis-* events: ${events}`,
    );
    for (const attribute of ['src', 'theme']) {
      assert.ok(
        element.attributes?.some((a) => a.name === attribute),
        `the shared ${attribute} attribute`,
      );
    }
    assert.ok(element.cssParts?.length > 0 && element.cssProperties?.length > 0, 'parts and CSS properties');
  });
}

/**
 * The part names a package's templates set literally (`part="a b"`, also inside `part="a ${x}"`, where only
 * the literal words count), in its own sources and in core's element that every widget extends.
 */
function partsUsedIn(dirs) {
  const used = new Set();
  for (const dir of dirs) {
    for (const file of readdirSync(dir, { recursive: true })) {
      if (!String(file).endsWith('.ts') || String(file).endsWith('.d.ts')) continue;
      const source = readFileSync(join(dir, String(file)), 'utf8');
      for (const [, value] of source.matchAll(/\bpart="([^"]*)"/g)) {
        const literal = value.replace(/[\w-]*\$\{[^}]*\}[\w-]*/g, ' ');
        for (const name of literal.split(/\s+/)) if (/^[a-z][\w-]*$/.test(name)) used.add(name);
      }
    }
  }
  return used;
}

for (const tag of WIDGETS) {
  test(`${tag}: every part its templates set is documented (@csspart)`, () => {
    const documented = new Set((elements.get(tag).cssParts ?? []).map((part) => part.name));
    const used = partsUsedIn([`packages/${tag.replace(/^planvis-/, '')}/src`, 'packages/core/src/element']);
    assert.ok(used.size > 3, `found the parts of ${tag}'s templates`);
    assert.deepEqual(
      [...used].filter((name) => !documented.has(name)).sort(),
      [],
      'parts set in a template without a @csspart line',
    );
  });
}
