import { css } from 'lit';

/**
 * Styles of <planvis-swot-grid>; the base element's tokens and theme rules come first.
 * Each quadrant has a colour, a texture on its edge strip and an icon beside its heading, so colour is never
 * the only cue. Below 36rem of container width the 2×2 stacks in reading order S, W, O, T.
 */
export const swotGridStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_planvis-gap: var(--planvis-swot-grid-gap, var(--planvis-space-3, 0.75rem));
    --_planvis-strength: var(--planvis-swot-grid-strength-color, #1d7a3a);
    --_planvis-weakness: var(--planvis-swot-grid-weakness-color, #a95500);
    --_planvis-opportunity: var(--planvis-swot-grid-opportunity-color, #1a5fb4);
    --_planvis-threat: var(--planvis-swot-grid-threat-color, #b3261e);
    --_planvis-strip: var(--planvis-swot-grid-strip-width, 0.5rem);
  }
  :host([theme='dark']) {
    --_planvis-strength: var(--planvis-swot-grid-strength-color, #6fd08c);
    --_planvis-weakness: var(--planvis-swot-grid-weakness-color, #f3a94f);
    --_planvis-opportunity: var(--planvis-swot-grid-opportunity-color, #8ab8ff);
    --_planvis-threat: var(--planvis-swot-grid-threat-color, #ff8f85);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_planvis-strength: var(--planvis-swot-grid-strength-color, #6fd08c);
      --_planvis-weakness: var(--planvis-swot-grid-weakness-color, #f3a94f);
      --_planvis-opportunity: var(--planvis-swot-grid-opportunity-color, #8ab8ff);
      --_planvis-threat: var(--planvis-swot-grid-threat-color, #ff8f85);
    }
  }

  .swot {
    color: var(--planvis-color-text, #1b1b1b);
    font-family: var(--planvis-font-family, inherit);
  }

  /* Caption, date and the explanation of the illustrative mark. */
  .header {
    margin-block-end: var(--_planvis-gap);
  }
  .caption {
    margin: 0;
    font-weight: 600;
    font-size: var(--planvis-font-size-md, 1rem);
  }
  .date,
  .note,
  .placement,
  .empty,
  .hint {
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .date,
  .note {
    margin-block: var(--planvis-space-1, 0.25rem) 0;
  }
  .note {
    display: flex;
    gap: var(--planvis-space-1, 0.25rem);
    align-items: baseline;
  }

  /* The 2×2: axis labels along the top and the start side, quadrants in reading order S, W, O, T. */
  .grid {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) minmax(0, 1fr);
    grid-template-areas:
      '. top-start top-end'
      'row-1 g0 g1'
      'row-2 g2 g3'
      '. g4 g4';
    gap: var(--_planvis-gap);
  }
  .axis {
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .axis-top-start {
    grid-area: top-start;
  }
  .axis-top-end {
    grid-area: top-end;
  }
  .axis-row-1,
  .axis-row-2 {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    text-align: center;
  }
  .axis-row-1 {
    grid-area: row-1;
  }
  .axis-row-2 {
    grid-area: row-2;
  }
  .group[data-group='0'] {
    grid-area: g0;
  }
  .group[data-group='1'] {
    grid-area: g1;
  }
  .group[data-group='2'] {
    grid-area: g2;
  }
  .group[data-group='3'] {
    grid-area: g3;
  }
  .group[data-group='4'] {
    grid-area: g4;
  }

  .group {
    --_planvis-quadrant: var(--planvis-color-border, #8a929c);
    --_planvis-texture: none;
    --_planvis-texture-color: var(--planvis-color-surface, #ffffff);
    position: relative;
    min-inline-size: 0;
    padding-block: var(--planvis-space-3, 0.75rem);
    padding-inline: calc(var(--_planvis-strip) + var(--planvis-space-3, 0.75rem))
      var(--planvis-space-3, 0.75rem);
    background: var(--planvis-color-surface, #ffffff);
    border: 1px solid var(--planvis-color-border, #8a929c);
    border-radius: var(--planvis-radius, 4px);
    overflow-wrap: anywhere;
  }
  /* The edge strip: the quadrant's colour with its own texture (solid, stripes, dots, cross-hatch). */
  .group::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: var(--_planvis-strip);
    border-start-start-radius: inherit;
    border-end-start-radius: inherit;
    background-color: var(--_planvis-quadrant);
    background-image: var(--_planvis-texture);
    print-color-adjust: exact;
  }
  .strength {
    --_planvis-quadrant: var(--_planvis-strength);
  }
  .weakness {
    --_planvis-quadrant: var(--_planvis-weakness);
    --_planvis-texture: repeating-linear-gradient(
      45deg,
      transparent 0 3px,
      var(--_planvis-texture-color) 3px 5px
    );
  }
  .opportunity {
    --_planvis-quadrant: var(--_planvis-opportunity);
    --_planvis-texture: radial-gradient(
      circle at 50% 50%,
      var(--_planvis-texture-color) 0 1.5px,
      transparent 2px
    );
  }
  .opportunity::before {
    background-size: 6px 6px;
  }
  .threat {
    --_planvis-quadrant: var(--_planvis-threat);
    --_planvis-texture:
      repeating-linear-gradient(45deg, transparent 0 3px, var(--_planvis-texture-color) 3px 4px),
      repeating-linear-gradient(-45deg, transparent 0 3px, var(--_planvis-texture-color) 3px 4px);
  }
  .crossing,
  .one-sided {
    --_planvis-quadrant: var(--planvis-color-accent, #0b5fcc);
  }

  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-2, 0.5rem);
    margin: 0;
    font-size: var(--planvis-font-size-lg, 1.125rem);
    line-height: 1.3;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_planvis-quadrant);
  }
  .count {
    display: inline-block;
    min-inline-size: 1.5em;
    padding-inline: var(--planvis-space-1, 0.25rem);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--planvis-font-size-sm, 0.875rem);
    font-weight: 600;
    text-align: center;
  }
  .code {
    font-variant-numeric: tabular-nums;
    color: var(--planvis-color-muted, #5c6470);
  }
  .placement,
  .hint {
    margin-block: var(--planvis-space-1, 0.25rem) 0;
  }
  /* The placement repeats the axis labels for screen readers; it shows only when the axes do not (stacked). */
  .placement {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .empty {
    margin-block: var(--planvis-space-2, 0.5rem) 0;
    font-style: italic;
  }

  .list {
    /* A quadrant's items off screen skip layout and paint (a language switch, a long analysis). The padding,
       taken back by the margins, is room for the items' focus rings, which the containment clips at the
       list's padding edge. */
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
    margin-block: calc(var(--planvis-space-2, 0.5rem) - 0.5rem) -0.5rem;
    margin-inline: -0.5rem;
    padding: 0.5rem;
    list-style: none;
  }
  .item + .item {
    border-block-start: 1px solid var(--planvis-color-border, #8a929c);
  }
  .item {
    padding-block: var(--planvis-space-1, 0.25rem);
  }
  .item-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--planvis-space-1, 0.25rem) var(--planvis-space-2, 0.5rem);
  }

  button {
    box-sizing: border-box;
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    margin: 0;
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .item-button {
    flex: 1 1 12rem;
    min-inline-size: 0;
    padding-block: var(--planvis-space-1, 0.25rem);
    padding-inline: var(--planvis-space-1, 0.25rem);
    text-align: start;
    background: none;
    border: 1px solid transparent;
    border-radius: var(--planvis-radius, 4px);
  }
  .item-button:hover {
    border-color: var(--planvis-color-border, #8a929c);
    text-decoration: underline;
  }
  .strategy-type {
    display: block;
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    padding-inline: var(--planvis-space-1, 0.25rem);
    border: 1px dashed currentColor;
    border-radius: var(--planvis-radius, 4px);
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    white-space: nowrap;
  }
  .mark svg,
  .note svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    align-self: center;
  }
  .toggle,
  .node-button,
  .more {
    padding-block: 0;
    padding-inline: var(--planvis-space-2, 0.5rem);
    font-size: var(--planvis-font-size-sm, 0.875rem);
    background: var(--planvis-color-bg, #ffffff);
    border: 1px solid var(--planvis-color-muted, #5c6470);
    border-radius: var(--planvis-radius, 4px);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    margin-block-start: var(--planvis-space-1, 0.25rem);
  }
  .toggle svg {
    inline-size: 0.75em;
    block-size: 0.75em;
    transition: transform var(--planvis-transition-duration, 150ms) ease;
  }
  .toggle[aria-expanded='true'] svg {
    transform: rotate(90deg);
  }
  .toggle:hover,
  .node-button:hover,
  .more:hover {
    background: var(--planvis-color-surface, #f2f4f7);
    text-decoration: underline;
  }
  .detail {
    margin-block: var(--planvis-space-1, 0.25rem) 0;
    padding-inline-start: var(--planvis-space-3, 0.75rem);
    border-inline-start: 2px solid var(--planvis-color-border, #8a929c);
    white-space: pre-line;
  }
  .related {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--planvis-space-1, 0.25rem);
    margin-block-start: var(--planvis-space-1, 0.25rem);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .related-label {
    color: var(--planvis-color-muted, #5c6470);
  }
  .related ul {
    display: contents;
  }
  .related li {
    list-style: none;
  }
  .node-button {
    max-inline-size: 100%;
    text-align: start;
  }
  .builds-on {
    margin-block: var(--planvis-space-1, 0.25rem) 0;
    padding-inline-start: var(--planvis-space-4, 1rem);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .builds-on-label {
    margin-block: var(--planvis-space-1, 0.25rem) 0;
    color: var(--planvis-color-muted, #5c6470);
    font-size: var(--planvis-font-size-sm, 0.875rem);
  }
  .more {
    margin-block-start: var(--planvis-space-2, 0.5rem);
  }
  .notice {
    margin: 0;
    padding: var(--planvis-space-3, 0.75rem);
    border: 1px solid var(--planvis-color-border, #8a929c);
    border-radius: var(--planvis-radius, 4px);
    background: var(--planvis-color-surface, #ffffff);
  }

  /* Narrow: one column in reading order; the row labels become dividers and each quadrant says where it sits. */
  @container (width < 36rem) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'row-1' 'g0' 'g1' 'row-2' 'g2' 'g3' 'g4';
    }
    .axis-top-start,
    .axis-top-end {
      display: none;
    }
    .axis-row-1,
    .axis-row-2 {
      writing-mode: horizontal-tb;
      transform: none;
      text-align: start;
      padding-block-start: var(--planvis-space-2, 0.5rem);
      border-block-end: 1px solid var(--planvis-color-border, #8a929c);
    }
    .placement {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }

  @media print {
    .group {
      break-inside: avoid;
    }
    .list {
      content-visibility: visible;
    }
    .more,
    .toggle {
      display: none;
    }
    .item-button,
    .node-button {
      border-color: transparent;
      padding-inline: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .toggle svg {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .group {
      border-color: CanvasText;
      --_planvis-texture-color: Canvas;
    }
    .group::before {
      forced-color-adjust: none;
      background-color: CanvasText;
    }
    .icon,
    .mark,
    .count {
      color: CanvasText;
    }
    .toggle,
    .node-button,
    .more,
    .item-button:hover {
      border-color: ButtonText;
    }
  }
`;
