/**
 * The drop-in entry: defines every Sabba element. Safe to load more than once on a page.
 */
export * from './index.js';
