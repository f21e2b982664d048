import { svg, html, type TemplateResult } from 'lit';

/** The statuses that have an icon: node statuses, milestone statuses and the derived `overdue`. */
export type IconStatus =
  'proposed' | 'approved' | 'planned' | 'in-progress' | 'on-hold' | 'done' | 'cancelled' | 'overdue';

/** Each icon has its own shape, so status is never told by colour alone (16×16 grid, currentColor). */
const SHAPES: Record<IconStatus, TemplateResult> = {
  // dashed ring: an idea not yet decided
  proposed: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.3"/>`,
  // ring with a tick
  approved: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M5.2 8.2l2 2 3.8-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // empty ring
  planned: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  // half-filled ring
  'in-progress': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  // pause bars in a ring
  'on-hold': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M6.5 5.5v5M9.5 5.5v5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  // filled disc with a cut-out tick
  done: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.8 8.2l2.2 2.2 4.2-4.6" fill="none" stroke="var(--planvis-color-bg, #fff)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // ring with a cross
  cancelled: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  // warning triangle with an exclamation mark
  overdue: svg`<path d="M8 1.5l7 12.5H1z" fill="currentColor"/><path d="M8 6v4" stroke="var(--planvis-color-bg, #fff)" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="12" r="1" fill="var(--planvis-color-bg, #fff)"/>`,
};

/**
 * The icon for a status as an inline SVG (`aria-hidden`, `currentColor`, class `planvis-status-icon`,
 * `data-status`). Always pair it with the status text. Unknown statuses give an empty ring.
 */
export function statusIcon(status: string | undefined): TemplateResult {
  const known = status !== undefined && Object.hasOwn(SHAPES, status);
  const shape = known ? SHAPES[status as IconStatus] : SHAPES.planned;
  return html`<svg
    class="planvis-status-icon"
    data-status=${known ? status : 'unknown'}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${shape}
  </svg>`;
}
