// A web-test-runner command the built-in emulateMedia lacks: `emulate-media-features` sets any CSS media
// features (forced-colors, prefers-color-scheme, prefers-reduced-motion…) on the test page through puppeteer.
// Resolves to false where the browser cannot emulate them, so a test can say so instead of passing silently.
// Puppeteer's page.emulateMediaFeatures refuses forced-colors, so this talks to the DevTools protocol directly,
// over one CDP session per page that stays open (closing it would drop the emulation).

/** @type {WeakMap<object, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  return {
    name: 'planvis-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      try {
        if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
        const client = await sessions.get(page);
        await client.send('Emulation.setEmulatedMedia', { features });
        return true;
      } catch {
        return false;
      }
    },
  };
}
