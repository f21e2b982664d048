// axe-core (WCAG 2.2 A/AA) over one widget × every example plan × every locale × light, dark and forced colours ×
// 320 and 1280 px, inside shadow roots; plus reflow at 320 px. A failure names widget, plan, locale, theme, width.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { axeViolations } from '../support/axe.js';
import { emulateMediaFeatures } from '../support/media.js';
import { EXAMPLES, LOCALES, WIDTHS, deepElements, loadExample, mountWidget, nextFrame } from './widgets.js';
import type { PlanvisTestElement, THEMES } from './widgets.js';

/**
 * Lays out what `content-visibility: auto` skips (the goal tree's outline nodes off-screen), so axe measures
 * the boxes a reader sees once they scroll there. axe treats skipped content as visible but reads its stale
 * geometry — the text then seems to sit outside its box, on the page's background (dequelabs/axe-core#2768).
 * Firefox showed it: dark status text "on white" below the last node at 320 px, a text that is not painted.
 */
function layOutSkippedContent(element: PlanvisTestElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  for (const host of [element, ...deepElements(element)]) {
    if (host.shadowRoot) host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
  }
}

export function describeAxeMatrix(tag: string): void {
  describe(`${tag}: WCAG 2.2 AA and reflow over every plan, locale, theme and width`, function () {
    this.timeout(10 * 60 * 1000);
    let canEmulateForcedColors = true;

    before(async () => {
      canEmulateForcedColors = await emulateMediaFeatures({ 'forced-colors': 'active' });
      await emulateMediaFeatures({});
    });

    afterEach(async () => {
      await emulateMediaFeatures({});
      await setViewport({ width: 1280, height: 800 });
      document.body.replaceChildren();
    });

    /** Runs axe over every locale and width in the given themes; resolves with the failures, each placed. */
    async function check(example: string, themes: readonly (typeof THEMES)[number][]): Promise<string[]> {
      const plan = await loadExample(example);
      await setViewport({ width: 1280, height: 800 });
      const { wrapper, element } = await mountWidget(tag, plan);
      layOutSkippedContent(element);
      const failures: string[] = [];
      for (const width of WIDTHS) {
        await setViewport({ width, height: 800 });
        // A widget sees its new width a frame after the resize (ResizeObserver) and lays out in the next.
        for (let i = 0; i < 3; i++) {
          await nextFrame();
          await element.updateComplete;
        }
        for (const theme of themes) {
          await emulateMediaFeatures(theme === 'forced-colors' ? { 'forced-colors': 'active' } : {});
          element.setAttribute('theme', theme === 'dark' ? 'dark' : 'light');
          for (const locale of LOCALES) {
            wrapper.lang = locale;
            await element.updateComplete;
            await nextFrame();
            const where = `${tag} · ${example} · ${locale} · ${theme} · ${width} px`;
            for (const violation of await axeViolations(element)) {
              const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
              failures.push(`${where}: ${violation.id} — ${violation.help} (${targets.join('; ')})`);
            }
            if (width === 320) {
              const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
              if (overflow > 0) failures.push(`${where}: the page scrolls horizontally by ${overflow} px`);
            }
          }
        }
      }
      return failures;
    }

    for (const example of EXAMPLES) {
      it(`${example}: 0 axe violations and no horizontal scroll at 320 px, light and dark`, async () => {
        const failures = await check(example, ['light', 'dark']);
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });

      it(`${example}: 0 axe violations and no horizontal scroll at 320 px, forced colours`, async function () {
        // Skipped, visibly, where the browser's driver cannot emulate forced colours (Firefox over BiDi).
        if (!canEmulateForcedColors) this.skip();
        const failures = await check(example, ['forced-colors']);
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  });
}
