import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import {
  PlanvisElement,
  localizedText,
  registerLocales,
  rollUpProgress,
  safeHref,
  statusIcon,
  type DateRange,
  type Link,
  type LocalizedText,
  type MilestoneStatus,
  type NodeStatus,
  type Person,
  type PlanContext,
  type PlanIndex,
  type PlanNode,
  type RolledUpProgress,
  cssProps,
} from '@planvis/core';
import { programCardStyles } from './program-card.styles.js';
import {
  cardModel,
  responsibilityEntries,
  type CardModel,
  type GoalEntry,
  type ResponsibilityEntry,
  type SectionEntry,
  type SectionGroup,
} from './card-model.js';
import type { EconomyRow, EconomyTableModel } from './economy-table.js';
import type { IndicatorSummaryModel } from './indicator-summary.js';
import { milestoneSummary, type MilestoneEntry, type MilestoneSummaryModel } from './milestone-summary.js';
import { sectionText } from './section-text.js';
import {
  filterItems,
  gridItems,
  parseStatusFilter,
  statusOptions,
  type GridItems,
  type StatusFilter,
  type StatusOption,
} from './grid-items.js';
import en from './locales/en.json' with { type: 'json' };

registerLocales(
  'program-card',
  { en },
  {
    nn: () => import('./locales/nn.json', { with: { type: 'json' } }),
    nb: () => import('./locales/nb.json', { with: { type: 'json' } }),
    da: () => import('./locales/da.json', { with: { type: 'json' } }),
    sv: () => import('./locales/sv.json', { with: { type: 'json' } }),
  },
);

const NS = 'program-card';
const BUILT_IN_ROLES = new Set([
  'owner',
  'manager',
  'coordinator',
  'steering-group',
  'project-group',
  'member',
  'contact',
  'institution',
]);
/** Roles a compact card names as "responsible", in order of preference. */
const LEAD_ROLES = ['manager', 'owner', 'coordinator', 'contact'];
const HEADINGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** `compact`: title, status and key facts; `full`: every field of a status report. */
export type ProgramCardVariant = 'compact' | 'full';

/** What a compact card shows besides the node's own fields. */
interface CompactModel {
  progress: RolledUpProgress;
  milestones: MilestoneSummaryModel;
  lead: ResponsibilityEntry | undefined;
}

const upperFirst = (text: string, lang: string): string =>
  text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/**
 * One program, project or focus area of a plan with every field a municipal status report has — status,
 * ID, anchoring, period and status years, sectors and target groups, responsibility, background, strategy,
 * goals with indicators, plan and progress, milestones and economy — readable on a CMS page and on paper.
 * Without `node`, every program and project of the plan as a grid of compact cards with a status filter.
 *
 * Long texts collapse into native `<details>`; when the page is printed (or print media is emulated)
 * every one of them opens, and the controls are left off the paper.
 *
 * **Keyboard (grid):** Tab reaches the status filter, then each card's title button in turn (every card is an
 * ordinary tab stop: the grid is a list of articles, not a composite widget); Enter or Space chooses one (fires
 * `planvis-select`). In a full card every link, button and disclosure is an ordinary tab stop.
 *
 * @tagname planvis-program-card
 * @summary A program/project card with every status-report field, or a filterable grid of compact cards.
 *
 * @fires planvis-select - The user chose a card in the grid, an ancestor in the anchoring path or a sub-process: `{ kind: 'node', id, nodeId, item }` (item = the plan node).
 * @fires planvis-load - The plan is loaded (from the base element).
 * @fires planvis-error - The plan could not be loaded or `node` is not in it (from the base element).
 *
 * @slot actions - Buttons or links for the card's header (in the grid: next to the status filter).
 *   Left off the printout.
 * @slot footer - Content after the card (in the grid: after the cards).
 *
 * @csspart actions - The box in the header (in the grid: in the toolbar) that holds the `actions` slot.
 * @csspart card - Each card (`<article>`).
 * @csspart header - The card's header: type, short name, title, status, actions.
 * @csspart eyebrow - Type and short name above the title.
 * @csspart title - The card's heading (`<h2>` by default; see `heading-level`).
 * @csspart status-badge - A status: icon and text.
 * @csspart badge - The "illustrative" mark on made-up content.
 * @csspart description - The node's description.
 * @csspart key-data - The list of key data (ID, status, anchoring, period, years, sectors…).
 * @csspart breadcrumb - The anchoring path.
 * @csspart section - A section of the card (background, strategy, goals and results…).
 * @csspart section-heading - A section's heading.
 * @csspart details - A `<details>` that holds the rest of a long text, a milestone plan or more about a goal.
 * @csspart responsibility - The list of roles, organisations and people.
 * @csspart goals - The list of goals.
 * @csspart goal - One goal.
 * @csspart indicator - One indicator: baseline, target, latest value, source and achievement.
 * @csspart progress - A progress bar with its value in text.
 * @csspart milestones - The milestone summary and plan.
 * @csspart sub-processes - The list of programs/projects below the node.
 * @csspart economy - The economy section.
 * @csspart economy-scroll - The focusable region the economy table scrolls in when it is wider than the card.
 * @csspart economy-table - The economy `<table>`.
 * @csspart links - The list of links.
 * @csspart footer - The card's footer (holds the `footer` slot).
 * @csspart toolbar - The grid's toolbar with the status filter.
 * @csspart filter - The status `<select>`.
 * @csspart count - How many cards the grid shows (a live region).
 * @csspart grid - The grid (`<ul>`) of compact cards.
 * @csspart grid-item - One `<li>` of the grid.
 * @csspart select-button - The button that is a grid card's title.
 * @csspart show-more - The button that shows more cards.
 *
 * @cssprop [--planvis-program-card-gap=var(--planvis-space-4, 1rem)] - Space between sections and between grid cards.
 * @cssprop [--planvis-program-card-padding=var(--planvis-space-4, 1rem)] - Padding inside a card.
 * @cssprop [--planvis-program-card-min-width=17rem] - Narrowest column of the grid.
 * @cssprop [--planvis-program-card-bar-color=var(--planvis-color-accent)] - Fill of progress bars.
 * @cssprop [--planvis-program-card-bar-track-color=var(--planvis-color-muted)] - Outline of progress bars (≥ 3:1).
 * @cssprop [--planvis-program-card-bar-height=0.5rem] - Height of progress bars.
 */
export class PlanvisProgramCard extends PlanvisElement {
  static override styles = [PlanvisElement.styles, programCardStyles];

  /**
   * `full` shows every field; `compact` the title, status and key facts. Default: `full` with `node`,
   * `compact` in the grid.
   */
  @property({ reflect: true }) variant: ProgramCardVariant | undefined;

  /** Level of the card's title heading (1–6, default 2); section headings follow one and two levels below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The grid's status filter: a node status (`in-progress`…), `none` for nodes without a status, or empty
   * for all. The user's choice in the filter is written back here.
   */
  @property({ reflect: true }) filter = '';

  /** How many cards the grid renders at first and adds per "show more" (default 24). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;

  /** "Today" for next and overdue milestones; defaults to the current date. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private _shown = 0;
  /** Named slots that have content (an empty footer or actions box takes no space). */
  @state() private _filledSlots: ReadonlySet<string> = new Set();

  #cardMemo: { index: PlanIndex; id: string; day: string; model: CardModel | undefined } | undefined;
  #gridMemo: { index: PlanIndex; grid: GridItems; options: StatusOption[] } | undefined;
  #compactMemo = new WeakMap<PlanIndex, Map<string, CompactModel>>();
  #gridCardMemo = new WeakMap<PlanIndex, Map<string, CardModel>>();
  #compactDay = '';
  #openedForPrint = new Set<HTMLDetailsElement>();
  #printing = false;
  #beforePrint = false;
  #printQuery: MediaQueryList | undefined;
  /** Prefix of the ids of the card being rendered (grid cards get their own, so ids stay unique). */
  #idPrefix = 'pc-';

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    this.#printQuery = window.matchMedia('print');
    this.#printQuery.addEventListener('change', this.#onPrintChange);
    this.#printing = this.#printQuery.matches;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#printQuery?.removeEventListener('change', this.#onPrintChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate?.(changed);
    if (changed.has('filter') || changed.has('pageSize') || changed.has('plan') || changed.has('src')) {
      this._shown = this.#pageSize;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated?.(changed);
    if (this.#printing) this.#expandForPrint();
  }

  // ---------------------------------------------------------------- print

  #onBeforePrint = (): void => {
    this.#beforePrint = true;
    this.#syncPrint();
  };

  #onAfterPrint = (): void => {
    this.#beforePrint = false;
    this.#syncPrint();
  };

  #onPrintChange = (): void => this.#syncPrint();

  #syncPrint(): void {
    const printing = this.#beforePrint || (this.#printQuery?.matches ?? false);
    if (printing === this.#printing) return;
    this.#printing = printing;
    if (printing) this.#expandForPrint();
    else this.#restoreAfterPrint();
  }

  /** Opens every closed `<details>` (closed ones hide their content from print) and remembers which. */
  #expandForPrint(): void {
    for (const details of this.renderRoot.querySelectorAll('details')) {
      if (!details.open) {
        details.open = true;
        this.#openedForPrint.add(details);
      }
    }
  }

  #restoreAfterPrint(): void {
    for (const details of this.#openedForPrint) details.open = false;
    this.#openedForPrint.clear();
  }

  // ---------------------------------------------------------------- helpers

  get #level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2;
  }

  get #pageSize(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) && size > 0 ? size : 24;
  }

  get #today(): Date {
    return this.now ?? new Date();
  }

  #id(name: string): string {
    return `${this.#idPrefix}${name}`;
  }

  #t(key: string, options?: Record<string, unknown>): string {
    return this.i18n.t(`${NS}:${key}`, options);
  }

  /** Content text with `lang` when it differs from the UI language. */
  #lt(value: LocalizedText | undefined): TemplateResult | typeof nothing {
    return value === undefined ? nothing : localizedText(this.i18n, value);
  }

  #plain(value: LocalizedText | undefined): string {
    return value === undefined ? '' : this.i18n.text(value).text;
  }

  /** A heading at `level`: a real h1–h6, or role=heading with aria-level beyond 6. */
  #heading(level: number, className: string, id: string | undefined, content: unknown): TemplateResult {
    const part = className === 'title' ? 'title' : 'section-heading';
    if (level <= 6) {
      const tag = HEADINGS[level - 1]!;
      return staticHtml`<${tag} class=${className} part=${part} id=${ifDefined(id)}>${content}</${tag}>`;
    }
    return html`<p role="heading" aria-level=${level} class=${className} part=${part} id=${ifDefined(id)}>
      ${content}
    </p>`;
  }

  #typeLabel(node: PlanNode): string {
    if (node.typeLabel !== undefined) return this.#plain(node.typeLabel);
    return this.i18n.t(`core:nodeType.${node.type}`);
  }

  #percent(value: number): string {
    return this.i18n.formatPercent(value / 100);
  }

  #date(date: string): string {
    return this.i18n.formatDate(date);
  }

  #range(range: DateRange | undefined): string {
    if (!range) return '';
    if (range.start !== undefined && range.start === range.end) return this.#date(range.start);
    return this.i18n.formatDateRange(range);
  }

  /** A milestone's dates: one date when it has one (start only, end only, or the same), else the range. */
  #when(range: DateRange | undefined): string {
    if (!range) return '';
    const single =
      range.start === undefined
        ? range.end
        : range.end === undefined || range.end === range.start
          ? range.start
          : undefined;
    return single === undefined ? this.i18n.formatDateRange(range) : this.#date(single);
  }

  #status(status: NodeStatus | undefined, statusText?: LocalizedText): TemplateResult | typeof nothing {
    if (status === undefined && statusText === undefined) return nothing;
    const label = status === undefined ? '' : this.i18n.t(`core:status.${status}`);
    const wording = statusText === undefined ? undefined : this.i18n.text(statusText);
    const showWording =
      wording !== undefined && wording.text.toLocaleLowerCase() !== label.toLocaleLowerCase();
    return html`<span class="status" part="status-badge"
      >${status === undefined ? nothing : statusIcon(status)}<span>${label}</span>${
        showWording
          ? html`<span class="source-wording"
              >${label ? '(' : ''}${this.#lt(statusText)}${label ? ')' : ''}</span
            >`
          : nothing
      }</span
    >`;
  }

  #milestoneStatus(entry: MilestoneEntry): TemplateResult {
    const status: MilestoneStatus = entry.status;
    const label = this.i18n.t(`core:milestoneStatus.${status}`);
    const wording = entry.milestone.statusText;
    return html`<span class="status" part="status-badge"
      >${statusIcon(status)}<span>${label}</span>${
        wording !== undefined && this.#plain(wording).toLocaleLowerCase() !== label.toLocaleLowerCase()
          ? html` <span class="source-wording">(${this.#lt(wording)})</span>`
          : nothing
      }${entry.overdue ? this.#overdue() : nothing}</span
    >`;
  }

  #overdue(): TemplateResult {
    return html` <span class="overdue status">${statusIcon('overdue')}${this.i18n.t('core:overdue')}</span>`;
  }

  #illustrative(flag: boolean | undefined, long = false): TemplateResult | typeof nothing {
    if (!flag) return nothing;
    return html`<span class="badge" part="badge"
      >${this.i18n.t('core:illustrative')}${
        long
          ? html`<span>: ${this.#t('illustrativeNote')}</span>`
          : html`<span class="visually-hidden">: ${this.#t('illustrativeNote')}</span>`
      }</span
    >`;
  }

  #meter(value: number, label?: string, note?: string): TemplateResult {
    const clamped = Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
    return html`<span class="meter" part="progress"
      ><span class="bar" aria-hidden="true"><span ${cssProps({ inlineSize: `${clamped}%` })}></span></span
      ><span>${label ? `${label}: ` : ''}${this.#percent(value)}</span>${
        note ? html`<span class="meter-note">(${note})</span>` : nothing
      }</span
    >`;
  }

  #tags(items: readonly LocalizedText[] | undefined): TemplateResult | typeof nothing {
    if (!items?.length) return nothing;
    return html`<ul class="tags">
      ${items.map((item) => html`<li>${this.#lt(item)}</li>`)}
    </ul>`;
  }

  #paragraphs(text: string): TemplateResult[] {
    return text.length ? [html`<p>${text}</p>`] : [];
  }

  /** A section's text: the lead at once, the rest of a long text behind a disclosure. */
  #sectionBody(text: LocalizedText, label: string): TemplateResult {
    const resolved = this.i18n.text(text);
    const { lead, rest } = sectionText(resolved.text);
    return html`<div class="text" lang=${ifDefined(resolved.lang)}>
      ${lead.flatMap((p) => this.#paragraphs(p))}
      ${
        rest.length
          ? html`<details part="details">
              <summary>${this.#t('readMore', { section: label })}</summary>
              <div class="details-body">${rest.flatMap((p) => this.#paragraphs(p))}</div>
            </details>`
          : nothing
      }
    </div>`;
  }

  #onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const filled = slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
    if (filled === this._filledSlots.has(slot.name)) return;
    const next = new Set(this._filledSlots);
    if (filled) next.add(slot.name);
    else next.delete(slot.name);
    this._filledSlots = next;
  };

  #slot(name: 'actions' | 'footer'): TemplateResult {
    const box = html`<slot name=${name} @slotchange=${this.#onSlotChange}></slot>`;
    const hidden = !this._filledSlots.has(name);
    return name === 'footer'
      ? html`<footer part="footer" ?hidden=${hidden}>${box}</footer>`
      : html`<div class="actions" part="actions" ?hidden=${hidden}>${box}</div>`;
  }

  #select(node: PlanNode): void {
    this.select({ kind: 'node', id: node.id, nodeId: node.id, item: node });
  }

  #nodeButton(node: PlanNode, content: unknown): TemplateResult {
    return html`<button type="button" class="link-button" @click=${() => this.#select(node)}>
      ${content}
    </button>`;
  }

  // ---------------------------------------------------------------- render

  protected override renderPlan(ctx: PlanContext): TemplateResult | typeof nothing {
    if (!ctx.node) return this.#renderGrid(ctx.index);
    const variant = this.variant === 'compact' ? 'compact' : 'full';
    if (variant === 'compact') {
      this.#idPrefix = 'pc-';
      return this.#renderCompact(ctx.index, ctx.node, false, undefined);
    }
    this.#idPrefix = 'pc-';
    const model = this.#card(ctx.index, ctx.node.id);
    return model ? this.#renderFull(ctx.index, model) : nothing;
  }

  #card(index: PlanIndex, id: string): CardModel | undefined {
    const day = this.#today.toDateString();
    const memo = this.#cardMemo;
    if (memo && memo.index === index && memo.id === id && memo.day === day) return memo.model;
    const model = cardModel(index, id, this.#today);
    this.#cardMemo = { index, id, day, model };
    return model;
  }

  /** A full card's model in the grid (`variant="full"`), memoized per plan and day like the compact ones. */
  #gridCard(index: PlanIndex, id: string): CardModel {
    this.#checkDay();
    let cache = this.#gridCardMemo.get(index);
    if (!cache) this.#gridCardMemo.set(index, (cache = new Map()));
    let model = cache.get(id);
    if (!model) cache.set(id, (model = cardModel(index, id, this.#today)!));
    return model;
  }

  /** Drops the memoized per-node models when "today" changes (next and overdue milestones depend on it). */
  #checkDay(): void {
    const day = this.#today.toDateString();
    if (day === this.#compactDay) return;
    this.#compactMemo = new WeakMap();
    this.#gridCardMemo = new WeakMap();
    this.#compactDay = day;
  }

  #compact(index: PlanIndex, node: PlanNode): CompactModel {
    this.#checkDay();
    let cache = this.#compactMemo.get(index);
    if (!cache) this.#compactMemo.set(index, (cache = new Map()));
    let model = cache.get(node.id);
    if (!model) {
      const responsibility = responsibilityEntries(index, node);
      const lead =
        LEAD_ROLES.map((role) => responsibility.find((r) => r.responsibility.role === role)).find(Boolean) ??
        responsibility[0];
      model = {
        progress: rollUpProgress(index, node.id),
        milestones: milestoneSummary(index, node.id, this.#today),
        lead,
      };
      cache.set(node.id, model);
    }
    return model;
  }

  #roleLabel(entry: ResponsibilityEntry, node: PlanNode): string {
    const { responsibility } = entry;
    if (responsibility.label !== undefined) return this.#plain(responsibility.label);
    if (BUILT_IN_ROLES.has(responsibility.role)) {
      return this.#t(`role.${responsibility.role}`, { context: node.type });
    }
    return this.#t('role.other');
  }

  // ---------------------------------------------------------------- full card

  #renderFull(index: PlanIndex, model: CardModel, onSelect?: { index: number }): TemplateResult {
    const { node } = model;
    const level = this.#level;
    const intro = model.sections.filter((s) => s.group === 'intro');
    return html`<article class="card full" part="card" aria-labelledby=${this.#id('title')}>
      ${this.#renderHeader(node, level, onSelect, true)}
      ${
        node.description === undefined
          ? nothing
          : html`<p class="description" part="description">${this.#lt(node.description)}</p>`
      }
      ${this.#renderKeyData(index, model, level + 1)} ${this.#renderResponsibility(model, level + 1)}
      ${intro.map((section) => this.#renderSection(section, level + 1, 'section'))}
      ${this.#renderGoalsGroup(model, level + 1)} ${this.#renderPlanGroup(model, level + 1)}
      ${this.#renderSubProcesses(model, level + 1)} ${this.#renderEconomy(model.economy, level + 1)}
      ${this.#renderLinks(model.links, level + 1)} ${onSelect ? nothing : this.#slot('footer')}
    </article>`;
  }

  #renderHeader(
    node: PlanNode,
    level: number,
    onSelect: { index: number } | undefined,
    full: boolean,
  ): TemplateResult {
    const eyebrow = html`<span class="eyebrow" part="eyebrow"
      >${this.#typeLabel(node)}${
        node.shortName === undefined
          ? nothing
          : html`<span aria-hidden="true"> · </span><span class="visually-hidden">: </span>${this.#lt(
                node.shortName,
              )}`
      }<span class="visually-hidden">: </span></span
    >`;
    const title = html`<span class="title-text">${this.#lt(node.title)}</span>`;
    const content = onSelect
      ? html`<button
          type="button"
          class="select-button"
          part="select-button"
          data-index=${onSelect.index}
          @click=${() => this.#select(node)}
        >
          ${eyebrow}${title}
        </button>`
      : html`${eyebrow}${title}`;
    return html`<header class="header" part="header">
      <div class="heading-block">
        ${this.#heading(level, 'title', this.#id('title'), content)}
        <div class="badges">
          ${full ? nothing : this.#status(node.status, node.statusText)}${this.#illustrative(node.illustrative, full)}
        </div>
      </div>
      ${onSelect ? nothing : this.#slot('actions')}
    </header>`;
  }

  #renderKeyData(index: PlanIndex, model: CardModel, level: number): TemplateResult | typeof nothing {
    const { node } = model;
    const rows: TemplateResult[] = [];
    const row = (label: string, value: unknown) =>
      rows.push(
        html`<dt>${label}</dt>
          <dd>${value}</dd>`,
      );
    if (node.externalId !== undefined) row(this.#t('id'), node.externalId);
    if (node.status !== undefined || node.statusText !== undefined) {
      row(this.#t('status'), this.#status(node.status, node.statusText));
    }
    if (model.anchoring.length) {
      row(
        this.#t('anchoring'),
        html`<ol class="breadcrumb" part="breadcrumb" aria-label=${this.#t('anchoring')}>
          ${model.anchoring.map((step) => {
            const target = step.nodeId === undefined ? undefined : index.nodesById.get(step.nodeId);
            return html`<li>
              ${target ? this.#nodeButton(target, this.#lt(step.text)) : this.#lt(step.text)}
            </li>`;
          })}
        </ol>`,
      );
    }
    if (node.period) row(this.#t('period'), this.#range(node.period));
    const years = node.statusYears;
    if (years) {
      for (const key of ['proposed', 'approved', 'started', 'completed', 'cancelled'] as const) {
        const year = years[key];
        if (year !== undefined) row(this.#t(`statusYear.${key}`), String(year));
      }
    }
    if (model.phase) {
      const period = this.#range(model.phase.period);
      row(this.#t('phase'), html`${this.#lt(model.phase.title)}${period ? ` (${period})` : ''}`);
    }
    if (model.progress.value !== null) {
      row(
        this.#t('progress'),
        this.#meter(
          model.progress.value,
          undefined,
          model.progress.derived ? this.#t('progressDerived') : undefined,
        ),
      );
    }
    if (node.decision !== undefined) row(this.#t('decision'), this.#lt(node.decision));
    if (node.sectors?.length) row(this.#t('sectors'), this.#tags(node.sectors));
    if (node.targetGroups?.length) row(this.#t('targetGroups'), this.#tags(node.targetGroups));
    if (node.keywords?.length) row(this.#t('keywords'), this.#tags(node.keywords));
    if (!rows.length) return nothing;
    return html`<section part="section" aria-labelledby=${this.#id('key-data')}>
      ${this.#heading(level, 'section-heading', this.#id('key-data'), this.#t('keyData'))}
      <dl class="facts" part="key-data">${rows}</dl>
    </section>`;
  }

  #renderPerson(person: Person): TemplateResult {
    const email = person.email === undefined ? undefined : safeHref(`mailto:${person.email}`);
    const phone =
      person.phone === undefined ? undefined : safeHref(`tel:${person.phone.replace(/[^\d+]/g, '')}`);
    return html`<li>
      <span class="person-name">${person.name}</span>${this.#illustrative(person.illustrative)}${
        person.title === undefined ? nothing : html`, ${this.#lt(person.title)}`
      }${person.organisation === undefined ? nothing : html`, ${this.#lt(person.organisation)}`}
      ${
        email || phone || person.email || person.phone
          ? html`<span class="person-contact">
              ${
                person.email === undefined
                  ? nothing
                  : html`<span
                      >${this.#t('email')}:
                      ${email ? html`<a href=${email}>${person.email}</a>` : person.email}</span
                    >`
              }
              ${
                person.phone === undefined
                  ? nothing
                  : html`<span
                      >${this.#t('phone')}:
                      ${phone ? html`<a href=${phone}>${person.phone}</a>` : person.phone}</span
                    >`
              }
            </span>`
          : nothing
      }
    </li>`;
  }

  #responsibilityList(entries: ResponsibilityEntry[], node: PlanNode): TemplateResult {
    return html`<dl part="responsibility" class="facts">
      ${entries.map(
        (entry) =>
          html`<dt>
              ${this.#roleLabel(entry, node)}${this.#illustrative(entry.responsibility.illustrative)}
            </dt>
            <dd>
              ${
                entry.responsibility.organisation === undefined
                  ? nothing
                  : html`<p>${this.#lt(entry.responsibility.organisation)}</p>`
              }
              ${
                entry.people.length
                  ? html`<ul class="people">
                      ${entry.people.map((person) => this.#renderPerson(person))}
                    </ul>`
                  : nothing
              }
              ${
                entry.responsibility.note === undefined
                  ? nothing
                  : html`<p class="note">${this.#lt(entry.responsibility.note)}</p>`
              }${
                entry.people.length === 0 &&
                entry.responsibility.organisation === undefined &&
                entry.responsibility.note === undefined
                  ? html`<p class="source-wording">${this.#t('unnamed')}</p>`
                  : nothing
              }
            </dd>`,
      )}
    </dl>`;
  }

  #renderResponsibility(model: CardModel, level: number): TemplateResult | typeof nothing {
    if (!model.responsibility.length) return nothing;
    return html`<section part="section" aria-labelledby=${this.#id('responsibility')}>
      ${this.#heading(level, 'section-heading', this.#id('responsibility'), this.#t('responsibility'))}
      ${this.#responsibilityList(model.responsibility, model.node)}
    </section>`;
  }

  #renderSection(section: SectionEntry, level: number, className: 'section' | 'sub'): TemplateResult {
    const label = this.#t(`section.${section.key}`);
    const id = this.#id(`section-${section.key}`);
    return html`<section part="section" aria-labelledby=${id}>
      ${this.#heading(level, className === 'section' ? 'section-heading' : 'sub-heading', id, label)}
      ${this.#sectionBody(section.text, label)}
    </section>`;
  }

  #groupSections(model: CardModel, group: SectionGroup, level: number): TemplateResult[] {
    return model.sections.filter((s) => s.group === group).map((s) => this.#renderSection(s, level, 'sub'));
  }

  #goalTypes(goals: GoalEntry[]): Set<string> {
    const types = new Set<string>();
    const walk = (list: GoalEntry[]) => {
      for (const goal of list) {
        types.add(goal.node.type);
        walk(goal.goals);
      }
    };
    walk(goals);
    return types;
  }

  #goalTypesLabel(types: Set<string>): string {
    const names = ['goal', 'sub-goal', 'strategy']
      .filter((type) => types.has(type))
      .map((type) => this.#t(`typePlural.${type}`));
    return upperFirst(this.i18n.formatList(names), this.i18n.lang);
  }

  #renderGoalsGroup(model: CardModel, level: number): TemplateResult | typeof nothing {
    const sections = this.#groupSections(model, 'goals', level + 1);
    if (!sections.length && !model.goals.length && !model.indicators.length) return nothing;
    const types = this.#goalTypes(model.goals);
    return html`<section part="section" class="group" aria-labelledby=${this.#id('group-goals')}>
      ${this.#heading(level, 'section-heading', this.#id('group-goals'), this.#t('group.goals'))} ${sections}
      ${
        model.indicators.length
          ? html`<section part="section" aria-labelledby=${this.#id('indicators')}>
              ${this.#heading(level + 1, 'sub-heading', this.#id('indicators'), this.#t('indicators'))}
              ${this.#renderIndicators(model.indicators)}
            </section>`
          : nothing
      }
      ${
        model.goals.length
          ? html`<section part="section" aria-labelledby=${this.#id('goals')}>
              ${this.#heading(level + 1, 'sub-heading', this.#id('goals'), this.#goalTypesLabel(types))}
              ${this.#renderGoals(model.goals, types.size > 1)}
            </section>`
          : nothing
      }
    </section>`;
  }

  /** The goal list; `showType` labels each goal with its type when the list mixes types. */
  #renderGoals(goals: GoalEntry[], showType: boolean): TemplateResult {
    return html`<ol class="goals" part="goals">
      ${repeat(
        goals,
        (goal) => goal.node.id,
        (goal) => this.#renderGoal(goal, showType),
      )}
    </ol>`;
  }

  #renderGoal(goal: GoalEntry, showType: boolean): TemplateResult {
    const { node } = goal;
    const eyebrow = [
      ...(showType || node.typeLabel !== undefined ? [html`${this.#typeLabel(node)}`] : []),
      ...(node.shortName === undefined ? [] : [this.#lt(node.shortName)]),
    ];
    const title = this.#plain(node.title);
    const period = this.#range(node.period);
    const hasMore = goal.sections.length > 0 || goal.responsibility.length > 0 || goal.others.length > 0;
    return html`<li class="goal" part="goal">
      <p class="goal-title">
        ${
          eyebrow.length
            ? html`<span class="goal-type"
                >${eyebrow.map((part, i) => (i ? html` · ${part}` : part))}<span class="visually-hidden"
                  >:
                </span></span
              >`
            : nothing
        }${this.#lt(node.title)}
      </p>
      <p class="goal-meta">
        ${this.#status(node.status, node.statusText)}
        ${
          goal.phase ? html`<span>${this.#t('phase')}: ${this.#lt(goal.phase.title)}</span>` : nothing
        }${period ? html`<span>${this.#t('period')}: ${period}</span>` : nothing}${this.#illustrative(
          node.illustrative,
        )}
      </p>
      ${
        goal.progress.value === null
          ? nothing
          : this.#meter(
              goal.progress.value,
              this.#t('progress'),
              goal.progress.derived ? this.#t('progressDerived') : undefined,
            )
      }
      ${node.description === undefined ? nothing : html`<p class="note">${this.#lt(node.description)}</p>`}
      ${goal.indicators.length ? this.#renderIndicators(goal.indicators) : nothing}
      ${
        hasMore
          ? html`<details part="details">
              <summary>${this.#t('details', { title })}</summary>
              <div class="details-body">
                ${goal.sections.map((section) => {
                  const label = this.#t(`section.${section.key}`);
                  const text = this.i18n.text(section.text);
                  return html`<div class="text">
                    <p><strong>${label}</strong></p>
                    <p lang=${ifDefined(text.lang)}>${text.text}</p>
                  </div>`;
                })}
                ${goal.responsibility.length ? this.#responsibilityList(goal.responsibility, node) : nothing}
                ${
                  goal.others.length
                    ? html`<div>
                        <p><strong>${this.#t('below')}</strong></p>
                        <ul class="plain-list">
                          ${goal.others.map(
                            (other) =>
                              html`<li>
                                ${this.#nodeButton(other, this.#lt(other.title))}
                                ${this.#status(other.status)}
                              </li>`,
                          )}
                        </ul>
                      </div>`
                    : nothing
                }
              </div>
            </details>`
          : nothing
      }
      ${goal.goals.length ? this.#renderGoals(goal.goals, showType) : nothing}
    </li>`;
  }

  #valueText(value: number, unit: LocalizedText | undefined): string {
    const unitText = this.#plain(unit);
    if (unitText === '%') return this.#percent(value);
    const number = this.i18n.formatNumber(value);
    return unitText ? `${number} ${unitText}` : number;
  }

  #valueAt(value: number, unit: LocalizedText | undefined, date: string | undefined): string {
    const text = this.#valueText(value, unit);
    return date === undefined ? text : this.#t('valueAt', { value: text, date: this.#date(date) });
  }

  #renderIndicators(indicators: IndicatorSummaryModel[]): TemplateResult {
    return html`<ul class="indicators">
      ${indicators.map(({ indicator, latest, achievement }) => {
        const facts: TemplateResult[] = [];
        const fact = (label: string, value: unknown) =>
          facts.push(
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
          );
        if (indicator.baseline) {
          fact(
            this.#t('baseline'),
            this.#valueAt(indicator.baseline.value, indicator.unit, indicator.baseline.date),
          );
        }
        if (indicator.target) {
          fact(
            this.#t('target'),
            html`${this.#valueAt(indicator.target.value, indicator.unit, indicator.target.date)}${
              indicator.direction
                ? html` <span class="meter-note">(${this.#t(`direction.${indicator.direction}`)})</span>`
                : nothing
            }`,
          );
        }
        if (latest) {
          fact(
            this.#t('latest'),
            html`${this.#valueAt(latest.value, indicator.unit, latest.date)}${
              latest.note === undefined ? nothing : html` – ${this.#lt(latest.note)}`
            }`,
          );
        }
        if (indicator.source !== undefined) fact(this.#t('source'), this.#lt(indicator.source));
        if (indicator.updated !== undefined) fact(this.#t('updated'), this.#date(indicator.updated));
        return html`<li class="indicator" part="indicator">
          <p class="goal-title">
            <span class="goal-type">${this.#t('indicators')}<span class="visually-hidden">: </span></span
            >${this.#lt(indicator.title)} ${this.#illustrative(indicator.illustrative)}
          </p>
          ${facts.length ? html`<dl>${facts}</dl>` : nothing}
          ${achievement === null ? nothing : this.#meter(achievement, this.#t('achievement'))}
        </li>`;
      })}
    </ul>`;
  }

  #renderPlanGroup(model: CardModel, level: number): TemplateResult | typeof nothing {
    const sections = this.#groupSections(model, 'plan', level + 1);
    const { milestones } = model;
    if (!sections.length && !milestones.entries.length) return nothing;
    return html`<section part="section" class="group" aria-labelledby=${this.#id('group-plan')}>
      ${this.#heading(level, 'section-heading', this.#id('group-plan'), this.#t('group.plan'))} ${sections}
      ${
        milestones.entries.length
          ? html`<section part="section milestones" aria-labelledby=${this.#id('milestones')}>
              ${this.#heading(level + 1, 'sub-heading', this.#id('milestones'), this.#t('milestones'))}
              ${this.#milestoneFacts(milestones, false)}
              <details part="details">
                <summary>${this.#t('milestonePlan', { count: milestones.entries.length })}</summary>
                <ol class="milestones details-body">
                  ${repeat(
                    milestones.entries,
                    (entry) => entry.milestone.id,
                    (entry) => this.#renderMilestone(entry),
                  )}
                </ol>
              </details>
            </section>`
          : nothing
      }
    </section>`;
  }

  #milestoneFacts(summary: MilestoneSummaryModel, compact: boolean): TemplateResult[] {
    if (!summary.entries.length) return [];
    const next = summary.next;
    const nextValue = next
      ? html`${this.#lt(next.milestone.title)}${
          next.date ? html` <span class="meter-note">(${this.#date(next.date)})</span>` : nothing
        }${next.overdue ? this.#overdue() : nothing}`
      : this.#t('noNextMilestone');
    const done = this.#t('milestonesDone', { done: summary.done, count: summary.total });
    const rows = [
      html`<dt>${this.#t('nextMilestone')}</dt>
        <dd>${nextValue}</dd>`,
    ];
    rows.push(
      html`<dt>${this.#t('milestones')}</dt>
        <dd>${done}</dd>`,
    );
    return compact ? rows : [html`<dl class="facts">${rows}</dl>`];
  }

  #renderMilestone(entry: MilestoneEntry): TemplateResult {
    const m = entry.milestone;
    const planned = this.#when(m.planned);
    const actual = this.#when(m.actual);
    return html`<li class="milestone">
      <span class="when"
        >${planned ? html`<span>${this.#t('planned')}: ${planned}</span>` : nothing}${
          actual ? html`<br /><span>${this.#t('actual')}: ${actual}</span>` : nothing
        }</span
      >
      <span class="goal-title">${this.#lt(m.title)}</span>
      <span class="milestone-meta">
        ${this.#milestoneStatus(entry)}
        ${m.responsible === undefined ? nothing : html`<span>${this.#t('responsible')}: ${this.#lt(m.responsible)}</span>`}
        ${this.#illustrative(m.illustrative)}
      </span>
      ${m.description === undefined ? nothing : html`<span class="note">${this.#lt(m.description)}</span>`}
      ${
        m.comment === undefined
          ? nothing
          : html`<span class="note">${this.#t('comment')}: ${this.#lt(m.comment)}</span>`
      }
    </li>`;
  }

  #renderSubProcesses(model: CardModel, level: number): TemplateResult | typeof nothing {
    if (!model.subProcesses.length) return nothing;
    return html`<section part="section" aria-labelledby=${this.#id('sub-processes')}>
      ${this.#heading(level, 'section-heading', this.#id('sub-processes'), this.#t('subProcesses'))}
      <ul class="sub-processes" part="sub-processes">
        ${model.subProcesses.map(
          (child) =>
            html`<li>
              <span class="goal-type"
                >${this.#typeLabel(child)}${
                  child.shortName === undefined ? nothing : html` · ${this.#lt(child.shortName)}`
                }</span
              >
              <span>${this.#nodeButton(child, this.#lt(child.title))}</span>
              <span class="goal-meta">${this.#status(child.status, child.statusText)}</span>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #money(amount: number | undefined, currency: string): TemplateResult | string {
    if (amount === undefined) {
      return html`<span aria-hidden="true">–</span
        ><span class="visually-hidden">${this.#t('noAmount')}</span>`;
    }
    return this.i18n.formatCurrency(amount, currency);
  }

  #economyRowHeader(row: EconomyRow, fallback: string): TemplateResult {
    const main = row.label ?? row.source;
    const secondary = row.label !== undefined ? row.source : undefined;
    return html`${main === undefined ? fallback : this.#lt(main)}${
      secondary === undefined ? nothing : html`<span class="row-source">${this.#lt(secondary)}</span>`
    }`;
  }

  #renderEconomy(table: EconomyTableModel | undefined, level: number): TemplateResult | typeof nothing {
    if (!table) return nothing;
    const columns = table.years.length + 2;
    const lang = this.i18n.lang;
    return html`<section part="section economy" aria-labelledby=${this.#id('economy')}>
      ${this.#heading(level, 'section-heading', this.#id('economy'), this.#t('economy'))}
      <p class="table-title" aria-hidden="true">${this.#t('economyCaption')}</p>
      ${table.illustrative ? html`<p>${this.#illustrative(true, true)}</p>` : nothing}
      <div
        class="scroll"
        part="economy-scroll"
        role="region"
        tabindex="0"
        aria-label=${this.#t('economyScroll')}
      >
        <table part="economy-table">
          <caption class="visually-hidden">
            ${this.#t('economyCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.#t('economyItem')}</th>
              ${table.years.map((year) => html`<th scope="col">${String(year)}</th>`)}
              <th scope="col">${this.#t('economyTotal')}</th>
            </tr>
          </thead>
          ${table.groups.map((group) => {
            const kind = this.#t(`economyKind.${group.kind}`);
            const single = group.rows.length === 1 ? group.rows[0]! : undefined;
            const plainSingle = single && single.label === undefined && single.source === undefined;
            return html`<tbody>
              ${
                plainSingle
                  ? nothing
                  : html`<tr>
                      <th scope="rowgroup" colspan=${columns}>${kind}</th>
                    </tr>`
              }
              ${group.rows.map(
                (row) =>
                  html`<tr>
                    <th scope="row">${this.#economyRowHeader(row, kind)}</th>
                    ${row.amounts.map((amount) => html`<td>${this.#money(amount, table.currency)}</td>`)}
                    <td>${this.#money(row.total, table.currency)}</td>
                  </tr>`,
              )}
              ${
                group.rows.length > 1
                  ? html`<tr class="subtotal">
                      <th scope="row">
                        ${upperFirst(this.#t('economySubtotal', { kind: kind.toLocaleLowerCase(lang) }), lang)}
                      </th>
                      ${group.subtotal.amounts.map((amount) => html`<td>${this.#money(amount, table.currency)}</td>`)}
                      <td>${this.#money(group.subtotal.total, table.currency)}</td>
                    </tr>`
                  : nothing
              }
            </tbody>`;
          })}
        </table>
      </div>
    </section>`;
  }

  #renderLinks(links: Link[], level: number): TemplateResult | typeof nothing {
    if (!links.length) return nothing;
    return html`<section part="section" aria-labelledby=${this.#id('links')}>
      ${this.#heading(level, 'section-heading', this.#id('links'), this.#t('links'))}
      <ul class="plain-list" part="links">
        ${links.map((link) => {
          const href = safeHref(link.href);
          const text = link.title === undefined ? link.href : this.#lt(link.title);
          return html`<li>
            ${href ? html`<a href=${href}>${text}</a>` : text}${
              link.kind
                ? html` <span class="meter-note">(${this.#t(`linkKind.${link.kind}`)})</span>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  // ---------------------------------------------------------------- compact card and grid

  #renderCompact(
    index: PlanIndex,
    node: PlanNode,
    inGrid: boolean,
    onSelect: { index: number } | undefined,
  ): TemplateResult {
    const model = this.#compact(index, node);
    const facts: TemplateResult[] = [];
    if (node.externalId !== undefined)
      facts.push(
        html`<dt>${this.#t('id')}</dt>
          <dd>${node.externalId}</dd>`,
      );
    if (node.period)
      facts.push(
        html`<dt>${this.#t('period')}</dt>
          <dd>${this.#range(node.period)}</dd>`,
      );
    if (model.progress.value !== null) {
      facts.push(
        html`<dt>${this.#t('progress')}</dt>
          <dd>${this.#meter(model.progress.value)}</dd>`,
      );
    }
    facts.push(...this.#milestoneFacts(model.milestones, true));
    if (model.lead) {
      const { responsibility, people } = model.lead;
      const who = [
        ...people.map((p) => p.name),
        ...(responsibility.organisation === undefined ? [] : [this.#plain(responsibility.organisation)]),
      ];
      if (who.length) {
        facts.push(
          html`<dt>${this.#roleLabel(model.lead, node)}</dt>
            <dd>${this.i18n.formatList(who)}</dd>`,
        );
      }
    }
    return html`<article class="card compact" part="card" aria-labelledby=${this.#id('title')}>
      ${this.#renderHeader(node, this.#level, onSelect, false)}
      ${
        node.description === undefined
          ? nothing
          : html`<p class="description" part="description">${this.#lt(node.description)}</p>`
      }
      ${facts.length ? html`<dl class="facts" part="key-data">${facts}</dl>` : nothing}
      ${inGrid ? nothing : this.#slot('footer')}
    </article>`;
  }

  #grid(index: PlanIndex): { grid: GridItems; options: StatusOption[] } {
    if (this.#gridMemo?.index !== index) {
      const grid = gridItems(index);
      this.#gridMemo = { index, grid, options: statusOptions(grid.items) };
    }
    return this.#gridMemo;
  }

  #optionLabel(option: StatusOption): string {
    if (option.value === '') return this.#t('filterAll', { count: option.count });
    if (option.value === 'none') return this.#t('filterNone', { count: option.count });
    return this.#t('filterOption', {
      status: this.i18n.t(`core:status.${option.value}`),
      count: option.count,
    });
  }

  #onFilter(event: Event): void {
    this.filter = (event.target as HTMLSelectElement).value;
  }

  /** Focuses the title button of the card at `position` once it is rendered (after «Vis fleire»). */
  async #focusCard(position: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`.select-button[data-index="${position}"]`)?.focus();
  }

  #showMore(total: number): void {
    const first = this._shown;
    this._shown = Math.min(total, this._shown + this.#pageSize);
    void this.#focusCard(first);
  }

  #renderGrid(index: PlanIndex): TemplateResult {
    const { grid, options } = this.#grid(index);
    const { items } = grid;
    const filter: StatusFilter = parseStatusFilter(this.filter);
    const visible = filterItems(items, filter);
    const shown = Math.min(visible.length, this._shown || this.#pageSize);
    const rendered = visible.slice(0, shown);
    const selectOptions = options.some((o) => o.value === filter)
      ? options
      : [...options, { value: filter, count: 0 }];
    return html`<div class="toolbar" part="toolbar">
        ${
          items.length
            ? html`<div class="filter">
                <label for="pc-filter">${this.#t('filterLabel')}</label>
                <select id="pc-filter" part="filter" .value=${filter} @change=${this.#onFilter}>
                  ${selectOptions.map(
                    (option) =>
                      html`<option value=${option.value} ?selected=${option.value === filter}>
                        ${this.#optionLabel(option)}
                      </option>`,
                  )}
                </select>
              </div>`
            : nothing
        }
        ${this.#slot('actions')}
      </div>
      ${
        items.length
          ? html`<p class="count" part="count" role="status">
              ${this.#t('shown', { shown, count: visible.length })}
            </p>`
          : nothing
      }
      ${
        rendered.length
          ? html`<ul class="grid" part="grid" aria-label=${this.#t(`gridLabel.${grid.kind}`)}>
              ${repeat(
                rendered,
                (node) => node.id,
                (node, i) => {
                  this.#idPrefix = `pc-${i}-`;
                  const onSelect = { index: i };
                  return html`<li part="grid-item">
                    ${
                      this.variant === 'full'
                        ? this.#renderFull(index, this.#gridCard(index, node.id), onSelect)
                        : this.#renderCompact(index, node, true, onSelect)
                    }
                  </li>`;
                },
              )}
            </ul>`
          : html`<p class="empty">${items.length ? this.#t('emptyFilter') : this.#t('empty')}</p>`
      }
      ${
        shown < visible.length
          ? html`<button
              type="button"
              class="more"
              part="show-more"
              @click=${() => this.#showMore(visible.length)}
            >
              ${this.#t('showMore', { count: visible.length - shown })}
            </button>`
          : nothing
      }
      ${this.#slot('footer')}`;
  }
}
