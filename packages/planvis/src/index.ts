/** @planvis/planvis — every planvis package in one import. Registering the elements is `@planvis/planvis/define`. */
export * from '@planvis/core';
export { PLANVIS_ELEMENTS } from './elements.js';
