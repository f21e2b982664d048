// What the options in docs/decisions/size-budgets.md would do to the real bundles: every bundle of
// rollup.config.js built again in memory, as it is and with each option, then gzip level 9.
//
//   npm run build && node bench/size-options.mjs
//
// Options: "without i18next" replaces i18next with bench/candidates/intl-messages.js (the part of its API that
// planvis calls, over Intl.PluralRules); "languages on demand" leaves nn, nb, da and sv in chunks beside the
// bundle (English inline), and counts what an English page loads and what a nynorsk page loads (the bundle and
// its nynorsk chunks, each a request of its own).
import { fileURLToPath } from 'node:url';
import config from '../rollup.config.js';
import { buildInMemory } from './build-in-memory.js';
import { gzipSize, kB } from './bundle-sizes.js';

const CANDIDATE = fileURLToPath(new URL('candidates/intl-messages.js', import.meta.url));

const candidate = { name: 'i18next-candidate', resolveId: (id) => (id === 'i18next' ? CANDIDATE : null) };

/** Builds one entry; for each chunk, its gzip size, whether it is the entry, and the language a JSON chunk holds. */
async function build(input, { withoutI18next = false, inlineLanguages = true } = {}) {
  const chunks = await buildInMemory(input, {
    plugins: withoutI18next ? [candidate] : [],
    inlineDynamicImports: inlineLanguages,
  });
  return chunks.map((chunk) => ({
    gzip: gzipSize(chunk.code),
    isEntry: chunk.isEntry,
    language: chunk.facadeModuleId?.match(/locales[\\/](\w+)\.json$/)?.[1],
  }));
}

/** What a page in `language` downloads: the entry and, with languages on demand, that language's chunks. */
function pageBytes(chunks, language) {
  return chunks
    .filter((chunk) => chunk.isEntry || chunk.language === language)
    .reduce((sum, chunk) => sum + chunk.gzip, 0);
}

const entries = config.map((options) => ({
  name: options.output[0].file.replace(/^dist\//, ''),
  input: options.input,
}));

const columns = [
  ['today', {}],
  ['without i18next', { withoutI18next: true }],
  ['languages on demand', { inlineLanguages: false }],
  ['both', { withoutI18next: true, inlineLanguages: false }],
];

const heading = ([name, options]) =>
  options.inlineLanguages === false ? `${name}: en page / nn page` : name;
console.log(`| bundle (gzip) | ${columns.map(heading).join(' | ')} |`);
console.log(`| --- |${' ---: |'.repeat(columns.length)}`);
for (const entry of entries) {
  const cells = [];
  for (const [, options] of columns) {
    const chunks = await build(entry.input, options);
    cells.push(
      options.inlineLanguages === false
        ? `${kB(pageBytes(chunks, 'en'))} / ${kB(pageBytes(chunks, 'nn'))}`
        : kB(pageBytes(chunks, 'en')),
    );
  }
  console.log(`| ${entry.name} | ${cells.join(' | ')} |`);
}
