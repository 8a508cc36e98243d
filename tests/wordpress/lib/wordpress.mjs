// @ts-check
/**
 * Helpers for the real-WordPress suite: the state that scripts/wordpress/start.sh wrote, the private
 * database (through the `mariadb` client on its socket) and raw HTTP requests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = process.env.WP_CACHE_DIR ?? `${repoRoot}.cache/wordpress`;

/**
 * @typedef {object} WordPressState
 * @property {string} siteUrl
 * @property {string} restUrl
 * @property {string} testOrigin
 * @property {string} wordpressVersion
 * @property {{ open: number, closed: number }} posts
 * @property {{ user: string, password: string, email: string, id: number }} admin
 * @property {{ user: string, password: string, email: string, id: number }} reader
 * @property {{ socket: string, name: string, user: string, password: string, tablePrefix: string }} db
 */

/** @returns {WordPressState} */
export function loadState() {
  const file = `${cacheDir}/state.json`;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `No running test WordPress (${file} unreadable). Start it with scripts/wordpress/start.sh ` +
        `or run the whole suite with scripts/wordpress/test.sh.`,
      { cause: error },
    );
  }
}

/** Runs SQL on the private database; returns rows as objects (all values are strings). */
export function sql(/** @type {WordPressState} */ state, /** @type {string} */ query) {
  const out = execFileSync(
    'mariadb',
    [
      '--no-defaults',
      `--socket=${state.db.socket}`,
      `--user=${state.db.user}`,
      `--password=${state.db.password}`,
      '--batch',
      '--raw',
      '--default-character-set=utf8mb4',
      state.db.name,
      '-e',
      query,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const lines = out.split('\n').filter((line) => line !== '');
  if (lines.length === 0) return [];
  const head = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(head.map((name, i) => [name, cells[i]]));
  });
}

/** Deletes every comment, so each run starts from the same site. */
export function resetComments(/** @type {WordPressState} */ state) {
  const p = state.db.tablePrefix;
  sql(
    state,
    `DELETE FROM ${p}commentmeta; DELETE FROM ${p}comments;
    UPDATE ${p}posts SET comment_count = 0;`,
  );
}

/**
 * Moves every comment one minute into the past. WordPress's flood check refuses a second comment
 * from the same IP within 15 s (all our requests come from 127.0.0.1); ageing the existing ones
 * stands in for waiting, so a case that needs a fresh comment does not sleep.
 */
export function ageComments(/** @type {WordPressState} */ state) {
  const p = state.db.tablePrefix;
  sql(
    state,
    `UPDATE ${p}comments SET comment_date = comment_date - INTERVAL 1 MINUTE,
    comment_date_gmt = comment_date_gmt - INTERVAL 1 MINUTE;`,
  );
}

/**
 * Dates the newest comment "now": the next comment from 127.0.0.1 then falls inside WordPress's
 * 15 s flood window however slowly the browser got there.
 */
export function freshenNewestComment(/** @type {WordPressState} */ state) {
  sql(
    state,
    `UPDATE ${state.db.tablePrefix}comments SET comment_date = UTC_TIMESTAMP(),
    comment_date_gmt = UTC_TIMESTAMP() ORDER BY comment_ID DESC LIMIT 1;`,
  );
}

/**
 * @typedef {object} CommentRow
 * @property {number} id
 * @property {number} post
 * @property {number} parent
 * @property {string} author
 * @property {string} email
 * @property {string} url
 * @property {string} content
 * @property {string} approved  '0' held, '1' approved, 'spam', 'trash'
 */

/** @returns {CommentRow[]} every comment, oldest first */
export function comments(/** @type {WordPressState} */ state) {
  const p = state.db.tablePrefix;
  // HEX() keeps tabs and new lines in the content from breaking the batch output.
  return sql(
    state,
    `SELECT comment_ID, comment_post_ID, comment_parent, HEX(comment_author) a, HEX(comment_author_email) e,
      HEX(comment_author_url) u, HEX(comment_content) c, comment_approved FROM ${p}comments ORDER BY comment_ID`,
  ).map((row) => ({
    id: Number(row.comment_ID),
    post: Number(row.comment_post_ID),
    parent: Number(row.comment_parent),
    author: Buffer.from(row.a, 'hex').toString('utf8'),
    email: Buffer.from(row.e, 'hex').toString('utf8'),
    url: Buffer.from(row.u, 'hex').toString('utf8'),
    content: Buffer.from(row.c, 'hex').toString('utf8'),
    approved: row.comment_approved,
  }));
}

/** A comment row without its id, for comparing with expected rows. @param {CommentRow} row */
export function withoutId(row) {
  /** @type {Partial<CommentRow>} */
  const copy = { ...row };
  delete copy.id;
  return /** @type {Omit<CommentRow, 'id'>} */ (copy);
}

/** Approves one comment (as a moderator would), e.g. so a reader can reply to it. */
export function approveComment(/** @type {WordPressState} */ state, /** @type {number} */ id) {
  sql(state, `UPDATE ${state.db.tablePrefix}comments SET comment_approved = '1' WHERE comment_ID = ${Number(id)}`);
}

/**
 * Logs a user in through wp-login.php and returns the Cookie header value of the session.
 * @param {WordPressState} state
 * @param {{ user: string, password: string }} who
 */
export async function login(state, who) {
  const testCookie = 'wordpress_test_cookie=WP%20Cookie%20check';
  const response = await fetch(`${state.siteUrl}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: testCookie },
    body: new URLSearchParams({ log: who.user, pwd: who.password, testcookie: '1', 'wp-submit': 'Log In' }).toString(),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (response.status !== 302 || !cookies.some((c) => c.startsWith('wordpress_logged_in_'))) {
    throw new Error(`login as ${who.user} failed: HTTP ${response.status}`);
  }
  return [testCookie, ...cookies].join('; ');
}
