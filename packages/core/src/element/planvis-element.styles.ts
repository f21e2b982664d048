import { css } from 'lit';

/** The base element's own rules: the host, the loading, error and skipped-items states. */
export const planvisElementStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    font-family: var(--planvis-font-family, inherit);
    color: var(--planvis-color-text);
    background-color: var(--planvis-color-bg);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .planvis-status {
    display: flex;
    align-items: center;
    gap: var(--planvis-space-2);
    min-block-size: 1.5em;
    color: var(--planvis-color-muted);
    font-size: var(--planvis-font-size-sm);
  }

  .planvis-spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--planvis-color-border);
    border-block-start-color: var(--planvis-color-accent);
    border-radius: 50%;
    animation: planvis-spin 0.8s linear infinite;
  }

  @keyframes planvis-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .planvis-error {
    padding: var(--planvis-space-3) var(--planvis-space-4);
    border: 1px solid var(--planvis-color-border);
    border-inline-start: 4px solid var(--planvis-color-danger);
    border-radius: var(--planvis-radius);
    background-color: var(--planvis-color-surface);
    overflow-wrap: anywhere;
  }

  .planvis-error p,
  .planvis-error ul {
    margin: 0;
  }

  .planvis-error > * + * {
    margin-block-start: var(--planvis-space-2);
  }

  .planvis-error ul {
    padding-inline-start: var(--planvis-space-5);
  }

  .planvis-error-source {
    color: var(--planvis-color-muted);
    font-size: var(--planvis-font-size-sm);
  }

  .planvis-skipped {
    margin-block-end: var(--planvis-space-3);
    padding: var(--planvis-space-2) var(--planvis-space-3);
    border: 1px solid var(--planvis-color-border);
    border-inline-start: 4px solid var(--planvis-color-warning);
    border-radius: var(--planvis-radius);
    background-color: var(--planvis-color-surface);
    font-size: var(--planvis-font-size-sm);
    overflow-wrap: anywhere;
  }

  .planvis-skipped summary {
    cursor: pointer;
    min-block-size: 24px;
  }

  .planvis-skipped ul {
    margin: var(--planvis-space-2) 0 0;
    padding-inline-start: var(--planvis-space-5);
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }

  @media (forced-colors: active) {
    .planvis-error,
    .planvis-skipped {
      border-color: CanvasText;
    }
    .planvis-spinner {
      border-color: CanvasText;
      border-block-start-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
