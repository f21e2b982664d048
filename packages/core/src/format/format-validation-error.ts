/**
 * Messages for validation errors, in en, nn, nb, da and sv, from `locales/<lang>.json` (i18next format,
 * namespace `validation`). Uses an i18next instance of its own, never the global one: the host page may
 * run its own i18next. Works in browsers and in Node.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import da from './locales/da.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import nb from './locales/nb.json' with { type: 'json' };
import nn from './locales/nn.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };
import type { PlanError } from './plan-error.js';

/** The languages validation messages exist in. */
export const VALIDATION_LANGUAGES = ['en', 'nn', 'nb', 'da', 'sv'] as const;

/** A translate function bound to the `validation` namespace, e.g. `i18n.getFixedT(lang, 'validation')`. */
export type ValidationT = (key: string, options?: Record<string, unknown>) => string;

/** What `validationMessage` accepts: our plain function type, or an i18next `TFunction`. */
export type AnyValidationT = ValidationT | TFunction<'validation'> | TFunction;

/** Params whose values are words to translate, by code: param → key prefix. */
const WORD_PARAMS: Partial<Record<PlanError['code'], Record<string, string>>> = {
  'wrong-type': { expected: 'type-' },
  'unknown-reference': { kind: 'kind-' },
  'dropped-reference': { kind: 'kind-' },
  'wrong-reference-kind': { expected: 'kind-', actual: 'kind-' },
  'not-in-matrix': { axis: 'axis-' },
};

/**
 * The message for an error, with any translator bound to the `validation` namespace (so a runtime that
 * loads the locale files into its own i18next instance gets the same sentences).
 */
export function validationMessage(translate: AnyValidationT, error: PlanError): string {
  const t = translate as ValidationT;
  const options: Record<string, unknown> = { ...error.params };
  for (const [param, prefix] of Object.entries(WORD_PARAMS[error.code] ?? {})) {
    const value = error.params[param];
    if (typeof value === 'string') options[param] = t(`${prefix}${value}`, { defaultValue: value });
  }
  if (error.code === 'unknown-key' && error.params.suggestion !== undefined) options.context = 'suggestion';
  return t(error.code, options);
}

let instance: i18n | undefined;

/** Maps a language tag to one we have: `no` → `nb`, `nn-NO` → `nn`, unknown → `en`. */
export function validationLanguage(lang: string | undefined): (typeof VALIDATION_LANGUAGES)[number] {
  const base = (lang ?? '').toLowerCase().split(/[-_.@]/)[0];
  if (base === 'no') return 'nb';
  return (VALIDATION_LANGUAGES as readonly string[]).includes(base ?? '')
    ? (base as (typeof VALIDATION_LANGUAGES)[number])
    : 'en';
}

/** A translator for the validation messages (and the CLI's words) in one language. */
export function validationTranslator(lang: string | undefined): ValidationT {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: {
        en: { validation: en },
        nn: { validation: nn },
        nb: { validation: nb },
        da: { validation: da },
        sv: { validation: sv },
      },
      lng: 'en',
      fallbackLng: { nn: ['nb', 'en'], nb: ['nn', 'en'], default: ['en'] },
      ns: ['validation'],
      defaultNS: 'validation',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  return instance.getFixedT(validationLanguage(lang), 'validation') as unknown as ValidationT;
}

/**
 * A validation error as a sentence in `lang` (`en`, `nn`, `nb`, `da`, `sv`; `no` means `nb`; anything
 * else falls back to English). The message says what is wrong; pair it with `error.path` to say where.
 */
export function formatValidationError(error: PlanError, lang = 'en'): string {
  return validationMessage(validationTranslator(lang), error);
}
