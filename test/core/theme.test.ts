// Theme: token defaults (light, dark, auto), their contrast, forced colours and reduced motion, inherited fonts,
// page overrides on the element or inherited from above it, no style leaks either way, and status icons.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMediaFeatures } from '../support/media.js';
import { DARK_TOKENS, LIGHT_TOKENS, PlanvisElement, statusIcon, type PlanContext } from '@planvis/core';
import { render } from 'lit';
import minimal from './fixtures/minimal-plan.json' with { type: 'json' };
import { copy } from './core-test-support.js';

class CoreTestTheme extends PlanvisElement {
  protected override renderPlan(ctx: PlanContext) {
    return html`<h2>${this.i18n.text(ctx.plan.title).text}</h2>
      <code>x</code>
      <p class="status">${statusIcon('done')}<span>${this.i18n.t('core:status.done')}</span></p>`;
  }
}
customElements.define('core-test-theme', CoreTestTheme);

const token = (el: Element, name: string) =>
  getComputedStyle(el).getPropertyValue(`--planvis-${name}`).trim();

/** '#1c1f23' → 'rgb(28, 31, 35)': registered colour tokens compute to rgb(). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme tokens', () => {
  afterEach(() => emulateMediaFeatures({}));

  it('has light defaults, and dark ones for theme="dark"', async () => {
    const el = await fixture<CoreTestTheme>(html`<core-test-theme .plan=${copy(minimal)}></core-test-theme>`);
    expect(token(el, 'color-text')).to.equal(rgb(LIGHT_TOKENS.text));
    expect(getComputedStyle(el).color).to.equal('rgb(28, 31, 35)');
    expect(token(el, 'space-3')).to.equal('0.75rem');
    el.theme = 'dark';
    await el.updateComplete;
    expect(token(el, 'color-text')).to.equal(rgb(DARK_TOKENS.text));
    expect(token(el, 'color-bg')).to.equal(rgb(DARK_TOKENS.bg));
  });

  it('follows the reader for theme="auto"', async function () {
    const el = await fixture<CoreTestTheme>(
      html`<core-test-theme theme="auto" .plan=${copy(minimal)}></core-test-theme>`,
    );
    // Skipped, visibly, where the browser's driver cannot emulate media features (Firefox over BiDi).
    if (!(await emulateMediaFeatures({ 'prefers-color-scheme': 'light' }))) this.skip();
    expect(token(el, 'color-bg')).to.equal(rgb(LIGHT_TOKENS.bg));
    await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
    expect(token(el, 'color-bg')).to.equal(rgb(DARK_TOKENS.bg));
  });

  it('meets AA contrast in light and dark: text 4.5:1, lines and markers 3:1, against bg and surface', () => {
    const text = ['text', 'muted', 'accent', 'success', 'warning', 'danger', 'info'] as const;
    const statuses = Object.keys(LIGHT_TOKENS).filter((k) =>
      k.startsWith('status-'),
    ) as (keyof typeof LIGHT_TOKENS)[];
    for (const [name, tokens] of [
      ['light', LIGHT_TOKENS],
      ['dark', DARK_TOKENS],
    ] as const) {
      for (const ground of [tokens.bg, tokens.surface]) {
        for (const key of [...text, ...statuses]) {
          expect(contrast(tokens[key], ground), `${name} ${key} on ${ground}`).to.be.at.least(4.5);
        }
        for (const key of ['border', 'focus'] as const) {
          expect(contrast(tokens[key], ground), `${name} ${key} on ${ground}`).to.be.at.least(3);
        }
      }
      expect(contrast(tokens['accent-contrast'], tokens.accent), `${name} accent-contrast`).to.be.at.least(
        4.5,
      );
    }
  });

  it('uses system colours under forced colours, and no motion when the reader asks for less', async function () {
    const el = await fixture<CoreTestTheme>(
      html`<core-test-theme theme="dark" .plan=${copy(minimal)}></core-test-theme>`,
    );
    // Skipped, visibly, where the browser's driver cannot emulate media features (Firefox over BiDi).
    if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
    // Registered colour tokens compute to rgb(): compare with what the system colours compute to.
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (name: string) => ((probe.style.color = name), getComputedStyle(probe).color);
    expect(token(el, 'color-text')).to.equal(system('CanvasText'));
    expect(token(el, 'color-accent')).to.equal(system('LinkText'));
    expect(token(el, 'color-focus')).to.equal(system('Highlight'));
    expect(system('Highlight'), 'the system colours differ').not.to.equal(system('CanvasText'));
    probe.remove();
    await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
    expect(token(el, 'transition-duration')).to.equal('0s');
  });

  it('inherits the page font and lets the page set tokens on the element', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <style>
          .font-test {
            font-family: Georgia, serif;
            font-size: 20px;
          }
          core-test-theme.branded {
            --planvis-color-accent: #00577d;
            --planvis-font-family: 'Courier New', monospace;
          }
        </style>
        <div class="font-test"><core-test-theme .plan=${copy(minimal)}></core-test-theme></div>
        <core-test-theme class="branded" .plan=${copy(minimal)}></core-test-theme>
      </div>`,
    );
    const [plain, branded] = [...wrap.querySelectorAll('core-test-theme')];
    const h2 = plain!.shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(h2).fontFamily).to.contain('Georgia');
    expect(token(branded!, 'color-accent')).to.equal('rgb(0, 87, 125)');
    expect(getComputedStyle(branded!.shadowRoot!.querySelector('h2')!).fontFamily).to.contain('Courier New');
  });

  it('inherits tokens a page sets above the widget (on :root or a section), light and dark', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div class="vendor">
        <style>
          .vendor {
            --planvis-color-accent: #00577d;
            --planvis-color-accent-dark: #8fd0ff;
            --planvis-space-4: 1.125rem;
          }
        </style>
        <core-test-theme .plan=${copy(minimal)}></core-test-theme>
        <core-test-theme theme="dark" .plan=${copy(minimal)}></core-test-theme>
      </div>`,
    );
    const [light, dark] = [...wrap.querySelectorAll('core-test-theme')];
    expect(token(light!, 'color-accent')).to.equal('rgb(0, 87, 125)');
    expect(token(light!, 'space-4')).to.equal('1.125rem');
    expect(token(dark!, 'color-accent')).to.equal('rgb(143, 208, 255)');
    // What the vendor did not set keeps its default, in each theme.
    expect(token(light!, 'color-text')).to.equal(rgb(LIGHT_TOKENS.text));
    expect(token(dark!, 'color-text')).to.equal(rgb(DARK_TOKENS.text));
  });

  it('does not leak styles in either direction', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <style>
          h2 {
            color: rgb(255, 0, 0);
          }
          code {
            font-family: Georgia, serif;
          }
        </style>
        <h2 class="page">Page heading</h2>
        <code class="page">page code</code>
        <core-test-theme .plan=${copy(minimal)}></core-test-theme>
      </div>`,
    );
    const el = wrap.querySelector('core-test-theme')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).color).not.to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(wrap.querySelector('code.page')!).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(el.shadowRoot!.querySelector('code')!).fontFamily).not.to.contain('Georgia');
  });
});

describe('statusIcon', () => {
  it('is a hidden SVG with its own shape per status, coloured by the status token', async () => {
    const container = document.createElement('div');
    const statuses = [
      'proposed',
      'approved',
      'planned',
      'in-progress',
      'on-hold',
      'done',
      'cancelled',
      'overdue',
    ];
    const shapes = statuses.map((status) => {
      render(statusIcon(status), container);
      const svg = container.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('data-status')).to.equal(status);
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      return svg.innerHTML.replace(/<!--[^]*?-->/g, '');
    });
    expect(new Set(shapes).size).to.equal(statuses.length);
    render(statusIcon('bogus'), container);
    expect(container.querySelector('svg')!.getAttribute('data-status')).to.equal('unknown');

    const el = await fixture<CoreTestTheme>(html`<core-test-theme .plan=${copy(minimal)}></core-test-theme>`);
    const icon = el.shadowRoot!.querySelector('svg')!;
    expect(getComputedStyle(icon).color).to.equal('rgb(29, 116, 56)'); // LIGHT_TOKENS['status-done']
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});
