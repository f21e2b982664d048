// What every widget bundle carries before its own code: bundles of the shared runtime, piece by piece, built
// exactly as the real bundles are (rollup.config.js's `bundle`: node-resolve, JSON, minified templates,
// terser), then gzip level 9 and brotli 11. Backs docs/decisions/size-budgets.md.
//
//   npm run build && node bench/shared-runtime.mjs
//
// Each row is one entry module bundled alone with everything it imports.
import { rollup } from 'rollup';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { bundle } from '../rollup.config.js';
import { kB } from './bundle-sizes.js';

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
  const config = bundle('\0entry', []);
  config.plugins.unshift({
    name: 'entry',
    resolveId: (id) => (id === '\0entry' ? id : null),
    load: (id) => (id === '\0entry' ? code : null),
  });
  const build = await rollup({ ...config, output: undefined });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const source = Buffer.from(output[0].code);
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows = [];
for (const entry of ENTRIES) rows.push({ ...entry, ...(await measureEntry(entry.code)) });
console.log('| what | gzip | brotli | minified |\n| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.name} | ${kB(row.gzip)} | ${kB(row.brotli)} | ${kB(row.raw)} |`);
