// Measures the minified bundles: raw, gzip (level 9) and brotli (quality 11) sizes in bytes. A bundle is an
// entry file plus chunks beside it: the strings of nn, nb, da and sv are in one chunk per language, imported
// when a page first shows that language (English is in the entry). What a page downloads is the entry, every
// chunk it imports statically, and the chunks of its language; `measureBundle` adds those up (each file
// compressed on its own, as a server sends it) for every language and names the largest.
import { readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/** @param {string} file @returns {Sizes & { file: string }} */
export function measure(file) {
  const source = readFileSync(file);
  return {
    file,
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The languages that come in chunks (English is in the entry). */
export const CHUNK_LANGUAGES = ['nn', 'nb', 'da', 'sv'];

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"` — not `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]+?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The relative files a module imports, statically and dynamically (paths from the working directory). */
export function importsOf(file) {
  const source = readFileSync(file, 'utf8');
  const resolve = (matches) => [...new Set([...matches].map((m) => join(dirname(file), m[1])))];
  return {
    static: resolve(source.matchAll(STATIC_IMPORT)),
    dynamic: resolve(source.matchAll(DYNAMIC_IMPORT)),
  };
}

/** A file and every file it imports statically, transitively. */
function withStaticImports(files) {
  const out = new Set();
  const visit = (file) => {
    if (out.has(file)) return;
    out.add(file);
    for (const next of importsOf(file).static) visit(next);
  };
  for (const file of files) visit(file);
  return out;
}

/** The language of a chunk, from its name (`nn-<hash>.js` → `nn`), or undefined for any other chunk. */
export function chunkLanguage(file) {
  const match = /^([a-z]{2})-[\w-]+\.js$/.exec(basename(file));
  return match && CHUNK_LANGUAGES.includes(match[1]) ? match[1] : undefined;
}

const sum = (sizes) =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/**
 * An entry and what a page downloads with it in each language: the entry and its static imports, plus the
 * dynamically imported chunks of that language (and any dynamic chunk that belongs to no language, to be on
 * the safe side). A language's chunk holds every string the fallback chain would otherwise fetch (each locale
 * has every key, which the locale tests check), so nn needs no nb chunk.
 * @param {string} entry
 */
export function measureBundle(entry) {
  const base = withStaticImports([entry]);
  const dynamic = new Set([...base].flatMap((file) => importsOf(file).dynamic));
  const shared = [...dynamic].filter((file) => !chunkLanguage(file));
  /** @type {Record<string, { files: string[] } & Sizes>} */
  const languages = {};
  for (const lang of ['en', ...CHUNK_LANGUAGES]) {
    const own = [...dynamic].filter((file) => chunkLanguage(file) === lang);
    const files = [...withStaticImports([...base, ...shared, ...own])];
    languages[lang] = { files, ...sum(files.map(measure)) };
  }
  const [lang, largest] = Object.entries(languages).sort(([, a], [, b]) => b.gzip - a.gzip)[0];
  return {
    entry: measure(entry),
    chunks: [...dynamic].sort(),
    languages,
    largest: { lang, ...largest },
  };
}

/** @returns {Record<string, { target: { gzip: number }, ceiling: { gzip: number, brotli?: number } }>} */
export function readBudgets(path = 'bench/budgets.json') {
  const budgets = JSON.parse(readFileSync(path, 'utf8'));
  delete budgets.$comment;
  return budgets;
}

/** Formats bytes as kB with one decimal (1 kB = 1000 bytes, as the budgets). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
