// The documented API of <planvis-swot-grid> matches the code: every part the template renders has a @csspart
// line and a README row; every CSS custom property the styles read has a @cssprop line and a README row with
// the same light and dark defaults; every attribute and event is in the README.
// Run: node --test test/swot-grid/docs.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../../packages/swot-grid');
const source = readFileSync(resolve(dir, 'src/swot-grid.ts'), 'utf8');
const styles = readFileSync(resolve(dir, 'src/swot-grid.styles.ts'), 'utf8');
const readme = readFileSync(resolve(dir, 'README.md'), 'utf8');

/** The text of one `## …` section of the README. */
function section(title) {
  const start = readme.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README has a "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}
/** The first cell of each table row of a README section, without backticks. */
const firstCells = (text) =>
  [...text.matchAll(/^\| `([^`|]+)`/gm)].map((match) => match[1]).filter((cell) => cell !== '---');

// The template's parts: `part="a b"` attributes, with `${category}` and `${code}` expanded.
const EXPAND = {
  '${category}': ['strength', 'weakness', 'opportunity', 'threat'],
  '${code}': ['so', 'st', 'wo', 'wt'],
};
const renderedParts = new Set(
  [...source.matchAll(/\bpart="([^"]+)"/g)]
    .flatMap((match) => match[1].split(/\s+/))
    .flatMap((token) => {
      const placeholder = Object.keys(EXPAND).find((key) => token.includes(key));
      if (placeholder) return EXPAND[placeholder].map((value) => token.replace(placeholder, value));
      assert.ok(!token.includes('${'), `a part name with an unknown placeholder: ${token}`);
      return [token];
    }),
);
const jsdocParts = new Set([...source.matchAll(/@csspart ([\w-]+) - \S/g)].map((match) => match[1]));
const jsdocProps = new Map(
  [...source.matchAll(/@cssprop \[(--[\w-]+)=([^\]]+)\] - (.+)/g)].map((match) => [
    match[1],
    { light: match[2], dark: /\(dark(?: theme default)? (#[0-9a-f]{3,8})\)/i.exec(match[3])?.[1] },
  ]),
);

test('the parts the template renders are found', () => {
  // Guards the regular expression above: these are certainly rendered.
  for (const part of ['base', 'grid', 'quadrant-threat', 'crossing-wt', 'crossing-one-sided', 'item-button'])
    assert.ok(renderedParts.has(part), part);
});

test('every rendered part has a @csspart line, and every @csspart is rendered', () => {
  assert.deepEqual([...renderedParts].sort(), [...jsdocParts].sort());
});

test('every part is in the README, and the README names no part that is not rendered', () => {
  const parts = section('Parts');
  const documented = new Set(firstCells(parts));
  // The category and crossing parts are named in the rows of `quadrant` and `crossing`.
  for (const name of [...parts.matchAll(/`((?:quadrant|crossing)-[\w-]+)`/g)].map((m) => m[1]))
    documented.add(name);
  assert.deepEqual([...renderedParts].sort(), [...documented].sort());
});

test('the CSS custom properties: styles, @cssprop and README agree on names and defaults', () => {
  const read = new Set([...styles.matchAll(/var\((--planvis-swot-grid-[\w-]+)/g)].map((match) => match[1]));
  assert.deepEqual([...read].sort(), [...jsdocProps.keys()].sort(), 'styles vs @cssprop');

  const rows = new Map(
    [
      ...section('CSS custom properties').matchAll(/^\| `(--[\w-]+)` \| `([^`]+)`(?: \/ `([^`]+)`)? \|/gm),
    ].map((match) => [match[1], { light: match[2], dark: match[3] }]),
  );
  assert.deepEqual([...rows.keys()].sort(), [...jsdocProps.keys()].sort(), 'README vs @cssprop');
  for (const [name, { light, dark }] of jsdocProps) {
    assert.equal(rows.get(name).light, light, `${name}: README default vs @cssprop`);
    assert.equal(rows.get(name).dark, dark, `${name}: README dark default vs @cssprop`);
  }

  // The defaults the styles fall back to, in the light (:host) and dark (:host([theme='dark'])) rules.
  const fallbacks = (rule) => {
    const start = styles.indexOf(`${rule} {`);
    assert.ok(start >= 0, rule);
    const body = styles.slice(start, styles.indexOf('}', start));
    return new Map(
      [...body.matchAll(/var\((--planvis-swot-grid-[\w-]+), (#[0-9a-f]+|[\w.]+)\)/gi)].map((m) => [
        m[1],
        m[2],
      ]),
    );
  };
  const light = fallbacks(':host');
  const dark = fallbacks(":host([theme='dark'])");
  for (const [name, documented] of jsdocProps) {
    if (documented.light.startsWith('#') || /^[\d.]+r?em$/.test(documented.light))
      assert.equal(light.get(name), documented.light, `${name}: light fallback in the styles`);
    if (documented.dark)
      assert.equal(dark.get(name), documented.dark, `${name}: dark fallback in the styles`);
  }
});

test('every attribute of the element is in the README table', () => {
  const attributes = [...source.matchAll(/@property\(([^)]*)\)\s+(\w+)/g)].map(([, options, name]) => {
    if (/attribute:\s*false/.test(options)) return undefined;
    return /attribute:\s*'([\w-]+)'/.exec(options)?.[1] ?? name.toLowerCase();
  });
  const table = section('Attributes and properties');
  for (const attribute of attributes.filter(Boolean))
    assert.match(table, new RegExp(`^\\| \`${attribute}\` \\|`, 'm'), attribute);
});

test('every event the element fires is in the README', () => {
  const events = [...source.matchAll(/@fires \{\w+\} ([\w-]+)/g)].map((match) => match[1]);
  assert.ok(events.includes('planvis-select'));
  const table = section('Events');
  for (const event of events) assert.match(table, new RegExp(`^\\| \`${event}\` \\|`, 'm'), event);
});
