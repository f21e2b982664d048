/**
 * The design tokens: registered, inheriting CSS custom properties with light defaults, dark defaults for
 * `theme="dark"` (and `theme="auto"` when the reader prefers dark), and system colours under forced colours.
 * Every text colour has at least 4.5:1 against both `bg` and `surface`; `border`, `focus` and the status
 * colours at least 3:1 (they are 4.1:1 and more). A page sets a token anywhere above a widget, e.g.
 * `:root { --planvis-color-accent: #00577d; --planvis-color-accent-dark: #8fd0ff; }` (see docs/theming.md).
 */
import { css, unsafeCSS } from 'lit';

/** Light theme defaults (contrast against #ffffff / #f4f6f8 in comments). */
export const LIGHT_TOKENS = {
  text: '#1c1f23', // 16.5 / 15.3
  muted: '#555c65', // 6.8 / 6.2
  bg: '#ffffff',
  surface: '#f4f6f8',
  border: '#767d86', // 4.2 / 3.8 (UI)
  accent: '#0b5cad', // 6.7 / 6.2
  'accent-contrast': '#ffffff', // 6.7 on accent
  focus: '#0b57d0', // 6.4 / 5.9
  success: '#1d7438', // 5.8 / 5.4
  warning: '#855700', // 6.3 / 5.8
  danger: '#b3261e', // 6.5 / 6.0
  info: '#0b5f9e', // 6.7 / 6.2
  'status-proposed': '#67479f', // 7.1 / 6.5
  'status-approved': '#2a6689', // 6.3 / 5.8
  'status-planned': '#555e69', // 6.6 / 6.1
  'status-in-progress': '#9c4f0a', // 5.9 / 5.5
  'status-on-hold': '#7d6300', // 5.7 / 5.3
  'status-done': '#1d7438', // 5.8 / 5.4
  'status-cancelled': '#a8312a', // 6.7 / 6.2
  'status-overdue': '#b3261e', // 6.5 / 6.0
} as const;

/** Dark theme defaults (contrast against #16191d / #20252b in comments). */
export const DARK_TOKENS: Record<keyof typeof LIGHT_TOKENS, string> = {
  text: '#e8eaed', // 14.6 / 12.8
  muted: '#aab1ba', // 8.2 / 7.1
  bg: '#16191d',
  surface: '#20252b',
  border: '#7d8590', // 4.7 / 4.1 (UI)
  accent: '#7cb8ff', // 8.5 / 7.5
  'accent-contrast': '#0b1320', // 9.0 on accent
  focus: '#8ab4f8', // 8.4 / 7.3
  success: '#63c883', // 8.5 / 7.4
  warning: '#e3b341', // 9.1 / 7.9
  danger: '#ff8a80', // 7.7 / 6.8
  info: '#79b8ff', // 8.5 / 7.4
  'status-proposed': '#bca6f0', // 8.3 / 7.2
  'status-approved': '#7ec4ea', // 9.2 / 8.1
  'status-planned': '#aab3bd', // 8.3 / 7.3
  'status-in-progress': '#f0a35e', // 8.5 / 7.4
  'status-on-hold': '#dcc050', // 9.8 / 8.6
  'status-done': '#6fcf8f', // 9.2 / 8.1
  'status-cancelled': '#ff9088', // 8.1 / 7.1
  'status-overdue': '#ff8a80', // 7.7 / 6.8
};

/** Forced colours: system colours only. */
const FORCED_TOKENS: Record<keyof typeof LIGHT_TOKENS, string> = {
  text: 'CanvasText',
  muted: 'CanvasText',
  bg: 'Canvas',
  surface: 'Canvas',
  border: 'CanvasText',
  accent: 'LinkText',
  'accent-contrast': 'Canvas',
  focus: 'Highlight',
  success: 'CanvasText',
  warning: 'CanvasText',
  danger: 'CanvasText',
  info: 'CanvasText',
  'status-proposed': 'CanvasText',
  'status-approved': 'CanvasText',
  'status-planned': 'CanvasText',
  'status-in-progress': 'CanvasText',
  'status-on-hold': 'CanvasText',
  'status-done': 'CanvasText',
  'status-cancelled': 'CanvasText',
  'status-overdue': 'CanvasText',
};

/** Design tokens other than colours, with their defaults. */
export const LAYOUT_TOKENS = {
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  radius: '0.375rem',
  'font-size-sm': '0.875em',
  'font-size-md': '1em',
  'font-size-lg': '1.25em',
  'focus-ring-offset': '2px',
  'transition-duration': '150ms',
} as const;

let registered = false;

/**
 * Registers every token as an inheriting custom property whose initial value is its (light) default, so a
 * page can set a token anywhere above a widget — on `:root`, a section or the element itself — and the widget
 * inherits it; without one, the default applies. Runs once; a second copy of planvis on the page finds the
 * properties registered already, which is fine. `--planvis-focus-ring` and `--planvis-font-family` are
 * registered without a default: the rules that use them carry their fallbacks.
 */
export function registerThemeTokens(): void {
  if (registered || typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  registered = true;
  const register = (name: string, syntax: string, initialValue?: string) => {
    try {
      CSS.registerProperty({ name, syntax, inherits: true, ...(initialValue ? { initialValue } : {}) });
    } catch {
      // Registered before (another copy of planvis, or a page that registers our names itself).
    }
  };
  for (const [name, value] of Object.entries(LIGHT_TOKENS))
    register(`--planvis-color-${name}`, '<color>', value);
  for (const [name, value] of Object.entries(LAYOUT_TOKENS)) register(`--planvis-${name}`, '*', value);
  register('--planvis-focus-ring', '*');
  register('--planvis-font-family', '*');
}

/** `--planvis-color-<name>: var(--planvis-color-<name>-dark, <dark default>)` for every colour. */
function darkDeclarations(): ReturnType<typeof unsafeCSS> {
  // Our own constants, never plan data: safe to turn into CSS text.
  return unsafeCSS(
    Object.entries(DARK_TOKENS)
      .map(([name, value]) => `--planvis-color-${name}: var(--planvis-color-${name}-dark, ${value});`)
      .join('\n'),
  );
}

function colorDeclarations(tokens: Record<string, string>): ReturnType<typeof unsafeCSS> {
  // Our own constants, never plan data: safe to turn into CSS text.
  return unsafeCSS(
    Object.entries(tokens)
      .map(([name, value]) => `--planvis-color-${name}: ${value};`)
      .join('\n'),
  );
}

/**
 * The theme rules of every widget, dark and forced-colours blocks last. Part of `PlanvisElement.styles`.
 * Light values come from the registered tokens (see `registerThemeTokens`), so they inherit from the page; the
 * dark theme reads `--planvis-color-<name>-dark`, which a page may also set anywhere above the widget.
 */
export const themeTokens = css`
  :host {
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${darkDeclarations()}
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkDeclarations()}
      color-scheme: dark;
    }
  }

  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      ${colorDeclarations(FORCED_TOKENS)}
      --planvis-focus-ring: 3px solid Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --planvis-transition-duration: 0s;
    }
  }
`;
