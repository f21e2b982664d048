import { css } from 'lit';

/** Styles of <planvis-goal-tree>; the base element's tokens and theme rules come first. */
export const goalTreeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_planvis-gap: var(--planvis-goal-tree-node-gap, var(--planvis-space-3, 0.75rem));
    --_planvis-level-gap: var(--planvis-goal-tree-level-gap, 3rem);
    --_planvis-node-width: var(--planvis-goal-tree-node-width, 15rem);
    --_planvis-compact-height: 9.25rem;
    --_planvis-indent: var(--planvis-goal-tree-indent, 1.5rem);
    --_planvis-link: var(--planvis-goal-tree-link-color, var(--planvis-color-muted, #5c6470));
    --_planvis-mark-bg: #fff0a0;
    --_planvis-mark-text: #1b1b1b;
  }
  :host([theme='dark']) {
    --_planvis-mark-bg: #6b5400;
    --_planvis-mark-text: #ffffff;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_planvis-mark-bg: #6b5400;
      --_planvis-mark-text: #ffffff;
    }
  }

  /* Toolbar: filter box and view controls. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--planvis-space-2, 0.5rem) var(--planvis-space-4, 1rem);
    margin-block-end: var(--planvis-space-3, 0.75rem);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-2, 0.5rem);
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .filter label {
    font-weight: 600;
  }
  .filter input {
    flex: 1 1 10rem;
    min-inline-size: 0;
    max-inline-size: 24rem;
    min-block-size: 2.25rem;
    box-sizing: border-box;
    padding-block: var(--planvis-space-1, 0.25rem);
    padding-inline: var(--planvis-space-2, 0.5rem);
    font: inherit;
    color: var(--planvis-color-text, #1b1b1b);
    background: var(--planvis-color-bg, #ffffff);
    border: 1px solid var(--planvis-color-muted, #5c6470);
    border-radius: var(--planvis-radius, 4px);
  }
  .filter-status {
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--planvis-space-1, 0.25rem);
  }
  button {
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding-block: var(--planvis-space-1, 0.25rem);
    padding-inline: var(--planvis-space-2, 0.5rem);
    font: inherit;
    font-size: var(--planvis-font-size-sm, 0.875rem);
    color: var(--planvis-color-text, #1b1b1b);
    background: var(--planvis-color-surface, #f5f6f7);
    border: 1px solid var(--planvis-color-muted, #5c6470);
    border-radius: var(--planvis-radius, 4px);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--planvis-color-text, #1b1b1b);
  }
  .hint,
  .empty {
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    margin: var(--planvis-space-1, 0.25rem) 0 0;
  }

  /* The tree: one structure for both layouts. */
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .node {
    display: flex;
    align-items: flex-start;
    gap: var(--planvis-space-1, 0.25rem);
    box-sizing: border-box;
    padding: var(--planvis-space-2, 0.5rem);
    color: var(--planvis-color-text, #1b1b1b);
    background: var(--planvis-color-surface, #f5f6f7);
    border: 1px solid var(--planvis-color-border, #c9ced6);
    border-inline-start: 4px solid var(--planvis-color-border, #c9ced6);
    border-radius: var(--planvis-radius, 4px);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .node[aria-selected='true'] {
    border-color: var(--planvis-color-accent, #0b5fcc);
    box-shadow:
      inset 4px 0 0 var(--planvis-color-accent, #0b5fcc),
      0 0 0 1px var(--planvis-color-accent, #0b5fcc);
  }
  .toggle {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-inline-size: 24px;
    min-block-size: 24px;
    color: var(--planvis-color-text, #1b1b1b);
  }
  .toggle svg {
    inline-size: 1rem;
    block-size: 1rem;
    transition: rotate var(--planvis-transition-duration, 150ms) ease-out;
  }
  .node[aria-expanded='true'] .toggle svg {
    rotate: 90deg;
  }
  .body {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  .type {
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .label {
    font-weight: 600;
  }
  mark {
    color: var(--_planvis-mark-text);
    background: var(--_planvis-mark-bg);
    border-radius: 2px;
    box-shadow: 0 1px 0 currentColor;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.125rem var(--planvis-space-3, 0.75rem);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .status svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: var(--planvis-space-1, 0.25rem);
  }
  .bar {
    position: relative;
    display: inline-block;
    inline-size: 4rem;
    block-size: 0.5rem;
    box-sizing: border-box;
    border: 1px solid var(--planvis-color-muted, #5c6470);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .fill {
    fill: var(--planvis-color-accent, #0b5fcc);
  }
  .progress {
    flex-wrap: wrap;
  }
  .progress > span {
    white-space: nowrap;
  }
  .derived {
    color: var(--planvis-color-muted, #5c6470);
    font-style: italic;
  }
  .counts {
    color: var(--planvis-color-muted, #5c6470);
  }

  /* Outline layout: an indented, collapsible list. */
  .outline [role='group'] {
    padding-inline-start: min(var(--_planvis-indent), 6cqi);
    border-inline-start: 1px solid var(--_planvis-link);
    margin-inline-start: min(0.75rem, 3cqi);
  }
  .outline .node {
    margin-block: 0.25rem;
  }
  .outline .node {
    /* Off-screen boxes of a long outline skip layout and paint; their size is remembered once seen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
  }

  /* Diagram layout: links in SVG, node boxes absolutely positioned over them, both moved by one transform. */
  .viewport {
    position: relative;
    overflow: hidden;
    block-size: var(--planvis-goal-tree-diagram-height, 30rem);
    background: var(--planvis-color-bg, #ffffff);
    border: 1px solid var(--planvis-color-border, #c9ced6);
    border-radius: var(--planvis-radius, 4px);
    cursor: grab;
    touch-action: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  .links {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
  }
  .links path {
    fill: none;
    stroke: var(--_planvis-link);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .layer {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    transform-origin: 0 0;
    will-change: transform;
  }
  .diagram .node {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: var(--_planvis-node-width);
  }
  .diagram .node.pending {
    visibility: hidden;
  }
  /* A large diagram: every box one size, the title clamped to two lines (the accessible name keeps it all). */
  .compact .node {
    block-size: var(--_planvis-compact-height);
    overflow: hidden;
  }
  .compact .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .compact .meta {
    max-block-size: 4.2em;
    overflow: hidden;
  }
  .probe,
  .probe-box {
    position: absolute;
    visibility: hidden;
    pointer-events: none;
  }
  .probe {
    inline-size: var(--_planvis-gap);
    block-size: var(--_planvis-level-gap);
  }
  .probe-box {
    inline-size: var(--_planvis-node-width);
    block-size: var(--_planvis-compact-height);
  }

  @media (prefers-reduced-motion: reduce) {
    .toggle svg {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .node {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    .type,
    .counts,
    .derived {
      color: CanvasText;
    }
    .node[aria-selected='true'],
    .node[aria-selected='true'] :is(.type, .counts, .derived, .status svg) {
      color: HighlightText;
      background: Highlight;
    }
    .links path {
      stroke: CanvasText;
    }
    .outline [role='group'] {
      border-color: CanvasText;
    }
    .bar {
      border-color: CanvasText;
    }
    .fill {
      fill: Highlight;
    }
    mark {
      color: HighlightText;
      background: Highlight;
    }
    .status svg {
      color: CanvasText;
    }
  }
`;
