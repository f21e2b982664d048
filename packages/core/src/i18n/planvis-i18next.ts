/**
 * planvis's own i18next instance (`createInstance`), never the global one: the host page may run its own
 * i18next. It holds the core strings (`core:`), the validation messages (`validation:`) and every
 * namespace a widget registers with `registerLocales`.
 */
import { createInstance, type TFunction } from 'i18next';
import validationDa from '../format/locales/da.json' with { type: 'json' };
import validationEn from '../format/locales/en.json' with { type: 'json' };
import validationNb from '../format/locales/nb.json' with { type: 'json' };
import validationNn from '../format/locales/nn.json' with { type: 'json' };
import validationSv from '../format/locales/sv.json' with { type: 'json' };
import { refreshAllLanguages } from './lang-observer.js';
import da from './locales/da.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import nb from './locales/nb.json' with { type: 'json' };
import nn from './locales/nn.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };
import { UI_FALLBACKS, UI_LANGUAGES, type UiLanguage } from './ui-language.js';

/** A namespace's strings in each language: the parsed `locales/<lang>.json` files. */
export type LocaleResources = Partial<Record<UiLanguage, Record<string, unknown>>>;

const instance = createInstance();
void instance.init({
  resources: {
    en: { core: en, validation: validationEn },
    nn: { core: nn, validation: validationNn },
    nb: { core: nb, validation: validationNb },
    da: { core: da, validation: validationDa },
    sv: { core: sv, validation: validationSv },
  },
  lng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  fallbackLng: { ...UI_FALLBACKS, default: ['en'] } as unknown as Record<string, string[]>,
  ns: ['core', 'validation'],
  defaultNS: 'core',
  interpolation: { escapeValue: false }, // Lit escapes; the strings are only ever rendered as text
  returnNull: false,
  initAsync: false,
});

/**
 * Adds a widget's strings under `namespace`, e.g. `registerLocales('goal-tree', { en, nn, nb, da, sv })`;
 * then `this.i18n.t('goal-tree:key')`. Registering again merges (later values win).
 */
export function registerLocales(namespace: string, resources: LocaleResources): void {
  for (const [lang, bundle] of Object.entries(resources)) {
    if (bundle) instance.addResourceBundle(lang, namespace, bundle, true, true);
  }
  refreshAllLanguages();
}

const translators = new Map<UiLanguage, TFunction>();

/** The translate function for one language (cached). */
export function translatorFor(lang: UiLanguage): TFunction {
  let t = translators.get(lang);
  if (!t) {
    t = instance.getFixedT(lang);
    translators.set(lang, t);
  }
  return t;
}

/** Whether a key exists in a language or its fallbacks (for tests and checks). */
export function hasTranslation(key: string, lang: UiLanguage): boolean {
  return instance.exists(key, { lng: lang });
}
