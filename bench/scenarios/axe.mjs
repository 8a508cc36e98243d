// @ts-check
/**
 * (10) axe (WCAG 2.2 A/AA and best practices) on the published demo article, once every widget has
 * upgraded and rendered: the page is scrolled to its end and back so the elements that upgrade
 * when near (comment thread, form, count, author card) and those that upgrade when idle (back-to-top,
 * adblock notice) have all rendered before axe looks. Violations are counted per impact.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const TAGS_OF_WIDGETS = ['sabba-ad-slot', 'sabba-adblock-notice', 'sabba-author-card', 'sabba-back-to-top'];
const NEAR_TAGS = ['sabba-comments', 'sabba-comment-form', 'sabba-comment-count'];

/**
 * One load in a fresh tab, in the page's language `lang`; the violations axe finds.
 * @param {Context} ctx
 * @param {string} axeSource
 * @param {'id' | 'en'} lang
 */
async function check(ctx, axeSource, lang) {
  const { page } = await ctx.bench.newPage();
  try {
    await page.goto(`${ctx.origin}/dist/demo/index.html`, { waitUntil: 'load' });
    if (lang === 'en') await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    // Bring every element near, then wait until each tag is defined and has rendered.
    await page.evaluate(async () => {
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) => {
          const elements = [...document.querySelectorAll(tag)];
          return customElements.get(tag) !== undefined && elements.every((el) => el.shadowRoot !== null);
        }),
      [...TAGS_OF_WIDGETS, ...NEAR_TAGS],
      { timeout: 20000 },
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(1000);
    await page.addScriptTag({ content: axeSource });
    /** @type {{ id: string, impact: string, help: string, nodes: { target: unknown[] }[] }[]} */
    const violations = await page.evaluate(async (tags) => {
      const axe = /** @type {any} */ (window).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((/** @type {any} */ v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((/** @type {any} */ n) => ({ target: n.target })),
      }));
    }, TAGS);
    return violations;
  } finally {
    await page.close();
  }
}

/** @param {Context} ctx */
async function run(ctx) {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const version = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8'),
  ).version;
  /** @type {Record<string, number[]>} */
  const counts = { id: [], en: [] };
  /** @type {string[]} */
  const found = [];
  for (const lang of /** @type {const} */ (['id', 'en'])) {
    const violations = await check(ctx, axeSource, lang);
    counts[lang].push(violations.reduce((sum, v) => sum + v.nodes.length, 0));
    for (const v of violations) {
      const line = `${lang}: ${v.id} (${v.impact}, ${v.nodes.length}×: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}): ${v.help}`;
      found.push(line);
      ctx.log(`axe ${line}`);
    }
  }
  const figures = [
    figure(
      'axe violations, WCAG 2.2 A/AA + best practices (target 0; before: 2 moderate)',
      'published demo, lang id',
      counts.id,
      'count',
    ),
    figure(
      'axe violations, WCAG 2.2 A/AA + best practices (target 0; before: 2 moderate)',
      'published demo, lang en',
      counts.en,
      'count',
    ),
  ];
  return {
    columns: FIGURE_COLUMNS,
    rows: figures.map(figureRow),
    data: { counts, found, version },
    notes: [`axe-core ${version}, tags ${TAGS.join(', ')}. Violations: ${found.join('; ') || 'none'}.`],
  };
}

export default {
  id: 'axe',
  title: 'axe on the published demo',
  browser: true,
  method:
    'axe-core on dist/demo/index.html in the bench Chromium (390 px wide), after scrolling to the end and back so every element has upgraded and rendered; ' +
    `rules tagged ${TAGS.join(', ')}; the count is of failing nodes, per page language (the page's \`lang\` set to \`en\` for the second).`,
  run,
};
