import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  IDENTITY_TRANSFORM,
  isoWeek,
  PanZoom,
  PlanvisElement,
  localizedText,
  parsePlanDate,
  planDateEnd,
  planDateStart,
  registerLocales,
  statusIcon,
} from '@planvis/core';
import type { DateRange, LocalizedText, Milestone, Phase, PlanContext, PlanIndex } from '@planvis/core';
import { defaultDomain, groupLanes, layoutLane } from './lane-layout.js';
import type { Lane, LaneGrouping, LaneLayout, MarkerLayout } from './lane-layout.js';
import { listGroups } from './list-groups.js';
import type { ListGroup, ListGrouping } from './list-groups.js';
import { phaseSpans } from './phase-spans.js';
import type { PhaseSpan } from './phase-spans.js';
import { axisTicks, DAY_MS, domainTransform, timeScale, transformDomain, weekTicks } from './time-axis.js';
import type { TickUnit } from './time-axis.js';
import { isDated, startOfUtcDay, summarize, timelineItems } from './timeline-items.js';
import type { TimelineItem } from './timeline-items.js';
import { milestoneTimelineStyles } from './milestone-timeline.styles.js';
import { cssProps } from '@planvis/core';
import en from './locales/en.json' with { type: 'json' };

registerLocales(
  'milestone-timeline',
  { en },
  {
    nn: () => import('./locales/nn.json', { with: { type: 'json' } }),
    nb: () => import('./locales/nb.json', { with: { type: 'json' } }),
    da: () => import('./locales/da.json', { with: { type: 'json' } }),
    sv: () => import('./locales/sv.json', { with: { type: 'json' } }),
  },
);

const NS = 'milestone-timeline';

/** How the element shows its milestones: a time line, a list, or chosen by width. */
export type MilestoneTimelineView = 'auto' | 'timeline' | 'list';

// Vertical geometry of the chart, px.
const AXIS_ROW = 20;
const PHASE_ROW = 28;
const LANE_HEADER = 24;
const ROW = 32;
const BUBBLE_ROW = 30;
const LANE_PAD = 6;
/** Narrower than this, `view="auto"` always shows the list (the 320 px reflow case included). */
const MIN_TIMELINE_WIDTH = 400;
/** Width of a density bucket, px. */
const BUCKET_WIDTH = 32;
/** About how many markers the time line draws at most, over all lanes, before aggregating harder. */
const MARKER_BUDGET = 1200;
/** Milestones the list shows before "show more". */
const LIST_PAGE = 250;

interface Model {
  items: TimelineItem[];
  dated: TimelineItem[];
  phases: PhaseSpan[];
  planPhases: readonly Phase[];
  /** 1-based position of each dated item in date order (aria-posinset). */
  position: Map<string, number>;
  base: [number, number];
}

interface LaneView {
  lane: Lane;
  layout: LaneLayout;
  top: number;
  height: number;
}

function isGrouping(value: string | undefined): value is LaneGrouping {
  return value === 'none' || value === 'phase' || value === 'responsible' || value === 'node';
}

function parseNow(value: string | null): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A plan date attribute as UTC ms: its first day, or (`end`) the day after its last day. */
function planDateMs(value: string | undefined, end: boolean): number | undefined {
  if (!value || !parsePlanDate(value)) return undefined;
  return end ? planDateEnd(value).getTime() + DAY_MS : planDateStart(value).getTime();
}

/**
 * The milestone plan of a strategic plan on a time axis: phases as bands, each milestone as a marker (a date) or
 * a bar (a span), planned as an outline and actual as a fill so slippage shows, status as icon and text, overdue
 * milestones flagged against today. Zoom and pan the axis; a list view (grouped by month or quarter) is the text
 * equivalent and what narrow widgets show.
 *
 * @tagname planvis-milestone-timeline
 * @summary Milestones and phases on a time axis, planned against actual, with a list view.
 *
 * @fires {PlanvisSelectEvent} planvis-select - A milestone was chosen (click, Enter or Space): `{ kind: 'milestone', id, nodeId?, item }`; `nodeId` is the first node the milestone belongs to.
 * @fires {PlanvisLoadEvent} planvis-load - The plan loaded (from the base element).
 * @fires {PlanvisErrorEvent} planvis-error - The plan could not be loaded or read (from the base element).
 *
 * @csspart summary - The summary line ("14 milepælar, 12 utført, 1 forseinka").
 * @csspart toolbar - The zoom controls.
 * @csspart legend - The legend of the time line (planned, actual, today, statuses).
 * @csspart chart - The scrolling frame of the time line.
 * @csspart axis - The time axis (month/year tiers).
 * @csspart weeks - The ISO week row (with the `weeks` attribute).
 * @csspart phase - A phase band.
 * @csspart today - The line marking today.
 * @csspart lane - A lane (a group of milestones).
 * @csspart lane-label - The label of a lane.
 * @csspart milestone - A milestone on the time line (the option element).
 * @csspart planned - The planned span or date of a milestone (outline).
 * @csspart actual - The actual span or date of a milestone (fill).
 * @csspart milestone-label - The title beside a milestone.
 * @csspart overdue-flag - The "overdue" flag (icon and text).
 * @csspart bubble - A count bubble standing for milestones too dense to draw.
 * @csspart popover - The details panel shown on focus and hover.
 * @csspart list - The list view.
 * @csspart list-group - A month or quarter of the list view.
 * @csspart list-heading - The heading of a month or quarter.
 * @csspart list-item - A milestone in the list view.
 * @csspart list-title - The title button of a milestone in the list view.
 *
 * @cssprop [--planvis-milestone-timeline-planned-color=var(--planvis-color-text)] - Outline of planned spans and dates.
 * @cssprop [--planvis-milestone-timeline-actual-color=var(--planvis-color-accent)] - Fill of actual spans and dates, and count bubbles.
 * @cssprop [--planvis-milestone-timeline-overdue-color=var(--planvis-color-danger)] - Overdue outline and flag.
 * @cssprop [--planvis-milestone-timeline-today-color=var(--planvis-color-danger)] - The today line.
 * @cssprop [--planvis-milestone-timeline-grid-color=var(--planvis-color-border)] - Axis ticks, grid and lane borders.
 * @cssprop [--planvis-milestone-timeline-phase-background=color-mix(in srgb, var(--planvis-color-accent) 10%, transparent)] - Phase bands.
 * @cssprop [--planvis-milestone-timeline-lane-background=var(--planvis-color-surface)] - Lane labels.
 * @cssprop [--planvis-milestone-timeline-max-height=none] - Height limit of the chart; it scrolls vertically beyond it.
 */
export class PlanvisMilestoneTimeline extends PlanvisElement {
  static override styles = [PlanvisElement.styles, milestoneTimelineStyles];

  /** `timeline`, `list`, or `auto` (default): the list below `list-below` px of width (and always below 400 px). */
  @property({ reflect: true }) view: MilestoneTimelineView = 'auto';

  /** List view grouping: `month` (default) or `quarter`. */
  @property({ reflect: true }) group: ListGrouping = 'month';

  /** Lanes of the time line: `none` (default, one lane), `phase`, `responsible` or `node` (the first node a milestone belongs to). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: LaneGrouping = 'none';

  /** First day shown (a plan date: `2014`, `2014-03`, `2014-03-20`). Default: the start of the plan's milestones and phases. */
  @property({ reflect: true }) from: string | undefined;

  /** Last day shown (a plan date; "2014-05" shows all of May). Default: the end of the milestones and phases. */
  @property({ reflect: true }) to: string | undefined;

  /**
   * Show ISO 8601 week numbers (Monday-first) under the axis, and the weeks of day-precise dates in each
   * milestone's accessible name, details and list item ("20. mars 2014 (veke 12)").
   */
  @property({ type: Boolean, reflect: true }) weeks = false;

  /** "Today" for the today line and for "overdue". Default: the current date. Attribute: an ISO date. */
  @property({ attribute: 'now', converter: { fromAttribute: parseNow } }) now: Date | undefined;

  /** Id of the selected milestone (set by the user choosing one, or by the host). */
  @property({ reflect: true }) selected: string | undefined;

  /** With `view="auto"`: the width in px under which the list is shown (default 600). */
  @property({ type: Number, attribute: 'list-below' }) listBelow = 600;

  /** Rows of markers per lane before dense milestones are drawn as count bubbles (default 20). */
  @property({ type: Number, attribute: 'max-rows' }) maxRows = 20;

  /** Level of the list view's month/quarter headings (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private _width = 0;
  @state() private _domain: [number, number] | undefined;
  @state() private _activeId: string | undefined;
  @state() private _hoverId: string | undefined;
  @state() private _focusWithin = false;
  @state() private _dismissedId: string | undefined;
  @state() private _listLimit = LIST_PAGE;

  #resizeObserver: ResizeObserver | undefined;
  #resizeFrame = 0;
  #zoom: PanZoom | undefined;
  #zoomTarget: HTMLElement | undefined;
  #zoomBase: [number, number] | undefined;
  #zoomWidth = 0;
  #syncingZoom = false;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #modelKey: unknown[] = [];
  #model: Model | undefined;
  #lanesKey: unknown[] = [];
  #lanes: Lane[] = [];
  #layoutKey: unknown[] = [];
  #layouts: LaneLayout[] = [];
  #focusAfterRender: string | undefined;
  /** The view the last render showed (`undefined` before a plan with milestones was shown). */
  #renderedView: 'timeline' | 'list' | undefined;
  /** Last pointer position over the plot, and where it was when Escape dismissed the details. */
  #pointer: readonly [number, number] | undefined;
  #dismissedAt: readonly [number, number] | undefined;
  #onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.#popoverItemId !== undefined) {
      this._dismissedId = this.#popoverItemId;
      this.#dismissedAt = this.#pointer;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      // Next frame: re-rendering inside the observer callback would resize the host within the same
      // observation loop ("ResizeObserver loop completed with undelivered notifications").
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        if (width !== this._width) this._width = width;
      });
    });
    this.#resizeObserver.observe(this);
    document.addEventListener('keydown', this.#onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    cancelAnimationFrame(this.#resizeFrame);
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    this.#detachZoom();
    clearTimeout(this.#hideTimer);
  }

  /** Back to the range of `from`/`to` (or the whole plan). */
  resetZoom(): void {
    this.#zoom?.set(IDENTITY_TRANSFORM);
    this._domain = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate?.(changed);
    if (changed.has('from') || changed.has('to') || changed.has('plan') || changed.has('src')) {
      this._domain = undefined;
    }
    if (changed.has('groupBy') && !isGrouping(this.groupBy)) this.groupBy = 'none';
    // Measure once before the first render, so `view="auto"` does not start as a list and flip to the chart.
    if (this._width === 0 && this.isConnected) this._width = Math.floor(this.getBoundingClientRect().width);
    this.#keepFocusAcrossViews();
  }

  /**
   * The chart and the list are different elements, so switching between them (a `view="auto"` widget resized
   * across its threshold, or `view` set) removes whatever had focus, and focus would fall to the page (WCAG
   * 2.4.3). When focus is in the part that goes, the same milestone is focused in the new view after it renders
   * (or the view's tab stop, when that view does not show it: an undated milestone has no place on the chart).
   * The state that focusing it, and losing focus in the old view, would set is set here, before rendering: set
   * from their focus and focusout handlers during or after the render, it would cost a second update.
   */
  #keepFocusAcrossViews(): void {
    const before = this.#renderedView;
    const model = this.#model;
    const view = this.#effectiveView();
    if (before === undefined || view === before || !model) return;
    const focused = this.shadowRoot?.activeElement;
    // Not the skipped-items notice of the base element: it stays in either view.
    if (!focused || focused.closest('[part~="skipped"]')) return;
    const id = view === 'list' ? this.#listActiveId(model) : this.#activeItem(model)?.id;
    if (id === undefined) return;
    this._activeId = id;
    this._dismissedId = undefined;
    this._focusWithin = view === 'timeline';
    this.#focusAfterRender = id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated?.(changed);
    this.#syncZoom();
    if (this.#focusAfterRender !== undefined) {
      const id = this.#focusAfterRender;
      this.#focusAfterRender = undefined;
      this.renderRoot.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(id)}"]`)?.focus();
    }
  }

  // ---------------------------------------------------------------- model

  #now(): number {
    return this.now?.getTime() ?? Date.now();
  }

  #modelFor(ctx: PlanContext): Model {
    const now = this.#now();
    const key = [ctx.plan, ctx.node, startOfUtcDay(now), this.now?.getTime(), this.from, this.to];
    if (this.#model && key.every((k, i) => Object.is(k, this.#modelKey[i]))) return this.#model;
    let milestones: readonly Milestone[] = ctx.plan.milestones ?? [];
    if (ctx.node) {
      const scope = ctx.node.id;
      milestones = milestones.filter((m) => (m.nodes ?? []).some((id) => this.#within(ctx.index, id, scope)));
    }
    const items = timelineItems(milestones, now);
    const dated = items.filter(isDated);
    const phases = phaseSpans(ctx.plan.phases ?? [], items, now);
    const base = defaultDomain(
      dated,
      phases.filter((p) => !p.openEnd),
      now,
      planDateMs(this.from, false),
      planDateMs(this.to, true),
    );
    this.#modelKey = key;
    const position = new Map(dated.map((item, i) => [item.id, i + 1]));
    this.#model = { items, dated, phases, planPhases: ctx.plan.phases ?? [], position, base };
    return this.#model;
  }

  #within(index: PlanIndex, id: string, scope: string): boolean {
    if (id === scope) return true;
    return index.ancestors(id).some((a) => a.id === scope);
  }

  #lanesFor(ctx: PlanContext, model: Model): Lane[] {
    const key = [model, this.groupBy, this.i18n.lang];
    if (key.every((k, i) => Object.is(k, this.#lanesKey[i]))) return this.#lanes;
    const grouping = this.groupBy;
    let lanes: Lane[];
    if (grouping === 'phase') {
      const order = [...(ctx.plan.phases ?? [])]
        .map((p, i) => ({ p, i }))
        .sort((a, b) => (a.p.order ?? Infinity) - (b.p.order ?? Infinity) || a.i - b.i)
        .map(({ p }) => p.id);
      lanes = groupLanes(model.dated, (item) => item.milestone.phase, order);
    } else if (grouping === 'responsible') {
      lanes = groupLanes(model.dated, (item) =>
        item.milestone.responsible === undefined
          ? undefined
          : this.i18n.text(item.milestone.responsible).text,
      );
    } else if (grouping === 'node') {
      const order = ctx.plan.nodes.map((n) => n.id);
      lanes = groupLanes(model.dated, (item) => item.milestone.nodes?.[0], order);
    } else {
      lanes = [{ key: '', items: model.dated }];
    }
    this.#lanesKey = key;
    this.#lanes = lanes;
    return lanes;
  }

  #laneLabel(ctx: PlanContext, key: string): LocalizedText {
    if (this.groupBy === 'phase') {
      return key === ''
        ? this.i18n.t(`${NS}:noPhase`)
        : (ctx.plan.phases?.find((p) => p.id === key)?.title ?? key);
    }
    if (this.groupBy === 'responsible') return key === '' ? this.i18n.t(`${NS}:noResponsible`) : key;
    if (this.groupBy === 'node') {
      if (key === '') return this.i18n.t(`${NS}:noNode`);
      const node = ctx.index.nodesById.get(key);
      return node?.shortName ?? node?.title ?? key;
    }
    return this.i18n.t(`${NS}:milestones`);
  }

  #effectiveView(): 'timeline' | 'list' {
    if (this.view === 'timeline' || this.view === 'list') return this.view;
    const threshold = Math.max(this.listBelow, MIN_TIMELINE_WIDTH);
    return this._width > 0 && this._width >= threshold ? 'timeline' : 'list';
  }

  // ---------------------------------------------------------------- text helpers

  #statusLabel(item: TimelineItem): string {
    return this.i18n.t(`core:milestoneStatus.${item.status}`);
  }

  #rangeText(range: DateRange | undefined): string | undefined {
    if (!range || (range.start === undefined && range.end === undefined)) return undefined;
    if (range.start !== undefined && range.start === range.end) return this.i18n.formatDate(range.start);
    return this.i18n.formatDateRange(range);
  }

  /**
   * With `weeks`: the ISO weeks of a date range ("veke 9", "veke 2–5"), so the week numbers of the axis row (which
   * is drawn, not read) reach screen readers and the list too. Only for dates given to the day (a month has no one
   * week), and not for spans of a year or more, whose week numbers would repeat.
   */
  #weekText(range: DateRange | undefined): string | undefined {
    if (!this.weeks || !range) return undefined;
    const dates = [range.start, range.end].filter((d): d is string => d !== undefined);
    if (dates.length === 0 || dates.some((d) => parsePlanDate(d)?.precision !== 'day')) return undefined;
    const first = planDateStart(dates[0]!);
    const last = planDateStart(dates.at(-1)!);
    if (last.getTime() - first.getTime() >= 364 * DAY_MS) return undefined;
    const a = isoWeek(first);
    const b = isoWeek(last);
    return a.week === b.week && a.year === b.year
      ? this.i18n.t(`${NS}:weekNumber`, { week: a.week })
      : this.i18n.t(`${NS}:weekSpan`, { from: a.week, to: b.week });
  }

  /** A date range as text, with its ISO weeks when `weeks` is on: "20. mars 2014 (veke 12)". */
  #rangeWithWeeks(range: DateRange | undefined): string | undefined {
    const dates = this.#rangeText(range);
    const weeks = this.#weekText(range);
    // Parenthesised as the slip is ("… (3 dagar seinare enn planlagt)"): the same in all five languages.
    return dates && weeks ? `${dates} (${weeks})` : dates;
  }

  /**
   * What a marker's name says after its title (overdue, planned and actual dates, status), per item and UI
   * language: a date-range format and three interpolated strings per marker would otherwise run on every render
   * (a language switch re-renders every marker). An item is built anew whenever the plan, `node`, `now`, `from`
   * or `to` change (`#modelFor`), so its dates, status and overdue flag are fixed for its lifetime; the key
   * holds the language (and the overdue flag and status, to be safe). A language switched back to is still in.
   */
  #nameTails = new WeakMap<TimelineItem, Map<string, string>>();
  #nameLocales: readonly string[] | undefined;
  #nameLanguage = '';

  /** Title first, then "overdue": the visible label (title and flag) is the start of the name (WCAG 2.5.3). */
  #accessibleName(item: TimelineItem): string {
    const locales = this.i18n.locales;
    if (locales !== this.#nameLocales) {
      this.#nameLocales = locales;
      this.#nameLanguage = `${this.i18n.lang}|${locales.join(',')}`;
    }
    const key = `${this.#nameLanguage}|${item.status}|${item.overdue ? 'overdue' : ''}|${this.weeks ? 'weeks' : ''}`;
    let tails = this.#nameTails.get(item);
    if (!tails) this.#nameTails.set(item, (tails = new Map()));
    let tail = tails.get(key);
    if (tail === undefined) {
      const m = item.milestone;
      const parts: string[] = [];
      if (item.overdue) parts.push(this.i18n.t('core:overdue'));
      const planned = this.#rangeWithWeeks(m.planned);
      if (planned) parts.push(this.i18n.t(`${NS}:plannedDates`, { dates: planned }));
      const actual = this.#rangeWithWeeks(m.actual);
      if (actual) parts.push(this.i18n.t(`${NS}:actualDates`, { dates: actual }));
      parts.push(this.#statusLabel(item));
      tail = parts.join(', ');
      tails.set(key, tail);
    }
    // The title is picked afresh: which of its languages shows depends on the element's `lang` chain too.
    return `${this.i18n.text(item.milestone.title).text}, ${tail}`;
  }

  #summaryText(items: readonly TimelineItem[]): string {
    const s = summarize(items);
    const parts = [
      this.i18n.t(`${NS}:summary.milestones`, { count: s.total, n: this.i18n.formatNumber(s.total) }),
    ];
    if (s.done)
      parts.push(this.i18n.t(`${NS}:summary.done`, { count: s.done, n: this.i18n.formatNumber(s.done) }));
    if (s.inProgress)
      parts.push(
        this.i18n.t(`${NS}:summary.inProgress`, {
          count: s.inProgress,
          n: this.i18n.formatNumber(s.inProgress),
        }),
      );
    if (s.cancelled)
      parts.push(
        this.i18n.t(`${NS}:summary.cancelled`, {
          count: s.cancelled,
          n: this.i18n.formatNumber(s.cancelled),
        }),
      );
    if (s.overdue)
      parts.push(
        this.i18n.t(`${NS}:summary.overdue`, { count: s.overdue, n: this.i18n.formatNumber(s.overdue) }),
      );
    return this.i18n.formatList(parts, 'unit');
  }

  #tickLabel(time: number, unit: TickUnit, major: boolean): string {
    const date = new Date(time);
    if (major) {
      return unit === 'month'
        ? this.i18n.formatDate(date, { month: 'long', year: 'numeric', timeZone: 'UTC' })
        : this.i18n.formatDate(date, { year: 'numeric', timeZone: 'UTC' });
    }
    switch (unit) {
      case 'day':
        return this.i18n.formatDate(date, { day: 'numeric', timeZone: 'UTC' });
      case 'week':
        return this.i18n.formatDate(date, { day: 'numeric', month: 'short', timeZone: 'UTC' });
      case 'month':
        return this.i18n.formatDate(date, { month: 'short', timeZone: 'UTC' });
      case 'quarter':
        return this.i18n.t(`${NS}:quarterShort`, {
          quarter: Math.floor(date.getUTCMonth() / 3) + 1,
        });
      default:
        return this.i18n.formatDate(date, { year: 'numeric', timeZone: 'UTC' });
    }
  }

  #groupTitle(group: ListGroup): string {
    switch (group.kind) {
      case 'month':
        return this.i18n.formatDate(`${group.year}-${String(group.month).padStart(2, '0')}`);
      case 'quarter':
        return this.i18n.t(`${NS}:quarterLong`, { quarter: group.quarter, year: group.year });
      case 'year':
        return this.i18n.formatDate(String(group.year));
      default:
        return this.i18n.t(`${NS}:undated`);
    }
  }

  #statusContent(item: TimelineItem): TemplateResult {
    return html`<span class="status"
      ><span class="status-icon" aria-hidden="true">${statusIcon(item.status)}</span
      >${this.#statusLabel(item)}${
        item.overdue
          ? html` <span class="flag" part="overdue-flag"
              ><span class="status-icon" aria-hidden="true">${statusIcon('overdue')}</span
              >${this.i18n.t('core:overdue')}</span
            >`
          : nothing
      }</span
    >`;
  }

  // ---------------------------------------------------------------- render

  protected override renderPlan(ctx: PlanContext): TemplateResult {
    const model = this.#modelFor(ctx);
    const summary = html`<p class="summary" part="summary">${this.#summaryText(model.items)}</p>`;
    if (model.items.length === 0) {
      this.#renderedView = undefined;
      return html`${summary}
        <p class="empty">${this.i18n.t(`${NS}:empty`)}</p>`;
    }
    const view = this.#effectiveView();
    this.#renderedView = view;
    return view === 'list'
      ? html`${summary}${this.#renderList(ctx, model)}`
      : html`${summary}${this.#renderTimeline(ctx, model)}`;
  }

  // ---- list view

  /** The milestones the list can show: undated ones, and dated ones that overlap `from`–`to`. */
  #listInRange(model: Model): TimelineItem[] {
    const from = planDateMs(this.from, false);
    const to = planDateMs(this.to, true);
    return model.items.filter(
      (item) =>
        !isDated(item) || ((from === undefined || item.to > from) && (to === undefined || item.from < to)),
    );
  }

  /** The list's one tab stop: the active milestone if the list shows it, else its first. */
  #listActiveId(
    model: Model,
    shown = this.#listInRange(model).slice(0, this._listLimit),
  ): string | undefined {
    return shown.some((i) => i.id === this._activeId) ? this._activeId : shown[0]?.id;
  }

  #renderList(ctx: PlanContext, model: Model): TemplateResult {
    const inRange = this.#listInRange(model);
    const shown = inRange.slice(0, this._listLimit);
    const groups = listGroups(shown, this.group === 'quarter' ? 'quarter' : 'month');
    const activeId = this.#listActiveId(model, shown);
    const remaining = inRange.length - shown.length;
    return html`<div
        class="list"
        part="list"
        role="group"
        aria-label=${this.i18n.t(`${NS}:listLabel`)}
        @keydown=${this.#onListKeydown}
      >
        ${repeat(
          groups,
          (g) => g.key,
          (g, gi) =>
            html`<section class="list-group" part="list-group" aria-labelledby="lg-${gi}">
              <div
                class="list-heading"
                part="list-heading"
                role="heading"
                aria-level=${this.headingLevel}
                id="lg-${gi}"
              >
                ${this.#groupTitle(g)}
              </div>
              <ul class="items" role="list">
                ${repeat(
                  g.items,
                  (item) => item.id,
                  (item) => this.#renderListItem(ctx, item, item.id === activeId),
                )}
              </ul>
            </section>`,
        )}
      </div>
      ${
        remaining > 0
          ? html`<button type="button" class="more" @click=${() => (this._listLimit += LIST_PAGE)}>
              ${this.i18n.t(`${NS}:showMore`, { remaining: this.i18n.formatNumber(remaining) })}
            </button>`
          : nothing
      }`;
  }

  #renderDates(range: DateRange | undefined): TemplateResult | typeof nothing {
    if (!range) return nothing;
    const { start, end } = range;
    const time = (d: string) => html`<time datetime=${d}>${this.i18n.formatDate(d)}</time>`;
    if (start !== undefined && end !== undefined && start !== end) return html`${time(start)} – ${time(end)}`;
    if (start !== undefined && end === undefined) return html`${time(start)} –`;
    return time((end ?? start)!);
  }

  /** " (veke 12)" after a list item's dates, with `weeks`. */
  #weekSuffix(range: DateRange | undefined): string | typeof nothing {
    const weeks = this.#weekText(range);
    return weeks ? ` (${weeks})` : nothing;
  }

  #renderListItem(ctx: PlanContext, item: TimelineItem, active: boolean): TemplateResult {
    const m = item.milestone;
    const selected = this.selected === item.id;
    const phase = m.phase ? ctx.plan.phases?.find((p) => p.id === m.phase) : undefined;
    return html`<li
      class=${classMap({ item: true, [item.status]: true, overdue: item.overdue })}
      part="list-item"
      aria-current=${ifDefined(selected ? 'true' : undefined)}
    >
      <button
        type="button"
        class="item-title"
        part="list-title"
        data-focus-id=${item.id}
        tabindex=${active ? 0 : -1}
        @click=${() => this.#choose(item)}
        @focus=${() => (this._activeId = item.id)}
      >
        ${localizedText(this.i18n, m.title)}
      </button>
      ${this.#statusContent(item)}
      <dl>
        ${
          m.planned
            ? html`<dt>${this.i18n.t(`${NS}:planned`)}</dt>
                <dd>${this.#renderDates(m.planned)}${this.#weekSuffix(m.planned)}</dd>`
            : nothing
        }
        ${
          m.actual
            ? html`<dt>${this.i18n.t(`${NS}:actual`)}</dt>
                <dd>${this.#renderDates(m.actual)}${this.#weekSuffix(m.actual)}${this.#slipText(item)}</dd>`
            : nothing
        }
        ${this.#responsibleAndPhase(m, phase)}
      </dl>
    </li>`;
  }

  /**
   * The responsible, phase and illustrative rows of a milestone's details (the list view and the popover show
   * the same).
   */
  #responsibleAndPhase(milestone: Milestone, phase: Phase | undefined): TemplateResult {
    return html`${
      milestone.responsible !== undefined
        ? html`<dt>${this.i18n.t(`${NS}:responsible`)}</dt>
            <dd>${localizedText(this.i18n, milestone.responsible)}</dd>`
        : nothing
    }
    ${
      phase
        ? html`<dt>${this.i18n.t(`${NS}:phase`)}</dt>
            <dd>
              ${localizedText(this.i18n, phase.title)}${
                phase.illustrative ? ` (${this.i18n.t('core:illustrative')})` : nothing
              }
            </dd>`
        : nothing
    }
    ${
      milestone.illustrative
        ? html`<dt>${this.i18n.t('core:illustrative')}</dt>
            <dd>${this.i18n.t(`${NS}:illustrativeNote`)}</dd>`
        : nothing
    }`;
  }

  #slipText(item: TimelineItem): TemplateResult | typeof nothing {
    if (item.slipDays === undefined) return nothing;
    const text =
      item.slipDays > 0
        ? this.i18n.t(`${NS}:slipLate`, { count: item.slipDays })
        : item.slipDays < 0
          ? this.i18n.t(`${NS}:slipEarly`, { count: -item.slipDays })
          : this.i18n.t(`${NS}:onTime`);
    return html` (${text})`;
  }

  #onListKeydown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('item-title')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item-title')];
    const at = buttons.indexOf(target as HTMLButtonElement);
    let next = at;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(buttons.length - 1, at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    const button = buttons[next];
    if (button) {
      this._activeId = button.dataset.focusId;
      button.focus();
    }
  };

  // ---- timeline view

  #domain(model: Model): [number, number] {
    return this._domain ?? model.base;
  }

  #renderTimeline(ctx: PlanContext, model: Model): TemplateResult {
    const width = Math.max(this._width, 1);
    const domain = this.#domain(model);
    const scale = timeScale(domain, width);
    const x = (t: number) => scale(t);
    const lanes = this.#lanesFor(ctx, model);
    const active = this.#activeItem(model);
    const ticks = axisTicks(domain, width);
    const weeks = this.weeks ? weekTicks(domain, width) : [];
    const grouped = this.groupBy !== 'none';
    const labelWidth = (item: TimelineItem) =>
      // Icon + title (at most 220 px, then ellipsis) + the overdue flag: an estimate, no text measuring.
      Math.min(220, 7.2 * this.i18n.text(item.milestone.title).text.length) + 24 + (item.overdue ? 96 : 0);

    const layoutKey = [lanes, domain[0], domain[1], width, active?.id, this.maxRows, this.i18n.lang];
    if (!layoutKey.every((k, i) => Object.is(k, this.#layoutKey[i]))) {
      this.#layoutKey = layoutKey;
      const maxRows = Math.max(1, this.maxRows);
      // A budget of drawn markers over all lanes: when more milestones are visible, dense buckets turn into
      // count bubbles sooner, so many lanes of a big plan stay as light as one.
      const visible = lanes.reduce(
        (n, lane) => n + lane.items.filter((i) => i.from < domain[1] && i.to > domain[0]).length,
        0,
      );
      const buckets = lanes.length * Math.max(1, Math.ceil(width / BUCKET_WIDTH));
      const bucketLimit =
        visible > MARKER_BUDGET
          ? Math.max(1, Math.min(maxRows, Math.floor(MARKER_BUDGET / buckets)))
          : maxRows;
      this.#layouts = lanes.map((lane) =>
        layoutLane(lane, {
          domain,
          width,
          labelWidth,
          maxRows,
          bucketWidth: BUCKET_WIDTH,
          bucketLimit,
          ...(active && { keep: active.id }),
        }),
      );
    }
    const laneViews: LaneView[] = [];
    let top = 0;
    for (const [i, lane] of lanes.entries()) {
      const layout = this.#layouts[i]!;
      const height =
        (grouped ? LANE_HEADER : 0) + layout.rows * ROW + (layout.bubbles.length ? BUBBLE_ROW : 0) + LANE_PAD;
      laneViews.push({ lane, layout, top, height });
      top += height;
    }
    const visibleCount = laneViews.reduce((n, l) => n + l.layout.visible, 0);
    const axisHeight = AXIS_ROW * (ticks.major.length ? 2 : 1);
    const weeksHeight = weeks.length ? AXIS_ROW : 0;
    const phaseRows = model.phases.reduce((n, p) => Math.max(n, p.row + 1), 0);
    const phasesHeight = phaseRows * PHASE_ROW;
    const headerHeight = axisHeight + weeksHeight + phasesHeight;
    const zoomed = this._domain !== undefined;
    const nowMs = this.#now();
    const todayX = x(nowMs);
    const showToday = nowMs >= domain[0] && nowMs <= domain[1];
    const popover = this.#popoverFor(model, laneViews, headerHeight);

    return html`
      ${this.#renderLegend(model)}
      <div
        class="toolbar"
        part="toolbar"
        role="toolbar"
        aria-label=${this.i18n.t(`${NS}:toolbar`)}
        @keydown=${this.#onToolbarKeydown}
      >
        <button type="button" data-tool="out" tabindex="0" @click=${() => this.#zoomBy(1 / 2)}>
          <span aria-hidden="true">−</span> ${this.i18n.t(`${NS}:zoomOut`)}
        </button>
        <button type="button" data-tool="in" tabindex="-1" @click=${() => this.#zoomBy(2)}>
          <span aria-hidden="true">+</span> ${this.i18n.t(`${NS}:zoomIn`)}
        </button>
        <button
          type="button"
          data-tool="reset"
          tabindex="-1"
          aria-disabled=${zoomed ? 'false' : 'true'}
          @click=${() => zoomed && this.resetZoom()}
        >
          ${this.i18n.t(`${NS}:resetZoom`)}
        </button>
      </div>
      <div class="chart" part="chart">
        <div
          class="plot"
          @pointermove=${(e: PointerEvent) => (this.#pointer = [e.clientX, e.clientY])}
          ${cssProps({ blockSize: `${headerHeight + Math.max(top, ROW)}px` })}
        >
          ${this.#renderGrid(
            ticks.minor.map((t) => t.x),
            model,
            x,
            headerHeight,
            top,
          )}
          <div class="axis" part="axis" aria-hidden="true" ${cssProps({ blockSize: `${axisHeight}px` })}>
            ${ticks.major.map((t, i) => {
              const left = Math.max(0, t.x);
              const next = ticks.major[i + 1]?.x ?? width;
              return html`<span
                class="major"
                ${cssProps({ insetInlineStart: `${left}px`, inlineSize: `${Math.max(0, next - left)}px`, blockSize: `${AXIS_ROW}px` })}
                >${this.#tickLabel(t.time, t.unit, true)}</span
              >`;
            })}
            ${ticks.minor.map((t, i) => {
              const next = ticks.minor[i + 1]?.x ?? width;
              return html`<span
                class="tick"
                ${cssProps({ insetInlineStart: `${t.x}px`, inlineSize: `${Math.max(0, next - t.x)}px`, insetBlockStart: `${axisHeight - AXIS_ROW}px` })}
                >${this.#tickLabel(t.time, t.unit, false)}</span
              >`;
            })}
          </div>
          ${
            weeks.length
              ? html`<div
                  class="weeks"
                  part="weeks"
                  aria-hidden="true"
                  ${cssProps({ blockSize: `${AXIS_ROW}px` })}
                >
                  ${weeks.map(
                    (w) =>
                      html`<span
                        class="week"
                        title=${this.i18n.t(`${NS}:weekLong`, { week: w.week, year: w.year })}
                        ${cssProps({ insetInlineStart: `${w.x}px`, inlineSize: `${w.width}px` })}
                        >${w.labelled ? this.i18n.t(`${NS}:weekShort`, { week: w.week }) : ''}</span
                      >`,
                  )}
                </div>`
              : nothing
          }
          ${
            model.phases.length
              ? html`<div class="phases" aria-hidden="true" ${cssProps({ blockSize: `${phasesHeight}px` })}>
                  ${model.phases.map((p) => {
                    const left = Math.max(0, x(p.from));
                    const right = Math.min(width, x(p.to));
                    if (right <= 0 || left >= width) return nothing;
                    return html`<span
                      class=${classMap({ phase: true, 'open-end': p.openEnd })}
                      part="phase"
                      ${cssProps({
                        insetInlineStart: `${left}px`,
                        inlineSize: `${Math.max(2, right - left)}px`,
                        insetBlockStart: `${p.row * PHASE_ROW + 3}px`,
                        blockSize: `${PHASE_ROW - 6}px`,
                      })}
                      >${localizedText(this.i18n, p.phase.title)}</span
                    >`;
                  })}
                </div>`
              : nothing
          }
          ${
            showToday
              ? html`<div
                    class="today"
                    part="today"
                    aria-hidden="true"
                    ${cssProps({ insetInlineStart: `${todayX}px` })}
                  ></div>
                  <span
                    class="today-label"
                    aria-hidden="true"
                    ${cssProps({ insetInlineStart: `${Math.min(todayX, width - 48)}px` })}
                    >${this.i18n.t('core:today')}</span
                  >`
              : nothing
          }
          ${
            visibleCount === 0
              ? html`<p
                  class="empty-range"
                  ${cssProps({ position: 'absolute', insetBlockStart: `${headerHeight}px` })}
                >
                  ${this.i18n.t(`${NS}:emptyRange`)}
                </p>`
              : nothing
          }
          <div
            role="listbox"
            aria-label=${this.i18n.t(`${NS}:milestones`)}
            aria-orientation="horizontal"
            aria-describedby="mt-hint"
            ${cssProps({ blockSize: `${top}px` })}
            @keydown=${(e: KeyboardEvent) => this.#onChartKeydown(e, model)}
            @focusin=${() => (this._focusWithin = true)}
            @focusout=${(e: FocusEvent) => {
              if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null))
                this._focusWithin = false;
            }}
          >
            ${laneViews.map((lv) => this.#renderLane(ctx, lv, model, active, grouped))}
          </div>
          ${popover}
        </div>
      </div>
      <span id="mt-hint" class="visually-hidden">${this.i18n.t(`${NS}:keyboardHint`)}</span>
    `;
  }

  #renderGrid(
    xs: number[],
    model: Model,
    x: (t: number) => number,
    headerHeight: number,
    lanesHeight: number,
  ): TemplateResult {
    const style = { insetBlockStart: `${headerHeight}px`, blockSize: `${lanesHeight}px` };
    return html`<div aria-hidden="true">
      ${model.phases.map((p, i) =>
        i % 2 === 0
          ? html`<span
              class="phase-shade"
              ${cssProps({ ...style, insetInlineStart: `${x(p.from)}px`, inlineSize: `${Math.max(0, x(p.to) - x(p.from))}px` })}
            ></span>`
          : nothing,
      )}
      ${xs.map((gx) => html`<span class="gridline" ${cssProps({ ...style, insetInlineStart: `${gx}px` })}></span>`)}
    </div>`;
  }

  #renderLegend(model: Model): TemplateResult {
    const statuses = [...new Set(model.items.map((i) => i.status))];
    const overdue = model.items.some((i) => i.overdue);
    return html`<ul class="legend" part="legend">
      <li><span class="swatch planned" aria-hidden="true"></span>${this.i18n.t(`${NS}:legendPlanned`)}</li>
      <li><span class="swatch actual" aria-hidden="true"></span>${this.i18n.t(`${NS}:legendActual`)}</li>
      <li><span class="swatch today-swatch" aria-hidden="true"></span>${this.i18n.t('core:today')}</li>
      ${statuses.map(
        (s) =>
          html`<li>
            <span class="status-icon" aria-hidden="true">${statusIcon(s)}</span
            >${this.i18n.t(`core:milestoneStatus.${s}`)}
          </li>`,
      )}
      ${
        overdue
          ? html`<li>
              <span class="flag"
                ><span class="status-icon" aria-hidden="true">${statusIcon('overdue')}</span
                >${this.i18n.t('core:overdue')}</span
              >
            </li>`
          : nothing
      }
    </ul>`;
  }

  #renderLane(
    ctx: PlanContext,
    lv: LaneView,
    model: Model,
    active: TimelineItem | undefined,
    grouped: boolean,
  ): TemplateResult {
    const label = this.#laneLabel(ctx, lv.lane.key);
    const labelText = typeof label === 'string' ? label : this.i18n.text(label).text;
    const rowsTop = grouped ? LANE_HEADER : 0;
    const markers = html`${repeat(
      lv.layout.markers,
      (m) => m.item.id,
      (m) => this.#renderMarker(m, rowsTop, model, active),
    )}
    ${lv.layout.bubbles.map(
      (b) =>
        html`<span
          class="bubble"
          part="bubble"
          aria-hidden="true"
          title=${this.i18n.t(`${NS}:bubble`, { count: b.count, n: this.i18n.formatNumber(b.count) })}
          ${cssProps({ insetInlineStart: `${b.x}px`, insetBlockStart: `${rowsTop + lv.layout.rows * ROW + 3}px` })}
          @click=${() => this.#zoomTo(b.from, b.to)}
          >${this.i18n.formatNumber(b.count)}</span
        >`,
    )}`;
    return html`<div
      class="lane"
      part="lane"
      role="group"
      aria-label=${labelText}
      ${cssProps({ blockSize: `${lv.height}px`, containIntrinsicSize: `auto ${lv.height}px` })}
    >
      ${
        grouped
          ? html`<span class="lane-label" part="lane-label" aria-hidden="true"
              >${localizedText(this.i18n, label)}</span
            >`
          : nothing
      }
      ${markers}
    </div>`;
  }

  #renderMarker(
    m: MarkerLayout,
    rowsTop: number,
    model: Model,
    active: TimelineItem | undefined,
  ): TemplateResult {
    const item = m.item;
    const width = m.x1 - m.x0;
    const isActive = item.id === active?.id;
    const rel = (v: number) => v - m.x0;
    const hovered = this._hoverId === item.id;
    const describedBy = this.#popoverItemId === item.id ? 'mt-details' : undefined;
    const span = (
      kind: 'planned' | 'actual',
      range: readonly [number, number] | undefined,
      at: number | undefined,
    ) => {
      if (!range) return nothing;
      const open = kind === 'actual' && item.actual?.open;
      if (at !== undefined) {
        return html`${
            range[1] - range[0] > 6
              ? html`<span
                  class="precision"
                  ${cssProps({ insetInlineStart: `${rel(range[0])}px`, inlineSize: `${range[1] - range[0]}px` })}
                ></span>`
              : nothing
          }<span
            class="diamond ${kind}"
            part=${kind}
            ${cssProps({ insetInlineStart: `${rel(at)}px` })}
          ></span>`;
      }
      return html`<span
        class=${classMap({ bar: true, [kind]: true, open: !!open })}
        part=${kind}
        ${cssProps({ insetInlineStart: `${rel(range[0])}px`, inlineSize: `${Math.max(2, range[1] - range[0])}px` })}
      ></span>`;
    };
    return html`<div
      role="option"
      id="mt-opt-${item.index}"
      class=${classMap({
        marker: true,
        [item.status]: true,
        overdue: item.overdue,
        // No title beside it (a dense region): a status glyph on its corner instead (CSS only, no extra nodes).
        compact: !m.label,
        selected: this.selected === item.id,
        hovered,
      })}
      part="milestone"
      data-focus-id=${item.id}
      tabindex=${isActive ? 0 : -1}
      aria-selected=${this.selected === item.id ? 'true' : 'false'}
      aria-label=${this.#accessibleName(item)}
      aria-posinset=${model.position.get(item.id) ?? 0}
      aria-setsize=${model.dated.length}
      aria-describedby=${ifDefined(describedBy)}
      ${cssProps({ insetInlineStart: `${m.x0}px`, insetBlockStart: `${rowsTop + m.row * ROW + 4}px`, inlineSize: `${width}px` })}
      @click=${() => this.#choose(item)}
      @focus=${() => {
        this._activeId = item.id;
        this._dismissedId = undefined;
      }}
      @pointerenter=${(e: PointerEvent) => this.#hover(item.id, e)}
      @pointerleave=${() => this.#unhover()}
    >
      ${span('planned', m.planned, m.plannedAt)} ${span('actual', m.actual, m.actualAt)}
      ${
        m.label || isActive || hovered
          ? html`<span
              class=${classMap({ label: true, 'focus-only': !m.label, start: !!m.labelStart })}
              part="milestone-label"
              aria-hidden="true"
              ><span class="status-icon">${statusIcon(item.status)}</span
              ><span class="title">${this.i18n.text(item.milestone.title).text}</span>${
                item.overdue
                  ? html`<span class="flag" part="overdue-flag"
                      ><span class="status-icon">${statusIcon('overdue')}</span
                      >${this.i18n.t('core:overdue')}</span
                    >`
                  : nothing
              }</span
            >`
          : nothing
      }
    </div>`;
  }

  // ---- details popover

  get #popoverItemId(): string | undefined {
    const id = this._hoverId ?? (this._focusWithin ? this._activeId : undefined);
    return id !== undefined && id !== this._dismissedId ? id : undefined;
  }

  #popoverFor(model: Model, laneViews: LaneView[], headerHeight: number): TemplateResult {
    const id = this.#popoverItemId;
    let found: { m: MarkerLayout; lv: LaneView } | undefined;
    if (id !== undefined) {
      for (const lv of laneViews) {
        const m = lv.layout.markers.find((mk) => mk.item.id === id);
        if (m) {
          found = { m, lv };
          break;
        }
      }
    }
    if (!found) return html`<div class="popover" part="popover" role="tooltip" id="mt-details" hidden></div>`;
    const { m, lv } = found;
    const item = m.item;
    const ms = item.milestone;
    const grouped = this.groupBy !== 'none';
    // Below the marker's row (24 px marker + 4 px gap), inside the plot.
    const top = headerHeight + lv.top + (grouped ? LANE_HEADER : 0) + m.row * ROW + 4 + 28;
    const width = Math.max(this._width, 1);
    const left = Math.max(4, Math.min(m.x0, width - Math.min(352, width - 8) - 4));
    const planned = this.#rangeWithWeeks(ms.planned);
    const actual = this.#rangeWithWeeks(ms.actual);
    const phase = ms.phase ? model.planPhases.find((p) => p.id === ms.phase) : undefined;
    return html`<div
      class="popover"
      part="popover"
      role="tooltip"
      id="mt-details"
      ${cssProps({ insetInlineStart: `${left}px`, insetBlockStart: `${top}px` })}
      @pointerenter=${() => clearTimeout(this.#hideTimer)}
      @pointerleave=${() => this.#unhover()}
    >
      <p class="pop-title">${localizedText(this.i18n, ms.title)}</p>
      <dl>
        ${
          planned
            ? html`<dt>${this.i18n.t(`${NS}:planned`)}</dt>
                <dd>${planned}</dd>`
            : nothing
        }
        ${
          actual
            ? html`<dt>${this.i18n.t(`${NS}:actual`)}</dt>
                <dd>${actual}${this.#slipText(item)}</dd>`
            : nothing
        }
        <dt>${this.i18n.t(`${NS}:status`)}</dt>
        <dd>${this.#statusContent(item)}</dd>
        ${this.#responsibleAndPhase(ms, phase)}
      </dl>
      ${ms.description !== undefined ? html`<p>${localizedText(this.i18n, ms.description)}</p>` : nothing}
      ${
        ms.comment !== undefined
          ? html`<p><span>${this.i18n.t(`${NS}:comment`)}:</span> ${localizedText(this.i18n, ms.comment)}</p>`
          : nothing
      }
    </div>`;
  }

  #hover(id: string, event: PointerEvent): void {
    // Closing the panel may uncover another marker under a pointer that has not moved: that is no new hover.
    const at = this.#dismissedAt;
    if (at && Math.abs(event.clientX - at[0]) + Math.abs(event.clientY - at[1]) < 4) return;
    this.#dismissedAt = undefined;
    clearTimeout(this.#hideTimer);
    if (this._hoverId !== id) this._dismissedId = undefined;
    this._hoverId = id;
  }

  #unhover(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => (this._hoverId = undefined), 300);
  }

  // ---- keyboard, selection, zoom

  #activeItem(model: Model): TimelineItem | undefined {
    const found = this._activeId !== undefined ? model.dated.find((i) => i.id === this._activeId) : undefined;
    if (found) return found;
    const [d0, d1] = this.#domain(model);
    return model.dated.find((i) => i.from < d1 && i.to > d0) ?? model.dated[0];
  }

  #choose(item: TimelineItem): void {
    this._activeId = item.id;
    this.selected = item.id;
    const nodeId = item.milestone.nodes?.[0];
    this.select({
      kind: 'milestone',
      id: item.id,
      ...(nodeId !== undefined && { nodeId }),
      item: item.milestone,
    });
  }

  #onChartKeydown(event: KeyboardEvent, model: Model): void {
    const items = model.dated;
    const active = this.#activeItem(model);
    if (!active || items.length === 0) return;
    const at = items.indexOf(active);
    let next: TimelineItem | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = items[Math.min(items.length - 1, at + 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = items[Math.max(0, at - 1)];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items[items.length - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#choose(active);
        return;
      case 'Escape':
        this._dismissedId = active.id;
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.#zoomBy(2, active);
        return;
      case '-':
        event.preventDefault();
        this.#zoomBy(1 / 2, active);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (!next) return;
    this._activeId = next.id;
    this._dismissedId = undefined;
    this.#reveal(next, model);
    this.#focusAfterRender = next.id;
  }

  #onToolbarKeydown = (event: KeyboardEvent) => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.toolbar button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    let next = at;
    if (event.key === 'ArrowRight') next = (at + 1) % buttons.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    buttons.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  };

  /** Pans (keeping the zoom) so that an item is in view. */
  #reveal(item: TimelineItem, model: Model): void {
    const [d0, d1] = this.#domain(model);
    const span = d1 - d0;
    if (item.from >= d0 && item.to <= d1) return;
    if (item.to - item.from < span && item.from >= d0 && item.from < d1) return;
    const start = item.from - span * 0.1;
    this.#zoomTo(start, start + span, true);
  }

  #zoomBy(factor: number, around?: TimelineItem): void {
    const model = this.#model;
    if (!model) return;
    const [d0, d1] = this.#domain(model);
    const centre = around ? (around.from + around.to) / 2 : (d0 + d1) / 2;
    const span = (d1 - d0) / factor;
    this.#zoomTo(centre - span / 2, centre + span / 2, true);
  }

  /** Shows [from, to] (UTC ms). `exact` keeps the span; otherwise it is padded a little. */
  #zoomTo(from: number, to: number, exact = false): void {
    const model = this.#model;
    if (!model) return;
    let a = from;
    let b = to;
    if (!exact) {
      const pad = Math.max(DAY_MS, (b - a) * 0.1);
      a -= pad;
      b += pad;
    }
    const minSpan = 7 * DAY_MS;
    if (b - a < minSpan) {
      const mid = (a + b) / 2;
      a = mid - minSpan / 2;
      b = mid + minSpan / 2;
    }
    if (this.#zoom && this.#zoomBase) {
      this.#zoom.set(domainTransform(this.#zoomBase, [a, b], Math.max(this._width, 1)));
    } else {
      this._domain = [a, b];
    }
  }

  #detachZoom(): void {
    this.#zoom?.destroy();
    this.#zoom = undefined;
    this.#zoomTarget = undefined;
    this.#zoomBase = undefined;
  }

  /** Binds pan and zoom to the plot and keeps its transform in step with the base domain and the width. */
  #syncZoom(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot') ?? undefined;
    const model = this.#model;
    if (!plot || !model) {
      if (this.#zoomTarget) this.#detachZoom();
      return;
    }
    const width = Math.max(this._width, 1);
    const baseChanged = this.#zoomBase !== model.base;
    if (plot !== this.#zoomTarget) {
      this.#detachZoom();
      this.#zoomTarget = plot;
      this.#zoom = new PanZoom(plot, {
        // Double click zooms in, except on a marker (that opens its details).
        accept: (event) => event.type !== 'dblclick' || !(event.target as Element).closest('.marker'),
        doubleClickZoom: true,
        // Let the page scroll vertically over the chart on touch screens.
        touchAction: 'pan-y',
        onChange: (t) => {
          if (this.#syncingZoom || !this.#zoomBase) return;
          this._domain =
            t.k === 1 && t.x === 0 ? undefined : transformDomain(this.#zoomBase, t, Math.max(this._width, 1));
        },
      });
    }
    const span = model.base[1] - model.base[0];
    this.#zoom!.scaleExtent = [0.25, Math.max(1, span / (7 * DAY_MS))];
    if (baseChanged || width !== this.#zoomWidth) {
      this.#zoomBase = model.base;
      this.#zoomWidth = width;
      const domain = this._domain;
      this.#syncingZoom = true;
      this.#zoom!.set(domain ? domainTransform(model.base, domain, width) : IDENTITY_TRANSFORM);
      this.#syncingZoom = false;
    }
  }
}
