// The CDN bundle `dist/planvis.min.js`: one self-contained, minified ES module that registers every planvis
// element, with every language in it — what a CMS page loads with one <script type="module">, and what a web
// team can copy to its own server as one file. (The packages load nn, nb, da and sv with dynamic imports, so an
// application's own bundler splits them into chunks; here they are inlined: all four add about 6 kB gzip, less
// than the round trip a second, serial request would cost on a slow phone network.) Input is the TypeScript
// output of `tsc -b` (packages/*/dist), so rollup only resolves, bundles and minifies.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const banner =
  '/*! planvis | MIT | bundles lit (BSD-3-Clause), i18next (MIT), valibot (MIT) and d3 modules (ISC) */';

/**
 * Bundles one entry into one self-contained, minified ES module in each of `files`: the languages' dynamic
 * imports are inlined, so a file needs nothing beside it.
 * @param {string} input
 * @param {string[]} files
 */
export function bundle(input, files) {
  return {
    input,
    output: files.map((file) => ({
      file,
      inlineDynamicImports: true,
      format: 'es',
      sourcemap: true,
      banner,
    })),
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      // Default exports only: a locale then holds each string once, not again as a named export.
      json({ namedExports: false, compact: true }),
      // Whitespace and comments out of the html`` and css`` templates (Lit's own plugin; lightningcss for CSS).
      // Only plain html`` (not lit/static-html's, whose dynamic tag names its parser cannot read).
      minifyHTML({ failOnError: true, options: { shouldMinify: (template) => template.tag === 'html' } }),
      terser({ ecma: 2022, module: true, format: { comments: /^!/ } }),
    ],
    onwarn(warning, warn) {
      // TypeScript's decorator helper starts with `this && this.__decorate`; at module top level `this` is
      // undefined, which is what the helper expects.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules[\\/]d3-/.test(warning.message)) return;
      warn(warning);
    },
  };
}

/** Every widget bundled alone with everything it needs: what the size budgets measure per widget. */
export const WIDGETS = ['goal-tree', 'program-card', 'milestone-timeline', 'swot-grid', 'vision-mission'];

const UMBRELLA = 'packages/planvis/dist/define.js';

export default [
  // Also inside the umbrella package, so a CDN serves it from the published @planvis/planvis.
  bundle(UMBRELLA, ['dist/planvis.min.js', 'packages/planvis/dist/planvis.min.js']),
  ...WIDGETS.map((name) => bundle(`packages/${name}/dist/define.js`, [`dist/widgets/${name}.min.js`])),
];
