import { css } from 'lit';

/** `.visually-hidden`: hidden on screen, read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The focus ring for anything focusable (`:focus-visible`), 3:1 against the background. */
export const focusRing = css`
  :focus-visible {
    outline: var(--planvis-focus-ring, 3px solid var(--planvis-color-focus));
    outline-offset: var(--planvis-focus-ring-offset, 2px);
  }
`;

/** Status icons: `statusIcon(status)` inside an element with `class="status-icon"` or on its own. */
export const statusIconStyles = css`
  .planvis-status-icon {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    vertical-align: -0.125em;
    color: var(--_planvis-status-color, currentColor);
  }
  .planvis-status-icon[data-status='proposed'] {
    --_planvis-status-color: var(--planvis-color-status-proposed);
  }
  .planvis-status-icon[data-status='approved'] {
    --_planvis-status-color: var(--planvis-color-status-approved);
  }
  .planvis-status-icon[data-status='planned'] {
    --_planvis-status-color: var(--planvis-color-status-planned);
  }
  .planvis-status-icon[data-status='in-progress'] {
    --_planvis-status-color: var(--planvis-color-status-in-progress);
  }
  .planvis-status-icon[data-status='on-hold'] {
    --_planvis-status-color: var(--planvis-color-status-on-hold);
  }
  .planvis-status-icon[data-status='done'] {
    --_planvis-status-color: var(--planvis-color-status-done);
  }
  .planvis-status-icon[data-status='cancelled'] {
    --_planvis-status-color: var(--planvis-color-status-cancelled);
  }
  .planvis-status-icon[data-status='overdue'] {
    --_planvis-status-color: var(--planvis-color-status-overdue);
  }
  @media (forced-colors: active) {
    .planvis-status-icon {
      color: CanvasText;
    }
  }
`;
