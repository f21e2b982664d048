/**
 * planvis's own i18next instance (`createInstance`), never the global one: the host page may run its own
 * i18next. It holds the core strings (`core:`), the validation messages (`validation:`) and every
 * namespace a widget registers with `registerLocales`.
 *
 * English is always here (bundled, the fallback). The other languages are loaded when an element first needs
 * them (`loadLanguage`), one dynamic `import()` per namespace and language, so a page that shows Swedish does
 * not download nynorsk, bokmål and Danish too.
 */
import { createInstance, type TFunction, type TOptions } from 'i18next';
import validationEn from '../format/locales/en.json' with { type: 'json' };
import { refreshAllLanguages } from './lang-observer.js';
import en from './locales/en.json' with { type: 'json' };
import { UI_FALLBACKS, UI_LANGUAGES, type UiLanguage } from './ui-language.js';

/** One namespace's strings in one language: a parsed `locales/<lang>.json` file. */
export type LocaleBundle = Record<string, unknown>;

/** A namespace's strings in each language, given at once: `{ en, nn }`. */
export type LocaleResources = Partial<Record<UiLanguage, LocaleBundle>>;

/**
 * How to fetch a namespace's strings in a language, when needed: a function per language that resolves to
 * the module of its JSON file, `nn: () => import('./locales/nn.json', { with: { type: 'json' } })`.
 */
export type LocaleLoaders = Partial<Record<UiLanguage, () => Promise<{ default: LocaleBundle }>>>;

const instance = createInstance();
void instance.init({
  resources: {},
  lng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  fallbackLng: { ...UI_FALLBACKS, default: ['en'] } as unknown as Record<string, string[]>,
  ns: ['core', 'validation'],
  defaultNS: 'core',
  interpolation: { escapeValue: false }, // Lit escapes; the strings are only ever rendered as text
  returnNull: false,
  initAsync: false,
});

/** Every registered namespace, with its loaders. */
const namespaces = new Map<string, LocaleLoaders>();
/** One fetch per namespace and language: resolves to the bundle, or undefined when there is none. */
const fetched = new Map<string, Promise<LocaleBundle | undefined>>();
/** One load per namespace and language (the language, then its fallbacks while strings are missing). */
const loads = new Map<string, Promise<void>>();
/** Loads that have finished, well or not: `namespace|lang`. */
const settled = new Set<string>();

/**
 * Adds a widget's strings under `namespace`; then `this.i18n.t('goal-tree:key')`. Give the English strings
 * (always there: the fallback, and what a language's strings are checked against) and a loader per other
 * language, so each language is downloaded only by the pages that show it:
 *
 * ```ts
 * registerLocales('goal-tree', { en }, {
 *   nn: () => import('./locales/nn.json', { with: { type: 'json' } }),
 *   // … nb, da, sv
 * });
 * ```
 *
 * Bundles given in `resources` are added at once (`registerLocales('x', { en, nn, nb, da, sv })` works too).
 * Registering again merges (later values and loaders win).
 */
export function registerLocales(
  namespace: string,
  resources: LocaleResources,
  loaders: LocaleLoaders = {},
): void {
  for (const [lang, bundle] of Object.entries(resources)) {
    if (bundle) instance.addResourceBundle(lang, namespace, bundle, true, true);
  }
  namespaces.set(namespace, { ...namespaces.get(namespace), ...loaders });
  if (Object.keys(loaders).length > 0) {
    // New loaders replace what the old ones fetched.
    for (const lang of Object.keys(loaders)) fetched.delete(`${namespace}|${lang}`);
    for (const key of [...loads.keys()]) {
      if (key.startsWith(`${namespace}|`)) {
        loads.delete(key);
        settled.delete(key);
      }
    }
  }
  refreshAllLanguages();
}

registerLocales(
  'core',
  { en },
  {
    nn: () => import('./locales/nn.json', { with: { type: 'json' } }),
    nb: () => import('./locales/nb.json', { with: { type: 'json' } }),
    da: () => import('./locales/da.json', { with: { type: 'json' } }),
    sv: () => import('./locales/sv.json', { with: { type: 'json' } }),
  },
);
registerLocales(
  'validation',
  { en: validationEn },
  {
    nn: () => import('../format/locales/nn.json', { with: { type: 'json' } }),
    nb: () => import('../format/locales/nb.json', { with: { type: 'json' } }),
    da: () => import('../format/locales/da.json', { with: { type: 'json' } }),
    sv: () => import('../format/locales/sv.json', { with: { type: 'json' } }),
  },
);

/**
 * Fetches one namespace in one language and adds it (once). Without a loader it is whatever was registered
 * directly. A failure (offline, a missing file) is reported on the console, never thrown.
 */
function fetchBundle(namespace: string, lang: UiLanguage): Promise<LocaleBundle | undefined> {
  const key = `${namespace}|${lang}`;
  let pending = fetched.get(key);
  if (!pending) {
    const loader = namespaces.get(namespace)?.[lang];
    pending = loader
      ? loader().then(
          (module) => {
            instance.addResourceBundle(lang, namespace, module.default, true, true);
            return module.default;
          },
          (error: unknown) => {
            console.warn(`planvis: the ${lang} strings of "${namespace}" could not be loaded`, error);
            return undefined;
          },
        )
      : Promise.resolve(instance.getResourceBundle(lang, namespace) as LocaleBundle | undefined);
    fetched.set(key, pending);
  }
  return pending;
}

/** Whether `bundle` has every key `reference` has (nested objects compared key by key). */
function covers(bundle: LocaleBundle, reference: LocaleBundle): boolean {
  for (const [key, value] of Object.entries(reference)) {
    if (!(key in bundle)) return false;
    const own = bundle[key];
    if (typeof value === 'object' && value !== null) {
      if (typeof own !== 'object' || own === null) return false;
      if (!covers(own as LocaleBundle, value as LocaleBundle)) return false;
    }
  }
  return true;
}

/**
 * Loads a namespace in a language: the language itself, then each of its fallbacks (nn → nb, nb → nn) only
 * while strings English has are missing from what came before. English itself is always there.
 */
async function loadNamespace(namespace: string, lang: UiLanguage): Promise<void> {
  const reference = instance.getResourceBundle('en', namespace) as LocaleBundle | undefined;
  for (const candidate of [lang, ...UI_FALLBACKS[lang]]) {
    if (candidate === 'en') return;
    const bundle = await fetchBundle(namespace, candidate);
    if (bundle && reference && covers(bundle, reference)) return;
  }
}

function ensureNamespace(namespace: string, lang: UiLanguage): Promise<void> {
  const key = `${namespace}|${lang}`;
  let load = loads.get(key);
  if (!load) {
    const started = loadNamespace(namespace, lang).finally(() => {
      if (loads.get(key) === started) settled.add(key);
    });
    loads.set(key, started);
    load = started;
  }
  return load;
}

/**
 * Loads every registered namespace in `lang` (and the fallback languages it needs). Resolves once the
 * strings are in, or once loading failed (the missing strings then show in English); never rejects. Each
 * namespace and language is fetched once per page.
 */
export async function loadLanguage(lang: UiLanguage): Promise<void> {
  if (lang === 'en') return;
  await Promise.all([...namespaces.keys()].map((namespace) => ensureNamespace(namespace, lang)));
}

/** Whether `lang` needs no more loading, so an element can render in it at once. */
export function isLanguageLoaded(lang: UiLanguage): boolean {
  if (lang === 'en') return true;
  for (const namespace of namespaces.keys()) if (!settled.has(`${namespace}|${lang}`)) return false;
  return true;
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

/**
 * Translated strings, by language, key and options: i18next takes 12–18 µs a call (key parsing, fallbacks,
 * interpolation), and a widget asks for the same few strings for every item on every render. Only calls whose
 * options are all plain values are cached; the cache empties whenever strings are added (a language loaded,
 * a namespace registered) and when it grows past a bound.
 */
const translations = new Map<string, string>();
const MAX_CACHED_TRANSLATIONS = 20_000;
instance.store.on('added', () => translations.clear());

function cacheKey(lang: UiLanguage, key: string, options: TOptions | undefined): string | undefined {
  if (!options) return `${lang}\u0000${key}`;
  let out = `${lang}\u0000${key}`;
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name];
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && value !== undefined) return undefined;
    out += `\u0000${name}\u0001${type}\u0001${String(value)}`;
  }
  return out;
}

/** A UI string in a language (`translatorFor(lang)(key, options)`, cached). */
export function translate(lang: UiLanguage, key: string, options?: TOptions): string {
  const cached = cacheKey(lang, key, options);
  if (cached !== undefined) {
    const hit = translations.get(cached);
    if (hit !== undefined) return hit;
  }
  const text = String(translatorFor(lang)(key, options as TOptions));
  if (cached !== undefined) {
    if (translations.size >= MAX_CACHED_TRANSLATIONS) translations.clear();
    translations.set(cached, text);
  }
  return text;
}

/** Whether a key exists in a language or its fallbacks (for tests and checks). */
export function hasTranslation(key: string, lang: UiLanguage): boolean {
  return instance.exists(key, { lng: lang });
}
