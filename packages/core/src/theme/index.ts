export {
  themeTokens,
  registerThemeTokens,
  LIGHT_TOKENS,
  DARK_TOKENS,
  LAYOUT_TOKENS,
} from './theme-tokens.js';
export { visuallyHidden, focusRing, statusIconStyles } from './shared-styles.js';
export { statusIcon, type IconStatus } from './status-icon.js';
export { cssProps } from './css-props.js';
