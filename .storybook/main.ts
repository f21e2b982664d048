import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// The same output level as tsc (ES2022) everywhere code is transformed; decorators are TypeScript's experimental
// ones (tsconfig.base.json), which esbuild reads from the packages' tsconfig.
const target = 'es2022';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, enableCrashReports: false },
  // The example plans, served over HTTP like on a municipal site: src="examples/sogndal-oppvekst.json".
  staticDirs: [{ from: '../docs/examples', to: '/examples' }],
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Resolve workspace packages to their TypeScript sources (the "source" export condition).
      resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
      esbuild: { target },
      build: { target },
      optimizeDeps: { esbuildOptions: { target } },
    });
  },
};

export default config;
