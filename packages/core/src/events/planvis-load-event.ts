import type { Plan, SkippedItem } from '../format/index.js';

/** What `planvis-load` carries. */
export interface PlanvisLoadDetail {
  /** The plan as shown (every invalid item left out). */
  plan: Plan;
  /** What lenient reading left out, and why. Empty for a valid document. */
  skipped: SkippedItem[];
}

/** Fired by every planvis element when its plan is ready and shown. Bubbles and crosses shadow roots. */
export class PlanvisLoadEvent extends Event {
  static readonly eventName = 'planvis-load';
  readonly plan: Plan;
  readonly skipped: SkippedItem[];

  constructor(detail: PlanvisLoadDetail) {
    super(PlanvisLoadEvent.eventName, { bubbles: true, composed: true });
    this.plan = detail.plan;
    this.skipped = detail.skipped;
  }

  /** The same fields as one object, like `CustomEvent.detail`. */
  get detail(): PlanvisLoadDetail {
    return { plan: this.plan, skipped: this.skipped };
  }
}

declare global {
  interface HTMLElementEventMap {
    'planvis-load': PlanvisLoadEvent;
  }
}
