/** The tag names of every element the planvis bundle registers, in the order they are defined. */
export const PLANVIS_ELEMENTS: readonly string[] = [];
