import { expect } from '@open-wc/testing';
import en from '../../packages/vision-mission/src/locales/en.json' with { type: 'json' };
import nn from '../../packages/vision-mission/src/locales/nn.json' with { type: 'json' };
import nb from '../../packages/vision-mission/src/locales/nb.json' with { type: 'json' };
import da from '../../packages/vision-mission/src/locales/da.json' with { type: 'json' };
import sv from '../../packages/vision-mission/src/locales/sv.json' with { type: 'json' };

const LOCALES: Record<string, Record<string, string>> = { en, nn, nb, da, sv };

describe('vision-mission: locales', () => {
  it('every locale has the same keys, none empty, with the same placeholders', () => {
    const keys = Object.keys(en).sort();
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [lang, strings] of Object.entries(LOCALES)) {
      expect(Object.keys(strings).sort(), lang).to.deep.equal(keys);
      for (const key of keys) {
        expect(strings[key]!.trim(), `${lang}.${key}`).to.not.equal('');
        expect(placeholders(strings[key]!), `${lang}.${key}`).to.deep.equal(
          placeholders(en[key as keyof typeof en]),
        );
      }
    }
  });

  it('uses the glossary words for vision, mission and the two axes', () => {
    expect([nn.vision, nb.vision, da.vision, sv.vision]).to.deep.equal([
      'Visjon',
      'Visjon',
      'Vision',
      'Vision',
    ]);
    expect([nn.mission, nb.mission, da.mission, sv.mission]).to.deep.equal([
      'Misjon',
      'Misjon',
      'Mission',
      'Mission',
    ]);
    for (const strings of Object.values(LOCALES)) {
      expect(strings.goals_one).to.contain('{{count}}');
      expect(strings.goals_other).to.contain('{{count}}');
    }
  });
});
