/**
 * Writes packages/core/schema/plan.schema.json from the valibot schemas (packages/core/src/format), and the
 * generated field reference in docs/format.md. Fails when a property lacks a title, description or example.
 * Run: npm run schema   (= tsx scripts/generate-schema.ts); add --check to fail instead of writing when a file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildPlanJsonSchema,
  FIELDS_END,
  FIELDS_START,
  renderFieldReference,
} from '../packages/core/schema-tools/build-plan-json-schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = resolve(root, 'packages/core/schema/plan.schema.json');
const docsFile = resolve(root, 'docs/format.md');
const check = process.argv.includes('--check');

const schema = buildPlanJsonSchema();
const schemaText = `${JSON.stringify(schema, null, 2)}\n`;

let docs = readFileSync(docsFile, 'utf8');
const start = docs.indexOf(FIELDS_START);
const end = docs.indexOf(FIELDS_END);
if (start < 0 || end < start) {
  throw new Error(`docs/format.md must contain the markers\n${FIELDS_START}\n${FIELDS_END}`);
}
docs = docs.slice(0, start) + renderFieldReference(schema) + docs.slice(end + FIELDS_END.length);

const stale: string[] = [];
const write = (file: string, text: string) => {
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return;
  stale.push(file);
  if (!check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
};
write(schemaFile, schemaText);
write(docsFile, docs);

if (check && stale.length) {
  console.error(`Stale (run npm run schema): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(stale.length ? `Wrote ${stale.join(', ')}` : 'Schema and docs are up to date.');
