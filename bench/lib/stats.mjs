// @ts-check
/** Summaries of repeated measurements: the median, and the spread as min–max and quartiles. */

/**
 * @typedef {object} Summary
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} q1 first quartile
 * @property {number} q3 third quartile
 * @property {number} n number of samples
 */

/**
 * The value at fraction `p` (0..1) of the sorted samples, interpolated between neighbours.
 * @param {number[]} sorted
 * @param {number} p
 */
function quantile(sorted, p) {
  const index = (sorted.length - 1) * p;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

/**
 * @param {number[]} samples at least one finite number
 * @returns {Summary}
 */
export function summarize(samples) {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('summarize: no finite samples');
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    n: sorted.length,
  };
}

/**
 * Element-wise `a[i] - b[i]`: samples of two variants taken in the same round are paired, so a
 * slow moment of the machine hits both and cancels out.
 * @param {number[]} a
 * @param {number[]} b
 */
export function pairedDifference(a, b) {
  return a.map((value, i) => value - b[i]);
}
