import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  PanZoom,
  PlanvisElement,
  updateCompleteAfter,
  registerLocales,
  rollUpProgress,
  statusIcon,
  type PlanContext,
  type PlanIndex,
  type PlanNode,
  NODE_TYPES,
} from '@planvis/core';
import { goalTreeStyles } from './goal-tree.styles.js';
import {
  diagramLayout,
  fitTransform,
  panIntoView,
  parseOrientation,
  resolveLayout,
  type BoxSize,
  type DiagramLayout,
  type GoalTreeLayoutKind,
  type ViewTransform,
} from './layout.js';
import { PlanvisToggleEvent } from './planvis-toggle-event.js';
import { containsText, highlightPieces, normalizeQuery } from './text-match.js';
import { isTypeAheadKey, treeKeyAction, typeAhead } from './tree-keys.js';
import {
  allIds,
  filterTree,
  idsToDepth,
  parentMap,
  rowsByParent,
  visibleRows,
  type TreeAccess,
  type TreeFilter,
  type TreeRow,
} from './tree-rows.js';
import en from './locales/en.json' with { type: 'json' };

registerLocales(
  'goal-tree',
  { en },
  {
    nn: () => import('./locales/nn.json', { with: { type: 'json' } }),
    nb: () => import('./locales/nb.json', { with: { type: 'json' } }),
    da: () => import('./locales/da.json', { with: { type: 'json' } }),
    sv: () => import('./locales/sv.json', { with: { type: 'json' } }),
  },
);

/** The format's own node types (custom ones, `x-…`, bring their own `typeLabel`). */
const BUILT_IN_TYPES: ReadonlySet<string> = new Set(NODE_TYPES);
const TYPE_AHEAD_RESET_MS = 600;
/** Nodes below this level are rendered in one flat group under their level-20 ancestor (aria-level unchanged). */
const MAX_NESTED_LEVEL = 20;
/** Below this scale the first view of a diagram shows the root at a readable size instead of everything. */
const MIN_INITIAL_SCALE = 0.75;
/**
 * Up to this many visible nodes the diagram renders every box and measures it (boxes as tall as their text).
 * Above, boxes have one fixed size (title clamped to two lines; the full text stays in the accessible name)
 * and only the boxes in and near the viewport are rendered, so a 10,000-node diagram stays responsive.
 */
const DIAGRAM_FULL_RENDER_MAX = 300;
/**
 * The outline renders at most this many more rows per task: a 10,000-row outline (expand all on a phone) is
 * built over a few dozen short tasks instead of one of seconds, and `updateComplete` waits for all of them.
 */
const OUTLINE_BATCH = 500;
/** Smallest zoom of a large diagram: further out, boxes are unreadable and too many would be rendered. */
const LARGE_MIN_SCALE = 0.25;

function sameRow(a: TreeRow, b: TreeRow): boolean {
  return (
    a.parentId === b.parentId &&
    a.level === b.level &&
    a.setSize === b.setSize &&
    a.posInSet === b.posInSet &&
    a.hasChildren === b.hasChildren &&
    a.expanded === b.expanded
  );
}

/** The rows being rendered in order, and where each is, for flattening very deep branches. */
interface FlatRows {
  readonly rows: readonly TreeRow[];
  readonly indexOf: ReadonlyMap<string, number>;
}

/** The tree derived from one plan, one root and one language: rebuilt only when one of those changes. */
interface TreeModel {
  readonly index: PlanIndex;
  readonly rootKey: string;
  readonly roots: readonly string[];
  readonly access: TreeAccess;
  readonly parents: Map<string, string | null>;
}

/**
 * The goal hierarchy of a plan — focus area → goals → sub-goals/strategies → programmes → actions, at any depth —
 * as a node-link diagram or an indented outline. Both follow the WAI-ARIA APG tree view pattern and share one
 * keyboard and ARIA model: one `role="tree"` list in which each node is a presentational `<li>` holding the
 * node's box (`role="treeitem"`, explicit aria-level/-setsize/-posinset, named by its own text through
 * aria-labelledby) followed by its children's `role="group"` list, which the treeitem owns (aria-owns), so the
 * accessibility tree nests each group in its treeitem. The outline lets that list flow; the diagram positions
 * the same boxes absolutely over an SVG of links. Each node shows its type, title, status (icon + text),
 * progress (bar + percent, rolled up from its children when it has none of its own) and counts of what is below
 * it.
 *
 * @tagname planvis-goal-tree
 * @summary A plan's goal hierarchy as a keyboard-accessible tree diagram or outline.
 *
 * @fires planvis-select - The user selected a node (click, Enter or Space, or following a `#node-id` link with
 *   `link-hash`). `detail`-free typed event from core: `kind: 'node'`, `id`, `nodeId`, `item` (the node data).
 * @fires planvis-toggle - The user expanded or collapsed a node. {@link PlanvisToggleEvent}: `id`, `expanded`.
 * @fires planvis-load - The plan is ready (from the base element).
 * @fires planvis-error - The plan could not be loaded or is invalid (from the base element).
 *
 * @csspart toolbar - The bar above the tree with the filter box and the view buttons.
 * @csspart filter - The filter box (label, input and match count).
 * @csspart filter-input - The filter's text input.
 * @csspart button - Every toolbar button (expand all, collapse all, zoom in, zoom out, fit).
 * @csspart tree - The element with `role="tree"`.
 * @csspart viewport - The diagram's pan-and-zoom area.
 * @csspart link - The SVG path that draws the diagram's links.
 * @csspart node - A node's box: the element with `role="treeitem"`.
 * @csspart toggle - The expand/collapse chevron of a node with children.
 * @csspart node-type - The node's type ("Satsingsområde", "Strategi"…).
 * @csspart node-label - The node's title.
 * @csspart status - The node's status: icon and text.
 * @csspart progress - The node's progress: bar and percent.
 * @csspart counts - The counts of what is below the node ("6 strategiar · 4 program").
 *
 * @cssprop [--planvis-goal-tree-node-width=15rem] - Width of a node box in the diagram.
 * @cssprop [--planvis-goal-tree-node-gap=var(--planvis-space-3, 0.75rem)] - Space between neighbouring boxes.
 * @cssprop [--planvis-goal-tree-level-gap=3rem] - Space between the levels of the diagram.
 * @cssprop [--planvis-goal-tree-link-color=var(--planvis-color-muted)] - Colour of the links and outline guides.
 * @cssprop [--planvis-goal-tree-diagram-height=30rem] - Height of the diagram's viewport.
 * @cssprop [--planvis-goal-tree-indent=1.5rem] - Indentation per level in the outline.
 */
export class PlanvisGoalTree extends PlanvisElement {
  static override styles = [PlanvisElement.styles, goalTreeStyles];

  /** How many levels are expanded at first: 2 opens the roots and their children. Attribute `expand-depth`. */
  @property({ type: Number, attribute: 'expand-depth' }) expandDepth = 2;

  /**
   * `diagram` (node-link diagram with pan and zoom), `outline` (indented list), or `auto` (default): the diagram
   * when the widget is at least 640 px wide, else the outline.
   */
  @property({ reflect: true }) layout: 'auto' | 'diagram' | 'outline' = 'auto';

  /** Direction of the diagram: `horizontal` (root at the inline start, default) or `vertical` (root on top). */
  @property({ reflect: true }) orientation: 'horizontal' | 'vertical' = 'horizontal';

  /**
   * Filter text: nodes whose title contains it (case-insensitive) and their ancestors stay, matches are marked.
   * Typing in the filter box sets it.
   */
  @property() filter = '';

  /** Hides the filter box (the `filter` attribute still works). Attribute `no-filter`. */
  @property({ type: Boolean, attribute: 'no-filter' }) noFilter = false;

  /** Id of the selected node. Reflects; setting it expands the node's ancestors so it is visible. */
  @property({ reflect: true }) selected: string | undefined;

  /**
   * Opt-in: selecting a node writes `#node-id` into the URL, and a `#node-id` in the URL (on load and on
   * `hashchange`) selects that node, so a node can be linked. Attribute `link-hash`.
   */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;

  @state() private _width: number | undefined;

  #model: TreeModel | undefined;
  #expanded = new Set<string>();
  /** Nodes the user collapsed while a filter is active (matches' ancestors are open otherwise). */
  #filterCollapsed = new Set<string>();
  #filterMemo: { model: TreeModel; query: string; lang: string; result: TreeFilter | undefined } | undefined;
  #rowsMemo: { key: string; rows: TreeRow[]; model: TreeModel } | undefined;
  #rows: readonly TreeRow[] = [];
  #focusId: string | undefined;
  #pendingFocus = false;
  #pendingReveal: string | undefined;
  #pendingBulk: 'expand' | 'collapse' | undefined;
  #typeAheadBuffer = '';
  #typeAheadTimer: ReturnType<typeof setTimeout> | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #resizeFrame = 0;
  #kind: GoalTreeLayoutKind = 'outline';
  #layout: DiagramLayout | undefined;
  /** Large diagram: fixed-size boxes, only those near the viewport rendered (see DIAGRAM_FULL_RENDER_MAX). */
  #large = false;
  #renderSet: ReadonlySet<string> | undefined;
  /** Outline rows rendered so far (a prefix of the rows in document order) while more are on their way. */
  #outlineLimit = OUTLINE_BATCH;
  #outlineTimer: ReturnType<typeof setTimeout> | undefined;
  #outlineDone: { promise: Promise<void>; resolve: () => void } | undefined;
  /** Whether this update rendered the outline's rows (else nothing more is on its way). */
  #outlineRendered = false;
  #viewSize = { width: 0, height: 0 };
  /** Sizes read from the probes (px): gaps and a large diagram's fixed box. Read after every diagram render. */
  #metrics: { gap: number; levelGap: number; box: BoxSize } | undefined;
  #cullFrame = 0;
  #positionsPending = false;
  #relaidOut = false;
  #layoutRows: readonly TreeRow[] | undefined;
  #layoutOrientation = '';
  /** Bumped on every change of expansion; part of the rows' memo key. */
  #rowsVersion = 0;
  #transform: ViewTransform = { x: 0, y: 0, k: 1 };
  #zoom: PanZoom | undefined;
  #zoomTarget: HTMLElement | undefined;
  #needsInitialView = true;
  #panToFocus = false;
  #hashApplied = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width;
      if (width === undefined) return;
      // Only a change of the drawn layout re-renders; deferred a frame so the re-render never resizes the
      // element inside this observer's callback.
      if (
        this._width === undefined ||
        resolveLayout(this.layout, width) !== resolveLayout(this.layout, this._width)
      ) {
        cancelAnimationFrame(this.#resizeFrame);
        this.#resizeFrame = requestAnimationFrame(() => (this._width = width));
      }
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    cancelAnimationFrame(this.#resizeFrame);
    cancelAnimationFrame(this.#cullFrame);
    this.#cullFrame = 0;
    clearTimeout(this.#typeAheadTimer);
  }

  /** Expands every node (the whole tree below `node`, or the whole plan). Fires no event. */
  expandAll(): void {
    if (!this.#model) {
      this.#pendingBulk = 'expand';
      return;
    }
    const { roots, access } = this.#model;
    this.#expanded = new Set(allIds(roots, access).filter((id) => access.children(id).length > 0));
    this.#filterCollapsed.clear();
    this.#changed();
  }

  /** Collapses every node, leaving only the roots visible. Fires no event. */
  collapseAll(): void {
    if (!this.#model) {
      this.#pendingBulk = 'collapse';
      return;
    }
    this.#expanded.clear();
    if (this.#filterActive) {
      const { roots, access } = this.#model;
      this.#filterCollapsed = new Set(allIds(roots, access));
    }
    const top = this.#model.roots[0];
    if (this.#focusId && !this.#model.roots.includes(this.#focusId)) this.#focusId = top;
    this.#changed();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate?.(changed);
    if (changed.has('selected') && this.selected) this.#pendingReveal = this.selected;
    if (changed.has('expandDepth')) this.#model = undefined;
    if (changed.has('filter')) {
      this.#filterCollapsed.clear();
    }
    if (changed.has('orientation')) this.#needsInitialView = true;
    this.#outlineRendered = false;
    // Measure once before the first render, so `layout="auto"` on a wide page does not render the outline and
    // then, a frame later, the diagram (the resize observer reports only after the first render).
    if (this._width === undefined && this.isConnected) {
      const width = this.getBoundingClientRect().width;
      if (width > 0) this._width = width;
    }
  }

  protected override renderPlan(ctx: PlanContext): TemplateResult {
    const model = this.#modelFor(ctx);
    const rows = this.#currentRows(model);
    this.#rows = rows;
    const kind = resolveLayout(this.layout, this._width);
    if (kind !== this.#kind) {
      this.#kind = kind;
      this.#layoutRows = undefined;
      this.#needsInitialView = true;
    }
    if (this.#focusId === undefined || !rows.some((r) => r.id === this.#focusId)) {
      this.#focusId = this.#fallbackFocus(model, rows);
    }
    const filter = this.#filterResult(model);
    this.#large = kind === 'diagram' && rows.length > DIAGRAM_FULL_RENDER_MAX;
    if (this.#large && this.#metrics && this.#layoutStale()) this.#layOut(this.#metrics.box);
    this.#renderSet = this.#large ? this.#cull(rows) : undefined;
    const shown = this.#renderSet
      ? rows.filter((r) => this.#renderSet!.has(r.id))
      : kind === 'outline'
        ? this.#outlinePrefix(rows)
        : rows;
    const byParent = rowsByParent(shown);
    const flat: FlatRows = { rows: shown, indexOf: new Map(shown.map((r, i) => [r.id, i])) };
    const query = this.#filterActive ? normalizeQuery(this.filter) : '';
    const planTitle = this.i18n.text(ctx.plan.title).text;
    const treeLabel = this.i18n.t('goal-tree:treeLabel', {
      title: ctx.node ? this.i18n.text(ctx.node.title).text : planTitle,
    });
    const renderItem = (row: TreeRow): TemplateResult =>
      this.#renderItem(ctx, row, byParent, flat, query, renderItem);
    const items = repeat(byParent.get(null) ?? [], (r) => r.id, renderItem);
    const tree =
      rows.length === 0
        ? nothing
        : html`<ul
            role="tree"
            part="tree"
            aria-label=${treeLabel}
            @keydown=${this.#onKeyDown}
            @click=${this.#onClick}
            @focusin=${this.#onFocusIn}
          >
            ${items}
          </ul>`;

    return html`
      ${this.#renderToolbar(kind, filter)}
      ${
        model.roots.length === 0
          ? html`<p class="empty">${this.i18n.t('goal-tree:empty')}</p>`
          : kind === 'diagram'
            ? html`<div class="viewport" part="viewport" @scroll=${this.#onViewportScroll}>
                  <svg class="links" aria-hidden="true" focusable="false">
                    <g><path part="link"></path></g>
                  </svg>
                  <div class=${this.#large ? 'layer diagram compact' : 'layer diagram'}>${tree}</div>
                  <div class="probe" aria-hidden="true"></div>
                  <div class="probe-box" aria-hidden="true"></div>
                </div>
                <p class="hint">${this.i18n.t('goal-tree:diagramHint')}</p>`
            : html`<div class="outline">${tree}</div>`
      }
    `;
  }

  #renderToolbar(kind: GoalTreeLayoutKind, filter: TreeFilter | undefined): TemplateResult {
    const count = filter?.matches.size ?? 0;
    return html`<div
      class="toolbar"
      part="toolbar"
      role="group"
      aria-label=${this.i18n.t('goal-tree:toolbarLabel')}
    >
      ${
        this.noFilter
          ? nothing
          : html`<div class="filter" part="filter">
              <label for="filter">${this.i18n.t('goal-tree:filterLabel')}</label>
              <input
                id="filter"
                part="filter-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                .value=${this.filter ?? ''}
                @input=${this.#onFilterInput}
              />
              <span class="filter-status" role="status"
                >${
                  filter
                    ? count === 0
                      ? this.i18n.t('goal-tree:filterNone')
                      : this.i18n.t('goal-tree:filterMatches', { count })
                    : ''
                }</span
              >
            </div>`
      }
      <div class="actions">
        <button type="button" part="button" @click=${this.#onExpandAllClick}>
          ${this.i18n.t('goal-tree:expandAll')}
        </button>
        <button type="button" part="button" @click=${this.#onCollapseAllClick}>
          ${this.i18n.t('goal-tree:collapseAll')}
        </button>
        ${
          kind === 'diagram'
            ? html`<button
                  type="button"
                  part="button"
                  aria-label=${this.i18n.t('goal-tree:zoomOut')}
                  @click=${() => this.#zoomBy(1 / 1.25)}
                >
                  −
                </button>
                <button
                  type="button"
                  part="button"
                  aria-label=${this.i18n.t('goal-tree:zoomIn')}
                  @click=${() => this.#zoomBy(1.25)}
                >
                  +
                </button>
                <button type="button" part="button" @click=${() => this.fit()}>
                  ${this.i18n.t('goal-tree:fit')}
                </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  /**
   * The outline's rows to render now: all of them when they fit in one batch, else a prefix (ancestors come
   * before their descendants, so a prefix is a well-formed tree) that grows by a batch per task until all are
   * there. The focused row is always in it, so keys reach rows that have not been built yet.
   */
  #outlinePrefix(rows: readonly TreeRow[]): readonly TreeRow[] {
    this.#outlineRendered = true;
    const focusIndex = this.#focusId === undefined ? -1 : rows.findIndex((r) => r.id === this.#focusId);
    const limit = Math.max(this.#outlineLimit, focusIndex + 1 + OUTLINE_BATCH / 10);
    if (rows.length <= limit) {
      this.#outlineLimit = Math.max(OUTLINE_BATCH, rows.length);
      this.#finishOutline();
      return rows;
    }
    this.#outlineLimit = limit;
    if (!this.#outlineDone) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.#outlineDone = { promise, resolve };
    }
    clearTimeout(this.#outlineTimer);
    this.#outlineTimer = setTimeout(() => {
      this.#outlineTimer = undefined;
      this.#outlineLimit += OUTLINE_BATCH;
      this.requestUpdate();
    });
    return rows.slice(0, limit);
  }

  #finishOutline(): void {
    clearTimeout(this.#outlineTimer);
    this.#outlineTimer = undefined;
    this.#outlineDone?.resolve();
    this.#outlineDone = undefined;
  }

  /** Resolves once the outline's rows are all rendered, not just the first batch. */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateCompleteAfter(
      () => super.getUpdateComplete(),
      () => this.#afterRender ?? this.#outlineDone?.promise,
    );
  }

  #renderItem(
    ctx: PlanContext,
    row: TreeRow,
    byParent: Map<string | null, TreeRow[]>,
    flat: FlatRows,
    query: string,
    renderItem: (row: TreeRow) => TemplateResult,
  ): TemplateResult {
    const children = row.expanded ? (byParent.get(row.id) ?? []) : [];
    const groupId = children.length > 0 ? `g-${row.id}` : undefined;
    let group: TemplateResult | typeof nothing = nothing;
    if (children.length > 0 && row.level >= MAX_NESTED_LEVEL) {
      // Below this depth every visible descendant goes flat into one group (their aria-level still says how
      // deep they are): nesting thousands of levels would overflow the call stack and the browser's layout.
      const start = flat.indexOf.get(row.id)! + 1;
      let end = start;
      while (end < flat.rows.length && flat.rows[end]!.level > row.level) end++;
      group = html`<ul role="group" id=${groupId}>
        ${repeat(
          flat.rows.slice(start, end),
          (r) => r.id,
          (r) => html`<li role="none">${this.#guardedBox(ctx, r, query, undefined)}</li>`,
        )}
      </ul>`;
    } else if (children.length > 0) {
      group = html`<ul role="group" id=${groupId}>
        ${repeat(children, (r) => r.id, renderItem)}
      </ul>`;
    }
    return html`<li role="none">${this.#guardedBox(ctx, row, query, groupId)}${group}</li>`;
  }

  /** The box is re-rendered only when its row, selection, filter text, language, plan or group changed. */
  #guardedBox(ctx: PlanContext, row: TreeRow, query: string, groupId: string | undefined): unknown {
    const isSelected = this.selected === row.id;
    return guard([row, isSelected, query, this.i18n.lang, ctx.index, groupId], () =>
      this.#renderBox(ctx, row, isSelected, query, groupId),
    );
  }

  /**
   * A node's box: the treeitem. Its children's group is its sibling in the DOM (so the box is what gets focus
   * and its focus ring, and the diagram can position it), and aria-owns makes that group the treeitem's child in
   * the accessibility tree, as the APG pattern nests it. The name comes from the box's own text
   * (aria-labelledby), never from the owned subtree.
   */
  #renderBox(
    ctx: PlanContext,
    row: TreeRow,
    isSelected: boolean,
    query: string,
    groupId: string | undefined,
  ): TemplateResult {
    const node = ctx.index.nodesById.get(row.id)!;
    const title = this.i18n.text(node.title);
    const type = this.#typeLabel(node);
    const progress = rollUpProgress(ctx.index, node.id);
    const counts = this.#counts(ctx.index, node);
    return html`<div
      role="treeitem"
      class="node"
      part="node"
      id=${`n-${row.id}`}
      data-id=${row.id}
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.posInSet}
      aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
      aria-selected=${String(isSelected)}
      aria-labelledby=${`t-${row.id}`}
      aria-owns=${groupId ?? nothing}
      tabindex=${row.id === this.#focusId ? 0 : -1}
    >
      ${
        row.hasChildren
          ? html`<span class="toggle" part="toggle" aria-hidden="true" data-toggle
              ><svg viewBox="0 0 16 16" focusable="false">
                <path d="M5.5 3 10.5 8l-5 5" fill="none" stroke="currentColor" stroke-width="2" /></svg
            ></span>`
          : html`<span class="toggle" aria-hidden="true"></span>`
      }
      <span class="body" id=${`t-${row.id}`}>
        <span class="type" part="node-type" lang=${ifDefined(type.lang)}>${type.text}</span>
        <span class="label" part="node-label" lang=${ifDefined(title.lang)}
          >${
            query
              ? highlightPieces(title.text, query, this.i18n.lang).map((p) =>
                  p.match ? html`<mark>${p.text}</mark>` : p.text,
                )
              : title.text
          }</span
        >
        <span class="meta">
          ${
            node.status
              ? html`<span class="status" part="status"
                  >${statusIcon(node.status)}<span>${this.i18n.t(`core:status.${node.status}`)}</span></span
                >`
              : nothing
          }
          ${progress.value !== null ? this.#renderProgress(progress.value, progress.derived) : nothing}
          ${counts.length > 0 ? html`<span class="counts" part="counts">${counts.join(' · ')}</span>` : nothing}
        </span>
      </span>
    </div>`;
  }

  #renderProgress(value: number, derived: boolean): TemplateResult {
    const clamped = Math.max(0, Math.min(100, value));
    const percent = this.i18n.formatPercent(clamped / 100);
    return html`<span class="progress" part="progress"
      ><span class="bar" aria-hidden="true"
        ><svg viewBox="0 0 100 1" preserveAspectRatio="none" focusable="false">
          <rect class="fill" width=${clamped} height="1"></rect></svg></span
      ><span
        >${
          // One text node: Chromium's accessible name drops a whitespace-only text node between two bindings.
          `${this.i18n.t('goal-tree:progress')} ${percent}`
        }</span
      >${
        derived ? html`<span class="derived">(${this.i18n.t('goal-tree:progressDerived')})</span>` : nothing
      }</span
    >`;
  }

  /** The node's type in the UI language: the plan's own typeLabel, else core's label, else the custom name. */
  #typeLabel(node: PlanNode): { text: string; lang: string | undefined } {
    if (node.typeLabel) return this.i18n.text(node.typeLabel);
    if (BUILT_IN_TYPES.has(node.type))
      return { text: this.i18n.t(`core:nodeType.${node.type}`), lang: undefined };
    const name = node.type.replace(/^x-/, '').replace(/-/g, ' ');
    return { text: name.charAt(0).toLocaleUpperCase() + name.slice(1), lang: undefined };
  }

  /** "6 strategiar", "4 program", "2 indikatorar": children by type, then indicators. */
  #counts(index: PlanIndex, node: PlanNode): string[] {
    const byType = new Map<string, { count: number; sample: PlanNode }>();
    for (const child of index.children(node.id)) {
      const entry = byType.get(child.type);
      if (entry) entry.count++;
      else byType.set(child.type, { count: 1, sample: child });
    }
    const out: string[] = [];
    for (const [type, { count, sample }] of byType) {
      out.push(
        BUILT_IN_TYPES.has(type) && !sample.typeLabel
          ? this.i18n.t(`goal-tree:count.${type}`, { count })
          : this.i18n.t('goal-tree:countCustom', {
              count,
              label: this.#typeLabel(sample).text,
            }),
      );
    }
    const indicators = index.indicatorsOf(node.id).length;
    if (indicators > 0) out.push(this.i18n.t('goal-tree:count.indicator', { count: indicators }));
    return out;
  }

  // ---- model -------------------------------------------------------------------------------------------

  get #filterActive(): boolean {
    return normalizeQuery(this.filter) !== '';
  }

  #modelFor(ctx: PlanContext): TreeModel {
    const rootKey = ctx.node?.id ?? '';
    if (this.#model && this.#model.index === ctx.index && this.#model.rootKey === rootKey) return this.#model;
    const index = ctx.index;
    const childIds = new Map<string, readonly string[]>();
    const access: TreeAccess = {
      children: (id) => {
        let ids = childIds.get(id);
        if (!ids) {
          ids = index.children(id).map((n) => n.id);
          childIds.set(id, ids);
        }
        return ids;
      },
    };
    const roots = ctx.node ? [ctx.node.id] : index.roots.map((n) => n.id);
    const model: TreeModel = { index, rootKey, roots, access, parents: parentMap(roots, access) };
    this.#model = model;
    this.#expanded = idsToDepth(roots, access, Math.max(0, Math.floor(this.expandDepth ?? 2)));
    this.#filterCollapsed.clear();
    this.#rowsMemo = undefined;
    this.#layoutRows = undefined;
    this.#needsInitialView = true;
    if (this.#pendingBulk === 'expand') this.expandAll();
    else if (this.#pendingBulk === 'collapse') this.collapseAll();
    this.#pendingBulk = undefined;
    if (!this.#hashApplied && this.linkHash) {
      this.#hashApplied = true;
      const id = this.#hashId();
      if (id && model.parents.has(id)) {
        this.selected = id;
        this.#pendingReveal = id;
      }
    }
    return model;
  }

  #filterResult(model: TreeModel): TreeFilter | undefined {
    const query = normalizeQuery(this.filter);
    const lang = this.i18n.lang;
    const memo = this.#filterMemo;
    if (memo && memo.model === model && memo.query === query && memo.lang === lang) return memo.result;
    const result =
      query === ''
        ? undefined
        : filterTree(model.roots, model.access, (id) =>
            containsText(this.i18n.text(model.index.nodesById.get(id)!.title).text, query, lang),
          );
    this.#filterMemo = { model, query, lang, result };
    return result;
  }

  #currentRows(model: TreeModel): TreeRow[] {
    if (this.#pendingReveal) {
      const id = this.#pendingReveal;
      this.#pendingReveal = undefined;
      if (model.parents.has(id)) {
        for (let p = model.parents.get(id); p; p = model.parents.get(p)) {
          this.#expanded.add(p);
          this.#filterCollapsed.delete(p);
        }
        this.#focusId = id;
        this.#panToFocus = true;
        this.#rowsVersion++;
      }
    }
    const filter = this.#filterResult(model);
    const key = `${this.#rowsVersion}|${normalizeQuery(this.filter)}|${this.i18n.lang}`;
    if (this.#rowsMemo && this.#rowsMemo.key === key && this.#model === model) return this.#rowsMemo.rows;
    const fresh = filter
      ? visibleRows(model.roots, model.access, (id) => !this.#filterCollapsed.has(id), filter.keep)
      : visibleRows(model.roots, model.access, (id) => this.#expanded.has(id));
    // Keep the previous object for a row that did not change, so its box's template is skipped (guard).
    const previous = new Map(
      (this.#rowsMemo?.model === model ? this.#rowsMemo.rows : []).map((r) => [r.id, r]),
    );
    const rows = fresh.map((row) => {
      const old = previous.get(row.id);
      return old && sameRow(old, row) ? old : row;
    });
    this.#rowsMemo = { key, rows, model };
    return rows;
  }

  #fallbackFocus(model: TreeModel, rows: readonly TreeRow[]): string | undefined {
    const visible = new Set(rows.map((r) => r.id));
    for (let id = this.#focusId; id; id = model.parents.get(id) ?? undefined) {
      if (visible.has(id)) return id;
    }
    if (this.selected && visible.has(this.selected)) return this.selected;
    return rows[0]?.id;
  }

  /** The expansion changed: rows are recomputed (once) on the next render. */
  #changed(): void {
    this.#rowsVersion++;
    this.requestUpdate();
  }

  #isExpanded(id: string): boolean {
    return this.#filterActive ? !this.#filterCollapsed.has(id) : this.#expanded.has(id);
  }

  #setExpanded(id: string, expanded: boolean, notify: boolean): void {
    if (this.#isExpanded(id) === expanded) return;
    if (this.#filterActive) {
      if (expanded) this.#filterCollapsed.delete(id);
      else this.#filterCollapsed.add(id);
    }
    if (expanded) this.#expanded.add(id);
    else this.#expanded.delete(id);
    this.#changed();
    if (notify) this.dispatchEvent(new PlanvisToggleEvent({ id, expanded }));
  }

  #selectNode(id: string, fromHash = false): void {
    const node = this.#model?.index.nodesById.get(id);
    if (!node) return;
    this.selected = id;
    if (this.linkHash && !fromHash && this.#hashId() !== id) {
      history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    }
    this.select({ kind: 'node', id, nodeId: id, item: node });
  }

  #hashId(): string | undefined {
    const raw = location.hash.slice(1);
    if (!raw) return undefined;
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }

  #onHashChange = (): void => {
    if (!this.linkHash || !this.#model) return;
    const id = this.#hashId();
    if (!id || !this.#model.parents.has(id) || id === this.selected) return;
    this.#selectNode(id, true);
  };

  // ---- user input --------------------------------------------------------------------------------------

  #itemOf(event: Event): HTMLElement | undefined {
    for (const target of event.composedPath()) {
      if (target instanceof HTMLElement && target.getAttribute('role') === 'treeitem') return target;
      if (target === event.currentTarget) break;
    }
    return undefined;
  }

  #onClick = (event: MouseEvent): void => {
    const item = this.#itemOf(event);
    const id = item?.dataset.id;
    if (!item || !id) return;
    const onToggle = event
      .composedPath()
      .some((t) => t instanceof HTMLElement && t.hasAttribute('data-toggle'));
    this.#moveFocus(id, false);
    if (onToggle) this.#setExpanded(id, !this.#isExpanded(id), true);
    else this.#selectNode(id);
  };

  #onFocusIn = (event: FocusEvent): void => {
    const item = this.#itemOf(event);
    const id = item?.dataset.id;
    if (id && id !== this.#focusId) this.#setTabStop(id);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const current = this.#focusId;
    if (!current) return;
    if (isTypeAheadKey(event) && event.key !== ' ') {
      event.preventDefault();
      this.#typeAheadBuffer += event.key;
      clearTimeout(this.#typeAheadTimer);
      this.#typeAheadTimer = setTimeout(() => (this.#typeAheadBuffer = ''), TYPE_AHEAD_RESET_MS);
      const model = this.#model!;
      const found = typeAhead(
        this.#rows,
        (id) => this.i18n.text(model.index.nodesById.get(id)!.title).text,
        current,
        this.#typeAheadBuffer,
        this.i18n.lang,
      );
      if (found) this.#moveFocus(found);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = treeKeyAction(this.#rows, current, event.key);
    if (action.type === 'none') {
      if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', ' ', '*'].includes(event.key)) {
        event.preventDefault();
      }
      return;
    }
    event.preventDefault();
    switch (action.type) {
      case 'focus':
        this.#moveFocus(action.id);
        break;
      case 'expand':
        this.#setExpanded(action.id, true, true);
        this.#panToFocus = true;
        break;
      case 'collapse':
        this.#setExpanded(action.id, false, true);
        this.#panToFocus = true;
        break;
      case 'select':
        this.#selectNode(action.id);
        break;
      case 'expand-siblings':
        for (const id of action.ids) this.#setExpanded(id, true, true);
        break;
    }
  };

  #itemElement(id: string | undefined): HTMLElement | null {
    return id ? this.renderRoot.querySelector<HTMLElement>(`[id="n-${CSS.escape(id)}"]`) : null;
  }

  /** Moves the roving tab stop in the DOM directly: a focus move re-renders nothing. */
  #setTabStop(id: string): HTMLElement | null {
    const previous = this.#itemElement(this.#focusId);
    const next = this.#itemElement(id);
    this.#focusId = id;
    if (next) {
      if (previous && previous !== next) previous.tabIndex = -1;
      next.tabIndex = 0;
    }
    return next;
  }

  #moveFocus(id: string, pan = true): void {
    const next = this.#setTabStop(id);
    if (next) {
      next.focus({ preventScroll: this.#kind === 'diagram' });
      if (pan && this.#kind === 'diagram') this.#panTo(id);
    } else {
      this.#pendingFocus = true;
      this.#panToFocus = pan;
      this.requestUpdate();
    }
  }

  #onFilterInput = (event: Event): void => {
    this.filter = (event.target as HTMLInputElement).value;
  };

  #onExpandAllClick = (): void => this.expandAll();
  #onCollapseAllClick = (): void => this.collapseAll();

  #onViewportScroll = (event: Event): void => {
    // Focus moving to an item must never scroll the clipped viewport: panning is the zoom transform's job.
    const viewport = event.currentTarget as HTMLElement;
    viewport.scrollTop = 0;
    viewport.scrollLeft = 0;
  };

  // ---- diagram -----------------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated?.(changed);
    // The diagram, an error or the loading state: no outline rows are on their way.
    if (!this.#outlineRendered) this.#finishOutline();
    // Measuring the boxes forces a layout. Done in a microtask, it comes after every other element that
    // updates in this task (five widgets switching language) has rendered: one layout for all of them, not
    // one per element that reads sizes. Still before the frame is painted.
    this.#afterRender ??= Promise.resolve().then(() => {
      this.#afterRender = undefined;
      this.#measureAndPlace();
    });
  }

  /** The pending `#measureAndPlace` after a render (`updateComplete` waits for it). */
  #afterRender: Promise<void> | undefined;

  #measureAndPlace(): void {
    if (!this.isConnected) return;
    const tree = this.renderRoot.querySelector<HTMLElement>('[role="tree"]');
    if (this.#kind === 'diagram' && tree) this.#updateDiagram();
    else this.#detachZoom();
    if (this.#pendingFocus) {
      this.#pendingFocus = false;
      this.#itemElement(this.#focusId)?.focus({ preventScroll: this.#kind === 'diagram' });
    }
    if (this.#panToFocus) {
      this.#panToFocus = false;
      if (this.#kind === 'diagram' && this.#focusId) this.#panTo(this.#focusId);
    }
  }

  #updateDiagram(): void {
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport')!;
    const layer = viewport.querySelector<HTMLElement>('.layer')!;
    if (this.#zoomTarget !== viewport) this.#setUpZoom(viewport);
    this.#zoom!.scaleExtent = [this.#large ? LARGE_MIN_SCALE : 0.05, 3];
    this.#viewSize = { width: viewport.clientWidth, height: viewport.clientHeight };
    const probe = viewport.querySelector<HTMLElement>('.probe')!;
    const fixed = viewport.querySelector<HTMLElement>('.probe-box')!;
    this.#metrics = {
      gap: probe.offsetWidth,
      levelGap: probe.offsetHeight,
      box: { width: fixed.offsetWidth, height: fixed.offsetHeight },
    };
    const boxes = layer.querySelectorAll<HTMLElement>('.node');
    const stale = this.#layoutStale();
    if (stale) {
      if (this.#large) {
        this.#layOut(this.#metrics.box);
      } else {
        const sizes = new Map<string, BoxSize>();
        for (const box of boxes)
          sizes.set(box.dataset.id!, { width: box.offsetWidth, height: box.offsetHeight });
        this.#layOut((id) => sizes.get(id) ?? { width: 240, height: 80 });
      }
    }
    if (this.#needsInitialView && this.#layout) {
      this.#needsInitialView = false;
      this.#applyTransform(this.#initialView(viewport));
    } else if (this.#relaidOut) {
      // Expanding or collapsing moves boxes: keep the focused one where the user can see it.
      this.#panToFocus = true;
    }
    this.#relaidOut = false;
    const layout = this.#layout!;
    if (stale || this.#large || this.#positionsPending) {
      this.#positionsPending = false;
      for (const box of boxes) {
        const placed = layout.boxes.get(box.dataset.id!);
        if (placed) box.style.translate = `${placed.x}px ${placed.y}px`;
      }
      const shown = this.#renderSet;
      const links = shown ? layout.links.filter((l) => shown.has(l.target)) : layout.links;
      viewport.querySelector('path')!.setAttribute('d', links.map((l) => l.path).join(''));
    }
    // A large diagram rendered before its layout existed (or was current) renders again, now culled to view.
    if (this.#large && stale) this.requestUpdate();
  }

  #layoutStale(): boolean {
    return (
      !this.#layout ||
      this.#layoutRows !== this.#rows ||
      this.#layoutOrientation !== parseOrientation(this.orientation)
    );
  }

  /** Lays out the visible rows once (boxes of one size, or measured sizes). */
  #layOut(size: BoxSize | ((id: string) => BoxSize)): void {
    const metrics = this.#metrics!;
    const orientation = parseOrientation(this.orientation);
    this.#layout = diagramLayout(this.#rows, {
      orientation,
      size: typeof size === 'function' ? size : () => size,
      gap: metrics.gap,
      levelGap: metrics.levelGap,
    });
    this.#layoutRows = this.#rows;
    this.#layoutOrientation = orientation;
    this.#positionsPending = true;
    this.#relaidOut = true;
  }

  /**
   * The nodes a large diagram renders: those whose boxes are in the viewport or half a viewport around it, the
   * focused and selected nodes, and the ancestors of all of them (the tree's nesting needs them).
   */
  #cull(rows: readonly TreeRow[]): Set<string> {
    const set = new Set<string>();
    const model = this.#model!;
    const add = (id: string | undefined): void => {
      for (let p: string | null | undefined = id; p && !set.has(p); p = model.parents.get(p)) set.add(p);
    };
    add(this.#focusId);
    const layout = this.#layout;
    if (!layout || this.#layoutRows !== rows) return set;
    if (this.selected && layout.boxes.has(this.selected)) add(this.selected);
    const { x, y, k } = this.#transform;
    const { width, height } = this.#viewSize;
    const x0 = (-x - width / 2) / k;
    const x1 = (width * 1.5 - x) / k;
    const y0 = (-y - height / 2) / k;
    const y1 = (height * 1.5 - y) / k;
    for (const box of layout.boxes.values()) {
      if (box.x + box.width >= x0 && box.x <= x1 && box.y + box.height >= y0 && box.y <= y1) add(box.id);
    }
    return set;
  }

  /** After a pan or zoom of a large diagram: render again when other boxes come into view (once a frame). */
  #scheduleCull(): void {
    if (!this.#large || this.#cullFrame) return;
    this.#cullFrame = requestAnimationFrame(() => {
      this.#cullFrame = 0;
      const next = this.#cull(this.#rows);
      const current = this.#renderSet;
      if (!current || next.size !== current.size || [...next].some((id) => !current.has(id)))
        this.requestUpdate();
    });
  }

  #setUpZoom(viewport: HTMLElement): void {
    this.#detachZoom();
    this.#zoomTarget = viewport;
    // Plain wheel scrolls the page; Ctrl/⌘ + wheel (and a trackpad pinch) zooms. Drag pans, two fingers pinch.
    this.#zoom = new PanZoom(viewport, {
      onChange: ({ x, y, k }) => {
        this.#transform = { x, y, k };
        this.#paintTransform();
        this.#scheduleCull();
      },
    });
    this.#zoom.set(this.#transform);
  }

  #detachZoom(): void {
    this.#zoom?.destroy();
    this.#zoom = undefined;
    this.#zoomTarget = undefined;
  }

  #paintTransform(): void {
    const viewport = this.#zoomTarget;
    if (!viewport) return;
    const { x, y, k } = this.#transform;
    viewport.querySelector('g')?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
    const layer = viewport.querySelector<HTMLElement>('.layer');
    if (layer) layer.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
  }

  #applyTransform(t: ViewTransform): void {
    this.#transform = t;
    if (this.#zoom) this.#zoom.set(t);
    else this.#paintTransform();
  }

  #viewportSize(viewport: HTMLElement): { width: number; height: number } {
    return { width: viewport.clientWidth, height: viewport.clientHeight };
  }

  #initialView(viewport: HTMLElement): ViewTransform {
    const layout = this.#layout!;
    const view = this.#viewportSize(viewport);
    const fit = fitTransform(layout, view, 16, this.#large ? LARGE_MIN_SCALE : 0.05);
    if (fit.k >= MIN_INITIAL_SCALE) return fit;
    const first = this.#rows[0] && layout.boxes.get(this.#rows[0].id);
    const k = MIN_INITIAL_SCALE;
    if (!first) return { x: 16, y: 16, k };
    return parseOrientation(this.orientation) === 'horizontal'
      ? { k, x: 16, y: view.height / 2 - (first.y + first.height / 2) * k }
      : { k, y: 16, x: view.width / 2 - (first.x + first.width / 2) * k };
  }

  #panTo(id: string): void {
    const box = this.#layout?.boxes.get(id);
    const viewport = this.#zoomTarget;
    if (!box || !viewport) return;
    const next = panIntoView(this.#transform, box, this.#viewportSize(viewport));
    if (next !== this.#transform) this.#applyTransform(next);
  }

  #zoomBy(factor: number): void {
    this.#zoom?.scaleBy(factor);
  }

  /** Fits the whole diagram into the viewport (the toolbar's "fit" button). No-op in the outline. */
  fit(): void {
    const viewport = this.#zoomTarget;
    if (!this.#layout || !viewport) return;
    this.#applyTransform(
      fitTransform(this.#layout, this.#viewportSize(viewport), 16, this.#large ? LARGE_MIN_SCALE : 0.05),
    );
  }
}
