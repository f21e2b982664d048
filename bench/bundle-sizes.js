// Measures the minified bundles: raw, gzip (level 9) and brotli (quality 11) sizes in bytes.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** @param {string} file @returns {{ file: string, raw: number, gzip: number, brotli: number }} */
export function measure(file) {
  const source = readFileSync(file);
  return {
    file,
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** @returns {Record<string, { gzip?: number, brotli?: number }>} */
export function readBudgets(path = 'bench/budgets.json') {
  const budgets = JSON.parse(readFileSync(path, 'utf8'));
  delete budgets.$comment;
  return budgets;
}

/** Formats bytes as kB with one decimal (1 kB = 1000 bytes, as the budgets). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
