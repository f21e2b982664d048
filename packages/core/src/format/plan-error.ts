/**
 * Validation errors are data: a JSON Pointer, a code and the values its message needs. Messages live in
 * `locales/<lang>.json` (one per code); `formatValidationError` turns an error into a sentence.
 */

/** Every error code the validator can report. Each has a message in every locale. */
export const PLAN_ERROR_CODES = [
  'not-a-plan',
  'required',
  'unknown-key',
  'wrong-type',
  'empty',
  'invalid-value',
  'invalid-id',
  'invalid-language',
  'invalid-date',
  'invalid-email',
  'invalid-country',
  'invalid-currency',
  'unsupported-version',
  'unsafe-url',
  'out-of-range',
  'too-small',
  'not-integer',
  'one-of-required',
  'end-before-start',
  'years-out-of-order',
  'duplicate-id',
  'unknown-reference',
  'wrong-reference-kind',
  'dropped-reference',
  'cycle',
  'not-in-matrix',
] as const;

/** An error code (kebab-case). */
export type PlanErrorCode = (typeof PLAN_ERROR_CODES)[number];

/** One problem in a plan document. */
export interface PlanError {
  /** Where: a JSON Pointer (RFC 6901) into the document, e.g. `/nodes/3/parent`; `""` is the whole document. */
  path: string;
  /** What: a stable kebab-case code, e.g. `unknown-reference`. */
  code: PlanErrorCode;
  /** The values the message needs, e.g. `{ id: "goal-7", kind: "node" }`. */
  params: Record<string, string | number>;
}

/** An item that lenient reading (`readPlan`) left out, or a reference it removed, and why. */
export interface SkippedItem {
  /** JSON Pointer of the item in the document as given, e.g. `/milestones/4`. */
  path: string;
  /** The item's id, when it has one. */
  id?: string;
  /** Why it was left out. */
  errors: PlanError[];
}

/** The kinds of things an id can name; used in `unknown-reference` and `duplicate-id` messages. */
export type PlanItemKind =
  | 'node'
  | 'phase'
  | 'milestone'
  | 'swot-analysis'
  | 'swot-item'
  | 'indicator'
  | 'person'
  | 'statement'
  | 'vision-matrix';
