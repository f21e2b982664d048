// Builds one entry as rollup.config.js's `bundle` does (node-resolve, JSON, minified templates, terser), in
// memory: what bench/shared-runtime.mjs and bench/size-options.mjs measure.
import { rollup } from 'rollup';
import { bundle } from '../rollup.config.js';

/**
 * The output chunks of `input` (a module id; `plugins` run first, to supply or redirect modules). With
 * `inlineDynamicImports: false` the languages' dynamic imports become chunks of their own.
 * @param {string} input
 * @param {{ plugins?: import('rollup').Plugin[], inlineDynamicImports?: boolean }} [options]
 * @returns {Promise<import('rollup').OutputChunk[]>}
 */
export async function buildInMemory(input, { plugins = [], inlineDynamicImports = true } = {}) {
  const config = bundle(input, []);
  const built = await rollup({ ...config, plugins: [...plugins, ...config.plugins], output: undefined });
  try {
    const { output } = await built.generate({ format: 'es', inlineDynamicImports });
    return output.filter((chunk) => chunk.type === 'chunk');
  } finally {
    await built.close();
  }
}
