// @ts-check
/**
 * The sabba-widgets plugin on the real WordPress: the built zip is unzipped into wp-content/plugins
 * and activated (scripts/wordpress/plugin.php), with WP_DEBUG logging on and the classic Twenty
 * Twenty-One theme; at the end it is uninstalled and the theme restored, so the other files of the
 * suite see the site as before.
 *
 * Run: bash scripts/wordpress/test.sh tests/wordpress/plugin.wordpress.test.mjs (after npm run build)
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { launchBrowser } from './lib/browser.mjs';
import { debugLines, plugin, setOptions, setUpPlugin, tearDownPlugin } from './lib/plugin.mjs';
import { ageComments, approveComment, comments, loadState, login, resetComments, sql } from './lib/wordpress.mjs';

const state = loadState();
const HOSTILE = '"><script>alert(1)</script>';

/** @type {import('./lib/plugin.mjs').Fixtures} */
let fixtures;
/** @type {Awaited<ReturnType<typeof launchBrowser>>} */
let browser;
/** Two pages on other origins, one allowed to post comments and one not. */
const portals = /** @type {import('node:http').Server[]} */ ([]);
// Beside this instance's ports (8903 and 8904 for the default 8881), so parallel instances differ.
const ALLOWED = `http://127.0.0.1:${Number(process.env.WP_PORT ?? 8881) + 22}`;
const REFUSED = `http://127.0.0.1:${Number(process.env.WP_PORT ?? 8881) + 23}`;
const url = (/** @type {string} */ slug) => `${state.siteUrl}/${slug}/`;

before(async () => {
  fixtures = setUpPlugin();
  resetComments(state);
  browser = await launchBrowser();
  for (const origin of [ALLOWED, REFUSED]) {
    const server = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>portal</title><p>portal</p>');
    });
    await new Promise((resolve) => server.listen(Number(new URL(origin).port), '127.0.0.1', () => resolve(undefined)));
    portals.push(server);
  }
});

after(async () => {
  await browser?.close();
  for (const server of portals) server.close();
  tearDownPlugin();
});

/** A page's HTML as a reader without JavaScript (or a crawler) gets it. @param {string} address */
async function html(address) {
  const response = await fetch(address);
  assert.equal(response.status, 200, address);
  return response.text();
}

/**
 * Holds back the plugin's scripts until the returned function is called, so a test sees the page
 * as the server printed it and then the upgrade. @param {import('playwright-core').Page} page
 */
async function holdWidgetScripts(page) {
  /** @type {(value?: unknown) => void} */
  let release = () => {};
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\/sabba-widgets\/assets\/.*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** Resolves once every stylesheet has arrived: boxes are measured as the reader sees them. @param {import('playwright-core').Page} page */
function stylesheetsLoaded(page) {
  return page.waitForFunction(() =>
    [...document.querySelectorAll('link[rel="stylesheet"]')].every(
      (link) => link instanceof HTMLLinkElement && link.sheet,
    ),
  );
}

test('a post carries every element, filled from WordPress, with its content printed inside', async () => {
  const page = await html(url('artikel-plugin'));
  const form = /<sabba-comment-form([^>]*)>([\s\S]*?)<\/sabba-comment-form>/.exec(page);
  assert.ok(form, 'a <sabba-comment-form>');
  assert.match(form[1], new RegExp(`post-id="${fixtures.posts.article}"`));
  assert.match(form[1], new RegExp(`site-url="${state.siteUrl}/"`));
  assert.match(form[1], /cookies-consent/, 'the Discussion setting "show cookies opt-in"');
  assert.match(
    form[2],
    new RegExp(`<form action="${state.siteUrl}/wp-comments-post.php" method="post"`),
    'WordPress’s own form inside',
  );
  assert.match(form[2], new RegExp(`name='comment_post_ID' value='${fixtures.posts.article}'`));
  assert.match(page, /<sabba-comments[^>]*post-id="\d+"[^>]*max-depth="5"[^>]*order="asc"/);
  const card = /<sabba-author-card([^>]*)>([\s\S]*?)<\/sabba-author-card>/.exec(page);
  assert.ok(card, 'a <sabba-author-card>');
  // The content is printed once, in the light DOM the element reads (server-content.ts), not
  // repeated in attributes: only what is not content is an attribute.
  assert.equal(card[1], ' type="person"');
  assert.match(
    card[2],
    /<div slot="server" class="sabba-author-head"><p class="sabba-author-name"><a href="http:\/\/127\.0\.0\.1:\d+\/author\/wartawan\/" rel="author">Rina Kartika<\/a><\/p><p class="sabba-author-role">Wartawan Ekonomi<\/p><\/div>/,
  );
  assert.match(
    card[2],
    /<ul slot="server" class="sabba-author-links"><li><a href="https:\/\/rina\.example\.id\/" rel="me noopener">rina\.example\.id<\/a><\/li><li><a href="https:\/\/www\.facebook\.com\/rina\.kartika" rel="me noopener">facebook\.com<\/a><\/li><li><a href="https:\/\/x\.com\/rinakartika" rel="me noopener">x\.com<\/a><\/li><\/ul>/,
  );
  assert.match(
    card[2],
    /<div class="sabba-author-bio"><p>Wartawan ekonomi di Jakarta\. Menulis soal pasar &amp; kebijakan\.<\/p>\n<\/div>/,
    'the bio inside, as tests/author-card/server-markup.ts prints it',
  );
  assert.match(page, /<sabba-back-to-top><a href="#top">/);
  assert.match(page, /<script type="module" src='[^']*\/wp-content\/plugins\/sabba-widgets\/assets\/loader\.js/);
  assert.doesNotMatch(page, /<sabba-ad-slot|<sabba-adblock-notice/, 'ads and the notice stay off until configured');

  const json = /<script type="application\/ld\+json" class="sabba-widgets-schema">(.*?)<\/script>/.exec(page);
  assert.ok(json, 'JSON-LD printed by PHP');
  const graph = JSON.parse(json[1])['@graph'];
  const person = graph.find((/** @type {any} */ node) => node['@type'] === 'Person');
  assert.match(person['@id'], /^http:\/\/127\.0\.0\.1:\d+\/#\/schema\/person\/[0-9a-f]{32}$/);
  assert.doesNotMatch(person['@id'], /wartawan|sabba\.test/, 'no login or e-mail in the @id');
  const article = graph.find((/** @type {any} */ node) => node['@type'] === 'Article');
  assert.deepEqual(article.author, [{ '@id': person['@id'] }]);

  const newsroom = await html(url('artikel-redaksi'));
  assert.match(
    newsroom,
    /<sabba-author-card type="organization">(?:<img slot="server" [^>]*>)?<div slot="server" class="sabba-author-head"><span class="sabba-author-badge">(?:Newsroom|Tim redaksi)<\/span><p class="sabba-author-name"><a [^>]*>Redaksi Sabba<\/a>/,
  );
  assert.match(newsroom, /"@type":"Organization"/);
  const archive = await html(`${state.siteUrl}/author/wartawan/`);
  assert.match(archive, /<sabba-author-card type="person">(?:(?!<\/sabba-author-card>).)*>Rina Kartika<\/a>/);
  assert.match(archive, /"@type":"ProfilePage"[^}]*"mainEntity":\{"@id":"[^"]*#\/schema\/person\/[0-9a-f]{32}"\}/);
});

test('the author card and back-to-top take over what the plugin printed, moving nothing', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    /** @type {any} */ (window).__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        /** @type {any} */ (window).__shifts.push(/** @type {any} */ (entry).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url('artikel-plugin'));
  const card = page.locator('sabba-author-card');
  await card.locator('[part="name"]').waitFor({ timeout: 30_000 });
  assert.equal(await card.locator('[part="name"]').textContent(), 'Rina Kartika');
  assert.equal(await card.locator('[part="job-title"]').textContent(), 'Wartawan Ekonomi');
  assert.equal(await card.locator('[part="profile-link"]').count(), 3);
  assert.equal(await card.locator('.sabba-author-name').isVisible(), false, 'the server’s copy is not drawn too');
  await page.waitForTimeout(1000);
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__shifts), [], 'no layout shift (CLS 0)');
  await page.close();

  // The script blocked: the stylesheet's fallback shows the whole bio and the link to the top.
  const bare = await browser.context.newPage();
  await bare.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
  await bare.goto(url('artikel-plugin'));
  await bare.waitForTimeout(5500);
  assert.equal(await bare.locator('sabba-author-card .sabba-author-bio').isVisible(), true);
  const top = bare.locator('sabba-back-to-top a[href="#top"]');
  assert.equal(await top.isVisible(), true);
  await bare.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await top.click();
  await bare.waitForFunction(() => window.scrollY === 0);
  await bare.close();
});

test('a post without comments: the element takes over the empty thread WordPress printed, in place and without a request', async () => {
  const source = await html(url('artikel-plugin'));
  assert.match(
    source,
    /<sabba-comments [^>]*>\s*<h2 class="comments-title">Comments<\/h2>\s*<ol class="comment-list"><\/ol>/,
  );
  assert.match(
    source,
    /<p class="no-comments">No comments yet\. Be the first!<\/p>/,
    'readers without JavaScript are told',
  );
  assert.equal(source.split('id="comments"').length, 2, 'one #comments');
  const page = await browser.context.newPage();
  try {
    /** @type {string[]} */
    const reads = [];
    page.on('request', (request) => {
      if (request.url().includes('wp/v2/comments')) reads.push(request.url());
    });
    const release = await holdWidgetScripts(page);
    await page.goto(url('artikel-plugin'), { waitUntil: 'commit' });
    await page.locator('sabba-comments > .no-comments').waitFor();
    await stylesheetsLoaded(page);
    const boxes = () =>
      page.evaluate(() => {
        const thread = /** @type {Element} */ (document.querySelector('sabba-comments')).getBoundingClientRect();
        const form = /** @type {Element} */ (document.querySelector('sabba-comment-form')).getBoundingClientRect();
        return { thread: Math.round(thread.height), form: Math.round(form.top + scrollY) };
      });
    const before = await boxes();
    release();
    // Below the fold, the element's empty state replaces the server's at once.
    await page.locator('sabba-comments [part~="message"]').getByText('No comments yet. Be the first!').waitFor();
    await page.locator('sabba-comments > .no-comments').waitFor({ state: 'detached' });
    const after = await boxes();
    assert.ok(
      Math.abs(after.thread - before.thread) <= 1,
      `the thread keeps its height: ${before.thread} → ${after.thread}`,
    );
    assert.ok(Math.abs(after.form - before.form) <= 1, `the form below stays put: ${before.form} → ${after.form}`);
    assert.deepEqual(reads, [], 'the empty first page came from the server');
  } finally {
    await page.close();
  }
});

test('without JavaScript a reader comments through the server-rendered form', async () => {
  const page = await browser.context.newPage();
  await page.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
  await page.goto(url('artikel-plugin'));
  const form = page.locator('sabba-comment-form form#commentform');
  await form.locator('#comment').fill('Komentar tanpa JavaScript.');
  await form.locator('#author').fill('Dewi Lestari');
  await form.locator('#email').fill('dewi@example.com');
  await Promise.all([page.waitForURL(/#comment-\d+$/), form.locator('#submit').click()]);
  const row = comments(state).find((c) => c.content === 'Komentar tanpa JavaScript.');
  assert.ok(row, 'the comment is in the database');
  assert.equal(row.post, fixtures.posts.article);
  assert.equal(row.author, 'Dewi Lestari');
  assert.equal(row.email, 'dewi@example.com');
  await page.locator('sabba-comments ol.comment-list').getByText('Komentar tanpa JavaScript.').waitFor();
  await page.close();
});

test('with JavaScript the thread takes over the list WordPress printed, without asking the REST API', async () => {
  const row = comments(state).find((c) => c.content === 'Komentar tanpa JavaScript.');
  assert.ok(row, 'the comment posted without JavaScript');
  approveComment(state, row.id);
  const page = await browser.context.newPage();
  try {
    /** @type {string[]} */
    const reads = [];
    page.on('request', (request) => {
      if (request.url().includes('wp/v2/comments')) reads.push(request.url());
    });
    await page.goto(url('artikel-plugin'));
    // The comments are below the article: the element replaces WordPress's list at once.
    const shown = page.locator('sabba-comments [part~="comment"]').filter({ hasText: 'Komentar tanpa JavaScript.' });
    await shown.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('sabba-comments > ol.comment-list').count(), 0, 'the server list was replaced');
    assert.equal(await shown.locator('[part~="author"]').textContent(), 'Dewi Lestari');
    assert.deepEqual(reads, [], 'the first page came from the server list');
  } finally {
    await page.close();
    // Held again, so the next tests see the post as before (its form higher on the page).
    sql(state, `UPDATE ${state.db.tablePrefix}comments SET comment_approved = '0' WHERE comment_ID = ${row.id}`);
  }
});

test('with JavaScript the element posts the comment', async () => {
  ageComments(state);
  const page = await browser.context.newPage();
  await page.goto(url('artikel-plugin'));
  const form = page.locator('sabba-comment-form');
  // The element's own fields (in its shadow root), not WordPress's form it replaces as it upgrades.
  const textarea = form.locator('textarea[part~="control"][name="comment"]');
  await textarea.waitFor({ timeout: 30_000 });
  await form.locator('input[part~="control"][name="author"]').fill('Budi Santoso');
  await form.locator('input[part~="control"][name="email"]').fill('budi@example.com');
  await textarea.fill('Komentar lewat elemen.');
  await page.waitForTimeout(3200); // the element's anti-bot minimum
  await form.locator('button[part~="submit"]').click();
  await form.locator('[part~="status"]').getByText(/./).first().waitFor({ timeout: 20_000 });
  const row = comments(state).find((c) => c.content === 'Komentar lewat elemen.');
  assert.ok(row, 'the comment is in the database');
  assert.equal(row.author, 'Budi Santoso');
  await page.close();
});

test('the element takes over the server-rendered form: same height, what the reader typed kept', async () => {
  const page = await browser.context.newPage();
  // The widgets' script arrives late: the reader sees (and types into) WordPress's own form first.
  const release = await holdWidgetScripts(page);
  await page.goto(url('artikel-plugin'), { waitUntil: 'commit' });
  const server = page.locator('sabba-comment-form form#commentform');
  await server.locator('#comment').fill('Diketik sebelum skripnya tiba.');
  // Measured once the page's stylesheets have arrived, as the reader sees it.
  await stylesheetsLoaded(page);
  const height = () => page.locator('sabba-comment-form').evaluate((el) => el.getBoundingClientRect().height);
  const before = await height();
  release();
  const own = page.locator('sabba-comment-form textarea[part~="control"][name="comment"]');
  await own.waitFor({ timeout: 30_000 });
  assert.equal(await own.inputValue(), 'Diketik sebelum skripnya tiba.');
  assert.equal(await server.locator('#comment').isVisible(), false, 'the server form is no longer shown');
  assert.equal(await height(), before, 'the element is exactly as tall as the server form was');
  await page.close();
});

test('a contributor’s hostile shortcode attributes stay inert', async () => {
  setOptions({ ads: 1, ad_provider: 'gpt', ad_network: '1234', ad_slot: 'artikel', adblock_notice: 0 });
  const source = await html(url('artikel-kontributor'));
  assert.doesNotMatch(source, /<script>alert|<svg onload|<img src=x/);
  assert.match(
    source,
    /<sabba-ad-slot provider="gpt" sizes="300x250" ad-unit="\/1234\/artikel" data-sabba-reserve="[0-9a-f]{12}"><\/sabba-ad-slot>/,
    'invalid values fall back to the settings',
  );
  const page = await browser.context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(url('artikel-kontributor'));
  await page.waitForTimeout(1500);
  assert.equal(dialogs, 0, 'no script ran');
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('sabba-') || el.closest('.entry-content'))
      .flatMap((el) =>
        el
          .getAttributeNames()
          .filter((name) => /^on|^autofocus$/.test(name))
          .map((name) => `${el.localName} ${name}`),
      ),
  );
  assert.deepEqual(handlers, [], 'no event-handler attribute reached the DOM');
  await page.close();
  setOptions({ ads: 0 });
});

test('the settings page saves sanitised values and escapes them', async () => {
  const page = await browser.context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const settings = `${state.siteUrl}/wp-admin/options-general.php?page=sabba-widgets`;
  await page.goto(`${state.siteUrl}/wp-login.php?redirect_to=${encodeURIComponent(settings)}`);
  await page.fill('#user_login', state.admin.user);
  await page.fill('#user_pass', state.admin.password);
  await Promise.all([page.waitForURL(/page=sabba-widgets/), page.click('#wp-submit')]);
  for (const input of await page.locator('form[action="options.php"] input[type="text"]').all())
    await input.fill(HOSTILE);
  await page.fill(
    '#sabba-widgets-allowed_origins',
    `${ALLOWED}\nhttps://Portal.Example.id/\njavascript:alert(1)\n${HOSTILE}\nhttps://x.example/path`,
  );
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  const saved = await page.content();
  assert.doesNotMatch(saved, /<script>alert\(1\)/, 'nothing hostile is printed as markup');
  assert.equal(await page.inputValue('#sabba-widgets-allowed_origins'), `${ALLOWED}\nhttps://portal.example.id`);
  assert.equal(await page.inputValue('#sabba-widgets-ad_network'), '', 'an invalid network code is not saved');
  assert.equal(await page.inputValue('#sabba-widgets-adblock_heading'), '">', 'text fields lose their tags');
  assert.match(saved, /were not saved: javascript:alert\(1\)/);
  assert.equal(dialogs, 0);
  await page.close();
});

test('CORS on the comment routes: an allowed portal posts, another origin is refused', async () => {
  setOptions({ allowed_origins: [ALLOWED], anonymous_rest: 1, cache_max_age: 60, cache_swr: 600 });
  ageComments(state);
  const page = await browser.context.newPage();
  /** @param {string} origin @param {string} content */
  const post = async (origin, content) => {
    await page.goto(`${origin}/`);
    return page.evaluate(
      async ([rest, body]) => {
        try {
          const response = await fetch(`${rest}wp/v2/comments`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body,
          });
          return { status: response.status };
        } catch (error) {
          return { error: String(error) };
        }
      },
      [
        state.restUrl,
        JSON.stringify({
          post: fixtures.posts.article,
          author_name: 'Portal',
          author_email: 'portal@example.com',
          content,
        }),
      ],
    );
  };
  assert.deepEqual(await post(ALLOWED, 'Dari portal yang diizinkan.'), { status: 201 });
  ageComments(state);
  const refused = await post(REFUSED, 'Dari situs lain.');
  assert.ok('error' in refused, 'the browser hides the answer');
  const stored = comments(state).map((c) => c.content);
  assert.ok(stored.includes('Dari portal yang diizinkan.'));
  assert.ok(!stored.includes('Dari situs lain.'), 'and the refused origin’s comment is not stored');
  await page.close();
  const read = await fetch(`${state.restUrl}wp/v2/comments?post=${fixtures.posts.article}`, {
    headers: { Origin: REFUSED },
  });
  assert.equal(read.headers.get('access-control-allow-origin'), null, 'core’s echo of any Origin is gone');
  assert.equal(read.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=600');
});

test('every kind of page renders for readers and the administrator (for the debug.log check below)', async () => {
  setOptions({ ads: 1, ad_provider: 'gpt', ad_network: '1234', ad_slot: 'artikel', ad_after_paragraph: 2 });
  setOptions({ adblock_notice: 1, back_to_top: 1, author_card: 1, comments: 1 });
  const admin = await login(state, state.admin);
  /** [path, expected status] */
  const pages = /** @type {[string, number][]} */ ([
    ['/', 200],
    ['/artikel-plugin/', 200],
    ['/artikel-plugin/?replytocom=999999', 200],
    ['/artikel-redaksi/', 200],
    ['/artikel-kontributor/', 200],
    ['/author/wartawan/', 200],
    ['/author/redaksi/', 200],
    ['/category/uncategorized/', 200],
    ['/?s=pasar', 200],
    ['/feed/', 200],
    ['/artikel-plugin/feed/', 200],
    ['/artikel-plugin/embed/', 200],
    ['/tidak-ada-halaman-ini/', 404],
    ['/wp-json/wp/v2/comments?post=' + fixtures.posts.article, 200],
  ]);
  const adminPages = [
    '/wp-admin/',
    '/wp-admin/options-general.php?page=sabba-widgets',
    '/wp-admin/profile.php',
    `/wp-admin/user-edit.php?user_id=${fixtures.users.reporter}`,
    '/wp-admin/plugins.php',
    '/wp-admin/edit.php',
    '/artikel-plugin/',
  ];
  for (const [path, status] of pages) {
    const response = await fetch(`${state.siteUrl}${path}`);
    assert.equal(response.status, status, path);
    await response.arrayBuffer();
  }
  for (const path of adminPages) {
    const response = await fetch(`${state.siteUrl}${path}`, { headers: { cookie: admin } });
    assert.equal(response.status, 200, path);
    assert.doesNotMatch(await response.text(), /Fatal error|Warning:|Notice:|Deprecated:/, path);
  }
  setOptions({ ads: 0, adblock_notice: 0, ad_after_paragraph: 0 });
});

test('WP_DEBUG stays quiet: debug.log has nothing but core’s two known PHP 8.2 deprecations', (t) => {
  const { core, other } = debugLines();
  for (const line of core) t.diagnostic(`core: ${line}`);
  assert.deepEqual(other, [], 'no line from the plugin (or anything else)');
});

test('uninstall leaves no option or user meta behind', () => {
  assert.ok(JSON.parse(plugin('state')).options.length > 0);
  plugin('uninstall');
  const after = JSON.parse(plugin('state'));
  assert.deepEqual(after, { options: [], usermeta: [], active: false });
});
