// @ts-check
/**
 * <sabba-comments> against a real WordPress (scripts/wordpress/start.sh), in Debian's Chromium, on
 * a page of another origin with a strict CSP (lib/page-server.mjs, comments.html).
 *
 * The post is seeded in WordPress's database: 7 top-level comments (two pages of 5), the first
 * with replies 4 levels deep, an administrator's comment with a script and an onerror image (kses
 * does not filter administrators, and a direct insert is not filtered at all), one in Indonesian
 * with emoji, and a held comment with an approved reply below it. The test checks order, nesting,
 * paging, a permalink to the second page, a reply through the form landing at the right parent in
 * the database, and that nothing hostile ran.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from './lib/browser.mjs';
import { startPageServer } from './lib/page-server.mjs';
import { seedThread } from './lib/seed-comments.mjs';
import { ageComments, comments, loadState, resetComments } from './lib/wordpress.mjs';

const state = loadState();
const PAGE_PORT = Number(new URL(state.testOrigin).port);
const OPEN = state.posts.open;

/** @type {Awaited<ReturnType<typeof launchBrowser>>} */
let browser;
/** @type {Awaited<ReturnType<typeof startPageServer>>} */
let pages;

/** @param {Record<string, string>} [attributes] @param {string} [hash] */
async function openThread(attributes = {}, hash = '') {
  const page = await browser.context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  /** @type {string[]} */
  const requests = [];
  page.on('request', (request) => {
    if (request.url().startsWith(state.siteUrl)) requests.push(request.url());
  });
  const url = new URL('/comments.html', pages.origin);
  url.searchParams.set('site-url', state.siteUrl);
  url.searchParams.set('post-id', String(OPEN));
  url.searchParams.set('per-page', '5');
  url.searchParams.set('timeout', '60');
  for (const [name, value] of Object.entries(attributes)) url.searchParams.set(name, value);
  url.hash = hash;
  await page.goto(url.href);
  const thread = page.locator('sabba-comments');
  await page.waitForFunction(
    () =>
      /** @type {any} */ (window).sabbaEvents.some((/** @type {{type: string}} */ e) =>
        e.type.startsWith('sabba-comments-'),
      ),
    null,
    { timeout: 60_000 },
  );
  return { page, thread, pageErrors, requests };
}

/** Author names of one list's direct items. @param {import('playwright-core').Locator} list */
const authors = (list) =>
  list.evaluate((ol) => [...ol.children].map((li) => li.querySelector('[part~="author"]')?.textContent?.trim() ?? ''));

describe('<sabba-comments> on a real WordPress', () => {
  before(async () => {
    seedThread(state, OPEN);
    pages = await startPageServer({ port: PAGE_PORT, siteUrl: state.siteUrl });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await pages?.close();
    resetComments(state);
  });

  test('order, nesting, the localized date and nothing hostile executed, under a strict CSP on another origin', async () => {
    const { page, thread, pageErrors, requests } = await openThread();
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).sabbaEvents[0].type), 'sabba-comments-load');
    assert.deepEqual(await authors(thread.locator('[part~="list"]')), ['Budi', 'admin', 'Ayu', 'Dedi', 'Eka']);
    assert.equal((await thread.locator('[part~="heading"]').textContent())?.trim(), '11 komentar');
    // Budi > Sari > Tono > Wati: four levels, each inside its parent's list item.
    assert.deepEqual(await authors(thread.locator('#comment-101 > ol')), ['Sari']);
    assert.deepEqual(await authors(thread.locator('#comment-103 > ol')), ['Wati']);
    assert.equal(await thread.locator('#comment-108').count(), 0, 'a reply to a held comment is not shown');
    assert.equal(
      (await thread.locator('#comment-101 > article time').textContent())?.trim(),
      '14 Maret 2022 pukul 10.12',
    );
    assert.equal(await thread.locator('#comment-101 > article [part~="author"] a').getAttribute('rel'), 'nofollow ugc');
    assert.match(
      (await thread.locator('#comment-106 > article [part~="content"]').textContent()) ?? '',
      /🇮🇩🎉 Semoga kabupaten Lebak/,
    );
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__sabbaPwned), undefined);
    assert.equal(await thread.locator('#comment-105 script, #comment-105 img').count(), 0);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).cspViolations), []);
    assert.deepEqual(pageErrors, []);
    for (const url of requests)
      assert.match(url, /_fields=(id%2Cparent%2Cauthor_name%2Cauthor_url%2Cdate%2Cdate_gmt%2Ccontent|id$)/);
    await page.close();
  });

  test('load more brings the second page and keeps focus on the button until it goes', async () => {
    const { page, thread } = await openThread();
    await thread.locator('[part~="load-more"]').click();
    await page.waitForFunction(
      () =>
        /** @type {any} */ (window).sabbaEvents.filter(
          (/** @type {{type: string}} */ e) => e.type === 'sabba-comments-load',
        ).length === 2,
      null,
      { timeout: 60_000 },
    );
    assert.deepEqual(await authors(thread.locator('[part~="list"]')), [
      'Budi',
      'admin',
      'Ayu',
      'Dedi',
      'Eka',
      'Fajar',
      'Gita',
    ]);
    assert.equal(await thread.locator('[part~="load-more"]').count(), 0);
    assert.equal(await thread.evaluate((el) => el.shadowRoot?.activeElement?.closest('li')?.id), 'comment-111');
    await page.close();
  });

  test('a permalink to the second page loads it, highlights and focuses the comment', async () => {
    const { page, thread } = await openThread({}, '#comment-112');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).sabbaEvents[0].detail.cause), 'permalink');
    assert.deepEqual(await authors(thread.locator('[part~="list"]')), ['Fajar', 'Gita']);
    assert.equal(await thread.evaluate((el) => el.shadowRoot?.activeElement?.closest('li')?.id), 'comment-112');
    assert.equal(
      await thread.locator('#comment-112 > [part~="comment-body"]').getAttribute('class'),
      'body highlighted',
    );
    await page.close();
  });

  test("Balas, then the form: the reply lands at the right parent and shows as the reader's held preview", async () => {
    ageComments(state);
    const { page, thread } = await openThread();
    await thread.locator('#comment-103 > article [part~="reply"]').click();
    const form = page.locator('sabba-comment-form');
    await page.waitForFunction(
      () => document.querySelector('sabba-comment-form')?.shadowRoot?.activeElement?.getAttribute('name') === 'comment',
    );
    await form.locator('input[name="author"]').fill('Rina Baru');
    await form.locator('input[name="email"]').fill('rina.baru@example.com');
    await form.locator('textarea[name="comment"]').fill('Balasan untuk Tono.');
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(
      () =>
        /** @type {any} */ (window).sabbaEvents.some(
          (/** @type {{type: string}} */ e) => e.type === 'sabba-comment-success',
        ),
      null,
      { timeout: 75_000 },
    );
    const stored = comments(state).find((c) => c.author === 'Rina Baru');
    assert.equal(stored?.parent, 103);
    assert.equal(stored?.approved, '0', 'a first comment waits for moderation');
    await thread.locator('#comment-103 > ol [part~="held"]').waitFor({ timeout: 10_000 });
    await page.reload();
    await page.waitForFunction(
      () =>
        /** @type {any} */ (window).sabbaEvents.some(
          (/** @type {{type: string}} */ e) => e.type === 'sabba-comments-load',
        ),
      null,
      { timeout: 60_000 },
    );
    assert.equal(
      await thread.locator('#comment-103 > ol [part~="held"]').count(),
      1,
      'the held preview survives a reload',
    );
    await page.close();
  });
});
