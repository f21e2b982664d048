import { expect } from '@open-wc/testing';
import { axeViolations } from '../support/axe.js';

describe('the axe-core test helper', () => {
  it('finds a real violation inside a shadow root', async () => {
    const host = document.createElement('div');
    host
      .attachShadow({ mode: 'open' })
      .append(Object.assign(document.createElement('img'), { src: 'data:,' }));
    document.body.append(host);
    const violations = await axeViolations(host);
    host.remove();
    expect(violations.map((v) => v.id)).to.include('image-alt');
  });
});
