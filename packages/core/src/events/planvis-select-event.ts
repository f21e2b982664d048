/** What a user can choose in a planvis widget. */
export type PlanvisSelectKind = 'node' | 'milestone' | 'swot-item' | 'vision' | 'cell' | 'phase';

/** What `planvis-select` carries. */
export interface PlanvisSelectDetail {
  kind: PlanvisSelectKind;
  /** The id of what was chosen. */
  id: string;
  /** The node it belongs to, when there is one. */
  nodeId?: string;
  /** The chosen item from the plan document. */
  item: unknown;
}

/** Fired when the user chooses something (click, Enter or Space) — never because a property was set. */
export class PlanvisSelectEvent extends Event {
  static readonly eventName = 'planvis-select';
  readonly kind: PlanvisSelectKind;
  readonly id: string;
  readonly nodeId: string | undefined;
  readonly item: unknown;

  constructor(detail: PlanvisSelectDetail) {
    super(PlanvisSelectEvent.eventName, { bubbles: true, composed: true });
    this.kind = detail.kind;
    this.id = detail.id;
    this.nodeId = detail.nodeId;
    this.item = detail.item;
  }

  get detail(): PlanvisSelectDetail {
    const detail: PlanvisSelectDetail = { kind: this.kind, id: this.id, item: this.item };
    if (this.nodeId !== undefined) detail.nodeId = this.nodeId;
    return detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'planvis-select': PlanvisSelectEvent;
  }
}
