// Measures the minified bundles: raw, gzip (level 9) and brotli (quality 11) sizes in bytes. Every bundle is one
// self-contained file (all five languages inside), so what a page downloads is that file, compressed as a
// server sends it.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/** Gzip (level 9) size in bytes. @param {string | Buffer} code */
export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** The sizes of some code as it is, gzipped and brotli-compressed. @param {string | Buffer} code @returns {Sizes} */
export function sizesOf(code) {
  const source = typeof code === 'string' ? Buffer.from(code) : code;
  return {
    raw: source.length,
    gzip: gzipSize(source),
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** @param {string} file @returns {Sizes & { file: string }} */
export function measure(file) {
  return { file, ...sizesOf(readFileSync(file)) };
}

/** @returns {Record<string, { target: { gzip: number }, ceiling: { gzip: number, brotli?: number } }>} */
export function readBudgets(path = 'bench/budgets.json') {
  const budgets = JSON.parse(readFileSync(path, 'utf8'));
  delete budgets.$comment;
  return budgets;
}

/** Formats bytes as kB with one decimal (1 kB = 1000 bytes, as the budgets). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
