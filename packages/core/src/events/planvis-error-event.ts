import type { PlanError } from '../format/index.js';

/**
 * Why a plan could not be shown:
 * `no-source` (no .plan, inline JSON, src or enclosing <planvis-plan>), `network`, `http`, `timeout`,
 * `too-large`, `content-type`, `not-json`, `not-a-plan`, `invalid`, `node-not-found`, `render`.
 */
export type PlanvisErrorCode =
  | 'no-source'
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'content-type'
  | 'not-json'
  | 'not-a-plan'
  | 'invalid'
  | 'node-not-found'
  | 'render';

/** What `planvis-error` carries. */
export interface PlanvisErrorDetail {
  code: PlanvisErrorCode;
  /** The message shown to the user, in the element's language. */
  message: string;
  /** For `invalid` and `not-a-plan`: every error in the document, with its JSON Pointer. */
  errors?: PlanError[];
}

/** Fired when a planvis element cannot show its plan; the element shows the same message (role=alert). */
export class PlanvisErrorEvent extends Event {
  static readonly eventName = 'planvis-error';
  readonly code: PlanvisErrorCode;
  readonly message: string;
  readonly errors: PlanError[] | undefined;

  constructor(detail: PlanvisErrorDetail) {
    super(PlanvisErrorEvent.eventName, { bubbles: true, composed: true });
    this.code = detail.code;
    this.message = detail.message;
    this.errors = detail.errors;
  }

  get detail(): PlanvisErrorDetail {
    return this.errors
      ? { code: this.code, message: this.message, errors: this.errors }
      : { code: this.code, message: this.message };
  }
}

declare global {
  interface HTMLElementEventMap {
    'planvis-error': PlanvisErrorEvent;
  }
}
