import { css } from 'lit';

/**
 * Styles of <planvis-milestone-timeline>. Public custom properties are documented on the element class; the
 * private `--_planvis-…` ones are set here only.
 */
export const milestoneTimelineStyles = css`
  :host {
    --_planvis-mt-planned: var(
      --planvis-milestone-timeline-planned-color,
      var(--planvis-color-text, #1a1c1e)
    );
    --_planvis-mt-actual: var(
      --planvis-milestone-timeline-actual-color,
      var(--planvis-color-accent, #0b5cad)
    );
    --_planvis-mt-overdue: var(
      --planvis-milestone-timeline-overdue-color,
      var(--planvis-color-danger, #b3261e)
    );
    --_planvis-mt-today: var(--planvis-milestone-timeline-today-color, var(--planvis-color-danger, #b3261e));
    --_planvis-mt-grid: var(--planvis-milestone-timeline-grid-color, var(--planvis-color-border, #8a8f98));
    --_planvis-mt-phase-bg: var(
      --planvis-milestone-timeline-phase-background,
      color-mix(in srgb, var(--planvis-color-accent, #0b5cad) 10%, transparent)
    );
    --_planvis-mt-lane-bg: var(
      --planvis-milestone-timeline-lane-background,
      var(--planvis-color-surface, #f3f4f6)
    );
    --_planvis-mt-max-height: var(--planvis-milestone-timeline-max-height, none);
    display: block;
    container-type: inline-size;
  }

  .summary {
    margin-block: 0 var(--planvis-space-2, 0.5rem);
    font-weight: 600;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--planvis-space-1, 0.25rem);
    margin-block-end: var(--planvis-space-2, 0.5rem);
  }
  .toolbar button,
  .more {
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding-inline: var(--planvis-space-2, 0.5rem);
    font: inherit;
    font-size: var(--planvis-font-size-sm, 0.875rem);
    color: var(--planvis-color-text, #1a1c1e);
    background: var(--planvis-color-bg, #fff);
    border: 1px solid var(--planvis-color-border, #8a8f98);
    border-radius: var(--planvis-radius, 4px);
    cursor: pointer;
  }
  .toolbar button[aria-disabled='true'] {
    color: var(--planvis-color-muted, #5f6368);
    cursor: default;
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-4, 1rem);
    margin: 0 0 var(--planvis-space-2, 0.5rem);
    padding: 0;
    list-style: none;
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--planvis-space-1, 0.25rem);
  }
  .swatch {
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 0.75rem;
    box-sizing: border-box;
  }
  .swatch.planned {
    border: 2px solid var(--_planvis-mt-planned);
  }
  .swatch.actual {
    background: var(--_planvis-mt-actual);
  }
  .swatch.today-swatch {
    inline-size: 2px;
    block-size: 1rem;
    background: var(--_planvis-mt-today);
  }

  /* Chart */
  .chart {
    position: relative;
    max-block-size: var(--_planvis-mt-max-height);
    overflow-y: auto;
    overflow-x: hidden;
    border: 1px solid var(--planvis-color-border, #8a8f98);
    border-radius: var(--planvis-radius, 4px);
    background: var(--planvis-color-bg, #fff);
  }
  .plot {
    position: relative;
    overflow: hidden;
    cursor: grab;
    touch-action: pan-y;
  }
  .plot:active {
    cursor: grabbing;
  }
  .axis,
  .weeks,
  .phases {
    position: relative;
    border-block-end: 1px solid var(--_planvis-mt-grid);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    white-space: nowrap;
  }
  .tick,
  .major,
  .week {
    position: absolute;
    inset-block: 0;
    padding-inline-start: 3px;
    border-inline-start: 1px solid var(--_planvis-mt-grid);
    line-height: 20px;
    overflow: hidden;
  }
  .major {
    font-weight: 600;
    background: var(--planvis-color-bg, #fff);
  }
  .week {
    color: var(--planvis-color-muted, #5f6368);
    font-size: 0.75rem;
  }
  .gridline {
    position: absolute;
    inset-block: 0;
    inline-size: 0;
    border-inline-start: 1px dotted var(--_planvis-mt-grid);
    pointer-events: none;
  }
  .phase {
    position: absolute;
    box-sizing: border-box;
    padding-inline: var(--planvis-space-1, 0.25rem);
    line-height: 20px;
    overflow: hidden;
    text-overflow: ellipsis;
    background: var(--_planvis-mt-phase-bg);
    border: 1px solid var(--_planvis-mt-grid);
    border-radius: var(--planvis-radius, 4px);
  }
  .phase.open-end {
    border-inline-end-style: dashed;
  }
  .phase-shade {
    position: absolute;
    inset-block: 0;
    background: var(--_planvis-mt-phase-bg);
    opacity: 0.5;
    pointer-events: none;
  }
  .today {
    position: absolute;
    inset-block: 0;
    inline-size: 0;
    border-inline-start: 2px solid var(--_planvis-mt-today);
    pointer-events: none;
  }
  .today-label {
    position: absolute;
    inset-block-start: 0;
    padding-inline: 3px;
    font-size: 0.75rem;
    line-height: 20px;
    color: var(--planvis-color-bg, #fff);
    background: var(--_planvis-mt-today);
    border-radius: 0 0 var(--planvis-radius, 4px) 0;
    white-space: nowrap;
    pointer-events: none;
  }

  [role='listbox'] {
    position: relative;
  }
  [role='listbox']:focus-visible {
    outline: none;
  }
  .lane {
    position: relative;
    border-block-end: 1px solid var(--_planvis-mt-grid);
    content-visibility: auto;
  }
  .lane-label {
    position: sticky;
    inset-inline-start: 0;
    display: block;
    padding-inline: var(--planvis-space-2, 0.5rem);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    font-weight: 600;
    line-height: 24px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    background: var(--_planvis-mt-lane-bg);
  }
  .empty-range {
    padding: var(--planvis-space-3, 0.75rem);
    color: var(--planvis-color-muted, #5f6368);
  }

  .marker {
    position: absolute;
    block-size: 24px;
    box-sizing: border-box;
    cursor: pointer;
    border-radius: 2px;
  }
  .marker:focus-visible,
  .marker.hovered {
    outline: var(--planvis-focus-ring, 3px solid var(--planvis-color-focus, #0b5cad));
    outline-offset: 2px;
    z-index: 2;
  }
  .marker:focus-visible .label,
  .marker.hovered .label {
    z-index: 1;
    background: var(--planvis-color-bg, #fff);
  }
  .marker:focus-visible .label .title,
  .marker.hovered .label .title {
    max-inline-size: none;
  }
  .bar {
    position: absolute;
    box-sizing: border-box;
  }
  .bar.planned {
    inset-block: 2px;
    border: 2px solid var(--_planvis-mt-planned);
    border-radius: 2px;
  }
  .bar.actual {
    inset-block: 7px;
    min-inline-size: 2px;
    background: var(--_planvis-mt-actual);
  }
  .bar.open {
    background: repeating-linear-gradient(90deg, var(--_planvis-mt-actual) 0 6px, transparent 6px 9px);
  }
  .precision {
    position: absolute;
    inset-block: 10px;
    box-sizing: border-box;
    border-block: 1px dashed var(--_planvis-mt-planned);
    opacity: 0.7;
  }
  .diamond {
    position: absolute;
    inset-block-start: 4px;
    inline-size: 16px;
    block-size: 16px;
    box-sizing: border-box;
    margin-inline-start: -8px;
    transform: rotate(45deg) scale(0.8);
  }
  .diamond.planned {
    border: 2px solid var(--_planvis-mt-planned);
    background: var(--planvis-color-bg, #fff);
  }
  .diamond.actual {
    transform: rotate(45deg) scale(0.55);
    background: var(--_planvis-mt-actual);
    border: 2px solid var(--_planvis-mt-actual);
  }
  .overdue .bar.planned,
  .overdue .diamond.planned {
    border-color: var(--_planvis-mt-overdue);
    border-style: dashed;
  }
  .cancelled .bar.planned,
  .cancelled .diamond.planned {
    border-style: dotted;
  }
  /*
   * A marker without a title beside it (a dense region) carries a status glyph on its corner, drawn like the
   * legend's icons: ring (planned), half-filled ring (in progress), disc with a tick (done), ring with a cross
   * (cancelled), triangle with "!" (overdue). A pseudo-element, so a 10,000-milestone plan gets no extra nodes;
   * its content has empty alt text, and the marker's accessible name says the status anyway.
   */
  .marker.compact::after {
    --_planvis-mt-glyph: var(--planvis-color-status-planned, #555e69);
    content: '';
    content: '' / '';
    position: absolute;
    inset-block-start: -4px;
    inset-inline-end: -5px;
    display: grid;
    place-items: center;
    inline-size: 12px;
    block-size: 12px;
    box-sizing: border-box;
    font-size: 8px;
    font-weight: 700;
    line-height: 1;
    color: var(--_planvis-mt-glyph);
    background: var(--planvis-color-bg, #fff);
    border: 2px solid var(--_planvis-mt-glyph);
    border-radius: 50%;
    pointer-events: none;
  }
  .marker.compact.in-progress::after {
    --_planvis-mt-glyph: var(--planvis-color-status-in-progress, #9c4f0a);
    background: linear-gradient(to right, var(--planvis-color-bg, #fff) 50%, var(--_planvis-mt-glyph) 50%);
  }
  .marker.compact.done::after {
    --_planvis-mt-glyph: var(--planvis-color-status-done, #1d7438);
    content: '✓';
    content: '✓' / '';
    color: var(--planvis-color-bg, #fff);
    background: var(--_planvis-mt-glyph);
  }
  .marker.compact.cancelled::after {
    --_planvis-mt-glyph: var(--planvis-color-status-cancelled, #a8312a);
    content: '✕';
    content: '✕' / '';
  }
  .marker.compact.overdue::after {
    --_planvis-mt-glyph: var(--planvis-color-status-overdue, #b3261e);
    content: '!';
    content: '!' / '';
    padding-block-start: 3px;
    color: var(--planvis-color-bg, #fff);
    background: var(--_planvis-mt-glyph);
    border-radius: 0;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .label {
    position: absolute;
    inset-inline-start: calc(100% + 4px);
    inset-block-start: 0;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding-inline-end: 2px;
    line-height: 24px;
    font-size: var(--planvis-font-size-sm, 0.875rem);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .label.start {
    inset-inline-start: auto;
    inset-inline-end: calc(100% + 4px);
  }
  .label.focus-only {
    display: none;
  }
  .marker:focus-visible .label.focus-only,
  .marker.hovered .label.focus-only {
    display: inline-flex;
  }
  .label .title {
    max-inline-size: 220px;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .status-icon {
    display: inline-flex;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .status-icon svg {
    inline-size: 100%;
    block-size: 100%;
  }
  .flag {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    flex: none;
    padding-inline: 4px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.4;
    color: var(--_planvis-mt-overdue);
    border: 1px solid currentColor;
    border-radius: var(--planvis-radius, 4px);
  }
  .bubble {
    position: absolute;
    display: grid;
    place-items: center;
    min-inline-size: 24px;
    block-size: 24px;
    box-sizing: border-box;
    padding-inline: 4px;
    margin-inline-start: -12px;
    font-size: 0.75rem;
    font-weight: 700;
    color: var(--planvis-color-accent-contrast, #fff);
    background: var(--_planvis-mt-actual);
    border-radius: 12px;
    cursor: zoom-in;
  }

  /* Details popover */
  .popover {
    position: absolute;
    z-index: 5;
    box-sizing: border-box;
    inline-size: min(22rem, calc(100% - 8px));
    padding: var(--planvis-space-2, 0.5rem) var(--planvis-space-3, 0.75rem);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    color: var(--planvis-color-text, #1a1c1e);
    background: var(--planvis-color-bg, #fff);
    border: 1px solid var(--planvis-color-border, #8a8f98);
    border-radius: var(--planvis-radius, 4px);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .popover[hidden] {
    display: none;
  }
  .popover .pop-title {
    margin: 0 0 var(--planvis-space-1, 0.25rem);
    font-weight: 600;
  }
  .popover dl,
  .item dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--planvis-space-2, 0.5rem);
    margin: 0;
  }
  .popover dt,
  .item dt {
    color: var(--planvis-color-muted, #5f6368);
  }
  .popover dd,
  .item dd {
    margin: 0;
  }
  .popover p {
    margin: var(--planvis-space-1, 0.25rem) 0 0;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    flex-wrap: wrap;
  }

  /* List view */
  .list-group + .list-group {
    margin-block-start: var(--planvis-space-3, 0.75rem);
  }
  .list-heading {
    margin: 0 0 var(--planvis-space-1, 0.25rem);
    font-size: var(--planvis-font-size-md, 1rem);
    font-weight: 700;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: 2px;
    padding-block: var(--planvis-space-2, 0.5rem);
    padding-inline-start: var(--planvis-space-3, 0.75rem);
    border-inline-start: 4px solid var(--_planvis-mt-grid);
    overflow-wrap: anywhere;
  }
  .item + .item {
    border-block-start: 1px solid var(--planvis-color-border, #8a8f98);
  }
  .item.done {
    border-inline-start-color: var(--_planvis-mt-actual);
  }
  .item.overdue {
    border-inline-start-color: var(--_planvis-mt-overdue);
    border-inline-start-style: double;
  }
  .item-title {
    justify-self: start;
    min-block-size: 24px;
    padding: 0;
    font: inherit;
    font-weight: 600;
    text-align: start;
    color: var(--planvis-color-text, #1a1c1e);
    background: none;
    border: 0;
    cursor: pointer;
  }
  .item-title:hover {
    text-decoration: underline;
  }
  .item-title:focus-visible,
  .toolbar button:focus-visible,
  .more:focus-visible {
    outline: var(--planvis-focus-ring, 3px solid var(--planvis-color-focus, #0b5cad));
    outline-offset: 2px;
  }
  .item[aria-current='true'],
  .selected .bar.planned {
    box-shadow: 0 0 0 2px var(--planvis-color-focus, #0b5cad);
  }
  .item .status,
  .item dl {
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .more {
    margin-block-start: var(--planvis-space-2, 0.5rem);
  }
  .empty {
    color: var(--planvis-color-muted, #5f6368);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media print {
    .toolbar,
    .popover,
    .bubble {
      display: none !important;
    }
    .chart {
      max-block-size: none;
      overflow: visible;
      border-color: #000;
    }
    .lane {
      content-visibility: visible;
      break-inside: avoid;
    }
    .item {
      break-inside: avoid;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    .bar.planned,
    .diamond.planned,
    .swatch.planned,
    .precision {
      border-color: CanvasText;
      background: Canvas;
    }
    .bar.actual,
    .diamond.actual,
    .swatch.actual,
    .bubble,
    .bar.open {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .today,
    .swatch.today-swatch {
      border-color: Mark;
      background: Mark;
      forced-color-adjust: none;
    }
    .today-label {
      color: MarkText;
      background: Mark;
      forced-color-adjust: none;
    }
    .overdue .bar.planned,
    .overdue .diamond.planned,
    .flag {
      border-color: CanvasText;
      color: CanvasText;
    }
    .marker:focus-visible,
    .marker.hovered,
    .item-title:focus-visible {
      outline: 3px solid Highlight;
    }
    .marker.compact::after {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    .marker.compact.in-progress::after {
      background: linear-gradient(to right, Canvas 50%, CanvasText 50%);
    }
    .marker.compact.done::after,
    .marker.compact.overdue::after {
      color: Canvas;
      background: CanvasText;
    }
    .phase,
    .phase-shade {
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
