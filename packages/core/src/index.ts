/**
 * @planvis/core — everything the planvis widgets share: the plan format and its validator,
 * loading, language, theme and the base element.
 */
export { PLANVIS_VERSION } from './version.js';
export * from './format/index.js';
export * from './element/index.js';
export * from './events/index.js';
export * from './i18n/index.js';
export * from './interaction/index.js';
export * from './load/index.js';
export * from './safety/index.js';
export * from './theme/index.js';
