// What every widget bundle carries before its own code: bundles of the shared runtime, piece by piece, built
// exactly as the real bundles are (rollup.config.js's `bundle`: node-resolve, JSON, minified templates,
// terser), then gzip level 9 and brotli 11. Backs docs/decisions/size-budgets.md.
//
//   npm run build && node bench/shared-runtime.mjs
//
// Each row is one entry module bundled alone with everything it imports.
import { buildInMemory } from './build-in-memory.js';
import { kB, sizesOf } from './bundle-sizes.js';

/** @type {{ name: string, code: string }[]} */
const ENTRIES = [
  {
    name: 'Lit: a LitElement that renders one template',
    code: `import { LitElement, html, css } from 'lit';
      customElements.define('x-lit', class extends LitElement {
        static styles = css\`:host{display:block}\`;
        render() { return html\`<p>\${this.title}</p>\`; }
      });`,
  },
  {
    name: 'i18next: an instance of its own, one string',
    code: `import { createInstance } from 'i18next';
      const i = createInstance();
      i.init({ resources: { en: { ns: { a: 'A {{b}}' } } }, lng: 'en', initAsync: false });
      document.title = i.t('ns:a', { b: 1 });`,
  },
  {
    name: 'valibot floor + the plan schema and checks: validatePlan + readPlan',
    code: `import { validatePlan, readPlan } from '@planvis/core';
      window.x = [validatePlan, readPlan];`,
  },
  {
    name: 'the whole shared runtime: an empty PlanvisElement, defined (core, Lit, i18next, validator, five languages)',
    code: `import { PlanvisElement, definePlanvisElement } from '@planvis/core';
      import { html } from 'lit';
      class Empty extends PlanvisElement { renderPlan() { return html\`\`; } }
      definePlanvisElement('planvis-empty', Empty);`,
  },
];

/** @param {string} code */
async function measureEntry(code) {
  const entry = {
    name: 'entry',
    resolveId: (id) => (id === '\0entry' ? id : null),
    load: (id) => (id === '\0entry' ? code : null),
  };
  const [chunk] = await buildInMemory('\0entry', { plugins: [entry] });
  return sizesOf(chunk.code);
}

const rows = [];
for (const entry of ENTRIES) rows.push({ ...entry, ...(await measureEntry(entry.code)) });
console.log('| what | gzip | brotli | minified |\n| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.name} | ${kB(row.gzip)} | ${kB(row.brotli)} | ${kB(row.raw)} |`);
