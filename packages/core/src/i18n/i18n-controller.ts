/**
 * The one language controller every planvis element has (`this.i18n`). It resolves the UI language by the
 * house chain (own `lang`, nearest ancestor's `lang` across shadow roots, `<html lang>`, `navigator.language`,
 * English), re-renders its element when any `lang` on the way changes (one shared MutationObserver), and
 * formats strings, content text, dates, numbers and lists for that language. The strings of a language other
 * than English are loaded on demand; `whenLoaded()` tells the element to wait for them before it renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import type { DateRange, LocalizedText } from '../format/index.js';
import { isDateTime, parsePlanDate, planDateStart, type ParsedPlanDate } from '../format/index.js';
import { dateTimeFormat, listFormat, numberFormat } from './intl-formatters.js';
import { isoWeek, startOfIsoWeek } from './iso-week.js';
import { browserLanguages, declaredLanguages } from './language-chain.js';
import { unwatchLanguage, watchLanguage, type LanguageListener } from './lang-observer.js';
import { isLanguageLoaded, loadLanguage, translate } from './planvis-i18next.js';
import {
  UI_FALLBACKS,
  intlLocales,
  primarySubtag,
  resolveUiLanguage,
  toUiLanguage,
  type ResolvedLanguage,
  type UiLanguage,
} from './ui-language.js';

/** Content text picked for the reader: the text, and its language when it differs from the UI's. */
export interface PickedText {
  text: string;
  /** Set only when the text's language differs from the UI language (put it on the node that shows it). */
  lang: string | undefined;
}

/** Named date styles: `long` "24. mars 2014", `medium` "24. mar. 2014", `short` "24.03.2014". */
export type DateStyle = 'long' | 'medium' | 'short';

const STYLES: Record<DateStyle, Record<ParsedPlanDate['precision'], Intl.DateTimeFormatOptions>> = {
  long: {
    day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
  medium: {
    day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
  short: {
    day: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
    month: { month: '2-digit', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
};

/** A date to format: a plan date string ("2014", "2014-03", "2014-03-24"), a date-time string, or a Date. */
export type FormattableDate = string | Date | ParsedPlanDate;

interface DateParts {
  date: Date;
  precision: ParsedPlanDate['precision'];
  /** True for date-times (shown in the reader's time zone) rather than calendar days (UTC). */
  instant: boolean;
}

function toDateParts(value: FormattableDate): DateParts | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : { date: value, precision: 'day', instant: false };
  }
  if (typeof value === 'string') {
    const parsed = parsePlanDate(value);
    if (parsed) return { date: planDateStart(parsed), precision: parsed.precision, instant: false };
    if (isDateTime(value)) {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? undefined : { date, precision: 'day', instant: true };
    }
    return undefined;
  }
  return { date: planDateStart(value), precision: value.precision, instant: false };
}

export class I18nController implements ReactiveController, LanguageListener {
  readonly host: ReactiveControllerHost & HTMLElement;
  #resolved: ResolvedLanguage = { lang: 'en', tag: 'en' };
  #locales: string[] = intlLocales(this.#resolved);
  #declared: string[] = [];
  /** The language of plain-string content: the plan's `languages[0]`. The base element sets it. */
  contentLanguage: string | undefined;
  /** Other languages the content has, in the plan's order (`languages`). The base element sets it. */
  contentLanguages: readonly string[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The UI language: `nn`, `nb`, `da`, `sv` or `en`. */
  get lang(): UiLanguage {
    return this.#resolved.lang;
  }

  /** The locales `Intl` gets (e.g. `['nn-NO', 'nb-NO', 'no']`). */
  get locales(): readonly string[] {
    return this.#locales;
  }

  hostConnected(): void {
    watchLanguage(this);
    this.#resolve();
  }

  hostDisconnected(): void {
    unwatchLanguage(this);
  }

  /**
   * `undefined` when the UI language's strings are in (render now); otherwise a promise that resolves once
   * they are, following the language if it changes meanwhile. It never rejects: strings that could not be
   * loaded show in English.
   */
  whenLoaded(): Promise<void> | undefined {
    if (isLanguageLoaded(this.#resolved.lang)) return undefined;
    return (async () => {
      while (!isLanguageLoaded(this.#resolved.lang)) await loadLanguage(this.#resolved.lang);
    })();
  }

  /** Called by the shared observer; re-renders the host when the language changed (or when forced). */
  languageMayHaveChanged(force = false): void {
    if (this.#resolve() || force) this.host.requestUpdate();
  }

  /** Resolves the language again; true when it changed. */
  #resolve(): boolean {
    this.#declared = declaredLanguages(this.host);
    const resolved = resolveUiLanguage([...this.#declared, ...browserLanguages()]);
    const changed = resolved.lang !== this.#resolved.lang || resolved.tag !== this.#resolved.tag;
    this.#wanted = undefined;
    if (changed) {
      this.#resolved = resolved;
      this.#locales = intlLocales(resolved);
    }
    return changed;
  }

  /** A UI string: `t('core:status.done')`, `t('goal-tree:filterMatches', { count })`. */
  t(key: string, options?: TOptions): string {
    return translate(this.#resolved.lang, key, options);
  }

  /**
   * Content text from the plan, picked by the same chain as the UI language (then the plan's languages);
   * `lang` is set only when the text's language differs from the UI's.
   */
  text(value: LocalizedText | undefined | null): PickedText {
    if (value === undefined || value === null) return { text: '', lang: undefined };
    if (typeof value === 'string') return { text: value, lang: this.#langIfDifferent(this.contentLanguage) };
    const entries = Object.entries(value as Record<string, string>);
    if (entries.length === 0) return { text: '', lang: undefined };
    const tag = this.#pickTag(entries.map(([key]) => key));
    const text = (value as Record<string, string>)[tag] ?? entries[0]![1];
    return { text, lang: this.#langIfDifferent(tag) };
  }

  /** The content languages to look for, best first (cached until the language or the plan changes). */
  #wanted: { tag: string; base: string }[] | undefined;
  #wantedFor: readonly string[] | undefined;

  #wantedTags(): { tag: string; base: string }[] {
    if (this.#wanted && this.#wantedFor === this.contentLanguages) return this.#wanted;
    const seen = new Set<string>();
    const out: { tag: string; base: string }[] = [];
    for (const tag of [
      ...this.#declared,
      this.#resolved.lang,
      ...UI_FALLBACKS[this.#resolved.lang],
      ...browserLanguages(),
      ...this.contentLanguages,
    ]) {
      const lower = tag.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      out.push({ tag: lower, base: toUiLanguage(tag) ?? primarySubtag(tag) });
    }
    this.#wanted = out;
    this.#wantedFor = this.contentLanguages;
    return out;
  }

  #pickTag(available: string[]): string {
    const keys = available.map((key) => ({
      key,
      lower: key.toLowerCase(),
      base: toUiLanguage(key) ?? primarySubtag(key),
    }));
    for (const { tag, base } of this.#wantedTags()) {
      const exact = keys.find((k) => k.lower === tag);
      if (exact) return exact.key;
      const same = keys.find((k) => k.base === base);
      if (same) return same.key;
    }
    return available[0]!;
  }

  #langIfDifferent(tag: string | undefined): string | undefined {
    if (!tag) return undefined;
    const base = toUiLanguage(tag) ?? primarySubtag(tag);
    return base === this.#resolved.lang ? undefined : tag;
  }

  /**
   * A date at its own precision: "24. mars 2014" for "2014-03-24", "mars 2014" for "2014-03", "2014" for
   * "2014". `style` is a named style or Intl options (calendar days are read in UTC). Returns the input
   * as given when it is not a date.
   */
  formatDate(value: FormattableDate, style: DateStyle | Intl.DateTimeFormatOptions = 'long'): string {
    const parts = toDateParts(value);
    if (!parts) return typeof value === 'string' ? value : '';
    let options: Intl.DateTimeFormatOptions;
    if (typeof style === 'string') {
      options = STYLES[style][parts.precision];
      if (parts.instant) options = { ...options, timeZone: undefined };
    } else {
      options = 'timeZone' in style || parts.instant ? style : { ...style, timeZone: 'UTC' };
    }
    return dateTimeFormat(this.#locales, options).format(parts.date);
  }

  /** A date range: "mars–juni 2014", "frå 2014", "til 31. desember 2025"; empty for an empty range. */
  formatDateRange(range: DateRange | undefined, style: DateStyle = 'long'): string {
    const start = range?.start !== undefined ? toDateParts(range.start) : undefined;
    const end = range?.end !== undefined ? toDateParts(range.end) : undefined;
    if (start && end) {
      if (start.precision === end.precision && !start.instant && !end.instant) {
        const format = dateTimeFormat(this.#locales, STYLES[style][start.precision]);
        return format.formatRange(start.date, end.date);
      }
      return `${this.formatDate(range!.start!, style)} – ${this.formatDate(range!.end!, style)}`;
    }
    if (start) return this.t('core:dateRange.from', { start: this.formatDate(range!.start!, style) });
    if (end) return this.t('core:dateRange.until', { end: this.formatDate(range!.end!, style) });
    return '';
  }

  /** A number in the UI language: 1 234,5 (nn/nb/sv), 1.234,5 (da), 1,234.5 (en). */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.#locales, options).format(value);
  }

  /** A fraction as a percentage: `formatPercent(0.42)` → "42 %". */
  formatPercent(fraction: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.#locales, { style: 'percent', maximumFractionDigits: 0, ...options }).format(
      fraction,
    );
  }

  /** An amount of money: `formatCurrency(1500000, 'NOK')` → "1 500 000 kr"; whole amounts without decimals. */
  formatCurrency(value: number, currency: string, options?: Intl.NumberFormatOptions): string {
    const digits = Number.isInteger(value) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
    return numberFormat(this.#locales, { style: 'currency', currency, ...digits, ...options }).format(value);
  }

  /** A list: "a, b og c" (conjunction), "a, b eller c" (disjunction), "a, b, c" (unit). */
  formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    return listFormat(this.#locales, { type, style: type === 'unit' ? 'narrow' : 'long' }).format(items);
  }

  /** A size in bytes with its unit: 5000000 → "5 MB". */
  formatBytes(bytes: number): string {
    const [unit, size] =
      bytes >= 1e9
        ? ['gigabyte', bytes / 1e9]
        : bytes >= 1e6
          ? ['megabyte', bytes / 1e6]
          : bytes >= 1e3
            ? ['kilobyte', bytes / 1e3]
            : ['byte', bytes];
    return this.formatNumber(size, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
  }

  /** The ISO week of a date (Monday-first; week 1 holds the first Thursday). */
  isoWeek(date: Date): { year: number; week: number } {
    return isoWeek(date);
  }

  /** The Monday that starts the ISO week of a date (UTC midnight). */
  startOfIsoWeek(date: Date): Date {
    return startOfIsoWeek(date);
  }
}
