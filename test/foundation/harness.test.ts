import { expect } from '@open-wc/testing';
import { PLANVIS_VERSION } from '@planvis/core';

describe('test harness', () => {
  it('runs in a real browser (Chromium or Firefox), not a DOM emulation', () => {
    expect(navigator.userAgent).to.match(/(Chrome|Firefox)\/\d+/);
    expect(navigator.userAgent).not.to.match(/jsdom|HappyDOM/i);
    expect(typeof CSS.supports).to.equal('function');
    expect(CSS.supports('container-type: inline-size')).to.equal(true);
  });

  it('resolves workspace packages from their TypeScript sources', () => {
    expect(PLANVIS_VERSION).to.match(/^\d+\.\d+\.\d+/);
  });
});
