// @ts-check
/**
 * The plugin's blocks in the real block editor (WordPress 6.1's, in Chromium): an administrator
 * logs in, opens a new post, inserts each Sabba block through the inserter and sees its
 * ServerSideRender preview (the element with its server-rendered content, no "unexpected or
 * invalid content" warning, no "Error loading block"); the post is published, reopened without
 * a warning, and its front end carries every element.
 *
 * Run: bash scripts/wordpress/test.sh tests/wordpress/plugin-editor.wordpress.test.mjs (after npm run build)
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './lib/browser.mjs';
import { debugLines, setOptions, setUpPlugin, tearDownPlugin } from './lib/plugin.mjs';
import { loadState } from './lib/wordpress.mjs';

const state = loadState();
/** @type {Awaited<ReturnType<typeof launchBrowser>>} */
let browser;
/** @type {import('playwright-core').Page} */
let page;
/** Console errors and failed requests in the editor. @type {string[]} */
const problems = [];

/** Each block: its inserter title, its name, and what its preview must show. */
const BLOCKS = [
  { title: 'Comment thread', name: 'sabba-widgets/comments', shows: 'sabba-comments' },
  { title: 'Comment form', name: 'sabba-widgets/comment-form', shows: 'sabba-comment-form form#commentform' },
  { title: 'Author card', name: 'sabba-widgets/author-card', shows: 'sabba-author-card .sabba-author-name a' },
  { title: 'Ad slot', name: 'sabba-widgets/ad-slot', shows: 'sabba-ad-slot[ad-unit="/1234/artikel"]' },
  { title: 'Back to top', name: 'sabba-widgets/back-to-top', shows: 'sabba-back-to-top a[href="#top"]' },
  // Empty until an ad blocker is found (the thread: until a comment is approved); a note above it.
  { title: 'Adblock notice', name: 'sabba-widgets/adblock-notice', shows: 'sabba-adblock-notice' },
];

/** The post's address once published. */
let permalink = '';
let postId = 0;

before(async () => {
  setUpPlugin();
  setOptions({ ads: 1, ad_provider: 'gpt', ad_network: '1234', ad_slot: 'artikel', ad_sizes: '300x250' });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  // WordPress itself loads from two hosts of its own: Gravatar for the admin's photo (which the
  // card's preview shows) and s.w.org for the block editor's welcome guide on a fresh install.
  // This machine is offline, so their failures are not the plugin's; every other failure counts.
  const offline = (/** @type {string} */ url) => /^https:\/\/(([\w-]+\.)?gravatar\.com|s\.w\.org)\//.test(url);
  page.on('console', (message) => {
    if (message.type() === 'error' && !offline(message.location().url)) problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    if (!offline(request.url())) problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
});

after(async () => {
  await browser?.close();
  tearDownPlugin();
});

/** No block warning, no render error, nothing the block editor flags. */
async function assertNoBlockWarnings() {
  const editor = page.locator('.block-editor-block-list__layout').first();
  assert.equal(await page.locator('.block-editor-warning').count(), 0, 'no block warning');
  const text = await editor.innerText();
  assert.doesNotMatch(text, /unexpected or invalid content|Error loading block|Block rendered as empty/);
}

test('an administrator inserts each Sabba block and sees its server-rendered preview', async () => {
  const editor = `${state.siteUrl}/wp-admin/post-new.php`;
  await page.goto(`${state.siteUrl}/wp-login.php?redirect_to=${encodeURIComponent(editor)}`);
  await page.fill('#user_login', state.admin.user);
  await page.fill('#user_pass', state.admin.password);
  await Promise.all([page.waitForURL(/post-new\.php/), page.click('#wp-submit')]);
  await page.waitForFunction(() =>
    Boolean(/** @type {any} */ (window).wp?.blocks?.getBlockType('sabba-widgets/comments')),
  );
  // WordPress's first-visit guide covers the editor on a fresh install, and may open a moment after
  // it: wait for it a little, and close it as a user does.
  const guide = page.getByRole('dialog', { name: 'Welcome to the block editor' });
  const opened = await guide.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  if (opened) await guide.getByRole('button', { name: 'Close' }).click();
  await guide.waitFor({ state: 'hidden' });
  await page.getByRole('textbox', { name: 'Add title' }).fill('Semua blok Sabba');

  for (const block of BLOCKS) {
    const search = page.getByPlaceholder('Search').first();
    if (!(await search.isVisible())) await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await search.fill(block.title);
    // The inserter's button for the block (its class is WordPress's, from the block name).
    const option = page.locator(`.block-editor-inserter__menu .editor-block-list-item-${block.name.replace('/', '-')}`);
    assert.equal(await option.getAttribute('role'), 'option');
    assert.match(await option.innerText(), new RegExp(block.title));
    await option.click();
    await page.locator(`[data-type="${block.name}"]`).waitFor();
  }
  if (await page.getByPlaceholder('Search').first().isVisible())
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();

  for (const block of BLOCKS) {
    // ServerSideRender puts the plugin's rendering inside the block: the element and its content.
    await page
      .locator(`[data-type="${block.name}"] ${block.shows}`)
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 });
  }
  for (const name of ['comments', 'adblock-notice'])
    await page.locator(`[data-type="sabba-widgets/${name}"] .sabba-widgets-editor-note`).waitFor();
  const card = await page
    .locator('[data-type="sabba-widgets/author-card"] sabba-author-card .sabba-author-name a')
    .textContent();
  assert.equal(card, 'admin', 'the author card previews the post’s author');
  await assertNoBlockWarnings();
});

test('the post is published, reopens without a warning, and its front end carries every element', async () => {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('.post-publish-panel__postpublish').waitFor({ timeout: 20_000 });
  ({ permalink, postId } = await page.evaluate(() => {
    const editor = /** @type {any} */ (window).wp.data.select('core/editor');
    return { permalink: editor.getPermalink(), postId: editor.getCurrentPostId() };
  }));
  assert.ok(postId > 0);

  await page.goto(`${state.siteUrl}/wp-admin/post.php?post=${postId}&action=edit`);
  for (const block of BLOCKS)
    await page
      .locator(`[data-type="${block.name}"] ${block.shows}`)
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 });
  await assertNoBlockWarnings();
  const saved = await page.evaluate(() =>
    /** @type {any} */ (window).wp.data.select('core/editor').getEditedPostContent(),
  );
  for (const block of BLOCKS) assert.match(saved, new RegExp(`<!-- wp:${block.name} /-->`), 'saved as a dynamic block');

  const response = await fetch(permalink);
  assert.equal(response.status, 200);
  const html = await response.text();
  const content = html.slice(html.indexOf('class="entry-content"'));
  assert.match(content, /<sabba-comments [^>]*post-id="\d+"/);
  assert.match(content, new RegExp(`<sabba-comment-form [^>]*post-id="${postId}"`));
  assert.match(content, /<sabba-author-card type="person"[^>]*>[\s\S]*?rel="author">admin</);
  assert.match(content, /<sabba-ad-slot provider="gpt" sizes="300x250" ad-unit="\/1234\/artikel"/);
  assert.match(content, /<sabba-back-to-top><a href="#top">/);
  assert.equal(html.split('<sabba-back-to-top>').length, 2, 'one back-to-top: the block’s, not also the footer’s');
  assert.match(content, /<sabba-adblock-notice /);
  assert.deepEqual(problems, [], 'no console error or failed request in the editor');
});

test('WP_DEBUG stays quiet in the editor and its REST renders', () => {
  assert.deepEqual(debugLines().other, []);
});
