import type { PlanvisErrorCode } from '../events/planvis-error-event.js';
import type { PlanError } from '../format/index.js';

/** Where a plan came from, for error messages. */
export type PlanOrigin = { kind: 'url'; url: string } | { kind: 'inline' } | { kind: 'property' };

/** The values an error message needs (status, seconds, limit in bytes, line, column, content type, id). */
export interface PlanLoadErrorParams {
  status?: number;
  timeout?: number;
  maxBytes?: number;
  line?: number;
  column?: number;
  type?: string;
  id?: string;
}

/**
 * Why a plan could not be loaded or read: a code, the values its message needs, and where it came from.
 * The message itself is written by the element, in the reader's language.
 */
export class PlanLoadError extends Error {
  readonly code: PlanvisErrorCode;
  readonly params: PlanLoadErrorParams;
  readonly origin: PlanOrigin | undefined;
  readonly errors: PlanError[] | undefined;

  constructor(
    code: PlanvisErrorCode,
    params: PlanLoadErrorParams = {},
    origin?: PlanOrigin,
    errors?: PlanError[],
    options?: ErrorOptions,
  ) {
    super(`planvis: ${code}${origin?.kind === 'url' ? ` (${origin.url})` : ''}`, options);
    this.name = 'PlanLoadError';
    this.code = code;
    this.params = params;
    this.origin = origin;
    this.errors = errors;
  }
}
