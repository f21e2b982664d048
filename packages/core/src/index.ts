/**
 * @planvis/core — everything the planvis widgets share: the plan format and its validator,
 * loading, language, theme and the base element.
 */
export { PLANVIS_VERSION } from './version.js';
export * from './format/index.js';
