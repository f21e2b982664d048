import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };

// Autodocs read each element's attributes, events, parts, slots and CSS properties from its JSDoc.
setCustomElementsManifest(manifest);

const LOCALES = [
  { value: 'nn', title: 'Nynorsk' },
  { value: 'nb', title: 'Bokmål' },
  { value: 'da', title: 'Dansk' },
  { value: 'sv', title: 'Svenska' },
  { value: 'en', title: 'English' },
];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the lang attribute of the story wrapper)',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    theme: {
      description: 'Theme of the widgets (their theme attribute) and of the page behind them',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nn', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      const theme = globals.theme === 'dark' ? 'dark' : 'light';
      document.documentElement.style.colorScheme = theme;
      document.body.style.background = theme === 'dark' ? '#121416' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#e8eaed' : '#1a1c1e';
      return html`<div lang=${globals.locale ?? 'nn'} style="font-family: system-ui, sans-serif">
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story's test (the a11y addon runs axe-core).
    a11y: { test: 'error' },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Guides', 'Widgets'] } },
  },
};

export default preview;
