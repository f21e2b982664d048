export { safeHref } from './safe-href.js';
