/**
 * The few valibot building blocks valibot does not have: an object that rejects unknown keys but allows
 * `x-` keys, localized text, an open picklist (built-in values or `x-…`), and `rule`, a validation action
 * that reports our own error codes. Each is a plain valibot schema or action, so `v.InferOutput` and
 * `@valibot/to-json-schema` (through the generator's overrides, keyed by `type`) keep working.
 * No eval, no `new Function`: safe under a strict CSP.
 */
import * as v from 'valibot';
import type { PlanErrorCode } from './plan-error.js';

/** Param values of a finding. */
export type Params = Record<string, string | number>;

/** An issue carrying our own code. `path` is relative to the value the issue was raised on. */
export interface PlanIssue extends v.BaseIssue<unknown> {
  readonly code: PlanErrorCode;
  readonly params: Params;
}

/** A finding of a rule: code, params, and optionally the key (below the checked value) it concerns. */
export type Finding = readonly [code: PlanErrorCode, params?: Params, key?: string | number];

/** A BCP 47 language tag, as plan documents use them (`nn`, `en`, `se`, `nb-NO`, `zh-Hant`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Keys that start with `x-` carry vendor data: allowed on every object, ignored by planvis. */
export const VENDOR_KEY = /^x-/;

/** A custom value in an open vocabulary: `x-` then kebab-case. */
export const CUSTOM_VALUE = /^x-[a-z0-9]+(?:-[a-z0-9]+)*$/;

type PathKey = string | number;

function makeIssue(
  kind: v.BaseIssue<unknown>['kind'],
  type: string,
  input: unknown,
  code: PlanErrorCode,
  params: Params,
  container?: unknown,
  key?: PathKey,
): PlanIssue {
  const path: [v.IssuePathItem] | undefined =
    key === undefined
      ? undefined
      : [
          {
            type: 'unknown',
            origin: 'value',
            input: container,
            key,
            value: input,
          },
        ];
  return {
    kind,
    type,
    input,
    expected: null,
    received: typeof input,
    message: code,
    code,
    params,
    path,
  };
}

function addIssue(dataset: v.OutputDataset<unknown, v.BaseIssue<unknown>>, issue: PlanIssue): void {
  const target = dataset as { issues?: v.BaseIssue<unknown>[] };
  if (target.issues) target.issues.push(issue);
  else target.issues = [issue];
}

/** Adds the Standard Schema interface valibot's own schemas carry. */
function standard<TSchema extends v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>>(
  schema: Omit<TSchema, '~standard'>,
): TSchema {
  const full = schema as TSchema;
  (schema as Record<string, unknown>)['~standard'] = {
    version: 1,
    vendor: 'valibot',
    validate: (value: unknown) => full['~run']({ value }, v.getGlobalConfig()),
  };
  return full;
}

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, printable form of a value for messages. */
export function shortValue(value: unknown): string | number {
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Edit distance (Levenshtein), for "did you mean" suggestions on unknown keys. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** The known key closest to a misspelt one (at most two edits, or a difference in case only). */
function suggest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === key.toLowerCase() ? 0 : distance(key, candidate);
    if (d < bestDistance && d < candidate.length) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** The schema types `v.object` lets be absent. */
const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish']);

/**
 * A closed object: like `v.object`, plus an `unknown-key` error for each key that is neither an entry nor
 * an `x-` key, and `wrong-type` for arrays. Typed as `v.ObjectSchema`, so inferred types stay closed.
 *
 * It checks and does not copy: the output is the input object itself (`v.object` builds a copy of every
 * object, which was most of the time and garbage of validating a large plan, only for the copy to be thrown
 * away). The plan format has no defaults, fallbacks or transforms, so nothing else differs: each entry runs
 * in order, as in `v.object`, and a missing required key is `required`, a non-object `wrong-type`.
 */
export function closedObject<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
): v.ObjectSchema<TEntries, undefined> {
  const keys = Object.keys(entries);
  return standard<v.ObjectSchema<TEntries, undefined>>({
    // What `v.object(entries)` carries, so `@valibot/to-json-schema` reads it as an object schema.
    kind: 'schema',
    type: 'object',
    reference: closedObject,
    expects: 'Object',
    async: false,
    entries,
    message: undefined,
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const input = dataset.value;
      const result = dataset as unknown as v.OutputDataset<unknown, v.BaseIssue<unknown>>;
      if (!isRecord(input)) {
        addIssue(result, makeIssue('schema', 'object', input, 'wrong-type', { expected: 'object' }));
        result.typed = false;
        return result;
      }
      result.typed = true;
      for (const key of keys) {
        const schema = entries[key]!;
        if (key in input) {
          const value = input[key];
          const entry = schema['~run']({ value }, config);
          if (entry.issues) {
            const item: v.ObjectPathItem = { type: 'object', origin: 'value', input, key, value };
            for (const issue of entry.issues) {
              if (issue.path) issue.path.unshift(item);
              else (issue as { path?: [v.IssuePathItem] }).path = [item];
              addIssue(result, issue as PlanIssue);
            }
            if (config.abortEarly) {
              result.typed = false;
              break;
            }
          }
          if (!entry.typed) result.typed = false;
        } else if (!OPTIONAL.has(schema.type)) {
          addIssue(result, makeIssue('schema', 'object', undefined, 'required', { key }, input, key));
          result.typed = false;
          if (config.abortEarly) break;
        }
      }
      for (const key of Object.keys(input)) {
        if (!Object.prototype.hasOwnProperty.call(entries, key) && !VENDOR_KEY.test(key)) {
          const params: Params = { key: shortValue(key) };
          const suggestion = suggest(key, keys);
          if (suggestion) params.suggestion = suggestion;
          addIssue(result, makeIssue('schema', 'object', input[key], 'unknown-key', params, input, key));
        }
      }
      return result;
    },
  } as unknown as v.ObjectSchema<TEntries, undefined>);
}

/** Text in the document's default language, or one text per language tag. */
export type LocalizedTextValue = string | Record<string, string>;

/** The schema of localized text (`type: "localized_text"`). */
export interface LocalizedTextSchema extends v.BaseSchema<
  LocalizedTextValue,
  LocalizedTextValue,
  v.BaseIssue<unknown>
> {
  readonly type: 'localized_text';
}

function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Localized text: a non-blank string, or an object of language tag → non-blank string with at least one key. */
export function localizedText(): LocalizedTextSchema {
  return standard<LocalizedTextSchema>({
    kind: 'schema',
    type: 'localized_text',
    reference: localizedText,
    expects: 'localized-text',
    async: false,
    '~run'(dataset) {
      const input = dataset.value;
      const out = dataset as unknown as v.OutputDataset<LocalizedTextValue, v.BaseIssue<unknown>>;
      const fail = (issue: PlanIssue) => {
        addIssue(out, issue);
        out.typed = false;
      };
      if (typeof input === 'string') {
        if (isBlank(input)) fail(makeIssue('schema', 'localized_text', input, 'empty', {}));
        else out.typed = true;
      } else if (isRecord(input)) {
        const keys = Object.keys(input);
        if (keys.length === 0) fail(makeIssue('schema', 'localized_text', input, 'empty', {}));
        for (const key of keys) {
          const text = input[key];
          if (!LANGUAGE_TAG.test(key)) {
            fail(
              makeIssue(
                'schema',
                'localized_text',
                text,
                'invalid-language',
                { value: shortValue(key) },
                input,
                key,
              ),
            );
          } else if (typeof text !== 'string') {
            fail(
              makeIssue('schema', 'localized_text', text, 'wrong-type', { expected: 'string' }, input, key),
            );
          } else if (isBlank(text)) {
            fail(makeIssue('schema', 'localized_text', text, 'empty', {}, input, key));
          }
        }
        if (!out.issues) out.typed = true;
      } else {
        fail(makeIssue('schema', 'localized_text', input, 'wrong-type', { expected: 'localized-text' }));
      }
      return out;
    },
  });
}

/** The schema of an open vocabulary: built-in values, or custom `x-…` values (`type: "open_picklist"`). */
export interface OpenPicklistSchema<TOptions extends readonly string[]> extends v.BaseSchema<
  TOptions[number] | `x-${string}`,
  TOptions[number] | `x-${string}`,
  v.BaseIssue<unknown>
> {
  readonly type: 'open_picklist';
  readonly options: TOptions;
}

/** One of `options`, or a custom value `x-<kebab-case>`. */
export function openPicklist<const TOptions extends readonly string[]>(
  options: TOptions,
): OpenPicklistSchema<TOptions> {
  return standard<OpenPicklistSchema<TOptions>>({
    kind: 'schema',
    type: 'open_picklist',
    reference: openPicklist,
    expects: 'string',
    async: false,
    options,
    '~run'(dataset) {
      const input = dataset.value;
      const out = dataset as unknown as v.OutputDataset<
        TOptions[number] | `x-${string}`,
        v.BaseIssue<unknown>
      >;
      if (typeof input === 'string' && (options.includes(input) || CUSTOM_VALUE.test(input))) {
        out.typed = true;
      } else {
        addIssue(
          out,
          typeof input === 'string'
            ? makeIssue('schema', 'open_picklist', input, 'invalid-value', {
                value: shortValue(input),
                allowed: `${options.join(', ')}, x-…`,
              })
            : makeIssue('schema', 'open_picklist', input, 'wrong-type', { expected: 'string' }),
        );
        out.typed = false;
      }
      return out;
    },
  });
}

/** A validation action reporting our own codes (`type` names the rule for the JSON Schema generator). */
export interface RuleAction<TInput> extends v.BaseValidation<TInput, TInput, v.BaseIssue<unknown>> {
  readonly requirement: unknown;
}

/**
 * A validation action: `test` returns nothing when the value is fine, else one or more findings.
 * Runs only on a value that passed its schema (like valibot's own actions).
 */
export function rule<TInput>(
  type: string,
  requirement: unknown,
  test: (value: TInput) => Finding | readonly Finding[] | undefined,
): RuleAction<TInput> {
  return {
    kind: 'validation',
    type,
    reference: rule,
    async: false,
    expects: null,
    requirement,
    '~run'(dataset) {
      if (dataset.typed) {
        const result = test(dataset.value);
        if (result) {
          const findings = (typeof result[0] === 'string' ? [result] : result) as readonly Finding[];
          for (const [code, params = {}, key] of findings) {
            const value =
              key === undefined ? dataset.value : (dataset.value as Record<PathKey, unknown>)[key];
            addIssue(dataset, makeIssue('validation', type, value, code, params, dataset.value, key));
          }
        }
      }
      return dataset;
    },
  };
}
