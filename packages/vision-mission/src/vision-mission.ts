import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  PlanvisElement,
  cssProps,
  localizedText,
  registerLocales,
  statusIcon,
  type LocalizedText,
  type Plan,
  type PlanContext,
  type PlanIndex,
  type PlanNode,
  NODE_TYPES,
} from '@planvis/core';
import { visionMissionStyles } from './vision-mission.styles.js';
import { matrixModel, type MatrixCell, type MatrixModel } from './matrix-model.js';
import {
  arrowHead,
  matrixGeometry,
  gridAreaValue,
  type GridArea,
  type MatrixGeometry,
} from './matrix-geometry.js';
import { gridMove, isGridStop, type GridPosition } from './grid-navigation.js';
import { readChain, chainMinInlineSizeEm, type Chain } from './chain-levels.js';
import { chainMove, type ChainPosition } from './chain-navigation.js';
import { chooseLayout, type VisionMissionLayout, type VisionMissionLayoutOption } from './choose-layout.js';
import en from './locales/en.json' with { type: 'json' };

registerLocales(
  'vision-mission',
  { en },
  {
    nn: () => import('./locales/nn.json', { with: { type: 'json' } }),
    nb: () => import('./locales/nb.json', { with: { type: 'json' } }),
    da: () => import('./locales/da.json', { with: { type: 'json' } }),
    sv: () => import('./locales/sv.json', { with: { type: 'json' } }),
  },
);

/** How the matrix is shown: the crossing diagram (with a visually hidden table) or the table itself. */
export type VisionMissionView = 'diagram' | 'table';

type Statement = NonNullable<Plan['mission']>;

/** A vision, mission or value statement as the widget shows it. */
interface ShownStatement {
  kind: 'vision' | 'mission' | 'value';
  /** The id in planvis-select: the statement's id, else `vision`, `mission` or `values.<n>`. */
  id: string;
  label: LocalizedText | undefined;
  subtitle: LocalizedText | undefined;
  text: LocalizedText;
  illustrative: boolean;
  item: Statement | PlanNode;
}

/** A stop inside a crossing: its count (selects the crossing), an entry (selects that node) or its toggle. */
type CellStop = { kind: 'count' } | { kind: 'entry'; id: string } | { kind: 'toggle' };

interface Model {
  layout: VisionMissionLayout | undefined;
  head: ShownStatement[];
  matrix: MatrixModel<LocalizedText> | undefined;
  geometry: MatrixGeometry | undefined;
  chain: Chain | undefined;
  statements: ShownStatement[];
  /** Below this inline size (em) the drawing reflows to a list. */
  minInlineSizeEm: number;
}

/** Titles a matrix cell lists before "Show all"; a cell with one more than this shows them all. */
const CELL_PREVIEW = 3;
/** Nodes a chain level lists before "Show all". */
const LEVEL_PREVIEW = 12;
/** Shaft breadth over head breadth (the CSS draws the shaft at 56 % and the head at 84 % of the track). */
const SHAFT_RATIO = 56 / 84;
/** The format's own node types (custom ones, `x-…`, bring their own `typeLabel`). */
const BUILT_IN_TYPES: ReadonlySet<string> = new Set(NODE_TYPES);

const area = (a: GridArea | undefined): string | undefined => (a ? gridAreaValue(a) : undefined);
const columnsOf = (a: GridArea | undefined): string | undefined =>
  a ? `${a.columnStart} / ${a.columnEnd}` : undefined;
const rowsOf = (a: GridArea | undefined): string | undefined =>
  a ? `${a.rowStart} / ${a.rowEnd}` : undefined;

/**
 * Mission, visions and the strategy that connects them, drawn three ways: the **matrix** of row
 * and column visions as crossing arrows with the goals placed at their crossings (Randers), the
 * **statement** of vision, mission and values (Thisted), or the **chain** of levels from the
 * vision down to the actions (Uddevalla). `layout="auto"` picks what the plan has.
 *
 * The matrix is also a real `<table>` (visually hidden, or shown with `view="table"`); the chain is
 * an ordered list. Below the width the drawing needs, it reflows to a list.
 *
 * Keyboard (one tab stop): in the matrix, the arrow keys move across visions and crossings, Home/End
 * to the ends of a row (with Ctrl of the matrix), PageUp/PageDown to the ends of a column, Enter
 * selects a vision or goes into a crossing (its count, which selects the whole crossing, then each
 * goal or project, then its "Show all" button: the arrow keys move among them, Enter selects, Escape
 * goes back to the crossing), Space shows or hides everything in a crossing, Escape closes a vision's
 * text. In the chain, ArrowUp/ArrowDown step through the entries, ArrowLeft/ArrowRight jump level to
 * level, Home/End, Enter selects. In the statement, the arrow keys move between statements, Enter selects.
 *
 * @tagname planvis-vision-mission
 * @summary Mission, visions and their crossing matrix, statement or chain from a planvis plan.
 *
 * @fires {PlanvisSelectEvent} planvis-select - The user chose something: `kind: 'vision'` with the
 *   vision node's id (matrix) or the statement's id (statement: its `id`, else `vision`, `mission`,
 *   `values.<n>`); `kind: 'node'` with the node's id (a goal or project in a crossing, or a node of
 *   the chain); or `kind: 'cell'` with `id` `"<row id>/<column id>"` and `item`
 *   `{ row, column, nodes, notes }` (a whole crossing: its count, or the crossing clicked outside its entries).
 * @fires {PlanvisLoadEvent} planvis-load - The plan is loaded and shown.
 * @fires {PlanvisErrorEvent} planvis-error - The plan could not be loaded or is invalid.
 *
 * @csspart base - The wrapper around everything the widget draws.
 * @csspart head - The mission (and vision) shown above a matrix or chain.
 * @csspart head-label - The label of a statement in the head ("Mission").
 * @csspart head-text - The statement text in the head.
 * @csspart matrix-title - The matrix's title above the legend.
 * @csspart legend - The key to the two arrow axes (line style and label).
 * @csspart matrix - The crossing diagram (an ARIA grid).
 * @csspart arrow - Every arrow of the diagram (an SVG drawing, decorative).
 * @csspart column-arrow - A vertical arrow (a column vision).
 * @csspart row-arrow - A horizontal arrow (a row vision).
 * @csspart vision - A vision header on an arrow's tail (row or column).
 * @csspart column-vision - A column vision header.
 * @csspart row-vision - A row vision header.
 * @csspart vision-label - The vision's title.
 * @csspart vision-description - The vision's full text shown inline (list layout).
 * @csspart tooltip - The vision's full text shown on hover and focus (diagram).
 * @csspart cell - A crossing of a row and a column vision.
 * @csspart cell-count - The number of goals or projects at a crossing (a button: selects the whole crossing).
 * @csspart cell-list - The titles at a crossing.
 * @csspart cell-entry - A goal or project at a crossing (a button: selects it).
 * @csspart cell-note - A note on a crossing.
 * @csspart cell-toggle - The "Show all" / "Show fewer" button of a crossing (in the diagram and the table).
 * @csspart cell-more - The "and 397 more" line under a collapsed crossing's first entries in the table.
 * @csspart table - The matrix as a table (visually hidden unless `view="table"`).
 * @csspart statements - The list of vision, mission and value statements.
 * @csspart statement - One statement.
 * @csspart statement-label - A statement's label ("Vision").
 * @csspart statement-text - A statement's text.
 * @csspart chain - The ordered list of levels.
 * @csspart level - One level of the chain.
 * @csspart level-label - A level's node type and count.
 * @csspart level-list - The nodes of a level.
 * @csspart level-toggle - The "Show all" / "Show fewer" button of a long level.
 * @csspart node - A node in the chain (a button).
 * @csspart chain-arrow - The arrow from one level to the next.
 * @csspart empty - The message shown when the plan has nothing for the layout.
 *
 * @cssprop [--planvis-vision-mission-column-color=#1b6e3a] - Colour of the vertical arrows (column visions),
 *   drawn as solid lines (dark theme default #7fd49b).
 * @cssprop [--planvis-vision-mission-row-color=#1f57a4] - Colour of the horizontal arrows (row visions),
 *   drawn as dashed lines (dark theme default #93bbf5).
 * @cssprop [--planvis-vision-mission-gap=1em] - Gap between the matrix tracks, where the arrows show.
 */
export class PlanvisVisionMission extends PlanvisElement {
  static override styles = [PlanvisElement.styles, visionMissionStyles];

  /** Which drawing: `auto` (default) picks `matrix` when the plan has a vision matrix, else `chain` when
   * its hierarchy is a chain of distinct node types, else `statement` when it states a vision, mission or values. */
  @property({ reflect: true }) layout: VisionMissionLayoutOption = 'auto';

  /** How the matrix is shown: `diagram` (default; the table is there for screen readers, visually hidden) or
   * `table` (the table is shown instead of the diagram). */
  @property({ reflect: true }) view: VisionMissionView = 'diagram';

  /** The matrix or chain does not fit the width given and is shown as a list. */
  @state() private _narrow = false;
  @state() private _focus: GridPosition = { row: 1, column: 1 };
  /** Inside the focused crossing: which of its stops has focus (0 its count, then its entries, then its
   * toggle); undefined while the crossing itself has it. */
  @state() private _entry: number | undefined;
  @state() private _chainFocus: ChainPosition = { level: 0, index: 0 };
  @state() private _statementFocus = 0;
  @state() private _expanded: ReadonlySet<string> = new Set();
  @state() private _hoverTip: string | undefined;
  @state() private _focusTip: string | undefined;
  @state() private _dismissed: ReadonlySet<string> = new Set();

  #memo: { index: PlanIndex; layout: string; node: string | undefined; model: Model } | undefined;
  /** What each crossing of the current model holds: goals, projects or mixed items. */
  #countKeys = new WeakMap<MatrixCell<LocalizedText>, 'goals' | 'projects' | 'items'>();
  #model: Model | undefined;
  #resize: ResizeObserver | undefined;
  #frame = 0;
  #onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this._hoverTip !== undefined) this.#dismissTips();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Measure in the next frame, not inside the observer's callback: switching to the list changes the
    // element's height, which would otherwise be a resize loop.
    this.#resize ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#measure());
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
    document.removeEventListener('keydown', this.#onDocumentKey);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('_hoverTip')) {
      if (this._hoverTip === undefined) document.removeEventListener('keydown', this.#onDocumentKey);
      else document.addEventListener('keydown', this.#onDocumentKey);
    }
  }

  /** Sets `_narrow` from the host's width and the width the current drawing needs. */
  /** Whether `model`'s drawing is too wide for the host; undefined while the host has no width yet. */
  #narrowFor(model: Model): boolean | undefined {
    const width = this.getBoundingClientRect().width;
    if (width <= 0) return undefined;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    return width < model.minInlineSizeEm * em;
  }

  /** Sets `_narrow` from the host's width and the width the current drawing needs. */
  #measure(): void {
    const narrow = this.#model ? this.#narrowFor(this.#model) : undefined;
    if (narrow !== undefined && narrow !== this._narrow) this._narrow = narrow;
  }

  // ------------------------------------------------------------------ model

  #modelFor(ctx: PlanContext): Model {
    const memo = this.#memo;
    if (memo && memo.index === ctx.index && memo.layout === this.layout && memo.node === this.node)
      return memo.model;
    const model = this.#buildModel(ctx);
    this.#memo = { index: ctx.index, layout: this.layout, node: this.node, model };
    return model;
  }

  #buildModel(ctx: PlanContext): Model {
    const { plan, index } = ctx;
    const nodes = index.nodesById;
    const source = plan.visionMatrix;
    const matrix = source ? matrixModel<LocalizedText>(source, (id) => nodes.has(id)) : undefined;
    const hasMatrix = !!matrix && matrix.rows.length + matrix.columns.length > 0;
    // The chain is read only when it is drawn or decides `auto`: a 10,000-goal matrix needs no walk of its tree.
    const requested = this.layout;
    const needsChain =
      requested === 'chain' || (requested !== 'matrix' && requested !== 'statement' && !hasMatrix);
    const roots = ctx.node ? [ctx.node.id] : index.roots.map((n) => n.id);
    const chain = needsChain
      ? readChain({
          roots,
          children: (id) => index.children(id).map((n) => n.id),
          typeOf: (id) => nodes.get(id)?.type ?? '',
        })
      : undefined;
    const statements = this.#statements(plan);
    const layout = chooseLayout(requested, {
      hasMatrix,
      isTypeChain: chain?.isTypeChain ?? false,
      hasStatements: statements.length > 0,
      hasNodes: nodes.size > 0,
    });
    const head = statements.filter((s) => s.kind !== 'value');
    if (!plan.mission) {
      const missionNode = [...nodes.values()].find((n) => n.type === 'mission');
      if (missionNode)
        head.push({
          kind: 'mission',
          id: missionNode.id,
          label: missionNode.title,
          subtitle: undefined,
          text: missionNode.description ?? missionNode.title,
          illustrative: missionNode.illustrative === true,
          item: missionNode,
        });
    }
    const geometry =
      layout === 'matrix' && matrix ? matrixGeometry(matrix.rows.length, matrix.columns.length) : undefined;
    const minInlineSizeEm =
      layout === 'matrix' && geometry
        ? geometry.minInlineSizeEm
        : layout === 'chain'
          ? chainMinInlineSizeEm(chain?.levels.length ?? 0)
          : 0;
    return {
      layout,
      head,
      matrix: hasMatrix ? matrix : undefined,
      geometry,
      chain,
      statements,
      minInlineSizeEm,
    };
  }

  #statements(plan: Plan): ShownStatement[] {
    const out: ShownStatement[] = [];
    const add = (kind: ShownStatement['kind'], fallbackId: string, s: Statement): void => {
      out.push({
        kind,
        id: s.id ?? fallbackId,
        label: s.title,
        subtitle: s.description,
        text: s.text,
        illustrative: s.illustrative === true,
        item: s,
      });
    };
    if (plan.vision) add('vision', 'vision', plan.vision);
    if (plan.mission) add('mission', 'mission', plan.mission);
    (plan.values ?? []).forEach((value, i) => add('value', `values.${i}`, value));
    return out;
  }

  // ------------------------------------------------------------------ render

  protected override renderPlan(ctx: PlanContext): TemplateResult {
    const model = this.#modelFor(ctx);
    if (model !== this.#model) {
      this.#model = model;
      // A new plan or layout needs another width: decide before drawing, so a narrow host never shows
      // the wide drawing first (the value is read below in this same render).
      const narrow = this.#narrowFor(model);
      if (narrow !== undefined) this._narrow = narrow;
    }
    const layout = model.layout;
    let body: TemplateResult | typeof nothing = nothing;
    if (layout === 'matrix') body = model.matrix ? this.#renderMatrix(ctx, model) : this.#empty('noMatrix');
    else if (layout === 'chain')
      body =
        model.chain && model.chain.levels.length > 0
          ? this.#renderChain(ctx, model.chain)
          : this.#empty('noChain');
    else if (layout === 'statement')
      body =
        model.statements.length > 0 ? this.#renderStatements(model.statements) : this.#empty('noStatement');
    else body = this.#empty('nothing');
    const head = layout === 'matrix' || layout === 'chain' ? this.#renderHead(model.head) : nothing;
    return html`<div part="base" class="base layout-${layout ?? 'none'} ${this._narrow ? 'narrow' : 'wide'}">
      ${head}${body}
    </div>`;
  }

  #t(key: string, options?: Record<string, unknown>): string {
    return this.i18n.t(`vision-mission:${key}`, options);
  }

  #text(value: LocalizedText | undefined): unknown {
    return value === undefined ? nothing : localizedText(this.i18n, value);
  }

  /** Plain text of a localized value (for attributes). */
  #plain(value: LocalizedText | undefined): string {
    return value === undefined ? '' : this.i18n.text(value).text;
  }

  #empty(key: string): TemplateResult {
    return html`<p class="nothing" part="empty">${this.#t(key)}</p>`;
  }

  #badge(illustrative: boolean): TemplateResult | typeof nothing {
    return illustrative ? html`<span class="badge">${this.#t('illustrative')}</span>` : nothing;
  }

  #renderHead(head: readonly ShownStatement[]): TemplateResult | typeof nothing {
    if (head.length === 0) return nothing;
    return html`<div class="head" part="head">
      ${head.map(
        (s) =>
          html`<div>
            <p class="head-label" part="head-label">
              ${s.label !== undefined ? this.#text(s.label) : this.#t(s.kind)}${this.#badge(s.illustrative)}
            </p>
            <p class="head-text" part="head-text">${this.#text(s.text)}</p>
          </div>`,
      )}
    </div>`;
  }

  // ------------------------------------------------------------------ matrix

  #node(id: string): PlanNode | undefined {
    return this.#memo?.index.nodesById.get(id);
  }

  #tipKey(pos: GridPosition): string {
    return pos.row === 0 ? `c${pos.column - 1}` : `r${pos.row - 1}`;
  }

  #tipOpen(key: string): boolean {
    return (this._hoverTip === key || this._focusTip === key) && !this._dismissed.has(key);
  }

  /** "4 goals", "2 projects" or "3 items" for a crossing (what it holds is read once per plan). */
  #countLabel(cell: MatrixCell<LocalizedText>): string {
    let key = this.#countKeys.get(cell);
    if (key === undefined) {
      const types = cell.nodes.map((id) => this.#node(id)?.type);
      key = types.every((t) => t === 'goal' || t === 'sub-goal')
        ? 'goals'
        : types.every((t) => t === 'project' || t === 'program')
          ? 'projects'
          : 'items';
      this.#countKeys.set(cell, key);
    }
    return this.#t(key, { count: cell.nodes.length });
  }

  /**
   * The entries a crossing lists, in the grid and in the table alike: its first three until it is expanded
   * (a crossing with four lists them all). The rest are counted ("and 397 more") and one button or Space away,
   * so a 10,000-goal matrix does not put 10,000 titles in the DOM twice.
   */
  #entriesOf(cell: MatrixCell<LocalizedText>): {
    shown: readonly string[];
    expandable: boolean;
    expanded: boolean;
  } {
    const expandable = cell.nodes.length > CELL_PREVIEW + 1;
    const expanded = expandable && this._expanded.has(cell.id);
    const shown = expandable && !expanded ? cell.nodes.slice(0, CELL_PREVIEW) : cell.nodes;
    return { shown, expandable, expanded };
  }

  /**
   * The stops inside a crossing, in reading order: its count (selects the crossing), each entry shown
   * (selects that goal or project), and its "Show all" / "Show fewer" button when it has one.
   * An empty crossing has none.
   */
  #stopsOf(cell: MatrixCell<LocalizedText>): CellStop[] {
    if (cell.nodes.length === 0) return [];
    const { shown, expandable } = this.#entriesOf(cell);
    const stops: CellStop[] = [{ kind: 'count' }, ...shown.map((id): CellStop => ({ kind: 'entry', id }))];
    if (expandable) stops.push({ kind: 'toggle' });
    return stops;
  }

  /** The crossing at a position (undefined for a vision header). */
  #cellAt(pos: GridPosition): MatrixCell<LocalizedText> | undefined {
    if (pos.row === 0 || pos.column === 0) return undefined;
    return this.#model?.matrix?.cells[pos.row - 1]?.[pos.column - 1];
  }

  /** The stop that has focus inside the focused crossing, moved back into range if the crossing shrank. */
  #validEntry(focus: GridPosition): number | undefined {
    if (this._entry === undefined) return undefined;
    const cell = this.#cellAt(focus);
    const n = cell ? this.#stopsOf(cell).length : 0;
    return n === 0 ? undefined : Math.min(this._entry, n - 1);
  }

  /**
   * How a stop inside a crossing is rendered: `interactive` in the grid and the shown table (a roving
   * tabindex and `data-stop`), not in the visually hidden table (its buttons still work for a screen
   * reader in browse mode, but are never tab stops).
   */
  #stopAttributes(
    index: number,
    focusEntry: number | undefined,
    interactive: boolean,
  ): { tabindex: number; stop: string | typeof nothing } {
    return {
      tabindex: interactive && focusEntry === index ? 0 : -1,
      stop: interactive ? String(index) : nothing,
    };
  }

  /** A crossing's count as a button: it selects the whole crossing. */
  #cellCount(
    cell: MatrixCell<LocalizedText>,
    pos: GridPosition,
    focusEntry: number | undefined,
    interactive: boolean,
  ): TemplateResult {
    const { tabindex, stop } = this.#stopAttributes(0, focusEntry, interactive);
    return html`<button
      type="button"
      class="cell-count"
      part="cell-count"
      tabindex=${tabindex}
      data-stop=${stop}
      @click=${(event: Event) => {
        event.stopPropagation();
        if (interactive) this.#setFocus(pos, 0);
        this.#selectCell(cell);
      }}
    >
      ${this.#countLabel(cell)}
    </button>`;
  }

  /** A goal or project at a crossing, as a button that selects it. */
  #cellEntry(
    id: string,
    index: number,
    pos: GridPosition,
    focusEntry: number | undefined,
    interactive: boolean,
  ): TemplateResult {
    const { tabindex, stop } = this.#stopAttributes(index, focusEntry, interactive);
    return html`<li>
      <button
        type="button"
        class="entry"
        part="cell-entry"
        tabindex=${tabindex}
        data-stop=${stop}
        @click=${(event: Event) => {
          event.stopPropagation();
          if (interactive) this.#setFocus(pos, index);
          this.#selectNode(id);
        }}
      >
        ${this.#text(this.#node(id)?.title ?? id)}
      </button>
    </li>`;
  }

  /** A crossing's "Show all" / "Show fewer" button: the last stop inside the crossing (Space on the crossing
   * itself does the same). */
  #cellToggle(
    cell: MatrixCell<LocalizedText>,
    expanded: boolean,
    pos: GridPosition,
    focusEntry: number | undefined,
    interactive: boolean,
  ): TemplateResult {
    const { tabindex, stop } = this.#stopAttributes(this.#stopsOf(cell).length - 1, focusEntry, interactive);
    return html`<button
      type="button"
      class="toggle"
      part="cell-toggle"
      tabindex=${tabindex}
      data-stop=${stop}
      aria-expanded=${expanded ? 'true' : 'false'}
      @click=${(event: Event) => {
        event.stopPropagation();
        const focused = (this.renderRoot as ShadowRoot).activeElement === event.currentTarget;
        this.#toggleCell(cell, interactive && focused ? pos : undefined);
      }}
    >
      ${expanded ? this.#t('showFewer') : this.#t('showAll', { count: cell.nodes.length })}
    </button>`;
  }

  /** Shows or hides all of a crossing; with `focusedAt`, its toggle has focus and stays the roving stop. */
  #toggleCell(cell: MatrixCell<LocalizedText>, focusedAt?: GridPosition): void {
    this.#toggle(cell.id);
    if (!focusedAt) return;
    // The toggle is the crossing's last stop, and the number of stops before it just changed.
    const index = this.#stopsOf(cell).length - 1;
    this.#setFocus(focusedAt, index);
    void this.#focusAt(this.#stopSelector(focusedAt, index));
  }

  #renderMatrix(ctx: PlanContext, model: Model): TemplateResult {
    const matrix = model.matrix!;
    const source = ctx.plan.visionMatrix!;
    const titleText = source.title;
    const rowsLabel = source.rowsLabel;
    const columnsLabel = source.columnsLabel;
    const table = this.view === 'table';
    return html`
      ${
        titleText !== undefined && !table
          ? html`<p class="matrix-title head-label" part="matrix-title" id="vm-matrix-title">
              ${this.#text(titleText)}
            </p>`
          : nothing
      }
      ${table ? nothing : this.#renderLegend(rowsLabel, columnsLabel)}
      ${
        table
          ? html`<div class="table-wrap">${this.#renderTable(matrix, source, true)}</div>
              <p id="vm-matrix-hint" class="visually-hidden">${this.#t('matrixHint')}</p>`
          : html`${this.#renderGrid(matrix, model.geometry!, titleText, rowsLabel)}
              <p id="vm-matrix-hint" class="visually-hidden">${this.#t('matrixHint')}</p>
              <div class="visually-hidden hidden-table">${this.#renderTable(matrix, source, false)}</div>`
      }
    `;
  }

  #renderLegend(
    rowsLabel: LocalizedText | undefined,
    columnsLabel: LocalizedText | undefined,
  ): TemplateResult {
    const down = arrowHead('down', 0.5);
    const right = arrowHead('right', 0.5);
    return html`<ul class="legend" part="legend">
      <li class="axis-column">
        <svg class="swatch" viewBox="0 0 40 20" aria-hidden="true" focusable="false">
          <svg x="12" y="0" width="16" height="12" viewBox="0 0 100 100" preserveAspectRatio="none">
            <rect class="arrow-fill" x="25" width="50" height="100"></rect>
            <line class="arrow-line" x1="25" y1="0" x2="25" y2="100"></line>
            <line class="arrow-line" x1="75" y1="0" x2="75" y2="100"></line>
          </svg>
          <svg x="12" y="12" width="16" height="8" viewBox="0 0 100 100" preserveAspectRatio="none">
            <polygon class="arrow-fill" points=${down.fill}></polygon>
            <polyline class="arrow-line" points=${down.outline}></polyline>
          </svg>
        </svg>
        <span>${columnsLabel !== undefined ? this.#text(columnsLabel) : this.#t('columnsLabel')}</span>
      </li>
      <li class="axis-row">
        <svg class="swatch" viewBox="0 0 40 20" aria-hidden="true" focusable="false">
          <svg x="0" y="3" width="30" height="14" viewBox="0 0 100 100" preserveAspectRatio="none">
            <rect class="arrow-fill" y="25" width="100" height="50"></rect>
            <line class="arrow-line" x1="0" y1="25" x2="100" y2="25"></line>
            <line class="arrow-line" x1="0" y1="75" x2="100" y2="75"></line>
          </svg>
          <svg x="30" y="3" width="10" height="14" viewBox="0 0 100 100" preserveAspectRatio="none">
            <polygon class="arrow-fill" points=${right.fill}></polygon>
            <polyline class="arrow-line" points=${right.outline}></polyline>
          </svg>
        </svg>
        <span>${rowsLabel !== undefined ? this.#text(rowsLabel) : this.#t('rowsLabel')}</span>
      </li>
    </ul>`;
  }

  #renderArrows(g: MatrixGeometry): TemplateResult {
    const down = arrowHead('down', SHAFT_RATIO);
    const right = arrowHead('right', SHAFT_RATIO);
    return html`${g.columnArrows.map(
      (a) =>
        html`<div
          class="arrow axis-column"
          part="arrow column-arrow"
          aria-hidden="true"
          ${cssProps({ 'grid-area': area(a) })}
        >
          <svg class="shaft" focusable="false">
            ${svg`<rect class="arrow-fill" width="100%" height="100%"></rect>
            <line class="arrow-line" x1="0" y1="0" x2="100%" y2="0"></line>
            <line class="arrow-line" x1="0" y1="0" x2="0" y2="100%"></line>
            <line class="arrow-line" x1="100%" y1="0" x2="100%" y2="100%"></line>`}
          </svg>
          <svg class="tip" viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false">
            ${svg`<polygon class="arrow-fill" points=${down.fill}></polygon>
            <polyline class="arrow-line" points=${down.outline}></polyline>`}
          </svg>
        </div>`,
    )}
    ${g.rowArrows.map(
      (a) =>
        html`<div
          class="arrow axis-row"
          part="arrow row-arrow"
          aria-hidden="true"
          ${cssProps({ 'grid-area': area(a) })}
        >
          <svg class="shaft" focusable="false">
            ${svg`<rect class="arrow-fill" width="100%" height="100%"></rect>
            <line class="arrow-line" x1="0" y1="0" x2="0" y2="100%"></line>
            <line class="arrow-line" x1="0" y1="0" x2="100%" y2="0"></line>
            <line class="arrow-line" x1="0" y1="100%" x2="100%" y2="100%"></line>`}
          </svg>
          <svg class="tip" viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false">
            ${svg`<polygon class="arrow-fill" points=${right.fill}></polygon>
            <polyline class="arrow-line" points=${right.outline}></polyline>`}
          </svg>
        </div>`,
    )}`;
  }

  #renderGrid(
    matrix: MatrixModel<LocalizedText>,
    g: MatrixGeometry,
    title: LocalizedText | undefined,
    rowsLabel: LocalizedText | undefined,
  ): TemplateResult {
    const narrow = this._narrow;
    const focus = this.#validFocus(matrix);
    const focusEntry = this.#validEntry(focus);
    const C = matrix.columns.length;
    return html`<div
      class="grid"
      part="matrix"
      role="grid"
      aria-labelledby=${title !== undefined ? 'vm-matrix-title' : nothing}
      aria-label=${title !== undefined ? nothing : this.#t('matrix')}
      aria-describedby="vm-matrix-hint"
      ${cssProps({
        'grid-template-columns': narrow ? undefined : g.templateColumns,
        'grid-template-rows': narrow ? undefined : g.templateRows,
        '--_planvis-columns': narrow ? undefined : String(g.columnCount),
      })}
      @keydown=${this.#onGridKey}
      @focusin=${this.#onGridFocus}
      @focusout=${this.#onGridBlur}
    >
      ${narrow ? nothing : this.#renderArrows(g)}
      <div role="row" class="row row-head" ${cssProps({ 'grid-row': narrow ? undefined : '1 / 2' })}>
        <div
          role="columnheader"
          class="corner"
          ${cssProps({ 'grid-column': narrow ? undefined : columnsOf(g.corner) })}
        >
          <span class="visually-hidden"
            >${rowsLabel !== undefined ? this.#text(rowsLabel) : this.#t('rowsLabel')}</span
          >
        </div>
        ${matrix.columns.map((id, c) =>
          this.#renderVision(id, { row: 0, column: c + 1 }, focus, columnsOf(g.columnHeaders[c]), c >= C / 2),
        )}
      </div>
      ${matrix.rows.map(
        (id, r) =>
          html`<div
            role="row"
            class="row"
            ${cssProps({ 'grid-row': narrow ? undefined : rowsOf(g.rowHeaders[r]) })}
          >
            ${this.#renderVision(id, { row: r + 1, column: 0 }, focus, columnsOf(g.rowHeaders[r]), false)}
            ${matrix.cells[r]!.map((cell, c) =>
              this.#renderCell(cell, focus, focusEntry, columnsOf(g.cells[r]![c])),
            )}
          </div>`,
      )}
    </div>`;
  }

  #renderVision(
    id: string,
    pos: GridPosition,
    focus: GridPosition,
    columns: string | undefined,
    tipEnd: boolean,
  ): TemplateResult {
    const node = this.#node(id);
    const isColumn = pos.row === 0;
    const key = this.#tipKey(pos);
    const description = node?.description;
    const narrow = this._narrow;
    const open = !narrow && description !== undefined && this.#tipOpen(key);
    const labelId = `vm-label-${key}`;
    const descriptionId = `vm-text-${key}`;
    const axis = isColumn ? 'column' : 'row';
    return html`<div
      role=${isColumn ? 'columnheader' : 'rowheader'}
      class="vision axis-${axis} ${tipEnd ? 'tip-end' : ''} ${open ? 'tip-open' : ''}"
      part="vision ${axis}-vision"
      tabindex=${pos.row === focus.row && pos.column === focus.column ? 0 : -1}
      data-pos="${pos.row},${pos.column}"
      aria-labelledby=${labelId}
      aria-describedby=${description !== undefined ? descriptionId : nothing}
      ${cssProps({ 'grid-column': narrow ? undefined : columns })}
      @click=${() => this.#activate(pos)}
      @pointerenter=${() => this.#hover(key)}
      @pointerleave=${() => this.#unhover(key)}
    >
      <span id=${labelId} part="vision-label">${this.#text(node?.title ?? id)}</span>
      ${
        description === undefined
          ? nothing
          : narrow
            ? html`<span id=${descriptionId} class="vision-description" part="vision-description"
                >${this.#text(description)}</span
              >`
            : html`<span id=${descriptionId} role="tooltip" class="tooltip" part="tooltip" ?hidden=${!open}
                >${this.#text(description)}</span
              >`
      }
    </div>`;
  }

  #renderCell(
    cell: MatrixCell<LocalizedText>,
    focus: GridPosition,
    focusEntry: number | undefined,
    columns: string | undefined,
  ): TemplateResult {
    const pos = { row: cell.rowIndex + 1, column: cell.columnIndex + 1 };
    const narrow = this._narrow;
    const n = cell.nodes.length;
    const { shown, expandable, expanded } = this.#entriesOf(cell);
    const column = this.#node(cell.column);
    const here = pos.row === focus.row && pos.column === focus.column;
    const entry = here ? focusEntry : undefined;
    return html`<div
      role="gridcell"
      class="cell ${n === 0 ? 'empty' : ''}"
      part="cell"
      tabindex=${here && entry === undefined ? 0 : -1}
      data-pos="${pos.row},${pos.column}"
      ${cssProps({ 'grid-column': narrow ? undefined : columns })}
      @click=${() => this.#activate(pos)}
    >
      <span class="cell-column" aria-hidden="true">${this.#text(column?.title ?? cell.column)}</span>
      ${
        n === 0
          ? html`<span>${this.#t('emptyCell')}</span>`
          : html`${this.#cellCount(cell, pos, entry, true)}
              <ul class="cell-list" part="cell-list">
                ${shown.map((id, i) => this.#cellEntry(id, i + 1, pos, entry, true))}
              </ul>`
      }
      ${cell.notes.map((note) => html`<p class="cell-note" part="cell-note">${this.#text(note)}</p>`)}
      ${cell.illustrative ? html`<p class="cell-note" part="cell-note">${this.#badge(true)}</p>` : nothing}
      ${expandable ? this.#cellToggle(cell, expanded, pos, entry, true) : nothing}
    </div>`;
  }

  #renderTable(
    matrix: MatrixModel<LocalizedText>,
    source: NonNullable<Plan['visionMatrix']>,
    visible: boolean,
  ): TemplateResult {
    const focus = this.#validFocus(matrix);
    const focusEntry = visible ? this.#validEntry(focus) : undefined;
    const title = source.title !== undefined ? this.#plain(source.title) : this.#t('matrix');
    const tabindex = (pos: GridPosition) =>
      visible
        ? pos.row === focus.row && pos.column === focus.column && focusEntry === undefined
          ? 0
          : -1
        : nothing;
    const header = (id: string, pos: GridPosition, scope: 'col' | 'row') => {
      const node = this.#node(id);
      const title = node?.title ?? id;
      return html`<th
        scope=${scope}
        abbr=${this.#plain(title)}
        tabindex=${tabindex(pos)}
        data-pos=${visible ? `${pos.row},${pos.column}` : nothing}
        @click=${visible ? () => this.#activate(pos) : nothing}
      >
        ${this.#text(title)}
        ${
          node?.description !== undefined
            ? html`<span class="th-description">${this.#text(node.description)}</span>`
            : nothing
        }
      </th>`;
    };
    return html`<table
      class="table"
      part="table"
      aria-describedby=${visible ? 'vm-matrix-hint' : nothing}
      @keydown=${visible ? this.#onGridKey : nothing}
      @focusin=${visible ? this.#onGridFocus : nothing}
    >
      <caption>
        ${visible ? title : this.#t('tableCaption', { title })}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            ${source.rowsLabel !== undefined ? this.#text(source.rowsLabel) : this.#t('rowsLabel')}
          </th>
          ${matrix.columns.map((id, c) => header(id, { row: 0, column: c + 1 }, 'col'))}
        </tr>
      </thead>
      <tbody>
        ${matrix.rows.map(
          (id, r) =>
            html`<tr>
              ${header(id, { row: r + 1, column: 0 }, 'row')}
              ${matrix.cells[r]!.map((cell, c) => {
                const pos = { row: r + 1, column: c + 1 };
                const { shown, expandable, expanded } = this.#entriesOf(cell);
                const more = cell.nodes.length - shown.length;
                const entry = pos.row === focus.row && pos.column === focus.column ? focusEntry : undefined;
                return html`<td
                  tabindex=${tabindex(pos)}
                  data-pos=${visible ? `${pos.row},${pos.column}` : nothing}
                  @click=${visible ? () => this.#activate(pos) : nothing}
                >
                  ${
                    cell.nodes.length === 0
                      ? this.#t('emptyCell')
                      : html`${this.#cellCount(cell, pos, entry, visible)}
                          <ul class="cell-list">
                            ${shown.map((nid, i) => this.#cellEntry(nid, i + 1, pos, entry, visible))}
                          </ul>
                          ${
                            more > 0
                              ? html`<p class="more" part="cell-more">
                                  ${this.#t('andMore', { count: more })}
                                </p>`
                              : nothing
                          }`
                  }
                  ${cell.notes.map((note) => html`<p>${this.#t('note')}: ${this.#text(note)}</p>`)}
                  ${cell.illustrative ? html`<p>${this.#badge(true)}</p>` : nothing}
                  ${expandable ? this.#cellToggle(cell, expanded, pos, entry, visible) : nothing}
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The roving position, moved back inside the matrix if the plan changed under it. */
  #validFocus(matrix: MatrixModel<LocalizedText>): GridPosition {
    const R = matrix.rows.length;
    const C = matrix.columns.length;
    if (isGridStop(this._focus, R, C)) return this._focus;
    if (R > 0 && C > 0) return { row: 1, column: 1 };
    return C > 0 ? { row: 0, column: 1 } : { row: 1, column: 0 };
  }

  /** The vision or crossing an event happened in, and the stop inside the crossing when it was on one. */
  #posOf(event: Event): { pos: GridPosition; entry: number | undefined } | undefined {
    let entry: number | undefined;
    for (const el of event.composedPath()) {
      if (el === event.currentTarget) break;
      if (!(el instanceof HTMLElement)) continue;
      if (entry === undefined && el.dataset.stop) entry = Number(el.dataset.stop);
      if (el.dataset.pos) {
        const [row, column] = el.dataset.pos.split(',').map(Number);
        return { pos: { row: row!, column: column! }, entry };
      }
    }
    return undefined;
  }

  #setFocus(pos: GridPosition, entry: number | undefined): void {
    this._focus = pos;
    this._entry = entry;
  }

  #stopSelector(pos: GridPosition, entry: number): string {
    return `[data-pos="${pos.row},${pos.column}"] [data-stop="${entry}"]`;
  }

  #onGridFocus = (event: FocusEvent): void => {
    const hit = this.#posOf(event);
    if (!hit) return;
    const { pos } = hit;
    this.#setFocus(pos, hit.entry);
    const isVision = pos.row === 0 || pos.column === 0;
    const key = isVision ? this.#tipKey(pos) : undefined;
    if (key !== this._focusTip) {
      this._focusTip = key;
      this._dismissed = new Set();
    }
  };

  #onGridBlur = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Element).contains(next)) this._focusTip = undefined;
  };

  #hover(key: string): void {
    if (this._hoverTip !== key) this._dismissed = new Set();
    this._hoverTip = key;
  }

  #unhover(key: string): void {
    if (this._hoverTip === key) this._hoverTip = undefined;
  }

  #dismissTips(): void {
    const open = [this._hoverTip, this._focusTip].filter((k): k is string => k !== undefined);
    this._dismissed = new Set([...this._dismissed, ...open]);
  }

  #toggle(cellId: string): void {
    const next = new Set(this._expanded);
    if (next.has(cellId)) next.delete(cellId);
    else next.add(cellId);
    this._expanded = next;
  }

  #onGridKey = (event: KeyboardEvent): void => {
    const model = this.#model;
    const matrix = model?.matrix;
    if (!matrix) return;
    const focus = this.#validFocus(matrix);
    const key = event.key;
    const entry = this.#validEntry(focus);
    if (entry !== undefined) {
      this.#onCellKey(event, focus, entry);
      return;
    }
    if (key === 'Escape') {
      const open = [this._hoverTip, this._focusTip].some((k) => k !== undefined && !this._dismissed.has(k));
      if (open) {
        this.#dismissTips();
        event.preventDefault();
      }
      return;
    }
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      const cell = this.#cellAt(focus);
      if (key === ' ' && cell && this.#entriesOf(cell).expandable) {
        this.#toggle(cell.id);
        return;
      }
      // Into a crossing that lists entries: its first goal or project (its count, the crossing as a whole,
      // is one ArrowUp away). An empty crossing and a vision are selected.
      if (cell && cell.nodes.length > 0) {
        this.#setFocus(focus, 1);
        void this.#focusAt(this.#stopSelector(focus, 1));
        return;
      }
      this.#activate(focus);
      return;
    }
    const next = gridMove(focus, key, matrix.rows.length, matrix.columns.length, {
      ctrl: event.ctrlKey || event.metaKey,
      linear: this._narrow && this.view !== 'table',
      rtl: getComputedStyle(this).direction === 'rtl',
    });
    if (!next) return;
    event.preventDefault();
    this.#setFocus(next, undefined);
    void this.#focusAt(`[data-pos="${next.row},${next.column}"]`);
  };

  /** Keys while a stop inside a crossing has focus: move among its stops, use one, or go back out. */
  #onCellKey(event: KeyboardEvent, pos: GridPosition, entry: number): void {
    const cell = this.#cellAt(pos);
    if (!cell) return;
    const stops = this.#stopsOf(cell);
    const last = stops.length - 1;
    let key = event.key;
    if (getComputedStyle(this).direction === 'rtl' && (key === 'ArrowLeft' || key === 'ArrowRight'))
      key = key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    let next: number | undefined;
    switch (key) {
      case 'Escape':
        event.preventDefault();
        this.#setFocus(pos, undefined);
        void this.#focusAt(`[data-pos="${pos.row},${pos.column}"]`);
        return;
      case 'Enter':
      case ' ': {
        // Handled here, not by the button's own activation (the keydown's default is prevented).
        event.preventDefault();
        const stop = stops[entry]!;
        if (stop.kind === 'count') this.#selectCell(cell);
        else if (stop.kind === 'entry') this.#selectNode(stop.id);
        else this.#toggleCell(cell, pos);
        return;
      }
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(last, entry + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, entry - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#setFocus(pos, next);
    void this.#focusAt(this.#stopSelector(pos, next));
  }

  async #focusAt(selector: string): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    el?.focus();
  }

  /** Selects the vision or the whole crossing at `pos` (a click on it, or Enter on a vision or an empty crossing). */
  #activate(pos: GridPosition): void {
    const matrix = this.#model?.matrix;
    if (!matrix) return;
    this.#setFocus(pos, undefined);
    if (pos.row === 0 || pos.column === 0) {
      const id = pos.row === 0 ? matrix.columns[pos.column - 1] : matrix.rows[pos.row - 1];
      if (id === undefined) return;
      this.select({ kind: 'vision', id, nodeId: id, item: this.#node(id) });
      return;
    }
    const cell = this.#cellAt(pos);
    if (cell) this.#selectCell(cell);
  }

  #selectNode(id: string): void {
    this.select({ kind: 'node', id, nodeId: id, item: this.#node(id) });
  }

  #selectCell(cell: MatrixCell<LocalizedText>): void {
    this.select({
      kind: 'cell',
      id: cell.id,
      item: {
        row: cell.row,
        column: cell.column,
        nodes: cell.nodes.map((id) => this.#node(id)).filter((n): n is PlanNode => n !== undefined),
        notes: cell.notes,
      },
    });
  }

  // ------------------------------------------------------------------ chain

  #typeLabel(type: string | undefined, level: number, firstNode: PlanNode | undefined): unknown {
    if (type === undefined) return this.#t('level', { number: this.i18n.formatNumber(level + 1) });
    if (BUILT_IN_TYPES.has(type)) return this.i18n.t(`core:nodeType.${type}`);
    if (firstNode?.typeLabel !== undefined) return this.#text(firstNode.typeLabel);
    return type.replace(/^x-/, '').replace(/-/g, ' ');
  }

  /** Stops per level: the shown nodes, plus the level's toggle when it has one. */
  #chainCounts(chain: Chain): number[] {
    return chain.levels.map((level, i) => {
      const n = level.nodes.length;
      if (n <= LEVEL_PREVIEW + 1) return n;
      return (this._expanded.has(`level.${i}`) ? n : LEVEL_PREVIEW) + 1;
    });
  }

  #validChainFocus(counts: readonly number[]): ChainPosition {
    const { level, index } = this._chainFocus;
    if (level < counts.length && index < (counts[level] ?? 0)) return this._chainFocus;
    const first = counts.findIndex((n) => n > 0);
    return { level: Math.max(0, first), index: 0 };
  }

  #renderChain(_ctx: PlanContext, chain: Chain): TemplateResult {
    const counts = this.#chainCounts(chain);
    const focus = this.#validChainFocus(counts);
    const narrow = this._narrow;
    const last = chain.levels.length - 1;
    const head = arrowHead(narrow ? 'down' : 'right', 0.5);
    return html`<ol
        class="chain"
        part="chain"
        aria-label=${this.#t('chainLabel')}
        aria-describedby="vm-chain-hint"
        @keydown=${this.#onChainKey}
        @focusin=${this.#onChainFocus}
      >
        ${chain.levels.map((level, li) => {
          const n = level.nodes.length;
          const expandable = n > LEVEL_PREVIEW + 1;
          const expanded = this._expanded.has(`level.${li}`);
          const shown = expandable && !expanded ? level.nodes.slice(0, LEVEL_PREVIEW) : level.nodes;
          const tab = (index: number) => (focus.level === li && focus.index === index ? 0 : -1);
          return html`<li class="level" part="level">
            <span class="level-label" part="level-label" id="vm-level-${li}">
              ${this.#typeLabel(level.type, li, this.#node(level.nodes[0]!))}
              <span class="level-count">(${this.i18n.formatNumber(n)})</span>
            </span>
            <ul class="level-list" part="level-list" aria-labelledby="vm-level-${li}">
              ${shown.map((id, ni) => {
                const node = this.#node(id);
                const status = node?.status;
                return html`<li>
                  <button
                    type="button"
                    class="node"
                    part="node"
                    tabindex=${tab(ni)}
                    data-chain="${li},${ni}"
                    @click=${() => {
                      this._chainFocus = { level: li, index: ni };
                      this.select({ kind: 'node', id, nodeId: id, item: node });
                    }}
                  >
                    <span>${this.#text(node?.title ?? id)}</span>
                    ${
                      status
                        ? html`<span class="node-status"
                            >${statusIcon(status)}${
                              node?.statusText !== undefined
                                ? this.#text(node.statusText)
                                : this.i18n.t(`core:status.${status}`)
                            }</span
                          >`
                        : nothing
                    }
                  </button>
                </li>`;
              })}
            </ul>
            ${
              expandable
                ? html`<button
                    type="button"
                    class="toggle"
                    part="level-toggle"
                    tabindex=${tab(shown.length)}
                    data-chain="${li},${shown.length}"
                    aria-expanded=${expanded ? 'true' : 'false'}
                    @click=${() => {
                      this._chainFocus = { level: li, index: expanded ? LEVEL_PREVIEW : n };
                      this.#toggle(`level.${li}`);
                      void this.#focusAt(`[data-chain="${li},${expanded ? LEVEL_PREVIEW : n}"]`);
                    }}
                  >
                    ${expanded ? this.#t('showFewer') : this.#t('showAll', { count: n })}
                  </button>`
                : nothing
            }
            ${
              li < last
                ? html`<svg
                    class="chain-arrow"
                    part="chain-arrow"
                    viewBox="0 0 100 100"
                    preserveAspectRatio="none"
                    aria-hidden="true"
                    focusable="false"
                  >
                    ${
                      narrow
                        ? svg`<rect class="arrow-fill" x="35" y="0" width="30" height="55"></rect>
                      <svg y="55" height="45" viewBox="0 0 100 100" preserveAspectRatio="none">
                        <polygon class="arrow-fill" points=${head.fill}></polygon></svg>`
                        : svg`<rect class="arrow-fill" x="0" y="35" width="55" height="30"></rect>
                      <svg x="55" width="45" viewBox="0 0 100 100" preserveAspectRatio="none">
                        <polygon class="arrow-fill" points=${head.fill}></polygon></svg>`
                    }
                  </svg>`
                : nothing
            }
          </li>`;
        })}
      </ol>
      <p id="vm-chain-hint" class="visually-hidden">${this.#t('chainHint')}</p>`;
  }

  #chainPosOf(event: Event): ChainPosition | undefined {
    for (const el of event.composedPath()) {
      if (el === event.currentTarget) break;
      if (el instanceof HTMLElement && el.dataset.chain) {
        const [level, index] = el.dataset.chain.split(',').map(Number);
        return { level: level!, index: index! };
      }
    }
    return undefined;
  }

  #onChainFocus = (event: FocusEvent): void => {
    const pos = this.#chainPosOf(event);
    if (pos) this._chainFocus = pos;
  };

  #onChainKey = (event: KeyboardEvent): void => {
    const chain = this.#model?.chain;
    if (!chain) return;
    const counts = this.#chainCounts(chain);
    const next = chainMove(this.#validChainFocus(counts), event.key, counts, {
      rtl: getComputedStyle(this).direction === 'rtl',
    });
    if (!next) return;
    event.preventDefault();
    this._chainFocus = next;
    void this.#focusAt(`[data-chain="${next.level},${next.index}"]`);
  };

  // ------------------------------------------------------------------ statement

  #renderStatements(statements: readonly ShownStatement[]): TemplateResult {
    const focus = Math.min(this._statementFocus, statements.length - 1);
    const item = (s: ShownStatement, i: number) =>
      html`<li
        class="statement kind-${s.kind}"
        part="statement"
        tabindex=${i === focus ? 0 : -1}
        data-statement=${i}
        @click=${() => this.#selectStatement(i)}
      >
        <span class="statement-label" part="statement-label"
          >${s.label !== undefined ? this.#text(s.label) : s.kind === 'value' ? nothing : this.#t(s.kind)}${this.#badge(
            s.illustrative,
          )}</span
        >
        ${s.subtitle !== undefined ? html`<span class="statement-subtitle">${this.#text(s.subtitle)}</span>` : nothing}
        <p class="statement-text" part="statement-text">${this.#text(s.text)}</p>
      </li>`;
    const values = statements.filter((s) => s.kind === 'value');
    const firstValue = statements.findIndex((s) => s.kind === 'value');
    return html`<ul class="statements" part="statements" @keydown=${this.#onStatementKey}>
      ${statements.map((s, i) => (s.kind === 'value' ? nothing : item(s, i)))}
      ${
        values.length > 0
          ? html`<li class="values">
              <span class="values-label" id="vm-values">${this.#t('values')}</span>
              <ul aria-labelledby="vm-values">
                ${values.map((s, i) => item(s, firstValue + i))}
              </ul>
            </li>`
          : nothing
      }
    </ul>`;
  }

  #selectStatement(i: number): void {
    const s = this.#model?.statements[i];
    if (!s) return;
    this._statementFocus = i;
    this.select({ kind: 'vision', id: s.id, item: s.item });
  }

  #onStatementKey = (event: KeyboardEvent): void => {
    const statements = this.#model?.statements ?? [];
    const from = Math.min(this._statementFocus, statements.length - 1);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#selectStatement(from);
      return;
    }
    const next = chainMove(
      { level: from, index: 0 },
      event.key,
      statements.map(() => 1),
      { rtl: getComputedStyle(this).direction === 'rtl' },
    );
    if (!next) return;
    event.preventDefault();
    this._statementFocus = next.level;
    void this.#focusAt(`[data-statement="${next.level}"]`);
  };
}
