import { expect } from '@open-wc/testing';
import {
  buildPlanJsonSchemaWithPaths,
  FIELDS_END,
  FIELDS_START,
  PLAN_SCHEMA_ID,
  renderFieldReference,
} from '../../../packages/core/schema-tools/build-plan-json-schema.js';

/** Fetches a JSON file from the test server (whose root is the repository root). */
async function loadJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

type Node = Record<string, unknown> & {
  properties?: Record<string, Node>;
  items?: Node;
  $defs?: Record<string, Node>;
};

const { schema, paths } = buildPlanJsonSchemaWithPaths();

describe('plan.schema.json', () => {
  it('is what the generator makes from the valibot schema now (run `npm run schema` after a change)', async () => {
    const committed = await loadJson('/packages/core/schema/plan.schema.json');
    expect(committed).to.deep.equal(schema);
    const text = await (await fetch('/packages/core/schema/plan.schema.json')).text();
    expect(text, 'byte for byte, as the generator writes it').to.equal(
      `${JSON.stringify(schema, null, 2)}\n`,
    );
  });

  it('is JSON Schema 2020-12 with the published $id', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal(PLAN_SCHEMA_ID);
  });

  it('has a title and a description on every property, and rejects unknown keys except x-', () => {
    let count = 0;
    const walk = (node: Node, path: string) => {
      if (node.properties) {
        expect(node.additionalProperties, `${path} is closed`).to.equal(false);
        expect(Object.keys(node.patternProperties as object), path).to.deep.equal(['^x-']);
      }
      for (const [key, property] of Object.entries(node.properties ?? {})) {
        count++;
        expect(property.title, `${path}.${key} title`).to.be.a('string').and.not.equal('');
        expect(property.description, `${path}.${key} description`).to.be.a('string').and.not.equal('');
        walk(property, `${path}.${key}`);
        if (property.items) walk(property.items, `${path}.${key}[]`);
      }
    };
    walk(schema as Node, 'Plan');
    for (const [name, def] of Object.entries((schema as Node).$defs ?? {})) {
      expect(def.title, name).to.be.a('string');
      expect(def.description, name).to.be.a('string');
      walk(def, name);
    }
    expect(count).to.be.greaterThan(150);
  });
});

describe('docs/format.md', () => {
  let text = '';
  before(async () => {
    text = await (await fetch('/docs/format.md')).text();
  });

  it('mentions every property path of the schema', () => {
    const missing = paths.filter((path) => !text.includes(`\`${path}\``) && !text.includes(`### ${path}`));
    expect(missing).to.deep.equal([]);
  });

  it('has the field reference the generator makes now', () => {
    const start = text.indexOf(FIELDS_START);
    const end = text.indexOf(FIELDS_END);
    expect(start, 'start marker').to.be.greaterThan(-1);
    expect(text.slice(start, end + FIELDS_END.length)).to.equal(renderFieldReference(schema));
  });
});
