// Loaded first by the smoke pages: records every console error and warning, uncaught error and unhandled
// rejection of the page in window.__planvisProblems, so a test can assert that there were none.
window.__planvisProblems = [];
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.__planvisProblems.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
window.addEventListener('error', (event) => window.__planvisProblems.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) =>
  window.__planvisProblems.push(`unhandled rejection: ${String(event.reason)}`),
);
