/** The version of the planvis packages, as published. */
export const PLANVIS_VERSION = '0.1.0';
