export { I18nController, type PickedText, type DateStyle, type FormattableDate } from './i18n-controller.js';
export { localizedText } from './localized-text.js';
export {
  registerLocales,
  loadLanguage,
  isLanguageLoaded,
  type LocaleBundle,
  type LocaleLoaders,
  type LocaleResources,
} from './planvis-i18next.js';
export { isoWeek, startOfIsoWeek } from './iso-week.js';
export {
  UI_LANGUAGES,
  UI_FALLBACKS,
  resolveUiLanguage,
  toUiLanguage,
  type UiLanguage,
  type ResolvedLanguage,
} from './ui-language.js';
export { declaredLanguages } from './language-chain.js';
