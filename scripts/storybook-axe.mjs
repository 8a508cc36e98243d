// @ts-check
// Runs axe over every story of the built Storybook (run `npm run build-storybook` first), the same
// check as the a11y addon's panel, so CI fails on any violation instead of relying on someone
// looking at the panel. Each story is checked on a light page in Indonesian and on a dark page in
// English (colour contrast differs), inside #storybook-root.
//   node scripts/storybook-axe.mjs [storybook-static] [--filter <story id part>]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/browsers.mjs';
import { serveFolder } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const filterIndex = args.indexOf('--filter');
const filter = filterIndex === -1 ? '' : (args[filterIndex + 1] ?? '');
const folder = resolve(
  args.find((arg, index) => !arg.startsWith('--') && index !== filterIndex + 1) ?? 'storybook-static',
);
if (!existsSync(join(folder, 'index.json'))) {
  console.error(`storybook-axe: ${folder}/index.json is missing; run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** @type {{ entries: Record<string, { id: string, type: string, title: string, name: string }> }} */
const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));

/** The page variants each story is checked in (Storybook globals from .storybook/preview.ts). */
const variants = [
  { label: 'id, light', globals: 'lang:id;theme:light' },
  { label: 'en, dark', globals: 'lang:en;theme:dark' },
];

// Storybook's assets are content-hashed: let the browser cache them between stories.
const server = await serveFolder(folder, {}, { cache: true });
const browser = await launchChromium();
let failures = 0;
let checks = 0;
try {
  const page = await browser.context.newPage();
  for (const story of stories) {
    for (const variant of variants) {
      checks++;
      const url = `${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${encodeURIComponent(variant.globals)}`;
      await page.goto(url);
      // Storybook marks the body once the story rendered (or failed to).
      await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 20000 });
      const failed = await page.locator('body.sb-show-errordisplay').count();
      if (failed > 0) {
        failures++;
        console.log(
          `✗ ${story.id} (${variant.label}): the story failed to render: ${await page.locator('#error-message').innerText()}`,
        );
        continue;
      }
      // Let the widgets finish their first update (Lit renders in a microtask, some wait a frame).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const violations = await page.evaluate(async (source) => {
        if (!('axe' in window)) new Function(source)();
        const axe = /** @type {any} */ (window).axe;
        // The a11y addon may be running its own check on the same axe instance: wait for it.
        let result;
        for (let attempt = 0; result === undefined; attempt++) {
          try {
            // As the a11y addon: a story is a fragment, not a page, so page-level landmark rules are off.
            result = await axe.run('#storybook-root', { rules: { region: { enabled: false } } });
          } catch (error) {
            if (attempt > 100 || !String(error).includes('already running')) throw error;
            await new Promise((wait) => setTimeout(wait, 100));
          }
        }
        return result.violations.map((/** @type {any} */ violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((/** @type {any} */ node) => node.target.join(' ')).slice(0, 5),
        }));
      }, axeSource);
      if (violations.length === 0) {
        console.log(`✓ ${story.id} (${variant.label})`);
        continue;
      }
      failures++;
      console.log(`✗ ${story.id} (${variant.label}): ${violations.length} violation(s)`);
      for (const violation of violations) {
        console.log(`    ${violation.impact ?? ''} ${violation.id}: ${violation.help}`);
        for (const target of violation.targets) console.log(`      at ${target}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`storybook-axe: ${stories.length} stories, ${checks} checks, ${failures} with violations.`);
process.exit(failures > 0 || stories.length === 0 ? 1 : 0);
