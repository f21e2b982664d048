// Runs inside the strict-CSP frame of program-card.test.ts: records violations, then registers the element.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);
});
await import('@planvis/program-card/define');
