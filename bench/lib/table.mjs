// @ts-check
/** Figures (a measure of a variant over several runs) and their markdown table. */
import { summarize } from './stats.mjs';

/**
 * @typedef {import('./stats.mjs').Summary & {
 *   measure: string, variant: string, unit: string, samples: number[]
 * }} Figure
 */

/** Columns of a table of figures. */
export const FIGURE_COLUMNS = ['Measure', 'Variant', 'Median', 'Spread (min–max)', 'Runs'];

/**
 * @param {string} measure what was measured, e.g. 'scripting during a 10,000 px scroll'
 * @param {string} variant what the page had, e.g. '<sabba-back-to-top progress>'
 * @param {number[]} samples one value per run
 * @param {string} unit 'ms' | 'count' | 'ratio' | 'bytes' | 'cls' | '%'
 * @returns {Figure}
 */
export function figure(measure, variant, samples, unit) {
  return { measure, variant, unit, samples, ...summarize(samples) };
}

/**
 * @param {number} value
 * @param {string} unit
 */
export function formatValue(value, unit) {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(Math.abs(value) < 100 ? 1 : 0)} ms`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'cls':
      return value.toFixed(3);
    case '%':
      return `${Math.round(value)} %`;
    case 'bytes':
      return `${Math.round(value).toLocaleString('en-US')} B`;
    default:
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}

/**
 * @param {Figure} f
 * @returns {string[]}
 */
export function figureRow(f) {
  const spread = f.min === f.max ? '–' : `${formatValue(f.min, f.unit)} – ${formatValue(f.max, f.unit)}`;
  return [f.measure, f.variant, formatValue(f.median, f.unit), spread, String(f.n)];
}

/** @param {string} cell */
const escapeCell = (cell) => cell.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * @param {string[]} columns
 * @param {string[][]} rows
 * @returns {string}
 */
export function markdownTable(columns, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map(line)].join('\n');
}
