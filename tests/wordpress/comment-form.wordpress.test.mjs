// @ts-check
/**
 * <sabba-comment-form> against a real WordPress (scripts/wordpress/start.sh), in Debian's Chromium.
 *
 * Where the form lives, as readers meet it:
 * - `transport=rest` on a page of another origin (lib/page-server.mjs, 127.0.0.1:8882; a portal
 *   embedding the widget) posting to WordPress on 127.0.0.1:8881;
 * - `transport=classic` on a page of WordPress's own origin (router.php /sabba-test/, as a theme
 *   page embeds it): wp-comments-post.php sends no CORS headers, so only there can the form read
 *   WordPress's answer; and once from the other origin, where the form posts blind and says so.
 * Both pages carry a strict CSP. After every case the test reads WordPress's database for exactly
 * the comments that should exist (post, parent, author, email, URL, content, moderation state) and
 * checks what the reader sees.
 *
 * Reaching the server past the form's own checks (the form validates like WordPress does: empty
 * comment, is_email()), the test types valid values and changes them on the way with Playwright's
 * request interception: the email to `sari@localhost` (refused by WordPress's is_email()), the
 * comment to ''. The form then has to show WordPress's refusal.
 * Flood: all requests come from 127.0.0.1, so WordPress's 15 s rule applies across cases; cases
 * that need a fresh comment first move earlier comments a minute into the past (ageComments), and
 * the flood case dates the newest comment "now" just before its click (freshenNewestComment), so
 * a slow machine cannot push it out of the window.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, rewriteField } from './lib/browser.mjs';
import { startPageServer } from './lib/page-server.mjs';
import {
  ageComments,
  approveComment,
  comments,
  freshenNewestComment,
  loadState,
  resetComments,
  withoutId,
} from './lib/wordpress.mjs';

const state = loadState();
// The page's origin is the one the site allows by CORS (start.sh WP_TEST_ORIGIN).
const PAGE_PORT = Number(new URL(state.testOrigin).port);
const OPEN = state.posts.open;
const CLOSED = state.posts.closed;

const SARI = { author: 'Sari Wulandari', email: 'sari@example.com', url: 'https://sari.example.com/' };
const BUDI = { author: 'Budi Santoso', email: 'budi@example.com', url: '' };

/**
 * What the reader must read in the status region (Indonesian, the default language), by outcome.
 * Matched loosely on purpose: the wording belongs to the element's dictionary, the meaning to us.
 */
const SEEN = {
  held: /menunggu moderasi/i,
  unconfirmed: /telah dikirim, tetapi situs tidak memberi tahu hasilnya/i,
  comment_duplicate: /sama sudah pernah Anda kirim/i,
  comment_flood: /terlalu cepat/i,
  invalid_email: /email tidak valid/i,
  empty_comment: /tulis komentar/i,
  comment_closed: /sudah ditutup/i,
};

/** @type {Awaited<ReturnType<typeof launchBrowser>>} */
let browser;
/** @type {Awaited<ReturnType<typeof startPageServer>>} */
let pages;

/**
 * The comments WordPress must hold, in insertion order; each case updates it and compares.
 * @type {Omit<import('./lib/wordpress.mjs').CommentRow, 'id'>[]}
 */
const expected = [];

function assertDatabase(/** @type {string} */ why) {
  const rows = comments(state).map(withoutId);
  try {
    assert.deepEqual(rows, expected, `WordPress's comments after: ${why}`);
  } catch (error) {
    // Later cases judge their own effect, not this one's again.
    expected.splice(0, expected.length, ...rows);
    throw error;
  }
}

/**
 * Opens the embedding page with one form, on another origin than WordPress or on its own.
 * @param {Record<string, string | number>} attributes
 * @param {'other' | 'same'} [origin]
 */
async function openForm(attributes, origin = 'other') {
  const page = await browser.context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const url =
    origin === 'other' ? new URL('/form.html', pages.origin) : new URL('/sabba-test/form.html', state.siteUrl);
  url.searchParams.set('site-url', state.siteUrl);
  // A busy test machine can keep php -S past the form's 20 s default; wait as long as the test does.
  url.searchParams.set('timeout', '60');
  for (const [name, value] of Object.entries(attributes)) url.searchParams.set(name, String(value));
  await page.goto(url.href);
  const form = page.locator('sabba-comment-form');
  await form.locator('textarea[name="comment"]').waitFor({ timeout: 30_000 });
  return { page, form, pageErrors };
}

/**
 * Fills the form like a reader, submits it and waits for the element's outcome event.
 * @param {Awaited<ReturnType<typeof openForm>>} opened
 * @param {{ author: string, email: string, url: string, comment: string }} fields
 * @param {{ onTheWay?: { fields: string[], value: string }, justAfterAnother?: boolean }} [options]
 *   onTheWay: change a field of the request; justAfterAnother: the newest comment is dated "now"
 *   right before the click, so this one is within WordPress's 15 s flood window
 */
async function submit(opened, fields, options = {}) {
  const { page, form } = opened;
  /** @type {{ method: string, url: string, contentType: string, body: string }[]} */
  const sent = [];
  await page.route(`${state.siteUrl}/**`, async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    const contentType = (await request.allHeaders())['content-type'] ?? '';
    let body = request.postData() ?? '';
    if (options.onTheWay) body = rewriteField(body, contentType, options.onTheWay.fields, options.onTheWay.value);
    sent.push({ method: request.method(), url: request.url(), contentType, body });
    return route.continue({ postData: body });
  });
  await form.locator('input[name="author"]').fill(fields.author);
  await form.locator('input[name="email"]').fill(fields.email);
  await form.locator('input[name="url"]').fill(fields.url);
  await form.locator('textarea[name="comment"]').fill(fields.comment);
  const outcomes = () =>
    page.evaluate(() =>
      /** @type {any} */ (window).sabbaEvents.filter(
        (/** @type {{type: string}} */ e) => e.type !== 'sabba-comment-submit',
      ),
    );
  const before = (await outcomes()).length;
  if (options.justAfterAnother) freshenNewestComment(state);
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction(
    (n) =>
      /** @type {any} */ (window).sabbaEvents.filter(
        (/** @type {{type: string}} */ e) => e.type !== 'sabba-comment-submit',
      ).length > n,
    before,
    { timeout: 75_000 },
  );
  const event = (await outcomes()).at(-1);
  assert.equal(
    sent.length,
    1,
    `the form sent exactly one POST to WordPress (${JSON.stringify(sent.map((s) => s.url))})`,
  );
  return { event, sent: sent[0] };
}

/** The status region's text once it says something. @param {import('playwright-core').Locator} form */
async function statusText(form) {
  const status = form.locator('[part~="status"]');
  const deadline = Date.now() + 5_000;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await status.count()) ? await status.first().innerText() : '').trim();
    if (text) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(text, 'the status region (part="status") shows a message');
  assert.ok(await status.first().isVisible(), 'the status message is visible');
  return text;
}

/** Everything an error case checks besides the database. */
async function expectError(
  /** @type {Awaited<ReturnType<typeof submit>>} */ outcome,
  /** @type {import('playwright-core').Locator} */ form,
  /** @type {{ code: string, status: number, seen: RegExp }} */ want,
) {
  assert.equal(outcome.event?.type, 'sabba-comment-error', `an error event (${JSON.stringify(outcome.event)})`);
  assert.equal(outcome.event.detail.code, want.code, 'error code');
  assert.equal(outcome.event.detail.status, want.status, 'HTTP status in the error detail');
  assert.equal(typeof outcome.event.detail.message, 'string');
  const text = await statusText(form);
  assert.match(text, want.seen, `the reader reads what went wrong: "${text}"`);
  return text;
}

/** Whether the element shows this text (in its shadow root) to the reader. @param {import('playwright-core').Locator} form @param {string} text */
async function shows(form, text) {
  const found = form.getByText(text, { exact: false });
  return (await found.count()) > 0 && (await found.first().isVisible());
}

/**
 * CSP violations that do not fail a case, each with its reason. Parsing WordPress's wp_die() page
 * with DOMParser makes Chromium report its inline <style> against the page's style-src (the parsed
 * document inherits the page's policy); nothing is applied or run, but a site with CSP reporting
 * gets a report per classic error. Reported to the element's owner; shown as a diagnostic here.
 */
const TOLERATED_CSP = new Set(['style-src-elem inline']);

async function close(
  /** @type {Awaited<ReturnType<typeof openForm>>} */ opened,
  /** @type {import('node:test').TestContext} */ t,
) {
  /** @type {string[]} */
  const violations = await opened.page.evaluate(() => /** @type {any} */ (window).cspViolations);
  await opened.page.close();
  assert.deepEqual(opened.pageErrors, [], 'no uncaught errors on the page');
  for (const v of violations.filter((v) => TOLERATED_CSP.has(v))) t.diagnostic(`tolerated CSP report: ${v}`);
  assert.deepEqual(
    violations.filter((v) => !TOLERATED_CSP.has(v)),
    [],
    'no Content-Security-Policy violations',
  );
}

before(async () => {
  resetComments(state);
  pages = await startPageServer({ port: PAGE_PORT, siteUrl: state.siteUrl });
  browser = await launchBrowser();
  // Fail once and plainly, not in every case, when the drop-in script defines no form.
  const page = await browser.context.newPage();
  await page.goto(new URL('/form.html', pages.origin).href);
  const defined = await page.evaluate(() =>
    Promise.race([
      customElements.whenDefined('sabba-comment-form').then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 20_000)),
    ]),
  );
  await page.close();
  assert.ok(
    defined,
    'dist/cdn/sabba.js defines <sabba-comment-form> (if not: was its *.define module ' +
      "dropped as side-effect free? package.json's sideEffects must cover the sources the build reads)",
  );
});

after(async () => {
  await browser?.close();
  await pages?.close();
});

/**
 * Asserts that the field `selector` is marked invalid and that what its aria-describedby points at
 * includes `message`.
 * @param {import('playwright-core').Locator} form @param {string} selector @param {string} message
 */
async function expectMessageAtField(form, selector, message) {
  const field = await describedBy(form, selector);
  assert.equal(field.invalid, 'true', `${selector} is marked invalid`);
  assert.ok(field.text.includes(message), `${selector} is described by the message ("${field.text}")`);
}

/** What the field's aria-describedby points at says. @param {import('playwright-core').Locator} form @param {string} selector */
async function describedBy(form, selector) {
  return form.evaluate((host, sel) => {
    const root = /** @type {ShadowRoot} */ (host.shadowRoot);
    const field = root.querySelector(sel);
    const ids = (field?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return {
      invalid: field?.getAttribute('aria-invalid') ?? null,
      text: ids
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    };
  }, selector);
}

const TRANSPORTS = /** @type {const} */ ([
  // REST from a portal on another origin; the classic form on WordPress's own pages.
  {
    transport: 'rest',
    origin: 'other',
    who: SARI,
    codes: { invalidEmail: 'rest_invalid_param', empty: 'rest_comment_content_invalid', closed: 'rest_comment_closed' },
    http: { duplicate: 409, flood: 400, invalidEmail: 400, empty: 400, closed: 403 },
  },
  // wp-comments-post.php answers with an error page; the form reads WordPress's code from its text
  // (and its status where it has one: 200 for the validation errors).
  {
    transport: 'classic',
    origin: 'same',
    who: BUDI,
    codes: { invalidEmail: 'require_valid_email', empty: 'require_valid_comment', closed: 'comment_closed' },
    http: { duplicate: 409, flood: 429, invalidEmail: 200, empty: 200, closed: 403 },
  },
]);

for (const { transport, origin, who, codes, http } of TRANSPORTS) {
  const first = `Komentar pertama lewat ${transport}: beritanya bagus sekali.`;

  describe(`transport=${transport} (page on ${origin === 'same' ? "WordPress's own" : 'another'} origin)`, () => {
    test('a valid comment is held for moderation and the form shows the moderation preview', async (t) => {
      ageComments(state);
      const opened = await openForm({ 'post-id': OPEN, transport }, origin);
      const outcome = await submit(opened, { ...who, comment: first });
      assert.equal(outcome.event?.type, 'sabba-comment-success', `a success event (${JSON.stringify(outcome.event)})`);
      assert.equal(outcome.event.detail.status, 'hold');
      expected.push({
        post: OPEN,
        parent: 0,
        author: who.author,
        email: who.email,
        url: who.url,
        content: first,
        approved: '0',
      });
      assertDatabase(`${transport} valid`);
      assert.equal(outcome.event.detail.id, comments(state).at(-1)?.id, 'the event carries the new comment id');
      const text = await statusText(opened.form);
      assert.match(text, SEEN.held, `moderation notice: "${text}"`);
      assert.ok(await shows(opened.form, first), 'the held comment is previewed to its author');
      await close(opened, t);
    });

    test('the same comment again is refused as a duplicate', async (t) => {
      const opened = await openForm({ 'post-id': OPEN, transport }, origin);
      const outcome = await submit(opened, { ...who, comment: first });
      await expectError(outcome, opened.form, {
        code: 'comment_duplicate',
        status: http.duplicate,
        seen: SEEN.comment_duplicate,
      });
      assertDatabase(`${transport} duplicate`);
      await close(opened, t);
    });

    test('a second comment within 15 s is refused as a flood', async (t) => {
      const opened = await openForm({ 'post-id': OPEN, transport }, origin);
      const outcome = await submit(opened, { ...who, comment: 'Satu lagi, cepat-cepat.' }, { justAfterAnother: true });
      await expectError(outcome, opened.form, { code: 'comment_flood', status: http.flood, seen: SEEN.comment_flood });
      assertDatabase(`${transport} flood`);
      await close(opened, t);
    });

    test('an email WordPress refuses is shown at the email field', async (t) => {
      const opened = await openForm({ 'post-id': OPEN, transport }, origin);
      const outcome = await submit(
        opened,
        { ...who, comment: 'Email yang ditolak server.' },
        { onTheWay: { fields: ['author_email', 'email'], value: 'sari@localhost' } },
      );
      const text = await expectError(outcome, opened.form, {
        code: codes.invalidEmail,
        status: http.invalidEmail,
        seen: SEEN.invalid_email,
      });
      await expectMessageAtField(opened.form, 'input[name="email"]', text);
      assertDatabase(`${transport} invalid email`);
      await close(opened, t);
    });

    test('an empty comment WordPress refuses is shown at the comment field', async (t) => {
      const opened = await openForm({ 'post-id': OPEN, transport }, origin);
      const outcome = await submit(
        opened,
        { ...who, comment: 'Akan dikosongkan di jalan.' },
        { onTheWay: { fields: ['content', 'comment'], value: '' } },
      );
      const text = await expectError(outcome, opened.form, {
        code: codes.empty,
        status: http.empty,
        seen: SEEN.empty_comment,
      });
      await expectMessageAtField(opened.form, 'textarea[name="comment"]', text);
      assertDatabase(`${transport} empty comment`);
      await close(opened, t);
    });

    test('a comment on a post with comments closed is refused', async (t) => {
      const opened = await openForm({ 'post-id': CLOSED, transport }, origin);
      const outcome = await submit(opened, { ...who, comment: 'Ke artikel yang ditutup.' });
      await expectError(outcome, opened.form, { code: codes.closed, status: http.closed, seen: SEEN.comment_closed });
      assertDatabase(`${transport} closed post`);
      await close(opened, t);
    });

    test('a reply (parent-id) lands under its parent comment', async (t) => {
      ageComments(state);
      const parent = comments(state).find((c) => c.content === first);
      assert.ok(parent, 'the first comment exists');
      approveComment(state, parent.id); // a moderator approves it, so readers see it and reply
      expected[expected.findIndex((c) => c.content === first)].approved = '1';
      const opened = await openForm(
        { 'post-id': OPEN, transport, 'parent-id': parent.id, 'reply-to-name': who.author },
        origin,
      );
      assert.ok(await shows(opened.form, who.author), 'the form says whom the reader replies to');
      const reader = { author: 'Dewi Lestari', email: `dewi.${transport}@example.com`, url: '' };
      const reply = `Balasan untuk ${who.author} lewat ${transport}.`;
      const outcome = await submit(opened, { ...reader, comment: reply });
      assert.equal(outcome.event?.type, 'sabba-comment-success', `a success event (${JSON.stringify(outcome.event)})`);
      assert.equal(outcome.event.detail.status, 'hold', "Dewi's first comment is held");
      expected.push({ post: OPEN, parent: parent.id, ...reader, content: reply, approved: '0' });
      assertDatabase(`${transport} reply`);
      assert.equal(outcome.event.detail.id, comments(state).at(-1)?.id, 'the event carries the reply id');
      await close(opened, t);
    });
  });
}

describe('transport=classic from another origin', () => {
  test('the comment is posted blind and the form says it could not confirm it', async (t) => {
    ageComments(state);
    const reader = { author: 'Eko Prasetyo', email: 'eko@example.com', url: '' };
    const content = 'Komentar klasik dari situs lain.';
    const opened = await openForm({ 'post-id': OPEN, transport: 'classic' }, 'other');
    const outcome = await submit(opened, { ...reader, comment: content });
    assert.equal(outcome.event?.type, 'sabba-comment-success', `a success event (${JSON.stringify(outcome.event)})`);
    assert.equal(outcome.event.detail.id, null, 'no id can be read across origins');
    assert.equal(outcome.event.detail.confirmed, false, 'the outcome is marked unconfirmed');
    expected.push({ post: OPEN, parent: 0, ...reader, content, approved: '0' });
    assertDatabase('classic from another origin');
    const text = await statusText(opened.form);
    assert.match(text, SEEN.unconfirmed, `the reader is told the answer was unreadable: "${text}"`);
    await close(opened, t);
  });
});

describe('language', () => {
  test('lang="en": the same refusal in English', async (t) => {
    const opened = await openForm({ 'post-id': CLOSED, transport: 'rest', lang: 'en' });
    const outcome = await submit(opened, { ...SARI, comment: 'To a closed article.' });
    await expectError(outcome, opened.form, { code: 'rest_comment_closed', status: 403, seen: /comments are closed/i });
    assertDatabase('English closed post');
    await close(opened, t);
  });

  test('<html lang="en"> is followed when the element has no lang', async (t) => {
    const opened = await openForm({ 'post-id': OPEN, transport: 'rest', 'page-lang': 'en' });
    const outcome = await submit(opened, { ...SARI, comment: 'Komentar pertama lewat rest: beritanya bagus sekali.' });
    await expectError(outcome, opened.form, { code: 'comment_duplicate', status: 409, seen: /already posted/i });
    assertDatabase('English duplicate');
    await close(opened, t);
  });
});
