// axe-core (WCAG 2.2 A/AA) over one widget × every example plan × every locale × light, dark and forced colours ×
// 320 and 1280 px, inside shadow roots; plus reflow at 320 px. A failure names widget, plan, locale, theme, width.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { axeViolations } from '../support/axe.js';
import { emulateMediaFeatures } from '../support/media.js';
import { EXAMPLES, LOCALES, THEMES, WIDTHS, loadExample, mountWidget, nextFrame } from './widgets.js';

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

    for (const example of EXAMPLES) {
      it(`${example}: 0 axe violations and no horizontal scroll at 320 px`, async () => {
        const plan = await loadExample(example);
        await setViewport({ width: 1280, height: 800 });
        const { wrapper, element } = await mountWidget(tag, plan);
        const failures: string[] = [];
        for (const width of WIDTHS) {
          await setViewport({ width, height: 800 });
          for (const theme of THEMES) {
            if (theme === 'forced-colors' && !canEmulateForcedColors) continue;
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
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  });
}
