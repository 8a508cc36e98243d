// @ts-check
/**
 * Bytes of a file as a browser downloads it: raw, gzip (level 9) and brotli (quality 11), as a
 * CDN serving pre-compressed assets would send them.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * @typedef {{ raw: number, gzip: number, brotli: number }} ByteSizes
 */

/**
 * @param {Buffer | string} content
 * @returns {ByteSizes}
 */
export function measureBytes(content) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/**
 * The sum of several files' sizes, each compressed on its own (as separate requests are).
 * @param {string[]} paths
 * @returns {ByteSizes}
 */
export function measureFiles(paths) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const sizes = measureBytes(readFileSync(path));
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}
