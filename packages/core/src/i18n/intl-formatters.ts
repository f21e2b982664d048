/** `Intl` formatters, made once per locale list and options and then reused. */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locales: readonly string[], options: object | undefined, make: () => T): T {
  const key = `${kind}|${locales.join(',')}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(
  locales: readonly string[],
  options?: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached('date', locales, options, () => new Intl.DateTimeFormat(locales, options));
}

export function numberFormat(
  locales: readonly string[],
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached('number', locales, options, () => new Intl.NumberFormat(locales, options));
}

export function listFormat(locales: readonly string[], options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', locales, options, () => new Intl.ListFormat(locales, options));
}

export function pluralRules(locales: readonly string[], options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locales, options, () => new Intl.PluralRules(locales, options));
}
