import { css } from 'lit';

/** Styles of <planvis-program-card>; the base element's tokens and theme rules come first. */
export const programCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_planvis-gap: var(--planvis-program-card-gap, var(--planvis-space-4, 1rem));
    --_planvis-padding: var(--planvis-program-card-padding, var(--planvis-space-4, 1rem));
    --_planvis-min: var(--planvis-program-card-min-width, 17rem);
    --_planvis-bar: var(--planvis-program-card-bar-color, var(--planvis-color-accent, #0b5fcc));
    --_planvis-bar-track: var(--planvis-program-card-bar-track-color, var(--planvis-color-muted, #5c6470));
    --_planvis-bar-height: var(--planvis-program-card-bar-height, 0.5rem);
    --_planvis-text: var(--planvis-color-text, #1b1b1b);
    --_planvis-muted: var(--planvis-color-muted, #5c6470);
    --_planvis-border: var(--planvis-color-border, #c9ced6);
    --_planvis-surface: var(--planvis-color-surface, #f5f6f7);
    --_planvis-bg: var(--planvis-color-bg, #ffffff);
    --_planvis-sm: var(--planvis-font-size-sm, 0.875rem);
    color: var(--_planvis-text);
    font-family: var(--planvis-font-family, inherit);
    line-height: 1.5;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    margin: 0;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :focus-visible {
    outline: 3px solid var(--planvis-color-focus, #0b5fcc);
    outline-offset: 2px;
  }

  /* ---------------------------------------------------------------- card */
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_planvis-gap);
    min-inline-size: 0;
    padding: var(--_planvis-padding);
    background: var(--_planvis-bg);
    border: 1px solid var(--_planvis-border);
    border-radius: var(--planvis-radius, 4px);
    overflow-wrap: anywhere;
  }
  .card.compact {
    gap: var(--planvis-space-2, 0.5rem);
    block-size: 100%;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--planvis-space-2, 0.5rem) var(--planvis-space-3, 0.75rem);
  }
  .heading-block {
    flex: 1 1 14rem;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-1, 0.25rem);
  }
  .title {
    font-size: var(--planvis-font-size-lg, 1.375rem);
    font-weight: 700;
  }
  .compact .title {
    font-size: var(--planvis-font-size-md, 1.0625rem);
  }
  .eyebrow {
    display: block;
    margin-block-end: 0.125rem;
    color: var(--_planvis-muted);
    font-size: var(--_planvis-sm);
    font-weight: 600;
    letter-spacing: 0.01em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--planvis-space-2, 0.5rem);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-2, 0.5rem);
    font-size: var(--_planvis-sm);
  }
  .status,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .status svg {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .badge {
    font-size: var(--_planvis-sm);
    font-weight: 400;
    padding-inline: 0.4em;
    border: 1px dashed var(--_planvis-muted);
    border-radius: var(--planvis-radius, 4px);
    color: var(--_planvis-muted);
  }
  .overdue {
    color: var(--planvis-color-danger, #b3261e);
    font-weight: 600;
  }
  .source-wording {
    color: var(--_planvis-muted);
  }
  .description {
    font-size: var(--planvis-font-size-md, 1rem);
  }
  .compact .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  /* ---------------------------------------------------------------- key data and other label/value lists */
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-4, 1rem);
    margin: 0;
  }
  dt {
    font-weight: 600;
    color: var(--_planvis-muted);
    font-size: var(--_planvis-sm);
  }
  dd {
    margin: 0 0 var(--planvis-space-1, 0.25rem);
    min-inline-size: 0;
  }
  @container (min-width: 34rem) {
    .full dl.facts {
      grid-template-columns: minmax(9rem, max-content) minmax(0, 1fr);
    }
    .full dl.facts dd {
      margin: 0;
    }
    .full dl.facts dt {
      font-size: inherit;
    }
  }
  .compact dl.facts {
    gap: 0 var(--planvis-space-2, 0.5rem);
    font-size: var(--_planvis-sm);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--planvis-space-1, 0.25rem);
  }
  .tags > li {
    padding-inline: 0.5em;
    background: var(--_planvis-surface);
    border: 1px solid var(--_planvis-border);
    border-radius: 999px;
  }
  .breadcrumb {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .breadcrumb > li + li::before {
    content: '›' / '';
    padding-inline: 0.4em;
    color: var(--_planvis-muted);
  }

  /* ---------------------------------------------------------------- sections */
  section {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-2, 0.5rem);
    min-inline-size: 0;
  }
  .section-heading {
    font-size: var(--planvis-font-size-md, 1.125rem);
    font-weight: 700;
    padding-block-end: var(--planvis-space-1, 0.25rem);
    border-block-end: 1px solid var(--_planvis-border);
  }
  .group > section {
    margin-block-start: var(--planvis-space-2, 0.5rem);
  }
  .sub-heading {
    font-size: var(--planvis-font-size-md, 1rem);
    font-weight: 700;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-2, 0.5rem);
    max-inline-size: 72ch;
  }
  .text p {
    white-space: pre-line;
  }
  details > summary {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 24px;
    inline-size: fit-content;
    max-inline-size: 100%;
    padding-block: 0.125rem;
    color: var(--planvis-color-accent, #0b5fcc);
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }
  details > summary::-webkit-details-marker {
    display: none;
  }
  details > summary::before {
    content: '▸' / '';
    display: inline-block;
    transition: rotate 120ms ease-out;
  }
  details[open] > summary::before {
    rotate: 90deg;
  }
  details > summary:hover {
    text-decoration: underline;
  }
  .details-body {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-2, 0.5rem);
    margin-block-start: var(--planvis-space-2, 0.5rem);
  }

  /* ---------------------------------------------------------------- progress bars */
  .meter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-2, 0.5rem);
  }
  .bar {
    flex: 1 1 6rem;
    max-inline-size: 16rem;
    block-size: var(--_planvis-bar-height);
    background: var(--_planvis-surface);
    border: 1px solid var(--_planvis-bar-track);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_planvis-bar);
    border-radius: inherit;
  }
  .meter-note {
    color: var(--_planvis-muted);
    font-size: var(--_planvis-sm);
  }

  /* ---------------------------------------------------------------- goals, indicators, milestones */
  .goals {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-3, 0.75rem);
  }
  .goals .goals {
    margin-block-start: var(--planvis-space-2, 0.5rem);
    padding-inline-start: var(--planvis-space-3, 0.75rem);
    border-inline-start: 2px solid var(--_planvis-border);
  }
  .goal {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-1, 0.25rem);
    min-inline-size: 0;
  }
  .goal-title {
    font-weight: 600;
  }
  .goal-type {
    display: block;
    color: var(--_planvis-muted);
    font-size: var(--_planvis-sm);
    font-weight: 400;
  }
  .goal-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem var(--planvis-space-3, 0.75rem);
    font-size: var(--_planvis-sm);
  }
  .indicators {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-2, 0.5rem);
  }
  .indicator {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-1, 0.25rem);
    padding: var(--planvis-space-2, 0.5rem) var(--planvis-space-3, 0.75rem);
    background: var(--_planvis-surface);
    border-inline-start: 3px solid var(--_planvis-bar);
    border-radius: var(--planvis-radius, 4px);
  }
  .indicator dl {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    font-size: var(--_planvis-sm);
  }
  .milestones,
  .plain-list {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-2, 0.5rem);
  }
  .milestone {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 var(--planvis-space-3, 0.75rem);
    padding-block-end: var(--planvis-space-2, 0.5rem);
    border-block-end: 1px solid var(--_planvis-border);
  }
  @container (min-width: 34rem) {
    .milestone {
      grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
    }
    .milestone > .when {
      grid-row: span 3;
    }
  }
  .when,
  .milestone-meta {
    font-size: var(--_planvis-sm);
    color: var(--_planvis-muted);
  }
  .milestone-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--planvis-space-3, 0.75rem);
  }
  .milestone-meta .status {
    color: var(--_planvis-text);
  }
  .people {
    display: flex;
    flex-direction: column;
    gap: var(--planvis-space-1, 0.25rem);
  }
  .person-contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--planvis-space-3, 0.75rem);
  }
  .note {
    white-space: pre-line;
  }

  /* ---------------------------------------------------------------- links and buttons */
  a {
    color: var(--planvis-color-accent, #0b5fcc);
    text-underline-offset: 0.15em;
  }
  a,
  .link-button {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125rem;
  }
  .link-button {
    margin: 0;
    padding-inline: 0;
    font: inherit;
    text-align: start;
    color: var(--planvis-color-accent, #0b5fcc);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover,
  a:hover {
    text-decoration-thickness: 2px;
  }
  .select-button {
    display: block;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .select-button .title-text {
    color: var(--planvis-color-accent, #0b5fcc);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .select-button:hover .title-text {
    text-decoration-thickness: 2px;
  }
  .sub-processes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: var(--planvis-space-2, 0.5rem) var(--planvis-space-4, 1rem);
  }
  .sub-processes > li {
    display: flex;
    flex-direction: column;
    padding: var(--planvis-space-2, 0.5rem) var(--planvis-space-3, 0.75rem);
    border: 1px solid var(--_planvis-border);
    border-radius: var(--planvis-radius, 4px);
  }

  /* ---------------------------------------------------------------- economy */
  .scroll {
    /* positioned, so the visually hidden texts in its cells are clipped by it too and never widen the page */
    position: relative;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    min-inline-size: 100%;
  }
  .table-title {
    font-weight: 600;
  }
  th,
  td {
    padding: var(--planvis-space-1, 0.25rem) var(--planvis-space-2, 0.5rem);
    border-block-end: 1px solid var(--_planvis-border);
    vertical-align: top;
  }
  thead th {
    border-block-end: 2px solid var(--_planvis-text);
    text-align: end;
  }
  thead th:first-child {
    text-align: start;
  }
  th[scope='row'] {
    font-weight: 400;
    text-align: start;
    min-inline-size: 10rem;
  }
  th[scope='rowgroup'] {
    text-align: start;
    padding-block-start: var(--planvis-space-3, 0.75rem);
  }
  td {
    text-align: end;
    white-space: nowrap;
  }
  tr.subtotal > * {
    font-weight: 700;
    border-block-end-width: 2px;
  }
  .row-source {
    display: block;
    color: var(--_planvis-muted);
    font-size: var(--_planvis-sm);
  }

  /* ---------------------------------------------------------------- grid */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--planvis-space-2, 0.5rem) var(--planvis-space-4, 1rem);
    margin-block-end: var(--planvis-space-2, 0.5rem);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-2, 0.5rem);
  }
  .filter label {
    font-weight: 600;
  }
  select,
  .more {
    min-block-size: 2.25rem;
    max-inline-size: 100%;
    padding-block: var(--planvis-space-1, 0.25rem);
    padding-inline: var(--planvis-space-2, 0.5rem);
    font: inherit;
    color: var(--_planvis-text);
    background: var(--_planvis-bg);
    border: 1px solid var(--_planvis-muted);
    border-radius: var(--planvis-radius, 4px);
  }
  .more {
    margin-block-start: var(--planvis-space-3, 0.75rem);
    background: var(--_planvis-surface);
    cursor: pointer;
  }
  .count {
    color: var(--_planvis-muted);
    font-size: var(--_planvis-sm);
    margin-block-end: var(--planvis-space-2, 0.5rem);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_planvis-min)), 1fr));
    gap: var(--_planvis-gap);
  }
  .grid > li {
    min-inline-size: 0;
    /* Cards off screen skip layout and paint (a long grid, a language switch); their size is remembered once seen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
  }
  .grid > li:has(.select-button:focus-visible) .card {
    border-color: var(--planvis-color-focus, #0b5fcc);
  }
  .empty {
    color: var(--_planvis-muted);
  }

  /* ---------------------------------------------------------------- paper */
  @media print {
    :host {
      color: #000;
      --_planvis-muted: #333;
      --_planvis-bg: #fff;
      --_planvis-surface: #fff;
      --_planvis-border: #777;
      --_planvis-bar: #000;
    }
    .card {
      border-color: #777;
    }
    .toolbar,
    .more,
    .actions,
    details > summary {
      display: none !important;
    }
    /* Open <details> are what the element's print listener makes; this also covers a print with no listener. */
    details::details-content,
    .grid > li {
      content-visibility: visible;
    }
    details::details-content {
      display: contents;
    }
    .card,
    .goal,
    .indicator,
    .milestone,
    .grid > li,
    tr,
    .sub-processes > li {
      break-inside: avoid;
    }
    section {
      break-inside: auto;
    }
    .section-heading,
    .sub-heading,
    .title,
    .table-title {
      break-after: avoid;
    }
    .scroll {
      overflow: visible;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    details > summary::before {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .card,
    .indicator,
    .sub-processes > li,
    .tags > li {
      border-color: CanvasText;
    }
    .bar {
      border-color: CanvasText;
      background: Canvas;
    }
    .bar > span {
      background: Highlight;
      forced-color-adjust: none;
    }
    .badge,
    .overdue,
    .eyebrow,
    dt {
      color: CanvasText;
    }
    .link-button,
    .select-button .title-text,
    details > summary {
      color: LinkText;
    }
    .grid > li:has(.select-button:focus-visible) .card {
      border-color: Highlight;
    }
  }
`;
