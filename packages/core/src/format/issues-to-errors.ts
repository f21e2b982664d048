/**
 * Turns valibot issues into plan errors: our own codes, params and JSON Pointer paths. Users never see
 * valibot's English messages: every schema and action in plan-schema.ts passes one of our codes as its
 * message, and the remaining built-in cases (missing key, wrong type, picklist) are mapped here.
 */
import type * as v from 'valibot';
import type { PlanError, PlanErrorCode } from './plan-error.js';
import { shortValue, type PlanIssue } from './schema-primitives.js';

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

const CODE = /^[a-z]+(?:-[a-z]+)*$/;

function toError(issue: v.BaseIssue<unknown>): PlanError {
  const path = (issue.path ?? []).map((item) => `/${pointerSegment(item.key as string | number)}`).join('');
  const own = issue as Partial<PlanIssue>;
  if (own.code) return { path, code: own.code, params: own.params ?? {} };
  const expected = issue.expected ?? '';
  if (issue.kind === 'schema') {
    if (issue.input === undefined && expected.startsWith('"')) {
      // v.object's missing-key issue: expected is the key in quotes
      return { path, code: 'required', params: { key: expected.slice(1, -1) } };
    }
    if (issue.type === 'picklist') {
      return {
        path,
        code: typeof issue.input === 'string' ? 'invalid-value' : 'wrong-type',
        params:
          typeof issue.input === 'string'
            ? { value: shortValue(issue.input), allowed: expected.replace(/"/g, '').split(' | ').join(', ') }
            : { expected: 'string' },
      };
    }
    return { path, code: 'wrong-type', params: { expected: expected.toLowerCase() } };
  }
  const code = (CODE.test(issue.message) ? issue.message : 'invalid-value') as PlanErrorCode;
  const params: Record<string, string | number> = code === 'empty' ? {} : { value: shortValue(issue.input) };
  if (code === 'too-small' && typeof issue.requirement === 'number') params.min = issue.requirement;
  return { path, code, params };
}

/** Maps valibot issues to plan errors, in the order valibot found them. */
export function issuesToErrors(issues: readonly v.BaseIssue<unknown>[] | undefined): PlanError[] {
  return issues ? issues.map(toError) : [];
}
