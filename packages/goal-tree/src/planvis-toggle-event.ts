/** What a `planvis-toggle` event tells. */
export interface PlanvisToggleDetail {
  /** Id of the node that was expanded or collapsed. */
  readonly id: string;
  /** Whether it is now expanded. */
  readonly expanded: boolean;
}

/**
 * Fired by `<planvis-goal-tree>` when the user expands or collapses a node: a click on its toggle, Right/Left, or
 * `*` (one event per sibling it expands). Not fired for the toolbar's "expand all"/"collapse all", nor when the host
 * sets properties or calls expandAll()/collapseAll(). Bubbles and is composed.
 */
export class PlanvisToggleEvent extends Event {
  static readonly eventName = 'planvis-toggle';
  /** Id of the node that was expanded or collapsed. */
  readonly id: string;
  /** Whether it is now expanded. */
  readonly expanded: boolean;

  constructor(detail: PlanvisToggleDetail) {
    super(PlanvisToggleEvent.eventName, { bubbles: true, composed: true });
    this.id = detail.id;
    this.expanded = detail.expanded;
  }

  /** The same fields as a plain object. */
  get detail(): PlanvisToggleDetail {
    return { id: this.id, expanded: this.expanded };
  }
}

declare global {
  interface HTMLElementEventMap {
    'planvis-toggle': PlanvisToggleEvent;
  }
}
