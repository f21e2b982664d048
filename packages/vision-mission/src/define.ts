// Filled by the package's own issue: registers the element (customElements.define).
export {};
