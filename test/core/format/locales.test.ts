import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import da from '../../../packages/core/src/format/locales/da.json' with { type: 'json' };
import en from '../../../packages/core/src/format/locales/en.json' with { type: 'json' };
import nb from '../../../packages/core/src/format/locales/nb.json' with { type: 'json' };
import nn from '../../../packages/core/src/format/locales/nn.json' with { type: 'json' };
import sv from '../../../packages/core/src/format/locales/sv.json' with { type: 'json' };
import {
  formatValidationError,
  PLAN_ERROR_CODES,
  validatePlan,
  validationMessage,
  type PlanError,
} from '../../../packages/core/src/format/index.js';

const LOCALES: Record<string, Record<string, string>> = { en, nn, nb, da, sv };

describe('validation messages', () => {
  it('have a message for every error code in every language', () => {
    for (const [lang, messages] of Object.entries(LOCALES)) {
      for (const code of PLAN_ERROR_CODES) {
        expect(messages[code], `${lang}: ${code}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('have the same keys in every language, and no key that is not used', () => {
    const keys = Object.keys(en).sort();
    for (const [lang, messages] of Object.entries(LOCALES)) {
      expect(Object.keys(messages).sort(), lang).to.deep.equal(keys);
    }
    const known = new Set<string>(PLAN_ERROR_CODES);
    for (const key of keys) {
      const used =
        known.has(key.replace(/_suggestion$/, '')) ||
        /^(kind|type|axis)-[a-z-]+$/.test(key) ||
        /^cli-[a-z-]+(_one|_other)?$/.test(key);
      expect(used, key).to.equal(true);
    }
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of Object.keys(en)) {
      for (const [lang, messages] of Object.entries(LOCALES)) {
        expect(placeholders(messages[key]!), `${lang}: ${key}`).to.deep.equal(
          placeholders(en[key as keyof typeof en]),
        );
      }
    }
  });

  it("speak the user's language, with the plan's own words in the params", () => {
    const error: PlanError = {
      path: '/nodes/3/parent',
      code: 'unknown-reference',
      params: { id: 'mål-7', kind: 'node' },
    };
    expect(formatValidationError(error, 'en')).to.equal('None of the nodes has the id “mål-7”.');
    expect(formatValidationError(error, 'nn')).to.equal('Ingen av nodane har id-en «mål-7».');
    expect(formatValidationError(error, 'nb-NO')).to.equal('Ingen av nodene har id-en «mål-7».');
    expect(formatValidationError(error, 'no'), 'no means nb').to.equal('Ingen av nodene har id-en «mål-7».');
    expect(formatValidationError(error, 'da')).to.equal("Ingen af noderne har id'et »mål-7«.");
    expect(formatValidationError(error, 'sv')).to.equal('Ingen av noderna har id:t ”mål-7”.');
    expect(formatValidationError(error, 'de'), 'unknown falls back to English').to.equal(
      'None of the nodes has the id “mål-7”.',
    );
  });

  it('translate the words in params and offer a suggestion for a typo', () => {
    const wrongType: PlanError = {
      path: '/title',
      code: 'wrong-type',
      params: { expected: 'localized-text' },
    };
    expect(formatValidationError(wrongType, 'nn')).to.equal(
      'Må vere ein tekst, eller eit objekt med ein tekst per språk.',
    );
    const typo: PlanError = {
      path: '/nodes/0/titel',
      code: 'unknown-key',
      params: { key: 'titel', suggestion: 'title' },
    };
    expect(formatValidationError(typo, 'sv')).to.equal('Okänt fält ”titel”. Menade du ”title”?');
    const plain: PlanError = { path: '/colour', code: 'unknown-key', params: { key: 'colour' } };
    expect(formatValidationError(plain, 'en')).to.match(/^Unknown field “colour”\. Remove it/);
  });

  it('never HTML-escape (they are rendered as text)', () => {
    const error: PlanError = { path: '/id', code: 'invalid-id', params: { value: '<b>&' } };
    expect(formatValidationError(error, 'en')).to.contain('“<b>&”');
  });

  it('give a finished sentence for every error a broken document can produce, in every language', () => {
    const broken = {
      formatVersion: '1.0',
      id: '-x',
      title: { EN: 'x' },
      owner: [],
      languages: ['nn'],
      updated: '2014-02-30',
      nodes: [{ id: 'a', type: 'goal', title: 'A', parent: 'a', progress: 101, weight: -1, colour: 1 }],
      visionMatrix: { rows: ['a'], columns: [], cells: [{ row: 'z', column: 'a', nodes: [] }] },
    };
    const errors = validatePlan(broken).errors;
    expect(errors.length).to.be.greaterThan(8);
    for (const lang of Object.keys(LOCALES)) {
      for (const error of errors) {
        const message = formatValidationError(error, lang);
        expect(message, `${lang} ${error.code}`).not.to.match(/\{\{|\$t\(|kind-|type-|axis-|^[a-z-]+$/);
      }
    }
  });

  it('work with a runtime\'s own i18next instance that loads the locale files as namespace "validation"', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'da',
      ns: ['common', 'validation'],
      defaultNS: 'common',
      resources: { da: { common: {}, validation: da }, en: { common: {}, validation: en } },
      interpolation: { escapeValue: false },
    });
    const error: PlanError = {
      path: '/milestones/0/phase',
      code: 'wrong-reference-kind',
      params: { id: 'g', expected: 'phase', actual: 'node' },
    };
    expect(validationMessage(instance.getFixedT('da', 'validation'), error)).to.equal(
      '»g« skal findes blandt faserne, men hører til noderne.',
    );
  });
});
