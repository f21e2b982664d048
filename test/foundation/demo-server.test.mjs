// Runs in Node (node --test): the demo server answers / with the list of example plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startDemoServer, listExamples, DEMO_CSP } from '../../scripts/demo-server.js';

const port = 8700 + Math.floor(Math.random() * 200);

test('the demo server lists every example plan on /', async (t) => {
  const server = await startDemoServer({ port, hostname: '127.0.0.1', log: false });
  t.after(() => server.stop());

  const response = await fetch(`http://127.0.0.1:${port}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(response.headers.get('content-security-policy'), DEMO_CSP);
  const html = await response.text();

  const files = readdirSync('docs/examples').filter((name) => name.endsWith('.json'));
  assert.ok(files.length >= 1, 'docs/examples has example plans');
  for (const example of listExamples()) {
    assert.ok(html.includes(example.file), `the index names ${example.file}`);
    assert.ok(html.includes(`plan=${encodeURIComponent(example.slug)}`), `the index links ${example.slug}`);
  }
  assert.equal(listExamples().length, files.length);

  const page = await fetch(`http://127.0.0.1:${port}/demo/plan.html`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), DEMO_CSP);
  const bundle = await fetch(`http://127.0.0.1:${port}/dist/planvis.min.js`);
  assert.equal(bundle.status, 200, 'the demo serves the CDN bundle (npm start builds it)');
});
