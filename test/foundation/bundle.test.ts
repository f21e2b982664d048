import { expect } from '@open-wc/testing';
import { PLANVIS_ELEMENTS } from '../../packages/planvis/src/elements.js';

interface SmokeWindow extends Window {
  __planvisProblems: string[];
}

/** Opens a page in an iframe and resolves with its window once it has loaded. */
async function openPage(url: string): Promise<SmokeWindow> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1024px';
  document.body.append(frame);
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
    frame.src = url;
  });
  return frame.contentWindow as unknown as SmokeWindow;
}

/** The first word of each SWOT quadrant heading on a page, once the grid has rendered (or after 5 s). */
async function swotHeadingWords(page: Window): Promise<(string | undefined)[]> {
  const words = () =>
    [...(page.document.querySelector('planvis-swot-grid')?.shadowRoot?.querySelectorAll('h2') ?? [])].map(
      (h) => /^\p{L}+/u.exec(h.textContent?.trim() ?? '')?.[0],
    );
  for (let i = 0; i < 100 && words().length < 4; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return words();
}

describe('the CDN bundle dist/planvis.min.js', () => {
  it('is one self-contained ES module: it imports nothing, not even files beside it', async () => {
    const response = await fetch('/dist/planvis.min.js');
    expect(response.ok, 'run `npm run build` first').to.equal(true);
    const source = await response.text();
    // Static `import … from "x"`, `import "x"`, `export … from "x"` and any dynamic `import(…)`.
    expect(source).not.to.match(/\b(?:import|export)\s*(?:[\w$*{},\s]+?from\s*)?["'][^"']+["']/);
    expect(source).not.to.match(/\bimport\s*\(/);
  });

  it('loads without console errors and defines every planvis element', async () => {
    const page = await openPage('/test/foundation/bundle-page.html');
    await Promise.all(
      PLANVIS_ELEMENTS.map((tag) =>
        Promise.race([
          page.customElements.whenDefined(tag),
          new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} was not defined`)), 5000)),
        ]),
      ),
    );
    for (const tag of PLANVIS_ELEMENTS) expect(page.customElements.get(tag), tag).to.be.a('function');
    expect(page.__planvisProblems).to.deep.equal([]);
  });

  it("renders a widget in the page's language (nynorsk) from the one file", async () => {
    const requested: string[] = [];
    const page = await openPage('/test/foundation/bundle-page.html');
    expect(await swotHeadingWords(page)).to.deep.equal(['Styrkar', 'Svakheiter', 'Moglegheiter', 'Truslar']);
    for (const entry of page.performance.getEntriesByType('resource')) requested.push(entry.name);
    const scripts = requested.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js'));
    expect(
      scripts.filter((path) => !path.startsWith('/__web-dev-server')),
      'the page loads the bundle and nothing beside it',
    ).to.deep.equal(['/test/foundation/record-errors.js', '/dist/planvis.min.js']);
    expect(page.__planvisProblems).to.deep.equal([]);
  });

  describe('loaded twice on one page (two script tags)', () => {
    const planvisWarnings = (page: SmokeWindow) =>
      page.__planvisProblems.filter((problem) => problem.startsWith('console.warn: planvis:'));

    it('keeps the first copy working and warns once', async () => {
      const page = await openPage('/__test/two-copies');
      expect(await swotHeadingWords(page)).to.deep.equal([
        'Styrkar',
        'Svakheiter',
        'Moglegheiter',
        'Truslar',
      ]);
      expect(planvisWarnings(page)).to.have.length(1);
      expect(planvisWarnings(page)[0]).to.contain('loaded twice');
      const others = page.__planvisProblems.filter((problem) => !planvisWarnings(page).includes(problem));
      expect(others).to.deep.equal([]);
    });

    it('works under the strict CSP when the lit-html policy allows duplicates (docs/embedding.md)', async () => {
      const page = await openPage('/__test/two-copies?csp=duplicates');
      expect(await swotHeadingWords(page)).to.deep.equal([
        'Styrkar',
        'Svakheiter',
        'Moglegheiter',
        'Truslar',
      ]);
      expect(planvisWarnings(page)).to.have.length(1);
    });

    it('under the strict CSP without it, the second copy fails to start but the first keeps working', async () => {
      const page = await openPage('/__test/two-copies?csp=strict');
      expect(await swotHeadingWords(page)).to.deep.equal([
        'Styrkar',
        'Svakheiter',
        'Moglegheiter',
        'Truslar',
      ]);
    });
  });
});
