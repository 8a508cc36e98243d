// @ts-check
/**
 * Cumulative layout shift of late-filling ads: <sabba-ad-slot> against a naive empty <div> that a
 * script fills later (what most sites do with GPT). Target for <sabba-ad-slot>: 0.000.
 *
 *   node bench/ad-slot-layout-shift.mjs [--runs N] [--no-build]
 *
 * The page and the measurement live in bench/scenarios/layout-shift.mjs, as scenario 3 of
 * `npm run bench`; this runs that scenario alone (results in .cache/bench/).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runner = fileURLToPath(new URL('./run.mjs', import.meta.url));
const result = spawnSync(process.execPath, [runner, '--only', 'layout-shift', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
