/**
 * The languages planvis speaks, and how a language tag maps to one of them (pure functions).
 * `no` means `nb`; `nn` falls back to `nb` and `nb` to `nn`, both then to English; `da` and `sv` fall
 * back to English.
 */

/** The UI languages, in the order the documentation lists them. */
export const UI_LANGUAGES = ['nn', 'nb', 'da', 'sv', 'en'] as const;

/** A UI language. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Where each language looks when a string is missing (i18next `fallbackLng`). */
export const UI_FALLBACKS: Readonly<Record<UiLanguage, readonly UiLanguage[]>> = {
  nn: ['nb', 'en'],
  nb: ['nn', 'en'],
  da: ['en'],
  sv: ['en'],
  en: [],
};

/** The primary subtag of a language tag, lower case: `nb-NO` → `nb`, `EN_gb` → `en`. */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The UI language a tag asks for, or `undefined` when planvis does not speak it: `no-NO` → `nb`, `de` → undefined. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage | undefined {
  if (!tag) return undefined;
  const base = primarySubtag(tag);
  if (base === 'no') return 'nb';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : undefined;
}

/** The result of resolving a language chain. */
export interface ResolvedLanguage {
  /** The UI language. */
  lang: UiLanguage;
  /** The tag that chose it (`nb-NO`, `en-US`; `no` is given as `nb`), used to pick the Intl locale's region. */
  tag: string;
}

/**
 * The UI language for a chain of candidate tags, nearest first (the element's own `lang`, its ancestors'
 * `lang`, `<html lang>`, then `navigator.languages`): the first candidate planvis speaks, else English.
 */
export function resolveUiLanguage(candidates: Iterable<string | null | undefined>): ResolvedLanguage {
  for (const candidate of candidates) {
    const lang = toUiLanguage(candidate);
    if (lang && candidate) {
      const tag = primarySubtag(candidate) === 'no' ? lang : candidate.trim().replace(/_/g, '-');
      return { lang, tag };
    }
  }
  return { lang: 'en', tag: 'en' };
}

/** The locales `Intl` gets for a UI language (the first one the browser has wins); the chosen tag's region goes first. */
export function intlLocales(resolved: ResolvedLanguage): string[] {
  const defaults: Record<UiLanguage, string[]> = {
    nn: ['nn-NO', 'nb-NO', 'no'],
    nb: ['nb-NO', 'no'],
    da: ['da-DK'],
    sv: ['sv-SE'],
    en: ['en-GB'],
  };
  const list = defaults[resolved.lang];
  const own = resolved.tag;
  return own.includes('-') && !list.includes(own) && isValidLocale(own) ? [own, ...list] : list;
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
