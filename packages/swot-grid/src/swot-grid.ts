import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  PlanvisElement,
  localizedText,
  registerLocales,
  type LocalizedText,
  type PlanContext,
  type PlanIndex,
  type PlanNode,
  type SwotAnalysis,
  type SwotItem,
} from '@planvis/core';
import { swotGridStyles } from './swot-grid.styles.js';
import { pickAnalysis, type AnalysisChoice } from './pick-analysis.js';
import {
  swotQuadrants,
  type Quadrant,
  type QuadrantItem,
  type SwotCategory,
  type SwotQuadrants,
} from './swot-quadrants.js';
import {
  towsCrossings,
  type CrossingEntry,
  type OneSidedEntry,
  type TowsCrossings,
} from './tows-crossings.js';
import { clampPosition, moveFocus, type FocusModel, type FocusPosition } from './move-focus.js';
import en from './locales/en.json' with { type: 'json' };

registerLocales(
  'swot-grid',
  { en },
  {
    nn: () => import('./locales/nn.json', { with: { type: 'json' } }),
    nb: () => import('./locales/nb.json', { with: { type: 'json' } }),
    da: () => import('./locales/da.json', { with: { type: 'json' } }),
    sv: () => import('./locales/sv.json', { with: { type: 'json' } }),
  },
);

/** What the widget shows: the classic 2×2 or the TOWS crossings. */
export type SwotGridView = 'grid' | 'tows';

/** How many items (or strategies) a quadrant shows before a "Show N more" button. */
export const SWOT_GRID_PAGE_SIZE = 100;

interface SwotLayout {
  readonly choice: AnalysisChoice;
  readonly quadrants?: SwotQuadrants;
  readonly tows?: TowsCrossings;
}

const ns = (key: string) => `swot-grid:${key}`;
const stopKey = ({ group, item, stop }: FocusPosition) => `${group}:${item}:${stop}`;
const parseStop = (key: string): FocusPosition => {
  const [group = 0, item = 0, stop = 0] = key.split(':').map(Number);
  return { group, item, stop };
};

/** Icons beside the quadrant headings (decorative: the heading says the same in words). */
const ICONS: Record<SwotCategory, TemplateResult> = {
  // Strength: a plus in a circle.
  strength: svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 5.5v9M5.5 10h9" stroke="currentColor" stroke-width="2.2"/>`,
  // Weakness: a minus in a circle.
  weakness: svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M5.5 10h9" stroke="currentColor" stroke-width="2.2"/>`,
  // Opportunity: an arrow up and out.
  opportunity: svg`<path d="M4 16 15 5M8 4.5h7.5V12" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // Threat: a warning triangle.
  threat: svg`<path d="M10 2.5 18.5 17h-17Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M10 8v4.5" stroke="currentColor" stroke-width="2.2"/><circle cx="10" cy="14.7" r="1.2" fill="currentColor"/>`,
};
const CROSSING_ICON = svg`<path d="M10 2v16M2 10h16" stroke="currentColor" stroke-width="2"/><circle cx="10" cy="10" r="3.2" fill="currentColor"/>`;
/** The illustrative mark: a dashed circle with a pencil stroke (made up for the example). */
const ILLUSTRATIVE_ICON = svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 2.2"/><path d="M6.5 13.5 12.8 7.2l1.6 1.6-6.3 6.3H6.5Z" fill="currentColor"/>`;
const CHEVRON = svg`<path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;

const icon = (shape: TemplateResult, className = 'icon') =>
  html`<svg class=${className} viewBox="0 0 20 20" aria-hidden="true" focusable="false">${shape}</svg>`;

/** A real heading element at a level from 1 to 6. */
function heading(level: number, id: string, content: TemplateResult): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="heading" part="heading" id=${id}>${content}</h1>`;
    case 3:
      return html`<h3 class="heading" part="heading" id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 class="heading" part="heading" id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class="heading" part="heading" id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 class="heading" part="heading" id=${id}>${content}</h6>`;
    default:
      return html`<h2 class="heading" part="heading" id=${id}>${content}</h2>`;
  }
}

/**
 * Shows a SWOT analysis from a plan document as the classic 2×2 — internal factors (strengths, weaknesses)
 * over external ones (opportunities, threats), helpful on the start side, harmful on the end side — or, with
 * `view="tows"`, the strategies that refer to SWOT items placed in the four TOWS crossings (SO, ST, WO, WT).
 * Each quadrant is a heading and a list; below 36rem of width the quadrants stack in reading order S, W, O, T.
 *
 * Which analysis: `analysis` (an id) if given; else the one whose `node` is the `node` attribute; else the
 * plan-level analysis (the first without `node`), else the first one.
 *
 * Keyboard: one Tab stop. ArrowUp/ArrowDown move through a quadrant's items (and each item's Details and
 * related-node buttons), continuing into the quadrant below at the end; ArrowLeft/ArrowRight move to the
 * neighbouring quadrant (when stacked: the previous/next one); Home/End go to the first/last stop of the
 * quadrant, Ctrl+Home/Ctrl+End of the whole grid; Enter or Space activates.
 *
 * @tagname planvis-swot-grid
 * @summary A SWOT analysis as a 2×2 grid of lists, or its TOWS crossings.
 *
 * @fires {PlanvisSelectEvent} planvis-select - When the user chooses an item: `kind: 'swot-item'`, `id` the
 *   item's id, `item` the SwotItem and `nodeId` its first related node (when it has one). Choosing one of an
 *   item's related-node buttons fires the same with `nodeId` that node. In the TOWS view choosing a strategy
 *   fires `kind: 'node'` with `id` and `nodeId` the node's id and `item` the node.
 * @fires {PlanvisLoadEvent} planvis-load - When the plan document has been read (from the base element).
 * @fires {PlanvisErrorEvent} planvis-error - When the plan document cannot be shown (from the base element).
 *
 * @csspart base - The wrapper of everything the widget draws.
 * @csspart header - The caption, date and illustrative note above the grid.
 * @csspart caption - The analysis title (or "SWOT analysis").
 * @csspart note - The explanation of the illustrative mark (only when an item is illustrative).
 * @csspart grid - The 2×2 (or the TOWS crossings): the keyboard composite.
 * @csspart axis - An axis label (internal/external, helpful/harmful; in TOWS the four categories).
 * @csspart quadrant - Each of the four quadrants (it also has one of the four parts below).
 * @csspart quadrant-strength - The strengths quadrant.
 * @csspart quadrant-weakness - The weaknesses quadrant.
 * @csspart quadrant-opportunity - The opportunities quadrant.
 * @csspart quadrant-threat - The threats quadrant.
 * @csspart crossing - Each TOWS crossing and the one-sided list (each also has one of the five parts below).
 * @csspart crossing-so - The crossing of strengths and opportunities.
 * @csspart crossing-st - The crossing of strengths and threats.
 * @csspart crossing-wo - The crossing of weaknesses and opportunities.
 * @csspart crossing-wt - The crossing of weaknesses and threats.
 * @csspart crossing-one-sided - The list below the crossings of strategies that build on one side only.
 * @csspart heading - A quadrant or crossing heading.
 * @csspart count - The number of items (or strategies) beside a heading.
 * @csspart list - The list of items in a quadrant or crossing.
 * @csspart item - One item (list element).
 * @csspart item-button - The button that selects an item (or, in TOWS, a strategy).
 * @csspart mark - The "illustrative" mark of an item.
 * @csspart detail-toggle - The button that shows or hides an item's detail.
 * @csspart detail - An item's detail text.
 * @csspart related - The related nodes of an item.
 * @csspart node-button - A button for one related node.
 * @csspart empty - The text of an empty quadrant or crossing.
 * @csspart more - The "Show N more" button of a long quadrant.
 * @csspart notice - The message shown instead of the grid (no SWOT, no strategies for TOWS).
 *
 * @cssprop [--planvis-swot-grid-strength-color=#1d7a3a] - Strengths (dark theme default #6fd08c).
 * @cssprop [--planvis-swot-grid-weakness-color=#a95500] - Weaknesses (dark #f3a94f).
 * @cssprop [--planvis-swot-grid-opportunity-color=#1a5fb4] - Opportunities (dark #8ab8ff).
 * @cssprop [--planvis-swot-grid-threat-color=#b3261e] - Threats (dark #ff8f85).
 * @cssprop [--planvis-swot-grid-strip-width=0.5rem] - Width of each quadrant's textured colour strip.
 * @cssprop [--planvis-swot-grid-gap=var(--planvis-space-3)] - Space between the quadrants.
 */
export class PlanvisSwotGrid extends PlanvisElement {
  static override styles = [PlanvisElement.styles, swotGridStyles];

  /** Id of the SWOT analysis to show; wins over `node`. Without it: the analysis of `node`, else the plan's. */
  @property() analysis: string | undefined;

  /** 'grid' (default): the 2×2. 'tows': the strategies that refer to SWOT items, in the four crossings. */
  @property({ reflect: true }) view: SwotGridView = 'grid';

  /** Hides the item counts beside the quadrant headings. */
  @property({ type: Boolean, reflect: true, attribute: 'no-counts' }) noCounts = false;

  /** Level (1–6) of the quadrant headings. Default 2. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  /** Ids of the items whose detail is shown. */
  @state() private _expanded: ReadonlySet<string> = new Set();
  /** How many items each group (by key) shows. */
  @state() private _shown: Readonly<Record<string, number>> = {};
  /** The focus stop that holds the one tabindex=0. */
  @state() private _focus: FocusPosition | undefined;
  /** True between beforeprint and afterprint: everything is rendered, details open. */
  @state() private _printing = false;

  #memo:
    | { index: PlanIndex; analysis?: string; node?: string; view: SwotGridView; layout: SwotLayout }
    | undefined;
  #index: PlanIndex | undefined;
  #model: FocusModel = [];
  #active: FocusPosition | undefined;
  #pendingFocus: FocusPosition | undefined;

  #beforePrint = () => (this._printing = true);
  #afterPrint = () => (this._printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['analysis', 'node', 'view', 'plan', 'src'].some((key) => changed.has(key))) {
      this._shown = {};
      this._expanded = new Set();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const pending = this.#pendingFocus;
    if (pending) {
      this.#pendingFocus = undefined;
      this.#stopElement(pending)?.focus();
    }
  }

  get #view(): SwotGridView {
    return this.view === 'tows' ? 'tows' : 'grid';
  }

  get #level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2;
  }

  /** The layout for the current plan and attributes, computed once per change. */
  #layout(index: PlanIndex): SwotLayout {
    const view = this.#view;
    const memo = this.#memo;
    if (
      memo &&
      memo.index === index &&
      memo.analysis === this.analysis &&
      memo.node === this.node &&
      memo.view === view
    )
      return memo.layout;
    const choice = pickAnalysis(index.plan.swot, { analysisId: this.analysis, nodeId: this.node });
    let layout: SwotLayout = { choice };
    if (choice.analysis) {
      layout =
        view === 'tows'
          ? { choice, tows: towsCrossings(choice.analysis, index.plan.nodes) }
          : { choice, quadrants: swotQuadrants(choice.analysis, index.nodesById) };
    }
    this.#memo = { index, analysis: this.analysis, node: this.node, view, layout };
    return layout;
  }

  protected override renderPlan(ctx: PlanContext): TemplateResult {
    this.#index = ctx.index;
    const layout = this.#layout(ctx.index);
    const { analysis } = layout.choice;
    if (!analysis) {
      this.#model = [];
      return html`<div class="swot" part="base">${this.#renderNoAnalysis(layout.choice, ctx)}</div>`;
    }
    const groups = layout.tows ? this.#towsGroups(layout.tows) : this.#gridGroups(layout.quadrants!);
    this.#model = groups.map((group) => group.stops);
    this.#active = clampPosition(this.#model, this._focus);
    const illustrative = layout.quadrants?.hasIllustrative ?? false;
    return html`<div class="swot" part="base">
      ${this.#renderHeader(analysis, illustrative)}
      ${
        layout.tows && layout.tows.strategyCount === 0
          ? html`<p class="notice" part="notice">${this.i18n.t(ns('tows.none'))}</p>`
          : html`<p id="hint" class="visually-hidden">${this.i18n.t(ns('keyboardHint'))}</p>
              <div
                class="grid"
                part="grid"
                role="group"
                aria-labelledby="caption"
                aria-describedby="hint"
                @keydown=${this.#onKeydown}
                @focusin=${this.#onFocusin}
              >
                ${this.#renderAxes(layout.tows !== undefined)} ${groups.map((group) => group.template())}
              </div>`
      }
    </div>`;
  }

  #renderNoAnalysis(choice: AnalysisChoice, ctx: PlanContext): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    let message: string;
    if (choice.reason === 'unknown-analysis') message = t(ns('unknownAnalysis'), { id: this.analysis });
    else if (choice.reason === 'no-swot-for-node') {
      const title = ctx.node ? this.i18n.text(ctx.node.title).text : (this.node ?? '');
      message = t(ns('noSwotForNode'), { node: title });
    } else message = t(ns('noSwot'));
    return html`<p class="notice" part="notice">${message}</p>`;
  }

  #renderHeader(analysis: SwotAnalysis, illustrative: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<div class="header" part="header">
      <p class="caption" part="caption" id="caption">
        ${analysis.title ? localizedText(this.i18n, analysis.title) : t(ns('analysis'))}
      </p>
      ${this.#view === 'tows' ? html`<p class="date">${t(ns('tows.label'))}</p>` : nothing}
      ${
        analysis.date
          ? html`<p class="date">${t(ns('analysisDate'), { date: this.i18n.formatDate(analysis.date) })}</p>`
          : nothing
      }
      ${
        illustrative
          ? html`<p class="note" part="note" id="illustrative-note">
              ${icon(ILLUSTRATIVE_ICON, '')}<span>${t(ns('illustrativeNote'))}</span>
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderAxes(tows: boolean): TemplateResult {
    const t = (key: string) => this.i18n.t(ns(key));
    const [topStart, topEnd, row1, row2] = tows
      ? [t('category.opportunity'), t('category.threat'), t('category.strength'), t('category.weakness')]
      : [t('axis.helpful'), t('axis.harmful'), t('axis.internal'), t('axis.external')];
    // The axis labels are drawn for the eye; each group says the same in words (its placement or its heading).
    return html`<span class="axis axis-top-start" part="axis" aria-hidden="true">${topStart}</span>
      <span class="axis axis-top-end" part="axis" aria-hidden="true">${topEnd}</span>
      <span class="axis axis-row-1" part="axis" aria-hidden="true">${row1}</span>
      <span class="axis axis-row-2" part="axis" aria-hidden="true">${row2}</span>`;
  }

  // ------------------------------------------------------------------ focus stops

  #tabindex(position: FocusPosition): '0' | '-1' {
    const active = this.#active;
    return active &&
      active.group === position.group &&
      active.item === position.item &&
      active.stop === position.stop
      ? '0'
      : '-1';
  }

  #stopElement(position: FocusPosition): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-stop="${stopKey(position)}"]`);
  }

  /** Groups per row as drawn now: 2 in the 2×2, 1 when the container query has stacked them. */
  #columns(): 1 | 2 {
    const [first, second] = ['0', '1'].map((group) =>
      this.renderRoot.querySelector(`[data-group="${group}"]`)?.getBoundingClientRect(),
    );
    return first && second && Math.abs(first.top - second.top) < 1 ? 2 : 1;
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.defaultPrevented) return;
    const stop = (event.target as Element | null)?.closest<HTMLElement>('[data-stop]');
    if (!stop?.dataset.stop) return;
    const to = moveFocus(this.#model, parseStop(stop.dataset.stop), event.key, {
      columns: this.#columns(),
      ctrlKey: event.ctrlKey || event.metaKey,
      dir: getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr',
    });
    if (!to) return;
    event.preventDefault();
    this.#stopElement(to)?.focus();
  };

  #onFocusin = (event: FocusEvent) => {
    const key = (event.target as Element | null)?.closest<HTMLElement>('[data-stop]')?.dataset.stop;
    if (key && (!this._focus || stopKey(this._focus) !== key)) this._focus = parseStop(key);
  };

  // ------------------------------------------------------------------ groups

  #limit(key: string, length: number): number {
    return this._printing ? length : Math.min(length, this._shown[key] ?? SWOT_GRID_PAGE_SIZE);
  }

  #showMore(key: string, group: number, shown: number) {
    this._shown = { ...this._shown, [key]: shown + SWOT_GRID_PAGE_SIZE };
    // The first newly shown item gets the tab stop now and focus once it is rendered.
    this._focus = this.#pendingFocus = { group, item: shown, stop: 0 };
  }

  #renderMore(key: string, group: number, shown: number, total: number): TemplateResult | typeof nothing {
    if (shown >= total) return nothing;
    const position = { group, item: shown, stop: 0 };
    return html`<button
      type="button"
      class="more"
      part="more"
      data-stop=${stopKey(position)}
      tabindex=${this.#tabindex(position)}
      @click=${() => this.#showMore(key, group, shown)}
    >
      ${this.i18n.t(ns('showMore'), { count: Math.min(SWOT_GRID_PAGE_SIZE, total - shown) })}
    </button>`;
  }

  #countTemplate(count: number, key: string): TemplateResult | typeof nothing {
    if (this.noCounts) return nothing;
    return html`<span class="count" part="count" aria-hidden="true">${this.i18n.formatNumber(count)}</span
      ><span class="visually-hidden">, ${this.i18n.t(ns(key), { count })}</span>`;
  }

  #gridGroups(layout: SwotQuadrants): { stops: number[]; template: () => TemplateResult }[] {
    return layout.quadrants.map((quadrant, group) => {
      const shown = this.#limit(quadrant.category, quadrant.items.length);
      const items = quadrant.items.slice(0, shown);
      const stops = items.map((entry) => this.#stopCount(entry));
      if (shown < quadrant.items.length) stops.push(1);
      return { stops, template: () => this.#renderQuadrant(quadrant, group, items, shown) };
    });
  }

  #stopCount({ item, related }: QuadrantItem): number {
    return 1 + (item.detail !== undefined && !this._printing ? 1 : 0) + related.length;
  }

  #renderQuadrant(quadrant: Quadrant, group: number, items: readonly QuadrantItem[], shown: number) {
    const { category } = quadrant;
    const t = (key: string) => this.i18n.t(ns(key));
    const headingId = `heading-${category}`;
    return html`<div
      class="group quadrant ${category}"
      part="quadrant quadrant-${category}"
      data-group=${group}
      data-category=${category}
    >
      ${heading(
        this.#level,
        headingId,
        html`${icon(ICONS[category])}<span class="title">${t(`category.${category}`)}</span
          >${this.#countTemplate(quadrant.items.length, 'itemCount')}`,
      )}
      <p class="placement">${t(`placement.${category}`)}</p>
      ${
        quadrant.items.length === 0
          ? html`<p class="empty" part="empty">${t('emptyQuadrant')}</p>`
          : html`<ul class="list" part="list" aria-labelledby=${headingId}>
              ${items.map((entry, index) => this.#renderItem(entry, group, index))}
            </ul>`
      }
      ${this.#renderMore(category, group, shown, quadrant.items.length)}
    </div>`;
  }

  #renderItem({ item, related }: QuadrantItem, group: number, index: number): TemplateResult {
    const t = (key: string) => this.i18n.t(ns(key));
    const hasDetail = item.detail !== undefined;
    const expanded = this._printing || this._expanded.has(item.id);
    const markId = `mark-${item.id}`;
    const detailId = `detail-${item.id}`;
    const relatedId = `related-${item.id}`;
    let stop = 0;
    const main = { group, item: index, stop: stop++ };
    const toggle = hasDetail && !this._printing ? { group, item: index, stop: stop++ } : undefined;
    return html`<li class="item" part="item" data-item=${item.id}>
      <div class="item-row">
        <button
          type="button"
          class="item-button"
          part="item-button"
          data-stop=${stopKey(main)}
          tabindex=${this.#tabindex(main)}
          aria-describedby=${ifDefined(item.illustrative ? markId : undefined)}
          @click=${() => this.#selectItem(item, related[0])}
        >
          ${localizedText(this.i18n, item.text)}
        </button>
        ${
          item.illustrative
            ? html`<span class="mark" part="mark" id=${markId}
                >${icon(ILLUSTRATIVE_ICON, '')}${t('illustrative')}</span
              >`
            : nothing
        }
      </div>
      ${
        toggle
          ? html`<button
              type="button"
              class="toggle"
              part="detail-toggle"
              data-stop=${stopKey(toggle)}
              tabindex=${this.#tabindex(toggle)}
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${ifDefined(expanded ? detailId : undefined)}
              @click=${() => this.#toggleDetail(item.id)}
            >
              ${icon(CHEVRON, '')}${t('details')}
            </button>`
          : nothing
      }
      ${
        hasDetail && expanded
          ? html`<p class="detail" part="detail" id=${detailId}>${localizedText(this.i18n, item.detail)}</p>`
          : nothing
      }
      ${
        related.length
          ? html`<div class="related" part="related">
              <span class="related-label" id=${relatedId}>${t('relatesTo')}:</span>
              <ul aria-labelledby=${relatedId}>
                ${related.map((nodeId) => {
                  const position = { group, item: index, stop: stop++ };
                  return html`<li>
                    ${this.#renderNodeButton(nodeId, position, () => this.#selectItem(item, nodeId))}
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
    </li>`;
  }

  #renderNodeButton(nodeId: string, position: FocusPosition, onClick: () => void): TemplateResult {
    const node = this.#index?.nodesById.get(nodeId);
    return html`<button
      type="button"
      class="node-button"
      part="node-button"
      data-stop=${stopKey(position)}
      tabindex=${this.#tabindex(position)}
      data-node=${nodeId}
      @click=${onClick}
    >
      ${node ? localizedText(this.i18n, node.title) : nodeId}
    </button>`;
  }

  #towsGroups(tows: TowsCrossings): { stops: number[]; template: () => TemplateResult }[] {
    const groups = tows.crossings.map((crossing, group) => {
      const shown = this.#limit(crossing.code, crossing.entries.length);
      const entries = crossing.entries.slice(0, shown);
      const stops = entries.map(() => 1);
      if (shown < crossing.entries.length) stops.push(1);
      return {
        stops,
        template: () => this.#renderCrossing(crossing.code, group, crossing.entries.length, entries, shown),
      };
    });
    if (tows.oneSided.length) {
      const group = groups.length;
      const shown = this.#limit('one-sided', tows.oneSided.length);
      const entries = tows.oneSided.slice(0, shown);
      const stops = entries.map(() => 1);
      if (shown < tows.oneSided.length) stops.push(1);
      groups.push({
        stops,
        template: () => this.#renderOneSided(group, tows.oneSided.length, entries, shown),
      });
    }
    return groups;
  }

  #renderCrossing(
    code: string,
    group: number,
    total: number,
    entries: readonly CrossingEntry[],
    shown: number,
  ): TemplateResult {
    const t = (key: string) => this.i18n.t(ns(key));
    const headingId = `heading-${code}`;
    return html`<div
      class="group crossing"
      part="crossing crossing-${code}"
      data-group=${group}
      data-crossing=${code}
    >
      ${heading(
        this.#level,
        headingId,
        html`${icon(CROSSING_ICON)}<span class="code">${t(`tows.code.${code}`)}</span
          ><span class="title">${t(`tows.crossing.${code}`)}</span
          >${this.#countTemplate(total, 'tows.strategyCount')}`,
      )}
      <p class="hint">${t(`tows.hint.${code}`)}</p>
      ${
        total === 0
          ? html`<p class="empty" part="empty">${t('tows.emptyCrossing')}</p>`
          : html`<ul class="list" part="list" aria-labelledby=${headingId}>
              ${entries.map((entry, index) =>
                this.#renderStrategy(entry.node, [...entry.internal, ...entry.external], group, index, code),
              )}
            </ul>`
      }
      ${this.#renderMore(code, group, shown, total)}
    </div>`;
  }

  #renderOneSided(
    group: number,
    total: number,
    entries: readonly OneSidedEntry[],
    shown: number,
  ): TemplateResult {
    const t = (key: string) => this.i18n.t(ns(key));
    return html`<div class="group one-sided" part="crossing crossing-one-sided" data-group=${group}>
      ${heading(
        this.#level,
        'heading-one-sided',
        html`<span class="title">${t('tows.oneSided')}</span
          >${this.#countTemplate(total, 'tows.strategyCount')}`,
      )}
      <p class="hint">${t('tows.oneSidedHint')}</p>
      <ul class="list" part="list" aria-labelledby="heading-one-sided">
        ${entries.map((entry, index) => this.#renderStrategy(entry.node, entry.items, group, index, 'one-sided'))}
      </ul>
      ${this.#renderMore('one-sided', group, shown, total)}
    </div>`;
  }

  #renderStrategy(
    node: PlanNode,
    items: readonly SwotItem[],
    group: number,
    index: number,
    prefix: string,
  ): TemplateResult {
    const position = { group, item: index, stop: 0 };
    const labelId = `builds-on-${prefix}-${node.id}`;
    return html`<li class="item" part="item" data-node=${node.id}>
      <button
        type="button"
        class="item-button"
        part="item-button"
        data-stop=${stopKey(position)}
        tabindex=${this.#tabindex(position)}
        @click=${() => this.select({ kind: 'node', id: node.id, nodeId: node.id, item: node })}
      >
        <span class="strategy-type">${this.#typeLabel(node)}</span>
        ${localizedText(this.i18n, node.title)}
      </button>
      <p class="builds-on-label" id=${labelId}>${this.i18n.t(ns('tows.buildsOn'))}:</p>
      <ul class="builds-on" aria-labelledby=${labelId}>
        ${items.map(
          (item) =>
            html`<li>
              <span class="builds-on-category">${this.i18n.t(ns(`category.${item.category}`))}:</span>
              ${localizedText(this.i18n, item.text)}
            </li>`,
        )}
      </ul>
    </li>`;
  }

  #typeLabel(node: PlanNode): TemplateResult | typeof nothing | string {
    if (node.typeLabel) return localizedText(this.i18n, node.typeLabel as LocalizedText);
    return this.i18n.t(`core:nodeType.${node.type}`);
  }

  // ------------------------------------------------------------------ actions

  #toggleDetail(id: string) {
    const expanded = new Set(this._expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this._expanded = expanded;
  }

  #selectItem(item: SwotItem, nodeId: string | undefined) {
    this.select({ kind: 'swot-item', id: item.id, ...(nodeId ? { nodeId } : {}), item });
  }
}
