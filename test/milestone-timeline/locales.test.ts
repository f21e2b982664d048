import { expect } from '@open-wc/testing';
import en from '../../packages/milestone-timeline/src/locales/en.json' with { type: 'json' };
import nn from '../../packages/milestone-timeline/src/locales/nn.json' with { type: 'json' };
import nb from '../../packages/milestone-timeline/src/locales/nb.json' with { type: 'json' };
import da from '../../packages/milestone-timeline/src/locales/da.json' with { type: 'json' };
import sv from '../../packages/milestone-timeline/src/locales/sv.json' with { type: 'json' };

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key)),
  );
}

describe('milestone-timeline locales', () => {
  const locales = { en, nn, nb, da, sv };

  it('have the same keys in all five languages, each a non-empty string', () => {
    const keys = Object.keys(flatten(en)).sort();
    for (const [lang, strings] of Object.entries(locales)) {
      const flat = flatten(strings);
      expect(Object.keys(flat).sort(), lang).to.deep.equal(keys);
      for (const [key, value] of Object.entries(flat)) {
        expect(value, `${lang}:${key}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('keep the same interpolation variables as English', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const english = flatten(en);
    for (const [lang, strings] of Object.entries(locales)) {
      for (const [key, value] of Object.entries(flatten(strings))) {
        expect(vars(value), `${lang}:${key}`).to.deep.equal(vars(english[key]));
      }
    }
  });
});
