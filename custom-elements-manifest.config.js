// @custom-elements-manifest/analyzer: reads the JSDoc of every element into custom-elements.json,
// which feeds Storybook's autodocs and editors.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'packages/*/src/**/locales/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
