// The CDN bundle: a minified ES module that registers every planvis element, and beside it a folder with one
// chunk per language (nn, nb, da, sv) that the bundle imports when a page first shows that language; English is
// in the bundle itself. Input is the TypeScript output of `tsc -b` (packages/*/dist), so rollup only resolves,
// bundles and minifies.
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const banner =
  '/*! planvis | MIT | bundles lit (BSD-3-Clause), i18next (MIT), valibot (MIT) and d3 modules (ISC) */';

/** A locale file of a language other than English: `…/locales/nn.json` → `nn`. */
const LOCALE = /[\\/]locales[\\/](nn|nb|da|sv)\.json$/;

/**
 * Bundles one entry into a minified ES module `file`, with its language chunks in a folder named after it
 * beside it: `dist/planvis.min.js` and `dist/planvis/nn-<hash>.js`. Every locale file of one language (core,
 * validation, each widget) goes into that language's one chunk, so a page fetches one file per language.
 */
export function bundle(input, ...files) {
  const chunks = (file) => basename(file).replace(/\.min\.js$/, '');
  return {
    input,
    output: files.map((file) => ({
      dir: dirname(file),
      entryFileNames: basename(file),
      chunkFileNames: `${chunks(file)}/[name]-[hash].js`,
      manualChunks: (id) => LOCALE.exec(id)?.[1],
      format: 'es',
      sourcemap: true,
      banner,
    })),
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      // Default exports only: a locale chunk then holds each string once, not again as a named export.
      json({ namedExports: false, compact: true }),
      // Whitespace and comments out of the html`` and css`` templates (Lit's own plugin; lightningcss for CSS).
      // Only plain html`` (not lit/static-html's, whose dynamic tag names its parser cannot read).
      minifyHTML({ failOnError: true, options: { shouldMinify: (template) => template.tag === 'html' } }),
      terser({ ecma: 2022, module: true, format: { comments: /^!/ } }),
      {
        // The chunk names carry a content hash: remove the previous build's chunks before writing new ones.
        name: 'planvis-clean-chunks',
        renderStart(options) {
          const file = files.find(
            (f) => dirname(f) === options.dir && basename(f) === options.entryFileNames,
          );
          if (file) rmSync(join(dirname(file), chunks(file)), { recursive: true, force: true });
        },
      },
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

export default [
  // Also inside the umbrella package, so a CDN serves it from the published @planvis/planvis.
  bundle('packages/planvis/dist/define.js', 'dist/planvis.min.js', 'packages/planvis/dist/planvis.min.js'),
  ...WIDGETS.map((name) => bundle(`packages/${name}/dist/define.js`, `dist/widgets/${name}.min.js`)),
];
