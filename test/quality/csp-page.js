// The recorder of the strict-CSP test page (/__test/csp-page, see test/server/test-routes.js), loaded before the
// planvis bundle. It keeps every Content-Security-Policy violation, every planvis-load and planvis-error, and every
// uncaught error and unhandled rejection in window.__planvisCsp, which test/quality/csp.test.ts reads from the
// parent page. With `?probe` in the page address it also breaks the policy on purpose (an inline style attribute,
// a string assigned to innerHTML, a second Trusted Types policy), so the test can check that the policy is
// enforced and that the recorder sees each kind of violation.
(() => {
  const record = {
    violations: [],
    loads: [],
    errors: [],
    problems: [],
  };
  window.__planvisCsp = record;

  /** `tag[data-case]` of the widget an event came from (the composed path's first planvis element). */
  const widgetOf = (event) => {
    const path = event.composedPath();
    const widget = path.find((node) => node.localName && node.localName.startsWith('planvis-'));
    if (!widget) return '(page)';
    return widget.dataset.case || widget.localName;
  };
  const describe = (node) => {
    if (!node || !node.localName) return String(node);
    const classes = node.getAttribute('class');
    const part = node.getAttribute('part');
    return `<${node.localName}${classes ? ` class="${classes}"` : ''}${part ? ` part="${part}"` : ''}>`;
  };

  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      record.violations.push({
        widget: widgetOf(event),
        element: describe(event.composedPath()[0]),
        violatedDirective: event.violatedDirective,
        effectiveDirective: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '',
      });
    },
    true,
  );
  document.addEventListener(
    'planvis-load',
    (event) => record.loads.push(event.target.dataset?.case || event.target.localName),
    true,
  );
  document.addEventListener(
    'planvis-error',
    (event) => {
      const detail = event.detail ?? event;
      record.errors.push({
        widget: event.target.dataset?.case || event.target.localName,
        code: detail.code,
        message: detail.message,
      });
    },
    true,
  );
  window.addEventListener('error', (event) => record.problems.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    record.problems.push(`unhandled rejection: ${String(event.reason)}`),
  );

  if (new URLSearchParams(location.search).has('probe')) {
    document.addEventListener('DOMContentLoaded', () => {
      const probe = document.createElement('div');
      probe.dataset.case = 'planvis-probe';
      document.body.append(probe);
      probe.setAttribute('style', 'color: red');
      try {
        probe.innerHTML = '<b>not trusted</b>';
        record.problems.push('probe: a string was assigned to innerHTML without a Trusted Types error');
      } catch {
        // expected: require-trusted-types-for 'script'
      }
      try {
        window.trustedTypes.createPolicy('planvis-probe', { createHTML: (s) => s });
        record.problems.push('probe: a policy not named in trusted-types was created');
      } catch {
        // expected: trusted-types lit-html
      }
    });
  }
})();
