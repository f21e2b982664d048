// Web-test-runner commands the built-in emulateMedia lacks or cannot do quietly:
// - `emulate-media-features` sets any CSS media features (forced-colors, prefers-color-scheme,
//   prefers-reduced-motion…) on the test page;
// - `emulate-media-type` sets the media type ('print' or 'screen').
// Both resolve to false where the browser cannot emulate them (Firefox over WebDriver BiDi has no such
// command), so a test can say so and skip instead of failing or passing silently.
// Puppeteer's page.emulateMediaFeatures refuses forced-colors, so this talks to the DevTools protocol directly,
// over one CDP session per page that stays open (closing it would drop the emulation). One
// Emulation.setEmulatedMedia call sets type and features together (a missing one is reset), so the page's
// current type and features are kept here and sent together every time.

/** @type {WeakMap<object, { client: Promise<import('puppeteer-core').CDPSession>, media: string, features: { name: string, value: string }[] }>} */
const pages = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  return {
    name: 'planvis-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'emulate-media-type') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        if (!pages.has(page)) pages.set(page, { client: page.createCDPSession(), media: '', features: [] });
        const state = pages.get(page);
        if (command === 'emulate-media-type') {
          state.media = String(payload?.media ?? '');
        } else {
          state.features = Object.entries(payload ?? {}).map(([name, value]) => ({
            name,
            value: String(value),
          }));
        }
        const client = await state.client;
        await client.send('Emulation.setEmulatedMedia', { media: state.media, features: state.features });
        return true;
      } catch {
        return false;
      }
    },
  };
}
