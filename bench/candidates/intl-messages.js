// A candidate for docs/decisions/size-budgets.md, measured by bench/size-options.mjs and not used by the
// widgets: the part of i18next's API that planvis calls (createInstance, init, addResourceBundle,
// getResourceBundle, getFixedT, exists, store.on('added')), over the same locale files — nested keys,
// `ns:key`, `{{name}}`, `_one`/`_other` by `Intl.PluralRules`, `_context`, `defaultValue` and fallback
// languages. It shows what replacing i18next would save; it is not a drop-in for every i18next feature.

const lookup = (bundle, path) => path.split('.').reduce((node, part) => node?.[part], bundle);

export function createInstance() {
  const store = {};
  const listeners = [];
  let options = { fallbackLng: {}, defaultNS: 'translation' };
  const plurals = new Map();
  const pluralOf = (lng, count) => {
    if (!plurals.has(lng)) plurals.set(lng, new Intl.PluralRules(lng));
    return plurals.get(lng).select(count);
  };
  const chain = (lng) => {
    const fallbacks = options.fallbackLng[lng] ?? options.fallbackLng.default ?? [];
    return [lng, ...fallbacks];
  };
  const find = (lng, ns, key, values) => {
    const candidates = [];
    const context = values?.context ? `_${values.context}` : '';
    const plural = typeof values?.count === 'number' ? `_${pluralOf(lng, values.count)}` : '';
    if (context && plural) candidates.push(key + context + plural, key + context + '_other');
    if (context) candidates.push(key + context);
    if (plural) candidates.push(key + plural, key + '_other');
    candidates.push(key);
    for (const language of chain(lng)) {
      for (const candidate of candidates) {
        const text = lookup(store[language]?.[ns], candidate);
        if (typeof text === 'string') return text;
      }
    }
    return undefined;
  };
  const instance = {
    store: { on: (event, listener) => event === 'added' && listeners.push(listener) },
    init(given) {
      options = { ...options, ...given, fallbackLng: given.fallbackLng ?? {} };
      for (const [lng, namespaces] of Object.entries(given.resources ?? {})) {
        for (const [ns, bundle] of Object.entries(namespaces)) instance.addResourceBundle(lng, ns, bundle);
      }
      return Promise.resolve();
    },
    addResourceBundle(lng, ns, bundle) {
      store[lng] ??= {};
      store[lng][ns] = { ...store[lng][ns], ...bundle };
      for (const listener of listeners) listener(lng, ns);
    },
    getResourceBundle: (lng, ns) => store[lng]?.[ns],
    exists(fullKey, { lng } = {}) {
      const [ns, key] = fullKey.includes(':') ? fullKey.split(':', 2) : [options.defaultNS, fullKey];
      return find(lng ?? options.lng, ns, key) !== undefined;
    },
    getFixedT(lng, fixedNs) {
      return (fullKey, values) => {
        const [ns, key] = fullKey.includes(':')
          ? fullKey.split(':', 2)
          : [fixedNs ?? options.defaultNS, fullKey];
        const text = find(lng, ns, key, values) ?? values?.defaultValue ?? key;
        return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (match, name) => String(values?.[name] ?? match));
      };
    },
  };
  return instance;
}

export default { createInstance };
