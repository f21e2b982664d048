/**
 * `<planvis-plan src="…">`: loads one plan document (from `.plan`, inline JSON or `src`) and shares it with
 * every planvis widget inside it, so a page that shows one plan in five widgets fetches it once.
 */
import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { planContext } from '../load/plan-context.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, PlanSourceController } from '../load/plan-source-controller.js';
import { updateCompleteAfter } from './update-complete-after.js';

/**
 * @tagname planvis-plan
 * @summary Loads a plan once and shares it with the planvis widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class PlanvisPlan extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none !important;
    }
  `;

  /** The plan document as an object (or JSON text); wins over inline JSON and `src`. */
  @property({ attribute: false }) plan: unknown = undefined;

  /** URL of the plan document. */
  @property() src: string | undefined = undefined;

  /** Cookies for `src`: `omit` (default), `same-origin` or `include`. */
  @property() credentials: 'omit' | 'same-origin' | 'include' = 'omit';

  /** Milliseconds before a `src` load gives up (default 15000). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** The largest plan document accepted from `src`, in bytes (default 5000000). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes: number = DEFAULT_MAX_BYTES;

  readonly #source = new PlanSourceController(this);
  readonly #provider = new ContextProvider(this, { context: planContext, initialValue: { status: 'none' } });

  /** Also waits for a large document being read in a task of its own (see `PlanvisElement`). */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateCompleteAfter(
      () => super.getUpdateComplete(),
      () => this.#source.pending,
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#provider.setValue(
      this.#source.sync({
        plan: this.plan,
        src: this.src,
        credentials: this.credentials,
        timeout: this.timeout,
        maxBytes: this.maxBytes,
      }),
    );
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
