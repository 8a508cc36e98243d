// @ts-check
/** (3) Layout shift with <sabba-ad-slot> against a naive slot: filled in when bench/ad-slot-layout-shift.mjs lands. */

/** @typedef {import('../lib/context.mjs').Context} Context */

/** @param {Context} ctx */
async function run(ctx) {
  if (!ctx.has('ad-slot')) return { notMeasured: 'sabba-ad-slot not built yet' };
  return { notMeasured: 'sabba-ad-slot layout-shift script not merged yet' };
}

export default {
  id: 'layout-shift',
  title: 'Layout shift',
  browser: true,
  method: 'cumulative layout shift of an article with three late ad creatives and one that never fills.',
  run,
};
