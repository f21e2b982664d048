// Filled by the package's own issue: the element class is exported from here.
export {};
