// @ts-check
/** Runs the contract's request list (cases.mjs) against the real WordPress started by start.sh. */
import { cases, classify } from './cases.mjs';
import { ageComments, approveComment, login, resetComments } from './wordpress.mjs';

/**
 * Sends one raw request to the site and returns status, lower-case headers and body text.
 * @param {string} siteUrl
 * @param {import('./cases.mjs').RawRequest} request
 * @param {string} [cookie]
 */
export async function send(siteUrl, request, cookie) {
  const url = new URL(request.path, siteUrl);
  for (const [key, value] of Object.entries(request.query)) url.searchParams.set(key, value);
  const response = await fetch(url, {
    method: request.method,
    redirect: 'manual',
    headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
    body: request.body,
  });
  /** @type {Record<string, string>} */
  const headers = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/** A request as recorded: long field values shortened to their byte count. @param {import('./cases.mjs').RawRequest} request */
export function summarise(request) {
  /** @param {unknown} value */
  const short = (value) =>
    typeof value === 'string' && value.length > 120
      ? `<${Buffer.byteLength(value)} bytes: ${value.slice(0, 24)}…>`
      : value;
  /** @type {Record<string, unknown>} */
  let fields;
  if (request.headers['content-type'] === 'application/json') {
    fields = JSON.parse(request.body);
  } else {
    fields = Object.fromEntries(new URLSearchParams(request.body));
  }
  return {
    method: request.method,
    path: request.path,
    ...(Object.keys(request.query).length ? { query: request.query } : {}),
    headers: request.headers,
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, short(v)])),
  };
}

/**
 * @param {import('./wordpress.mjs').WordPressState} state
 * @param {(line: string) => void} [log]
 */
export async function runCasesAgainstWordPress(state, log = () => {}) {
  resetComments(state);
  /** @type {Map<string, number>} */
  const created = new Map();
  const ctx = { posts: state.posts, created };
  /** @type {string | undefined} */
  let readerCookie;
  const results = [];
  for (const c of cases) {
    if (c.before === 'age') ageComments(state);
    if (c.setup === 'approve-created' && c.parentOf)
      approveComment(state, /** @type {number} */ (created.get(c.parentOf)));
    if (c.login === 'reader') readerCookie ??= await login(state, state.reader);
    const request = c.request(ctx);
    const response = await send(state.siteUrl, request, c.login ? readerCookie : undefined);
    const got = classify(c.transport, response);
    if (got.code === null && typeof got.id === 'number' && Number.isFinite(got.id)) created.set(c.name, got.id);
    log(`${c.name}: ${got.status} ${got.code ?? got.commentStatus}`);
    results.push({ case: c, request, response, got });
  }
  return results;
}
