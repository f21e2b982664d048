import { css } from 'lit';

/** Styles of <planvis-vision-mission>; the base element's tokens and theme rules come first. */
export const visionMissionStyles = css`
  :host {
    display: block;
    --_planvis-column: var(--planvis-vision-mission-column-color, #1b6e3a);
    --_planvis-row: var(--planvis-vision-mission-row-color, #1f57a4);
    --_planvis-bg: var(--planvis-color-bg, #ffffff);
    --_planvis-surface: var(--planvis-color-surface, #ffffff);
    --_planvis-text: var(--planvis-color-text, #1a1c1e);
    --_planvis-muted: var(--planvis-color-muted, #4f5660);
    --_planvis-border: var(--planvis-color-border, #8a9099);
    --_planvis-column-tint: color-mix(in srgb, var(--_planvis-column) 13%, var(--_planvis-bg));
    --_planvis-row-tint: color-mix(in srgb, var(--_planvis-row) 13%, var(--_planvis-bg));
    --_planvis-gap: var(--planvis-vision-mission-gap, 1em);
    --_planvis-arrow-width: 2px;
  }
  :host([theme='dark']) {
    --_planvis-column: var(--planvis-vision-mission-column-color, #7fd49b);
    --_planvis-row: var(--planvis-vision-mission-row-color, #93bbf5);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_planvis-column: var(--planvis-vision-mission-column-color, #7fd49b);
      --_planvis-row: var(--planvis-vision-mission-row-color, #93bbf5);
    }
  }

  .base {
    color: var(--_planvis-text);
    font-family: var(--planvis-font-family, inherit);
    line-height: 1.4;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }

  .badge {
    display: inline-block;
    margin-inline-start: var(--planvis-space-2, 0.5rem);
    padding: 0 0.4em;
    border: 1px solid var(--_planvis-border);
    border-radius: var(--planvis-radius, 4px);
    color: var(--_planvis-muted);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    font-weight: 400;
    font-style: normal;
    vertical-align: middle;
  }

  /* Head: the mission (and vision) above a matrix or chain. */
  .head {
    display: grid;
    gap: var(--planvis-space-2, 0.5rem);
    margin-block-end: var(--planvis-space-4, 1rem);
    padding: var(--planvis-space-3, 0.75rem) var(--planvis-space-4, 1rem);
    border: 2px solid var(--_planvis-text);
    border-radius: var(--planvis-radius, 4px);
    background: var(--_planvis-surface);
    text-align: center;
  }
  .head-label {
    font-size: var(--planvis-font-size-sm, 0.875rem);
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_planvis-muted);
  }
  .head-text {
    font-size: var(--planvis-font-size-lg, 1.25rem);
    font-weight: 600;
  }

  /* Legend: which arrow is which axis — a line style and a label, never colour alone. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--planvis-space-2, 0.5rem) var(--planvis-space-5, 1.5rem);
    margin-block-end: var(--planvis-space-3, 0.75rem);
    font-weight: 600;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--planvis-space-2, 0.5rem);
  }
  .swatch {
    flex: none;
    inline-size: 2.5em;
    block-size: 1.25em;
    overflow: visible;
  }

  /* Arrows: drawn with the text's em, stretched along their track, never a bitmap. */
  .arrow-fill {
    stroke: none;
  }
  .arrow-line {
    fill: none;
    stroke-width: var(--_planvis-arrow-width);
    vector-effect: non-scaling-stroke;
  }
  .axis-column .arrow-fill {
    fill: var(--_planvis-column-tint);
  }
  .axis-column .arrow-line {
    stroke: var(--_planvis-column);
  }
  .axis-row .arrow-fill {
    fill: var(--_planvis-row-tint);
  }
  .axis-row .arrow-line {
    stroke: var(--_planvis-row);
    stroke-dasharray: 6 4;
  }

  /* The matrix. */
  .grid {
    display: grid;
    gap: var(--_planvis-gap);
    position: relative;
  }
  .grid > .row {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 1 / -1;
    align-items: stretch;
  }
  .arrow {
    display: flex;
    align-items: center;
    pointer-events: none;
    print-color-adjust: exact;
  }
  .arrow svg {
    display: block;
    overflow: visible;
  }
  .arrow.axis-column {
    flex-direction: column;
    z-index: 0;
  }
  .arrow.axis-column .shaft {
    flex: 1 1 auto;
    inline-size: 56%;
  }
  .arrow.axis-column .tip {
    flex: none;
    inline-size: 84%;
    block-size: 1.75em;
  }
  .arrow.axis-row {
    flex-direction: row;
    z-index: 1;
  }
  .arrow.axis-row .shaft {
    flex: 1 1 auto;
    block-size: 56%;
  }
  .arrow.axis-row .tip {
    flex: none;
    inline-size: 1.75em;
    block-size: 84%;
  }
  .corner {
    position: relative;
    z-index: 2;
  }
  .vision {
    position: relative;
    z-index: 2;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--planvis-space-1, 0.25rem);
    min-block-size: 24px;
    padding: var(--planvis-space-2, 0.5rem);
    border-radius: var(--planvis-radius, 4px);
    font-weight: 700;
    cursor: pointer;
  }
  .vision.axis-column {
    border: 2px solid var(--_planvis-column);
    background: var(--_planvis-column-tint);
    text-align: center;
  }
  .vision.axis-row {
    border: 2px dashed var(--_planvis-row);
    background: var(--_planvis-row-tint);
  }
  .vision:hover,
  .vision:focus-within,
  .vision.tip-open {
    z-index: 4;
  }
  .vision-description {
    font-weight: 400;
    text-align: start;
  }
  .tooltip {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: -2px;
    z-index: 5;
    inline-size: max(100%, 18em);
    max-inline-size: min(26em, 80vw);
    padding: var(--planvis-space-2, 0.5rem) var(--planvis-space-3, 0.75rem);
    border: 1px solid var(--_planvis-text);
    border-radius: var(--planvis-radius, 4px);
    background: var(--_planvis-surface);
    color: var(--_planvis-text);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    font-weight: 400;
    text-align: start;
    cursor: auto;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tip-end .tooltip {
    inset-inline-start: auto;
    inset-inline-end: -2px;
  }
  .cell {
    position: relative;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-1, 0.25rem);
    min-block-size: 24px;
    padding: var(--planvis-space-2, 0.5rem);
    border: 1px solid var(--_planvis-border);
    border-radius: var(--planvis-radius, 4px);
    background: var(--_planvis-surface);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    cursor: pointer;
  }
  .cell.empty {
    align-self: center;
    justify-self: center;
    justify-content: center;
    color: var(--_planvis-muted);
    text-align: center;
  }
  /* A crossing's count (selects the crossing) and its entries (each selects its goal or project): buttons
     that read as text, at least 24 px high. */
  .cell-count,
  .entry {
    min-block-size: 24px;
    margin: 0;
    padding: 0 0.25em;
    border: 1px solid transparent;
    border-radius: var(--planvis-radius, 4px);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .cell-count {
    align-self: start;
    margin-inline-start: -0.25em;
    font-weight: 700;
  }
  .entry {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .cell-count:hover,
  .entry:hover {
    border-color: var(--_planvis-border);
    text-decoration: underline;
  }
  .cell-list {
    display: grid;
  }
  .cell-list li {
    display: flex;
    align-items: baseline;
  }
  .cell-list li::before {
    content: '•';
    flex: none;
    inline-size: 0.75em;
  }
  .cell-note {
    color: var(--_planvis-muted);
    font-style: italic;
  }
  .cell-column {
    display: none;
  }
  .toggle {
    align-self: start;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0 var(--planvis-space-2, 0.5rem);
    border: 1px solid var(--_planvis-border);
    border-radius: var(--planvis-radius, 4px);
    background: var(--_planvis-bg);
    color: var(--_planvis-text);
    font: inherit;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_planvis-surface);
    text-decoration: underline;
  }

  /* The matrix reflowed to a list: column visions first, then each row vision with its crossings. */
  .narrow .grid {
    display: block;
  }
  .narrow .grid > .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--planvis-space-2, 0.5rem);
    margin-block-end: var(--planvis-space-4, 1rem);
  }
  .narrow .corner {
    display: none;
  }
  .narrow .vision.axis-column {
    text-align: start;
  }
  .narrow .vision.axis-row {
    margin-block-start: var(--planvis-space-2, 0.5rem);
  }
  .narrow .cell {
    margin-inline-start: var(--planvis-space-4, 1rem);
  }
  .narrow .cell-column {
    display: block;
    font-weight: 700;
    color: var(--_planvis-text);
  }
  .narrow .cell.empty {
    align-self: stretch;
    justify-self: stretch;
    text-align: start;
  }

  /* The table: the text equivalent, visually hidden unless view="table". */
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .table caption {
    margin-block-end: var(--planvis-space-2, 0.5rem);
    font-weight: 700;
    text-align: start;
  }
  .table th,
  .table td {
    padding: var(--planvis-space-2, 0.5rem);
    border: 1px solid var(--_planvis-border);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    background: var(--_planvis-column-tint);
  }
  .table tbody th {
    background: var(--_planvis-row-tint);
  }
  .table ul {
    margin-block-start: var(--planvis-space-1, 0.25rem);
  }
  .table .more {
    margin-block: var(--planvis-space-1, 0.25rem);
  }
  .table .toggle {
    margin-block-start: var(--planvis-space-1, 0.25rem);
  }
  .table .th-description {
    display: block;
    font-weight: 400;
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* The hidden text equivalent is laid out only near the screen (screen readers read it either way). */
  .hidden-table {
    content-visibility: auto;
  }
  .narrow .table,
  .narrow .table tbody,
  .narrow .table tr,
  .narrow .table th,
  .narrow .table td {
    display: block;
  }
  .narrow .table thead {
    display: block;
  }
  .narrow .table thead td {
    display: none;
  }
  .narrow .table tr {
    margin-block-end: var(--planvis-space-3, 0.75rem);
  }

  /* Statement: vision, mission and values. */
  .statements {
    display: grid;
    gap: var(--planvis-space-4, 1rem);
  }
  .statement {
    display: grid;
    gap: var(--planvis-space-1, 0.25rem);
    padding: var(--planvis-space-3, 0.75rem) var(--planvis-space-4, 1rem);
    border-inline-start: 6px solid var(--_planvis-column);
    border-radius: var(--planvis-radius, 4px);
    background: var(--_planvis-surface);
  }
  .statement.kind-mission {
    border-inline-start: 6px double var(--_planvis-row);
  }
  .statement.kind-value {
    border-inline-start: 3px solid var(--_planvis-border);
  }
  .statement-label {
    font-weight: 700;
  }
  .statement-subtitle {
    color: var(--_planvis-muted);
    font-style: italic;
  }
  .statement-text {
    font-size: var(--planvis-font-size-lg, 1.25rem);
    font-weight: 600;
  }
  .kind-value .statement-text {
    font-size: var(--planvis-font-size-md, 1rem);
  }
  .values {
    display: grid;
    gap: var(--planvis-space-2, 0.5rem);
  }
  .values-label {
    font-weight: 700;
  }
  .values > ul {
    display: grid;
    gap: var(--planvis-space-2, 0.5rem);
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
  }

  /* Chain: levels left to right, top-down when narrow. */
  .chain {
    display: flex;
    align-items: stretch;
    gap: 2.5em;
  }
  .level {
    position: relative;
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-2, 0.5rem);
    padding: var(--planvis-space-3, 0.75rem);
    border: 2px solid var(--_planvis-column);
    border-radius: var(--planvis-radius, 4px);
    background: var(--_planvis-column-tint);
  }
  .level-label {
    font-weight: 700;
  }
  .level-count {
    font-weight: 400;
    color: var(--_planvis-text);
  }
  .level-list {
    display: grid;
    gap: var(--planvis-space-2, 0.5rem);
  }
  .node {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--planvis-space-1, 0.25rem);
    inline-size: 100%;
    min-block-size: 24px;
    padding: var(--planvis-space-2, 0.5rem);
    border: 1px solid var(--_planvis-border);
    border-radius: var(--planvis-radius, 4px);
    background: var(--_planvis-surface);
    color: var(--_planvis-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .node:hover {
    border-color: var(--_planvis-text);
  }
  .node-status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_planvis-muted);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .node-status svg {
    inline-size: 1em;
    block-size: 1em;
  }
  /* Level to level, at the height of the level labels. */
  .chain-arrow {
    position: absolute;
    inset-block-start: var(--planvis-space-3, 0.75rem);
    inset-inline-start: 100%;
    inline-size: 2.5em;
    block-size: 1.5em;
    overflow: visible;
  }
  .chain-arrow .arrow-line {
    stroke: var(--_planvis-column);
  }
  .chain-arrow .arrow-fill {
    fill: var(--_planvis-column);
  }
  .narrow .chain {
    flex-direction: column;
  }
  .narrow .chain-arrow {
    inset-block-start: 100%;
    inset-inline-start: 50%;
    inline-size: 1.5em;
    block-size: 2.5em;
    margin-block-start: 0;
    margin-inline-start: -0.75em;
  }

  /* Right-to-left: arrows point the other way along the inline axis. */
  .arrow svg:dir(rtl),
  .swatch:dir(rtl),
  .chain-arrow:dir(rtl) {
    transform: scaleX(-1);
  }

  .nothing {
    color: var(--_planvis-muted);
  }

  @media print {
    .base {
      font-size: 10pt;
    }
    /* The page is narrower than the screen: let the cell tracks shrink rather than overflow the paper. */
    .wide .grid {
      grid-template-columns:
        minmax(6em, 10em) repeat(var(--_planvis-columns, 1), minmax(0, 1fr))
        1.75em !important;
      gap: 0.75em;
    }
    .tooltip,
    .toggle {
      display: none;
    }
    .cell,
    .vision,
    .level,
    .statement {
      break-inside: avoid;
    }
    .arrow,
    .vision,
    .legend,
    .level {
      print-color-adjust: exact;
    }
    :focus-visible {
      outline: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    .axis-column .arrow-fill,
    .axis-row .arrow-fill {
      fill: Canvas;
    }
    .axis-column .arrow-line,
    .axis-row .arrow-line,
    .chain-arrow .arrow-line {
      stroke: CanvasText;
    }
    .chain-arrow .arrow-fill {
      fill: CanvasText;
    }
    .vision.axis-column,
    .vision.axis-row,
    .cell,
    .level,
    .node,
    .tooltip,
    .head,
    .statement,
    .toggle,
    .cell-count:hover,
    .entry:hover {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .cell.empty {
      color: CanvasText;
    }
  }
`;
