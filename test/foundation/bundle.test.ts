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

describe('the CDN bundle dist/planvis.min.js', () => {
  it('is one self-contained ES module: no bare imports left', async () => {
    const response = await fetch('/dist/planvis.min.js');
    expect(response.ok, 'run `npm run build` first').to.equal(true);
    const source = await response.text();
    // Static `import … from "x"`, `import "x"`, `export … from "x"` and dynamic `import("x")` with a bare "x".
    expect(source).not.to.match(/\b(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'](?![./])/);
    expect(source).not.to.match(/\bimport\s*\(\s*["'](?![./])/);
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
});
