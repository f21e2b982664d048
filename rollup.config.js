// The CDN bundle: one self-contained, minified ES module that registers every planvis element.
// Input is the TypeScript output of `tsc -b` (packages/*/dist), so rollup only resolves, bundles and minifies.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

const banner =
  '/*! planvis | MIT | bundles lit (BSD-3-Clause), i18next (MIT), valibot (MIT) and d3 modules (ISC) */';

/** Bundles one entry into one minified ES module. */
export function bundle(input, ...files) {
  return {
    input,
    output: files.map((file) => ({ file, format: 'es', sourcemap: true, banner })),
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      json({ preferConst: true, compact: true }),
      terser({ ecma: 2022, module: true, format: { comments: /^!/ } }),
    ],
    onwarn(warning, warn) {
      // TypeScript's decorator helpers start with `this && this.__esDecorate`; at module top level `this` is
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
