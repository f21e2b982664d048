/**
 * Generates the published JSON Schema (draft 2020-12) from the valibot schemas, adding a title and a
 * description to every property from `schema-docs.ts`, and renders the field reference of docs/format.md
 * from the same data. Used by `scripts/generate-schema.ts` and by the drift test; not part of the runtime.
 * Throws when a property has no docs entry, or a docs entry names no property.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { PLAN_SCHEMA_DEFINITIONS, PlanSchema } from '../src/format/plan-schema.js';
import { SCHEMA_DOCS, type FieldDoc } from './schema-docs.js';
import { closedObject, CUSTOM_VALUE, LANGUAGE_TAG, VENDOR_KEY } from '../src/format/schema-primitives.js';

export const PLAN_SCHEMA_ID = 'https://planvis.dev/schema/v1/plan.schema.json';

/** A JSON Schema node, loosely typed for walking. */
type Node = Record<string, unknown> & {
  properties?: Record<string, Node>;
  items?: Node;
  $ref?: string;
  $defs?: Record<string, Node>;
};

const PLAN_DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';
const NON_BLANK = { type: 'string', minLength: 1, pattern: '\\S' };

function convert(): Node {
  return toJsonSchema(PlanSchema, {
    target: 'draft-2020-12',
    definitions: PLAN_SCHEMA_DEFINITIONS as unknown as Record<string, v.GenericSchema>,
    errorMode: 'throw',
    overrideSchema({ valibotSchema, jsonSchema }) {
      const schema = valibotSchema as v.GenericSchema & { options?: readonly string[] };
      if (schema.reference === (closedObject as unknown)) {
        const out: JsonSchema = { ...jsonSchema };
        if (Array.isArray(out.required) && out.required.length === 0) delete out.required;
        out.patternProperties = {
          [VENDOR_KEY.source]: { description: 'Vendor data: allowed on every object, ignored by planvis.' },
        };
        out.additionalProperties = false;
        return out;
      }
      if (schema.type === 'localized_text') {
        return {
          anyOf: [
            NON_BLANK,
            {
              type: 'object',
              minProperties: 1,
              propertyNames: { pattern: LANGUAGE_TAG.source },
              additionalProperties: NON_BLANK,
            },
          ],
        } as JsonSchema;
      }
      if (schema.type === 'open_picklist') {
        return {
          type: 'string',
          anyOf: [{ enum: [...schema.options!] }, { pattern: CUSTOM_VALUE.source }],
        } as JsonSchema;
      }
      return null;
    },
    overrideAction({ valibotAction, jsonSchema }) {
      const requirement = (valibotAction as { requirement?: unknown }).requirement;
      switch (valibotAction.type) {
        case 'plan_date':
          return { ...jsonSchema, pattern: PLAN_DATE_PATTERN };
        case 'plan_date_or_date_time':
          return {
            ...jsonSchema,
            anyOf: [{ pattern: PLAN_DATE_PATTERN }, { format: 'date-time' }],
          } as JsonSchema;
        case 'range': {
          const [minimum, maximum] = requirement as [number, number];
          return { ...jsonSchema, minimum, maximum };
        }
        case 'one_of_required':
          return {
            ...jsonSchema,
            anyOf: (requirement as string[]).map((key) => ({ required: [key] })),
          } as JsonSchema;
        case 'custom_type_label':
          return {
            ...jsonSchema,
            if: { properties: { type: { pattern: '^x-' } }, required: ['type'] },
            then: { required: ['typeLabel'] },
          } as JsonSchema;
        case 'end_not_before_start':
        case 'years_in_order':
          // Not expressible in JSON Schema; the descriptions say it, the validator checks it.
          return jsonSchema;
        default:
          return null;
      }
    },
  }) as Node;
}

/** Puts title and description first, examples last. */
function withDoc(schema: Node, doc: FieldDoc): Node {
  const { title: _t, description: _d, examples: _e, ...rest } = schema;
  const out: Node = { title: doc.title, description: doc.description, ...rest };
  if (doc.examples) out.examples = doc.examples;
  return out;
}

function defName(ref: string | undefined): string | undefined {
  return ref?.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
}

/** Whether a property's members are documented field by field (so it needs no example of its own). */
function isStructured(schema: Node, defs: Record<string, Node>): boolean {
  const resolve = (node: Node | undefined): Node | undefined => {
    const name = defName(node?.$ref);
    return name ? defs[name] : node;
  };
  const target = resolve(schema);
  return Boolean(target?.properties ?? resolve(target?.items)?.properties);
}

/** Walks the properties of an object schema, documenting each; returns the paths seen. */
function documentProperties(
  node: Node,
  path: string,
  defs: Record<string, Node>,
  problems: string[],
  seen: string[],
): void {
  if (!node.properties) return;
  for (const [key, property] of Object.entries(node.properties)) {
    const fieldPath = `${path}.${key}`;
    seen.push(fieldPath);
    const doc = SCHEMA_DOCS[fieldPath];
    if (!doc) problems.push(`no docs entry for property ${fieldPath}`);
    else if (!doc.examples && !isStructured(property, defs))
      problems.push(`no example for property ${fieldPath}`);
    const documented = doc ? withDoc(property, doc) : property;
    node.properties[key] = documented;
    documentProperties(documented, fieldPath, defs, problems, seen);
    if (documented.items) documentProperties(documented.items, `${fieldPath}[]`, defs, problems, seen);
  }
}

/** The JSON Schema with docs, and the list of documented paths (Plan first, then `$defs` in order). */
export function buildPlanJsonSchemaWithPaths(): { schema: Record<string, unknown>; paths: string[] } {
  const raw = convert();
  const defs = (raw.$defs ?? {}) as Record<string, Node>;
  const problems: string[] = [];
  const seen: string[] = ['Plan'];
  const { $schema, $defs: _defs, ...body } = raw;
  const root: Node = { $schema, $id: PLAN_SCHEMA_ID, ...withDoc(body, SCHEMA_DOCS.Plan!) };
  documentProperties(root, 'Plan', defs, problems, seen);
  const documentedDefs: Record<string, Node> = {};
  for (const [name, def] of Object.entries(defs)) {
    seen.push(name);
    const doc = SCHEMA_DOCS[name];
    if (!doc) problems.push(`no docs entry for definition ${name}`);
    const documented = doc ? withDoc(def, doc) : def;
    documentProperties(documented, name, defs, problems, seen);
    documentedDefs[name] = documented;
  }
  root.$defs = documentedDefs;
  const known = new Set(seen);
  for (const key of Object.keys(SCHEMA_DOCS)) {
    if (!known.has(key)) problems.push(`docs entry ${key} names no property`);
  }
  if (problems.length) throw new Error(`plan.schema.json cannot be generated:\n  ${problems.join('\n  ')}`);
  return { schema: root, paths: seen };
}

/** The published JSON Schema of the plan format, with a title and description on every property. */
export function buildPlanJsonSchema(): Record<string, unknown> {
  return buildPlanJsonSchemaWithPaths().schema;
}

// ---------------------------------------------------------------- the field reference in docs/format.md

export const FIELDS_START =
  '<!-- fields:start (generated by `npm run schema` from the schema; do not edit) -->';
export const FIELDS_END = '<!-- fields:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: Node): string {
  const ref = defName(schema.$ref);
  if (ref) return `[${ref}](#${ref.toLowerCase()})`;
  if (schema.type === 'array' && schema.items) return `${typeOf(schema.items)}[]`;
  if (Array.isArray(schema.enum))
    return (schema.enum as unknown[]).map((value) => `\`${JSON.stringify(value)}\``).join(' | ');
  const anyOf = schema.anyOf as Node[] | undefined;
  if (anyOf?.some((option) => option.format === 'date-time')) return 'PlanDate or date-time';
  if (anyOf && !schema.properties) {
    return anyOf.map((option) => typeOf({ type: schema.type, ...option })).join(' or ');
  }
  let type = String(schema.type ?? 'any');
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number')
    type += ` ${schema.minimum}–${schema.maximum}`;
  else if (typeof schema.minimum === 'number') type += ` ≥ ${schema.minimum}`;
  if (typeof schema.pattern === 'string') type += ` matching \`${schema.pattern}\``;
  if (schema.format) type += ` (${String(schema.format)})`;
  return type;
}

function rows(node: Node, path: string, out: string[]): void {
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    const fieldPath = `${path}.${key}`;
    const example = property.examples
      ? `\`${cell(JSON.stringify((property.examples as unknown[])[0]))}\``
      : 'see below';
    out.push(
      `| \`${fieldPath}\` | ${cell(typeOf(property))} | ${required.has(key) ? 'yes' : 'no'} | ${cell(String(property.description))} | ${example} |`,
    );
    rows(property, fieldPath, out);
    if (property.items) rows(property.items, `${fieldPath}[]`, out);
  }
}

function section(name: string, node: Node): string {
  const lines = [`### ${name}`, '', String(node.description), ''];
  if (node.properties) {
    lines.push('| Field | Type | Required | Meaning | Example |', '|---|---|---|---|---|');
    rows(node, name, lines);
    lines.push('');
  } else {
    lines.push(`Type: ${typeOf(node).replace(/^\[.*\]\(.*\)$/, name)}.`, '');
  }
  return lines.join('\n');
}

/** The generated field reference (between the markers in docs/format.md). */
export function renderFieldReference(schema: Record<string, unknown> = buildPlanJsonSchema()): string {
  const root = schema as Node;
  const parts = [FIELDS_START, '', section('Plan', root)];
  for (const [name, def] of Object.entries(root.$defs ?? {})) parts.push(section(name, def));
  parts.push(FIELDS_END);
  return parts.join('\n');
}
