/**
 * Strict validation: the structure (valibot) and the rules across the document, reported as data.
 * CSP-safe: no eval, no `new Function`.
 */
import * as v from 'valibot';
import { checkSemantics } from './check-semantics.js';
import { issuesToErrors } from './issues-to-errors.js';
import type { PlanError } from './plan-error.js';
import { PlanSchema } from './plan-schema.js';
import { isRecord } from './schema-primitives.js';

/** The result of `validatePlan`. */
export interface ValidationResult {
  valid: boolean;
  errors: PlanError[];
}

/** The one error of something that is not a plan document. */
export const NOT_A_PLAN: PlanError = { path: '', code: 'not-a-plan', params: {} };

/** Whether the input looks like a plan document at all: an object with `formatVersion`. */
export function isPlanLike(input: unknown): input is Record<string, unknown> {
  return isRecord(input) && 'formatVersion' in input;
}

/** The structural errors of a plan-like object (schema only, no cross-document rules). */
export function structuralErrors(input: Record<string, unknown>): PlanError[] {
  return issuesToErrors(v.safeParse(PlanSchema, input, { abortEarly: false }).issues);
}

/**
 * Validates a plan document strictly: every problem is an error, with a JSON Pointer, a code and params.
 * Something that is not an object with `formatVersion` gets one error, `not-a-plan`.
 */
export function validatePlan(input: unknown): ValidationResult {
  if (!isPlanLike(input)) return { valid: false, errors: [{ ...NOT_A_PLAN, params: {} }] };
  const errors = structuralErrors(input);
  for (const { path, code, params } of checkSemantics(input)) errors.push({ path, code, params });
  return { valid: errors.length === 0, errors };
}
