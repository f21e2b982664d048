import { expect } from '@open-wc/testing';
import { emulateMediaFeatures } from '../support/media.js';

describe('the emulate-media-features test command', () => {
  afterEach(() => emulateMediaFeatures({}));

  it('turns forced colors on and off for the page', async function () {
    // Skipped, visibly, in a browser whose driver cannot emulate media features.
    if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await emulateMediaFeatures({});
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });
});
