// Untrusted links: only http:, https:, mailto:, tel: and relative addresses become links; plan text is text.
import { expect, fixture, html } from '@open-wc/testing';
import { PlanvisElement, definePlanvisElement, safeHref, type PlanContext } from '@planvis/core';

class CoreTestLinks extends PlanvisElement {
  protected override renderPlan(ctx: PlanContext) {
    return html`<ul>
        ${(ctx.plan.links ?? []).map((link) => {
          const href = safeHref(link.href);
          const title = this.i18n.text(link.title).text || link.href;
          return html`<li>${href ? html`<a href=${href}>${title}</a>` : title}</li>`;
        })}
      </ul>
      <p class="desc">${this.i18n.text(ctx.plan.description).text}</p>`;
  }
}
customElements.define('core-test-links', CoreTestLinks);

describe('safeHref', () => {
  it('keeps http, https, mailto, tel and relative addresses', () => {
    for (const url of [
      'https://www.sogndal.kommune.no/plan',
      'http://example.org',
      'mailto:post@sogndal.kommune.no',
      'tel:+4757629600',
      '/plan/oppvekst',
      'plan.pdf',
      '#goal-1',
      '?q=1',
      '//cdn.example.org/a.json',
      'HTTPS://EXAMPLE.ORG',
    ]) {
      expect(safeHref(url), url).to.equal(url.trim());
    }
  });

  it('refuses javascript:, data:, vbscript:, file: and their disguises', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/uuid',
      'ftp://example.org',
      '',
      '   ',
    ]) {
      expect(safeHref(url), JSON.stringify(url)).to.equal(undefined);
    }
    expect(safeHref(42)).to.equal(undefined);
    expect(safeHref(undefined)).to.equal(undefined);
  });
});

describe('untrusted plan content in the element', () => {
  it('renders unsafe links as plain text and markup in plan text as text', async () => {
    const plan = {
      formatVersion: '1.0',
      id: 'p',
      title: 'Plan',
      description: '<img src=x onerror="window.__pwned = true"><b>bold</b>',
      owner: { name: 'Test' },
      languages: ['en'],
      updated: '2024-01-01',
      nodes: [],
      links: [
        { href: 'https://example.org', title: 'Safe' },
        { href: 'mailto:post@example.org', title: 'Mail' },
      ],
    };
    const el = await fixture<CoreTestLinks>(html`<core-test-links .plan=${plan}></core-test-links>`);
    const anchors = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(anchors).to.deep.equal(['https://example.org', 'mailto:post@example.org']);
    const desc = el.shadowRoot!.querySelector('.desc')!;
    expect(desc.textContent).to.equal(plan.description);
    expect(desc.querySelector('img, b')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    // the validator drops a javascript: link, so it never reaches renderPlan: shown in the skipped notice instead
    const bad = { ...plan, links: [{ href: 'javascript:alert(1)', title: 'Bad' }] };
    const el2 = await fixture<CoreTestLinks>(
      html`<core-test-links lang="en" .plan=${bad}></core-test-links>`,
    );
    expect(el2.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el2.shadowRoot!.querySelector('details')!.textContent).to.contain('/links/0');
  });
});

describe('definePlanvisElement', () => {
  it('defines once; second definitions (another copy of planvis) warn once per page and do not throw', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      class Third extends HTMLElement {}
      definePlanvisElement('core-test-twice', First);
      expect(customElements.get('core-test-twice')).to.equal(First);
      definePlanvisElement('core-test-twice', First); // the same class again: nothing to say
      expect(warnings).to.have.length(0);
      expect(() => definePlanvisElement('core-test-twice', Second)).not.to.throw();
      expect(() => definePlanvisElement('core-test-twice', Third)).not.to.throw();
      expect(customElements.get('core-test-twice')).to.equal(First);
      class Other extends HTMLElement {}
      class OtherAgain extends HTMLElement {}
      definePlanvisElement('core-test-other', Other);
      expect(() => definePlanvisElement('core-test-other', OtherAgain)).not.to.throw();
      expect(customElements.get('core-test-other')).to.equal(Other);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('<core-test-twice> is already defined');
    } finally {
      console.warn = warn;
    }
  });
});
