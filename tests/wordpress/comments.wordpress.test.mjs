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
import { ageComments, comments, loadState, resetComments, sql } from './lib/wordpress.mjs';

const state = loadState();
const PAGE_PORT = Number(new URL(state.testOrigin).port);
const OPEN = state.posts.open;
const p = state.db.tablePrefix;

/** @param {string} value */
const quote = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * One comment row, dated minutes after 2022-03-14 10:12 UTC.
 * @param {number} id @param {number} parent @param {number} minutes @param {string} author
 * @param {string} content @param {{ approved?: string, userId?: number, url?: string }} [options]
 */
function row(id, parent, minutes, author, content, options = {}) {
  const date = new Date(Date.UTC(2022, 2, 14, 10, 12 + minutes)).toISOString().slice(0, 19).replace('T', ' ');
  return `(${id}, ${OPEN}, ${quote(author)}, ${quote(`${author.toLowerCase().replace(/\W+/g, '')}@example.com`)}, ${quote(options.url ?? '')},
    '127.0.0.1', '${date}', '${date}', ${quote(content)}, ${quote(options.approved ?? '1')}, 'comment', ${parent}, ${options.userId ?? 0})`;
}

function seed() {
  resetComments(state);
  const rows = [
    row(101, 0, 0, 'Budi', 'Langkah yang baik untuk Lebak.', { url: 'https://budi.example/' }),
    row(102, 101, 10, 'Sari', 'Setuju dengan Budi.'),
    row(103, 102, 11, 'Tono', 'Level tiga.'),
    row(104, 103, 12, 'Wati', 'Level empat.'),
    row(105, 0, 1, 'admin', '<p>Pengumuman <script>window.__sabbaPwned = 1</script><img src="x" onerror="window.__sabbaPwned = 2"></p>', { userId: state.admin.id }),
    row(106, 0, 2, 'Ayu', 'Mantap sekali, terima kasih! 🇮🇩🎉 Semoga kabupaten Lebak makin maju.'),
    row(107, 0, 3, 'Held', 'Menunggu.', { approved: '0' }),
    row(108, 107, 4, 'Orphan', 'Balasan untuk komentar yang ditahan.'),
    row(109, 0, 5, 'Dedi', 'Komentar kelima.'),
    row(110, 0, 6, 'Eka', 'Komentar keenam.'),
    row(111, 0, 7, 'Fajar', 'Komentar ketujuh, di halaman dua.'),
    row(112, 0, 8, 'Gita', 'Komentar kedelapan, di halaman dua.'),
  ];
  sql(state, `INSERT INTO ${p}comments (comment_ID, comment_post_ID, comment_author, comment_author_email, comment_author_url,
    comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_approved, comment_type, comment_parent, user_id)
    VALUES ${rows.join(',\n')};
    UPDATE ${p}posts SET comment_count = 11 WHERE ID = ${OPEN};`);
}

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
  await page.waitForFunction(() => /** @type {any} */ (window).sabbaEvents.some((/** @type {{type: string}} */ e) => e.type.startsWith('sabba-comments-')), null, { timeout: 60_000 });
  return { page, thread, pageErrors, requests };
}

/** Author names of one list's direct items. @param {import('playwright-core').Locator} list */
const authors = (list) => list.evaluate((ol) => [...ol.children].map((li) => li.querySelector('[part~="author"]')?.textContent?.trim() ?? ''));

describe('<sabba-comments> on a real WordPress', () => {
  before(async () => {
    seed();
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
    assert.equal((await thread.locator('[part~="heading"]').textContent())?.trim(), '7 komentar');
    // Budi > Sari > Tono > Wati: four levels, each inside its parent's list item.
    assert.deepEqual(await authors(thread.locator('#comment-101 > ol')), ['Sari']);
    assert.deepEqual(await authors(thread.locator('#comment-103 > ol')), ['Wati']);
    assert.equal(await thread.locator('#comment-108').count(), 0, 'a reply to a held comment is not shown');
    assert.equal((await thread.locator('#comment-101 > article time').textContent())?.trim(), '14 Maret 2022 pukul 10.12');
    assert.equal(await thread.locator('#comment-101 > article [part~="author"] a').getAttribute('rel'), 'nofollow ugc');
    assert.match((await thread.locator('#comment-106 > article [part~="content"]').textContent()) ?? '', /🇮🇩🎉 Semoga kabupaten Lebak/);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__sabbaPwned), undefined);
    assert.equal(await thread.locator('#comment-105 script, #comment-105 img').count(), 0);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).cspViolations), []);
    assert.deepEqual(pageErrors, []);
    for (const url of requests) assert.match(url, /_fields=id%2Cparent%2Cauthor_name%2Cauthor_url%2Cdate%2Cdate_gmt%2Ccontent/);
    await page.close();
  });

  test('load more brings the second page and keeps focus on the button until it goes', async () => {
    const { page, thread } = await openThread();
    await thread.locator('[part~="load-more"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).sabbaEvents.filter((/** @type {{type: string}} */ e) => e.type === 'sabba-comments-load').length === 2, null, { timeout: 60_000 });
    assert.deepEqual(await authors(thread.locator('[part~="list"]')), ['Budi', 'admin', 'Ayu', 'Dedi', 'Eka', 'Fajar', 'Gita']);
    assert.equal(await thread.locator('[part~="load-more"]').count(), 0);
    assert.equal(await thread.evaluate((el) => el.shadowRoot?.activeElement?.closest('li')?.id), 'comment-111');
    await page.close();
  });

  test('a permalink to the second page loads it, highlights and focuses the comment', async () => {
    const { page, thread } = await openThread({}, '#comment-112');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).sabbaEvents[0].detail.cause), 'permalink');
    assert.deepEqual(await authors(thread.locator('[part~="list"]')), ['Fajar', 'Gita']);
    assert.equal(await thread.evaluate((el) => el.shadowRoot?.activeElement?.closest('li')?.id), 'comment-112');
    assert.equal(await thread.locator('#comment-112 > [part~="comment-body"]').getAttribute('class'), 'body highlighted');
    await page.close();
  });

  test('Balas, then the form: the reply lands at the right parent and shows as the reader\'s held preview', async () => {
    ageComments(state);
    const { page, thread } = await openThread();
    await thread.locator('#comment-103 > article [part~="reply"]').click();
    const form = page.locator('sabba-comment-form');
    await page.waitForFunction(() => document.querySelector('sabba-comment-form')?.shadowRoot?.activeElement?.getAttribute('name') === 'comment');
    await form.locator('input[name="author"]').fill('Rina Baru');
    await form.locator('input[name="email"]').fill('rina.baru@example.com');
    await form.locator('textarea[name="comment"]').fill('Balasan untuk Tono.');
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).sabbaEvents.some((/** @type {{type: string}} */ e) => e.type === 'sabba-comment-success'), null, { timeout: 75_000 });
    const stored = comments(state).find((c) => c.author === 'Rina Baru');
    assert.equal(stored?.parent, 103);
    assert.equal(stored?.approved, '0', 'a first comment waits for moderation');
    await thread.locator('#comment-103 > ol [part~="held"]').waitFor({ timeout: 10_000 });
    await page.reload();
    await page.waitForFunction(() => /** @type {any} */ (window).sabbaEvents.some((/** @type {{type: string}} */ e) => e.type === 'sabba-comments-load'), null, { timeout: 60_000 });
    assert.equal(await thread.locator('#comment-103 > ol [part~="held"]').count(), 1, 'the held preview survives a reload');
    await page.close();
  });
});
