/**
 * The base element every planvis widget extends. It finds the plan (`.plan`, inline JSON, `src`, an
 * enclosing `<planvis-plan>`), shows the loading and error states itself, and calls `renderPlan` only when
 * the plan is ready. Nothing thrown by loading, reading or a widget's `renderPlan` escapes the element:
 * it shows a localized message (role=alert) and fires `planvis-error`.
 */
import { ContextConsumer } from '@lit/context';
import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { PlanvisErrorEvent } from '../events/planvis-error-event.js';
import { PlanvisLoadEvent } from '../events/planvis-load-event.js';
import { PlanvisSelectEvent, type PlanvisSelectDetail } from '../events/planvis-select-event.js';
import type { Plan, PlanIndex, PlanNode, SkippedItem } from '../format/index.js';
import { I18nController } from '../i18n/i18n-controller.js';
import { planContext } from '../load/plan-context.js';
import { PlanLoadError } from '../load/plan-load-error.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, PlanSourceController } from '../load/plan-source-controller.js';
import type { PlanState } from '../load/plan-state.js';
import type { PlanData } from '../load/read-plan-data.js';
import { focusRing, statusIconStyles, visuallyHidden } from '../theme/shared-styles.js';
import { registerThemeTokens, themeTokens } from '../theme/theme-tokens.js';
import { ensureContextRoot } from './context-root.js';
import { describeError, describePlanError, errorText } from './describe-error.js';
import { planvisElementStyles } from './planvis-element.styles.js';
import { updateCompleteAfter } from './update-complete-after.js';

/** What `renderPlan` gets. */
export interface PlanContext {
  plan: Plan;
  index: PlanIndex;
  /** The node named by the `node` attribute (it exists; otherwise the element shows an error). */
  node: PlanNode | undefined;
  /** What lenient reading left out; the base element already shows the notice above `renderPlan()`. */
  skipped: SkippedItem[];
}

/** The theme: `light` (default), `dark`, or `auto` (follows the reader's colour-scheme preference). */
export type PlanvisTheme = 'light' | 'dark' | 'auto';

/** How long a load may take before "Loading …" shows (so fast loads do not flash). */
export const LOADING_DELAY = 300;

type View =
  | { kind: 'loading' }
  | { kind: 'error'; error: PlanLoadError }
  | { kind: 'ready'; data: PlanData; ctx: PlanContext };

/** Whether an element sits inside a `<planvis-plan>` (crossing shadow roots). */
function insideProvider(element: Element): boolean {
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof ShadowRoot) node = node.host;
    else {
      if (node instanceof Element && node.localName === 'planvis-plan') return true;
      node = node.parentNode;
    }
  }
  return false;
}

/**
 * The base of every planvis widget: finds and loads the plan, shows the loading and error states, and calls
 * `renderPlan` when the plan is ready.
 *
 * @fires {PlanvisLoadEvent} planvis-load - The plan is ready and shown: `plan`, `skipped`.
 * @fires {PlanvisErrorEvent} planvis-error - The plan cannot be shown: `code`, `message` (as shown), `errors?`.
 * @csspart loading - The role=status region while the plan loads.
 * @csspart error - The role=alert box that says what went wrong and where.
 * @csspart skipped - The `<details>` notice listing items left out of a partly invalid plan.
 * @cssprop --planvis-color-text - Body text (light #1c1f23, dark #e8eaed).
 * @cssprop --planvis-color-muted - Secondary text (light #555c65, dark #aab1ba).
 * @cssprop --planvis-color-bg - Background (light #ffffff, dark #16191d).
 * @cssprop --planvis-color-surface - Cards, panels, notices (light #f4f6f8, dark #20252b).
 * @cssprop --planvis-color-border - Borders and lines, 3:1 (light #767d86, dark #7d8590).
 * @cssprop --planvis-color-accent - Links, selection (light #0b5cad, dark #7cb8ff).
 * @cssprop --planvis-color-accent-contrast - Text on the accent (light #ffffff, dark #0b1320).
 * @cssprop --planvis-color-focus - Focus ring (light #0b57d0, dark #8ab4f8).
 * @cssprop --planvis-color-success - Positive (light #1d7438, dark #63c883).
 * @cssprop --planvis-color-warning - Warnings (light #855700, dark #e3b341).
 * @cssprop --planvis-color-danger - Errors (light #b3261e, dark #ff8a80).
 * @cssprop --planvis-color-info - Information (light #0b5f9e, dark #79b8ff).
 * @cssprop --planvis-color-status-proposed - Status colour; also -approved, -planned, -in-progress, -on-hold, -done, -cancelled, -overdue.
 * @cssprop --planvis-space-1 - Spacing scale 1–6: 0.25rem, 0.5rem, 0.75rem, 1rem, 1.5rem, 2rem.
 * @cssprop --planvis-radius - Corner radius (0.375rem).
 * @cssprop --planvis-font-family - Typeface (inherited from the page by default).
 * @cssprop --planvis-font-size-sm - Small text (0.875em); also -md (1em) and -lg (1.25em).
 * @cssprop --planvis-focus-ring - Focus outline (3px solid var(--planvis-color-focus)).
 * @cssprop --planvis-transition-duration - Transitions (150ms; 0s under reduced motion).
 */
export abstract class PlanvisElement extends LitElement {
  static override styles: CSSResultGroup = [
    themeTokens,
    planvisElementStyles,
    visuallyHidden,
    focusRing,
    statusIconStyles,
  ];

  /** The plan document as an object (or JSON text); wins over inline JSON and `src`. */
  @property({ attribute: false }) plan: unknown = undefined;

  /** URL of the plan document (relative to the page). */
  @property() src: string | undefined = undefined;

  /** Id of the node the widget starts from; when given, it must exist in the plan. */
  @property() node: string | undefined = undefined;

  /** Cookies for `src`: `omit` (default), `same-origin` or `include`. */
  @property() credentials: 'omit' | 'same-origin' | 'include' = 'omit';

  /** Milliseconds before a `src` load gives up (default 15000). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** The largest plan document accepted from `src`, in bytes (default 5000000). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes: number = DEFAULT_MAX_BYTES;

  /** `light` (default), `dark` or `auto`. Reflects. */
  @property({ reflect: true }) theme: PlanvisTheme = 'light';

  /** The element's language: UI strings, content text, dates and numbers. Re-renders on a language change. */
  protected readonly i18n: I18nController = new I18nController(this);

  readonly #source = new PlanSourceController(this);
  readonly #context = new ContextConsumer(this, { context: planContext, subscribe: true });
  #view: View = { kind: 'loading' };
  #showLoading = false;
  #loadingTimer: ReturnType<typeof setTimeout> | undefined;
  #renderFailure: PlanLoadError | undefined;
  #nodeError: { data: PlanData; node: string; error: PlanLoadError } | undefined;
  #noSource: PlanLoadError | undefined;
  #announced: unknown;

  /** What the widget draws once the plan is ready. Called only in the ready state. */
  protected abstract renderPlan(ctx: PlanContext): TemplateResult | typeof nothing;

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    registerThemeTokens();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#loadingTimer);
    this.#loadingTimer = undefined;
  }

  /** Fires `planvis-select`: call it on a user action only. */
  protected select(detail: PlanvisSelectDetail): void {
    this.dispatchEvent(new PlanvisSelectEvent(detail));
  }

  /** The plan state this element shows: its own source, else the enclosing `<planvis-plan>`'s. */
  #state(): PlanState {
    const own = this.#source.sync({
      plan: this.plan,
      src: this.src,
      credentials: this.credentials,
      timeout: this.timeout,
      maxBytes: this.maxBytes,
    });
    if (own.status !== 'none') {
      this.#noSource = undefined;
      return own;
    }
    const shared = this.#context.value;
    if (shared && shared.status !== 'none') {
      this.#noSource = undefined;
      return shared;
    }
    if (!shared && insideProvider(this)) return { status: 'loading' }; // the provider is not defined yet
    this.#noSource ??= new PlanLoadError('no-source');
    return { status: 'error', error: this.#noSource };
  }

  #viewOf(state: PlanState): View {
    if (state.status === 'loading' || state.status === 'none') return { kind: 'loading' };
    if (state.status === 'error') return { kind: 'error', error: state.error };
    const { data } = state;
    let node: PlanNode | undefined;
    if (this.node) {
      node = data.index.nodesById.get(this.node);
      if (!node) {
        if (this.#nodeError?.data !== data || this.#nodeError.node !== this.node) {
          this.#nodeError = {
            data,
            node: this.node,
            error: new PlanLoadError('node-not-found', { id: this.node }),
          };
        }
        return { kind: 'error', error: this.#nodeError.error };
      }
    }
    return { kind: 'ready', data, ctx: { plan: data.plan, index: data.index, node, skipped: data.skipped } };
  }

  /**
   * Renders only once the UI language's strings are loaded, so a page in nynorsk never shows English first
   * (nor a screen reader reads it). `updateComplete` waits for them too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.i18n.whenLoaded();
    if (!loading) return super.scheduleUpdate();
    return loading.then(() => super.scheduleUpdate());
  }

  /**
   * Also waits for a large `.plan` or inline document being read in a task of its own, and for the update
   * that shows it: after `await element.updateComplete` the plan is shown, whatever its size.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateCompleteAfter(
      () => super.getUpdateComplete(),
      () => this.#source.pending,
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.#viewOf(this.#state());
    const before = this.#view;
    this.#view = view;
    if (changed.size > 0 || !sameView(before, view)) this.#renderFailure = undefined;
    if (view.kind === 'ready') {
      this.i18n.contentLanguage = view.data.plan.languages[0];
      this.i18n.contentLanguages = view.data.plan.languages;
    }
    if (view.kind === 'loading') {
      if (!this.#showLoading && this.#loadingTimer === undefined) {
        this.#loadingTimer = setTimeout(() => {
          this.#loadingTimer = undefined;
          this.#showLoading = true;
          this.requestUpdate();
        }, LOADING_DELAY);
      }
    } else {
      clearTimeout(this.#loadingTimer);
      this.#loadingTimer = undefined;
      this.#showLoading = false;
    }
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (this.#renderFailure) {
        console.error('planvis: the error message could not be shown', error);
        return;
      }
      this.#renderFailure = this.#failure(error);
      try {
        super.update(changed);
      } catch (again) {
        console.error('planvis: the error message could not be shown', again);
      }
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.#renderFailure) return this.#renderError(this.#renderFailure);
    const view = this.#view;
    if (view.kind === 'loading') {
      return html`<div class="planvis-status" role="status" part="loading">
        ${
          this.#showLoading
            ? html`<span class="planvis-spinner" aria-hidden="true"></span
                ><span>${this.i18n.t('core:loading')}</span>`
            : nothing
        }
      </div>`;
    }
    if (view.kind === 'error') return this.#renderError(view.error);
    let content: TemplateResult | typeof nothing;
    try {
      content = this.renderPlan(view.ctx);
    } catch (error) {
      this.#renderFailure = this.#failure(error);
      return this.#renderError(this.#renderFailure);
    }
    return html`${this.#renderSkipped(view.ctx.skipped)}${content}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const failure = this.#renderFailure;
    const view = this.#view;
    const key =
      failure ?? (view.kind === 'ready' ? view.data : view.kind === 'error' ? view.error : undefined);
    if (key === undefined || key === this.#announced) return;
    this.#announced = key;
    if (failure) this.#fireError(failure);
    else if (view.kind === 'error') this.#fireError(view.error);
    else if (view.kind === 'ready') {
      this.dispatchEvent(new PlanvisLoadEvent({ plan: view.data.plan, skipped: view.data.skipped }));
    }
  }

  #failure(error: unknown): PlanLoadError {
    console.error(`planvis: <${this.localName}> failed to render its plan`, error);
    return new PlanLoadError('render', {}, undefined, undefined, { cause: error });
  }

  #fireError(error: PlanLoadError): void {
    const description = describeError(this.i18n, error);
    const detail = { code: error.code, message: errorText(description) };
    this.dispatchEvent(new PlanvisErrorEvent(error.errors ? { ...detail, errors: error.errors } : detail));
  }

  #renderError(error: PlanLoadError): TemplateResult {
    const d = describeError(this.i18n, error);
    return html`<div class="planvis-error" role="alert" part="error">
      <p><strong>${this.i18n.t('core:error.title')}</strong></p>
      <p>${d.message}</p>
      ${
        d.details.length
          ? html`<ul>
              ${d.details.map((item) => html`<li><code>${item.path}</code> ${item.message}</li>`)}
              ${d.more ? html`<li>${d.more}</li>` : nothing}
            </ul>`
          : nothing
      }
      ${d.source ? html`<p class="planvis-error-source">${d.source}</p>` : nothing}
    </div>`;
  }

  #renderSkipped(skipped: readonly SkippedItem[]): TemplateResult | typeof nothing {
    if (skipped.length === 0) return nothing;
    return html`<details class="planvis-skipped" part="skipped">
      <summary>${this.i18n.t('core:skipped.summary', { count: skipped.length })}</summary>
      <ul>
        ${skipped.map(
          (item) =>
            html`<li>
              <code>${item.path}</code>${item.id ? html` (<code>${item.id}</code>)` : nothing}:
              ${item.errors.map((e) => describePlanError(this.i18n, e)).join(' ')}
            </li>`,
        )}
      </ul>
    </details>`;
  }
}

function sameView(a: View, b: View): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'error' && b.kind === 'error') return a.error === b.error;
  if (a.kind === 'ready' && b.kind === 'ready') return a.data === b.data && a.ctx.node === b.ctx.node;
  return true;
}
