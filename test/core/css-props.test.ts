import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssProps } from '@planvis/core';

describe('cssProps directive', () => {
  it('sets properties through the CSSOM, never a style attribute that a strict CSP would block', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (props: Record<string, string | undefined>) =>
      render(html`<span ${cssProps(props)}>bar</span>`, host);
    draw({ '--planvis-progress': '40%', insetInlineStart: '3px' });
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--planvis-progress')).to.equal('40%');
    expect(span.style.getPropertyValue('inset-inline-start')).to.equal('3px');

    draw({ '--planvis-progress': '75%' });
    expect(span.style.getPropertyValue('--planvis-progress')).to.equal('75%');
    expect(span.style.getPropertyValue('inset-inline-start'), 'dropped properties are removed').to.equal('');
  });
});
