// @ts-check
// The local WordPress comments endpoint: every outcome docs/architecture.md measured on a real WordPress,
// through handle() and through a real HTTP server, plus limits, CORS, faults, persistence and reset.
// Run: node --test tests/node/
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createCommentsEndpoint } from '../../scripts/test/wordpress-stand-in/comments-endpoint.mjs';

const START = Date.UTC(2026, 10, 28, 8, 0, 0);
const DUPLICATE = 'Duplicate comment detected; it looks as though you&#8217;ve already said that!';
const FLOOD = 'You are posting comments too quickly. Slow down.';
const REST = '/wp/wp-json/wp/v2/comments';
const CLASSIC = '/wp/wp-comments-post.php';

/** An endpoint with a clock the test moves by hand. @param {Parameters<typeof createCommentsEndpoint>[0]} [options] */
function site(options = {}) {
  const clock = { now: START };
  const endpoint = createCommentsEndpoint({ now: () => clock.now, ...options });
  return { endpoint, clock, later: (/** @type {number} */ s = 20) => (clock.now += s * 1000) };
}

const reader = {
  post: 1,
  author_name: 'Budi Santoso',
  author_email: 'budi@contoh.id',
  content: 'Beritanya bagus sekali.',
};
const classicReader = {
  comment_post_ID: '1',
  author: 'Sari Dewi',
  email: 'sari@contoh.id',
  comment: 'Terima kasih infonya.',
};

/** @param {unknown} body @param {Record<string, string>} [headers] */
function restPost(body, headers = {}) {
  return {
    method: 'POST',
    path: REST,
    headers: { 'content-type': 'application/json', host: '127.0.0.1:8000', ...headers },
    body: JSON.stringify(body),
  };
}
/** @param {Record<string, string>} fields @param {Record<string, string>} [headers] */
function classicPost(fields, headers = {}) {
  return {
    method: 'POST',
    path: CLASSIC,
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: '127.0.0.1:8000', ...headers },
    body: new URLSearchParams(fields).toString(),
  };
}

/**
 * @typedef {{ method: string, path: string, headers?: Record<string, string>, body?: string }} Req
 * @typedef {{ status: number, headers: Record<string, string>, body: string }} Res
 * @typedef {(endpoint: ReturnType<typeof createCommentsEndpoint>, request: Req) => Promise<Res>} Transport
 */

/** @type {Transport} */
async function direct(endpoint, request) {
  const answer = endpoint.handle(request);
  assert.ok(answer, `${request.path} is a route`);
  return answer;
}

/** A real HTTP server on 127.0.0.1:0 per endpoint, with the connect adapter. */
/** @type {Map<object, { server: import('node:http').Server, base: string }>} */
const servers = new Map();
// closeAllConnections: fetch keeps sockets alive, and close() alone would wait for them to time out.
after(() =>
  Promise.all([...servers.values()].map(({ server }) => new Promise((r) => server.close(r).closeAllConnections()))),
);

/** @param {ReturnType<typeof createCommentsEndpoint>} endpoint */
async function serve(endpoint) {
  if (!servers.has(endpoint)) {
    const server = createServer((req, res) => endpoint.connect(req, res, () => res.writeHead(404).end('next')));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    servers.set(endpoint, { server, base: `http://127.0.0.1:${port}` });
  }
  return /** @type {{ base: string }} */ (servers.get(endpoint)).base;
}

/** @type {Transport} */
async function overHttp(endpoint, request) {
  const base = await serve(endpoint);
  // fetch sets Host itself and refuses to send a caller's.
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'host'),
  );
  const response = await fetch(base + request.path, {
    method: request.method,
    headers,
    body: request.body,
    redirect: 'manual',
  });
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** @param {Res} response */
const json = (response) => JSON.parse(response.body);

// ---------------------------------------------------------------------------------------------
// The table in docs/architecture.md, run through handle() and through HTTP.
// ---------------------------------------------------------------------------------------------
for (const [label, send] of /** @type {[string, Transport][]} */ ([
  ['handle()', direct],
  ['HTTP', overHttp],
])) {
  describe(`WordPress contract outcomes via ${label}`, () => {
    test('REST valid → 201, first comment held, then approved once the author has an approved comment', async () => {
      const { endpoint, later } = site();
      const first = await send(endpoint, restPost(reader));
      assert.equal(first.status, 201);
      const body = json(first);
      assert.equal(body.status, 'hold');
      assert.equal(body.post, 1);
      assert.equal(body.author_name, 'Budi Santoso');
      assert.match(first.headers.location, new RegExp(`/wp/wp-json/wp/v2/comments/${body.id}$`));
      endpoint.approveAll();
      later();
      const second = await send(endpoint, restPost({ ...reader, content: 'Komentar kedua.' }));
      assert.equal(second.status, 201);
      assert.equal(json(second).status, 'approved');
    });

    test('REST duplicate → 409 comment_duplicate with WordPress entity', async () => {
      const { endpoint, later } = site();
      await send(endpoint, restPost(reader));
      later();
      const r = await send(endpoint, restPost(reader));
      assert.equal(r.status, 409);
      assert.deepEqual(json(r), { code: 'comment_duplicate', message: DUPLICATE, data: { status: 409 } });
    });

    test('REST flood (< 15 s) → 400 comment_flood; 15 s later it passes', async () => {
      const { endpoint, later } = site();
      await send(endpoint, restPost(reader));
      later(14);
      const r = await send(endpoint, restPost({ ...reader, content: 'Satu lagi.' }));
      assert.equal(r.status, 400);
      assert.deepEqual(json(r), { code: 'comment_flood', message: FLOOD, data: { status: 400 } });
      later(1);
      assert.equal((await send(endpoint, restPost({ ...reader, content: 'Satu lagi.' }))).status, 201);
    });

    test('REST missing name or email → 400 rest_comment_author_data_required', async () => {
      const { endpoint } = site();
      for (const missing of ['author_name', 'author_email']) {
        const r = await send(endpoint, restPost({ ...reader, [missing]: '' }));
        assert.equal(r.status, 400);
        assert.deepEqual(json(r), {
          code: 'rest_comment_author_data_required',
          message: 'Creating a comment requires valid author name and email values.',
          data: { status: 400 },
        });
      }
    });

    test('REST invalid email → 400 rest_invalid_param with data.params.author_email', async () => {
      const { endpoint } = site();
      const r = await send(endpoint, restPost({ ...reader, author_email: 'budi@contoh' }));
      assert.equal(r.status, 400);
      assert.deepEqual(json(r), {
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): author_email',
        data: {
          status: 400,
          params: { author_email: 'Invalid email address.' },
          details: { author_email: { code: 'rest_invalid_email', message: 'Invalid email address.', data: null } },
        },
      });
    });

    test('REST empty content → 400 rest_comment_content_invalid', async () => {
      const { endpoint } = site();
      const r = await send(endpoint, restPost({ ...reader, content: ' \n\t ' }));
      assert.equal(r.status, 400);
      assert.deepEqual(json(r), {
        code: 'rest_comment_content_invalid',
        message: 'Invalid comment content.',
        data: { status: 400 },
      });
    });

    test('REST closed post / no such post / no post → 403', async () => {
      const { endpoint } = site();
      const closed = await send(endpoint, restPost({ ...reader, post: 2 }));
      assert.equal(closed.status, 403);
      assert.deepEqual(json(closed), {
        code: 'rest_comment_closed',
        message: 'Sorry, comments are closed for this item.',
        data: { status: 403 },
      });
      for (const post of [99, undefined]) {
        const r = await send(endpoint, restPost({ ...reader, post }));
        assert.equal(r.status, 403);
        assert.deepEqual(json(r), {
          code: 'rest_comment_invalid_post_id',
          message: 'Sorry, you are not allowed to create this comment without a post.',
          data: { status: 403 },
        });
      }
    });

    test('REST anonymous comments not enabled (core default) → 401; a valid nonce logs in', async () => {
      const { endpoint } = site({ anonymousComments: false });
      const r = await send(endpoint, restPost(reader));
      assert.equal(r.status, 401);
      assert.deepEqual(json(r), {
        code: 'rest_comment_login_required',
        message: 'Sorry, you must be logged in to comment.',
        data: { status: 401 },
      });
      const loggedIn = await send(
        endpoint,
        restPost({ post: 1, content: 'Dari redaksi.' }, { 'x-wp-nonce': 'demo-nonce' }),
      );
      assert.equal(loggedIn.status, 201);
      assert.equal(json(loggedIn).author_name, 'Redaksi');
      assert.equal(json(loggedIn).author, 1);
    });

    test('REST stale nonce → 403 rest_cookie_invalid_nonce, before anything else', async () => {
      const { endpoint } = site();
      const r = await send(endpoint, restPost({}, { 'x-wp-nonce': 'stale' }));
      assert.equal(r.status, 403);
      assert.deepEqual(json(r), {
        code: 'rest_cookie_invalid_nonce',
        message: 'Cookie check failed',
        data: { status: 403 },
      });
      assert.deepEqual(endpoint.list(), []);
    });

    test('classic valid → 302 with ?unapproved=ID&moderation-hash=…#comment-ID while held', async () => {
      const { endpoint, later } = site();
      const r = await send(endpoint, classicPost(classicReader));
      assert.equal(r.status, 302);
      const [stored] = endpoint.list();
      assert.match(
        r.headers.location,
        new RegExp(`/wp/\\?p=1&unapproved=${stored.id}&moderation-hash=[0-9a-f]{32}#comment-${stored.id}$`),
      );
      assert.equal(r.body, '');
      endpoint.approveAll();
      later();
      const approved = await send(endpoint, classicPost({ ...classicReader, comment: 'Lagi.' }));
      assert.equal(approved.status, 302);
      assert.match(approved.headers.location, new RegExp(`/wp/\\?p=1#comment-${stored.id + 1}$`));
    });

    test('classic duplicate / flood / closed → 409 / 429 / 403 HTML error pages', async () => {
      const { endpoint } = site();
      await send(endpoint, classicPost(classicReader));
      const duplicate = await send(endpoint, classicPost(classicReader));
      assert.equal(duplicate.status, 409);
      assertErrorPage(duplicate, `<p>${DUPLICATE}</p>`);
      const flood = await send(endpoint, classicPost({ ...classicReader, comment: 'Cepat sekali.' }));
      assert.equal(flood.status, 429);
      assertErrorPage(flood, `<p>${FLOOD}</p>`);
      const closed = await send(endpoint, classicPost({ ...classicReader, comment_post_ID: '2' }));
      assert.equal(closed.status, 403);
      assertErrorPage(closed, '<p>Sorry, comments are closed for this item.</p>');
    });

    test('classic missing field, invalid email, empty comment → 200 (!) HTML error pages', async () => {
      const { endpoint } = site();
      const cases = [
        [{ author: '' }, 'Please fill the required fields.'],
        [{ email: '' }, 'Please fill the required fields.'],
        [{ email: 'sari@@contoh.id' }, 'Please enter a valid email address.'],
        [{ comment: '   ' }, 'Please type your comment text.'],
      ];
      for (const [change, message] of /** @type {[Record<string, string>, string][]} */ (cases)) {
        const r = await send(endpoint, classicPost({ ...classicReader, ...change }));
        assert.equal(r.status, 200, message);
        assertErrorPage(r, `<p><strong>Error:</strong> ${message}</p>`);
      }
      assert.deepEqual(endpoint.list(), []);
    });
  });
}

/** @param {Res} response @param {string} message */
function assertErrorPage(response, message) {
  assert.match(response.headers['content-type'], /^text\/html/);
  assert.match(response.body, /<body id="error-page">/);
  assert.match(response.body, /<title>Comment Submission Failure<\/title>/);
  assert.ok(response.body.includes(`<div class="wp-die-message">${message}</div>`), response.body);
}

// ---------------------------------------------------------------------------------------------
// Byte limits: WordPress counts UTF-8 bytes, so emoji and Indonesian text reach them early.
// ---------------------------------------------------------------------------------------------

/** Text of exactly `bytes` UTF-8 bytes built from `unit`, padded with ASCII. @param {string} unit @param {number} bytes */
function ofBytes(unit, bytes) {
  let text = '';
  while (Buffer.byteLength(text + unit) <= bytes) text += unit;
  text += 'a'.repeat(bytes - Buffer.byteLength(text));
  assert.equal(Buffer.byteLength(text), bytes);
  return text;
}

describe('byte limits', () => {
  const limits = [
    [
      'author_name',
      'author',
      245,
      'comment_author_column_length',
      'Your name is too long.',
      'Ibu Ratna 😀 ',
      { author_name: 'x' },
    ],
    ['author_email', 'email', 100, 'comment_author_email_column_length', 'Your email address is too long.', '', {}],
    ['author_url', 'url', 200, 'comment_author_url_column_length', 'Your URL is too long.', '', {}],
    [
      'content',
      'comment',
      65525,
      'comment_content_column_length',
      'Your comment is too long.',
      'Mantap, beritanya sangat bermanfaat 👍🏽 ',
      {},
    ],
  ];

  /** @param {string} field @param {number} bytes @param {string} unit */
  function value(field, bytes, unit) {
    if (field === 'author_email') return `${'b'.repeat(bytes - '@contoh.id'.length)}@contoh.id`;
    if (field === 'author_url') return `https://contoh.id/${'berita-'.repeat(40)}`.slice(0, bytes).padEnd(bytes, 'x');
    return ofBytes(unit, bytes);
  }

  for (const [field, classicField, limit, code, message, unit] of limits) {
    test(`${field}: ${limit} bytes pass, ${Number(limit) + 1} are refused (REST 400, classic 200)`, () => {
      const { endpoint, later } = site({ floodSeconds: 0 });
      const ok = value(String(field), Number(limit), String(unit));
      const tooLong = value(String(field), Number(limit) + 1, String(unit));
      if (field === 'author_name') assert.ok([...ok].length < 200, 'emoji make 245 bytes far fewer characters');

      const accepted = endpoint.handle(restPost({ ...reader, [String(field)]: ok }));
      assert.equal(accepted?.status, 201, accepted?.body);
      later();
      const refused = endpoint.handle(restPost({ ...reader, content: 'lain', [String(field)]: tooLong }));
      assert.equal(refused?.status, 400);
      assert.deepEqual(JSON.parse(refused.body), {
        code,
        message: 'Comment field exceeds maximum length allowed.',
        data: { status: 400 },
      });

      const classicOk = endpoint.handle(classicPost({ ...classicReader, [String(classicField)]: ok }));
      assert.equal(classicOk?.status, 302);
      const classicRefused = endpoint.handle(
        classicPost({ ...classicReader, comment: 'lain', [String(classicField)]: tooLong }),
      );
      assert.equal(classicRefused?.status, 200);
      assert.ok(classicRefused.body.includes(`<p><strong>Error:</strong> ${message}</p>`));
      assert.equal(endpoint.list().length, 2);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// WordPress details the widget relies on.
// ---------------------------------------------------------------------------------------------
describe('REST details', () => {
  test('hostile input is stored as text and rendered escaped; javascript: URLs are dropped', () => {
    const { endpoint } = site();
    const r = endpoint.handle(
      restPost({
        ...reader,
        author_name: 'Budi & <img src=x onerror=alert(1)>Ani',
        author_url: 'javascript:alert(1)',
        content: '<script>alert(1)</script>\nBaris dua\n\nParagraf "dua" hari Jum\'at',
      }),
    );
    const body = JSON.parse(/** @type {string} */ (r?.body));
    assert.equal(body.author_name, 'Budi &amp; Ani');
    assert.equal(body.author_url, '');
    assert.equal(
      body.content.rendered,
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;<br />\nBaris dua</p>\n<p>Paragraf &quot;dua&quot; hari Jum&#039;at</p>\n',
    );
    assert.equal(endpoint.list()[0].content, '<script>alert(1)</script>\nBaris dua\n\nParagraf "dua" hari Jum\'at');
  });

  test('a bare host becomes http://, as esc_url_raw does', () => {
    const { endpoint } = site();
    const body = JSON.parse(
      /** @type {string} */ (endpoint.handle(restPost({ ...reader, author_url: 'contoh.id/profil' }))?.body),
    );
    assert.equal(body.author_url, 'http://contoh.id/profil');
  });

  test('form-encoded body on ?rest_route= works like JSON on /wp-json', () => {
    const { endpoint } = site();
    const r = endpoint.handle({
      method: 'POST',
      path: '/wp/?rest_route=/wp/v2/comments',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        post: '1',
        author_name: 'Budi',
        author_email: 'budi@contoh.id',
        content: 'Halo',
      }).toString(),
    });
    assert.equal(r?.status, 201);
  });

  test('multipart (a browser FormData) is read too', () => {
    const { endpoint } = site();
    const body =
      ['post', 'author_name', 'author_email', 'content']
        .map(
          (k, i) =>
            `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${['1', 'Budi', 'budi@contoh.id', 'Halo\r\nbaris'][i]}\r\n`,
        )
        .join('') + '--XyZ--\r\n';
    const r = endpoint.handle({
      method: 'POST',
      path: REST,
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
      body,
    });
    assert.equal(r?.status, 201, r?.body);
    assert.equal(endpoint.list()[0].content, 'Halo\r\nbaris');
  });

  test('invalid JSON → 400 rest_invalid_json', () => {
    const { endpoint } = site();
    const r = endpoint.handle({
      method: 'POST',
      path: REST,
      headers: { 'content-type': 'application/json' },
      body: '{"post": 1,',
    });
    assert.equal(r?.status, 400);
    assert.deepEqual(JSON.parse(r.body), {
      code: 'rest_invalid_json',
      message: 'Invalid JSON body passed.',
      data: { status: 400, json_error_code: 4, json_error_message: 'Syntax error' },
    });
  });

  test('a non-integer post → rest_invalid_param with rest_invalid_type detail', () => {
    const { endpoint } = site();
    const r = endpoint.handle(restPost({ ...reader, post: 'satu' }));
    assert.equal(r?.status, 400);
    assert.deepEqual(JSON.parse(r.body).data.details.post, {
      code: 'rest_invalid_type',
      message: 'post is not of type integer.',
      data: { param: 'post' },
    });
  });

  test('GET lists approved comments of a post, newest first, with X-WP-Total', () => {
    const { endpoint, later } = site({ moderation: 'none' });
    endpoint.handle(restPost(reader));
    later();
    endpoint.handle(restPost({ ...reader, content: 'Kedua' }));
    later();
    endpoint.handle(restPost({ ...reader, post: 1, content: 'Ketiga' }, {}));
    const r = endpoint.handle({ method: 'GET', path: `${REST}?post=1&per_page=2` });
    assert.equal(r?.status, 200);
    assert.equal(r.headers['x-wp-total'], '3');
    assert.equal(r.headers['x-wp-totalpages'], '2');
    assert.deepEqual(
      JSON.parse(r.body).map((/** @type {any} */ c) => c.content.rendered),
      ['<p>Ketiga</p>\n', '<p>Kedua</p>\n'],
    );
  });

  test('held comments are not listed', () => {
    const { endpoint } = site();
    endpoint.handle(restPost(reader));
    assert.deepEqual(
      JSON.parse(/** @type {string} */ (endpoint.handle({ method: 'GET', path: `${REST}?post=1` })?.body)),
      [],
    );
  });

  test('moderation "all" holds even a known author; two links hold a comment', () => {
    const all = site({ moderation: 'all' });
    assert.equal(JSON.parse(/** @type {string} */ (all.endpoint.handle(restPost(reader))?.body)).status, 'hold');
    const first = site();
    first.endpoint.handle(restPost(reader));
    first.endpoint.approveAll();
    first.later();
    const linky = first.endpoint.handle(restPost({ ...reader, content: 'Lihat https://a.id dan https://b.id' }));
    assert.equal(JSON.parse(/** @type {string} */ (linky?.body)).status, 'hold');
  });

  test('flood is keyed by e-mail as well as by IP', () => {
    const { endpoint } = site();
    endpoint.handle({ ...restPost(reader), ip: '10.0.0.1' });
    const r = endpoint.handle({ ...restPost({ ...reader, content: 'Lain' }), ip: '10.0.0.2' });
    assert.equal(r?.status, 400);
    const stranger = endpoint.handle({
      ...restPost({ ...reader, author_email: 'ani@contoh.id', author_name: 'Ani', content: 'Lain' }),
      ip: '10.0.0.2',
    });
    assert.equal(stranger?.status, 201);
  });

  test('other methods on the route → 404 rest_no_route', () => {
    const { endpoint } = site();
    const r = endpoint.handle({ method: 'DELETE', path: REST });
    assert.equal(r?.status, 404);
    assert.equal(JSON.parse(r.body).code, 'rest_no_route');
  });
});

describe('classic details', () => {
  test('with cookie consent the redirect carries no moderation arguments and no cookie is set', () => {
    const { endpoint } = site();
    const r = endpoint.handle(classicPost({ ...classicReader, 'wp-comment-cookies-consent': 'yes' }));
    assert.equal(r?.status, 302);
    assert.match(r.headers.location, /\/wp\/\?p=1#comment-1$/);
    assert.equal(r.headers['set-cookie'], undefined);
  });

  test('redirect_to on the same host is kept; another host falls back to wp-admin', () => {
    const { endpoint, later } = site({ moderation: 'none' });
    const same = endpoint.handle(classicPost({ ...classicReader, redirect_to: '/artikel/berita-1/' }));
    assert.equal(same?.headers.location, 'http://127.0.0.1:8000/artikel/berita-1/#comment-1');
    later();
    const foreign = endpoint.handle(
      classicPost({ ...classicReader, comment: 'Dua', redirect_to: 'https://evil.example/' }),
    );
    assert.equal(foreign?.headers.location, 'http://127.0.0.1:8000/wp/wp-admin/#comment-2');
  });

  test('a post link from the options is used for the redirect', () => {
    const { endpoint } = site({ posts: { 1: { open: true, link: '/demo/' } } });
    const r = endpoint.handle(classicPost(classicReader));
    assert.match(r?.headers.location ?? '', /^http:\/\/127\.0\.0\.1:8000\/demo\/\?unapproved=1&moderation-hash=/);
  });

  test('an unknown post answers a blank 200, as wp-comments-post.php exits', () => {
    const { endpoint } = site();
    const r = endpoint.handle(classicPost({ ...classicReader, comment_post_ID: '99' }));
    assert.equal(r?.status, 200);
    assert.equal(r.body, '');
  });

  test('GET → 405 with Allow: POST', () => {
    const { endpoint } = site();
    const r = endpoint.handle({ method: 'GET', path: CLASSIC });
    assert.equal(r?.status, 405);
    assert.equal(r.headers.allow, 'POST');
  });

  test('a reply to a held comment → 403 (WordPress 6.2+)', () => {
    const { endpoint, later } = site();
    endpoint.handle(classicPost(classicReader));
    later();
    const r = endpoint.handle(classicPost({ ...classicReader, comment: 'Balasan', comment_parent: '1' }));
    assert.equal(r?.status, 403);
    assert.ok(r.body.includes('<p>Sorry, replies to unapproved comments are not allowed.</p>'));
  });

  test('Accept: application/json turns the error page into wp_die JSON', () => {
    const { endpoint } = site();
    const r = endpoint.handle(classicPost({ ...classicReader, author: '' }, { accept: 'application/json' }));
    assert.equal(r?.status, 200);
    assert.deepEqual(JSON.parse(r.body), {
      code: 'wp_die',
      message: '<p><strong>Error:</strong> Please fill the required fields.</p>',
      data: { status: 200 },
      additional_errors: [],
    });
  });

  test('hostile fields never reach the error page or the store as markup', () => {
    const { endpoint } = site();
    const r = endpoint.handle(
      classicPost({ ...classicReader, author: '<img src=x onerror=alert(1)>', email: '<b>@x.id' }),
    );
    assert.equal(r?.status, 200);
    assert.doesNotMatch(r.body, /onerror/);
  });
});

// ---------------------------------------------------------------------------------------------
// CORS, faults, size, robustness.
// ---------------------------------------------------------------------------------------------
describe('CORS', () => {
  test('preflight allows X-WP-Nonce, Content-Type and X-Sabba-Fault and reflects the origin', async () => {
    const { endpoint } = site();
    const r = await overHttp(endpoint, {
      method: 'OPTIONS',
      path: REST,
      headers: {
        origin: 'http://portal.example:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-wp-nonce, content-type, x-sabba-fault',
      },
    });
    assert.equal(r.status, 200);
    assert.equal(r.headers['access-control-allow-origin'], 'http://portal.example:5173');
    assert.equal(r.headers['access-control-allow-credentials'], 'true');
    for (const header of ['X-WP-Nonce', 'Content-Type', 'X-Sabba-Fault']) {
      assert.ok(r.headers['access-control-allow-headers'].split(', ').includes(header), header);
    }
    assert.match(r.headers['access-control-allow-methods'], /POST/);
  });

  test('allowOrigin narrows who may call; classic gets no CORS headers, as in WordPress', () => {
    const { endpoint } = site({ allowOrigin: (origin) => origin === 'http://ok.example' });
    const ok = endpoint.handle({
      ...restPost(reader),
      headers: { ...restPost(reader).headers, origin: 'http://ok.example' },
    });
    assert.equal(ok?.headers['access-control-allow-origin'], 'http://ok.example');
    const no = endpoint.handle({ method: 'OPTIONS', path: REST, headers: { origin: 'http://evil.example' } });
    assert.equal(no?.headers['access-control-allow-origin'], undefined);
    const classic = endpoint.handle(classicPost(classicReader, { origin: 'http://ok.example' }));
    assert.equal(classic?.headers['access-control-allow-origin'], undefined);
  });
});

describe('fault injection (X-Sabba-Fault, test only)', () => {
  test('500 is WordPress critical-error JSON on REST and HTML on classic', () => {
    const { endpoint } = site();
    const rest = endpoint.handle(restPost(reader, { 'x-sabba-fault': '500' }));
    assert.equal(rest?.status, 500);
    assert.equal(JSON.parse(rest.body).code, 'internal_server_error');
    const classic = endpoint.handle(classicPost(classicReader, { 'x-sabba-fault': '500' }));
    assert.equal(classic?.status, 500);
    assert.match(classic.body, /<body id="error-page">[\s\S]*critical error/);
    assert.deepEqual(endpoint.list(), []);
  });

  test('502-html, garbage and empty', () => {
    const { endpoint } = site();
    const proxy = endpoint.handle(restPost(reader, { 'x-sabba-fault': '502-html' }));
    assert.equal(proxy?.status, 502);
    assert.match(proxy.body, /<title>502 Bad Gateway<\/title>/);
    const garbage = endpoint.handle(restPost(reader, { 'x-sabba-fault': 'garbage' }));
    assert.match(garbage?.headers['content-type'] ?? '', /application\/json/);
    assert.throws(() => JSON.parse(/** @type {string} */ (garbage?.body)), SyntaxError);
    const empty = endpoint.handle(restPost(reader, { 'x-sabba-fault': 'empty' }));
    assert.equal(empty?.status, 200);
    assert.equal(empty.body, '');
  });

  test('an unknown fault name is a loud 400, not a silent success', () => {
    const { endpoint } = site();
    const r = endpoint.handle(restPost(reader, { 'x-sabba-fault': '503' }));
    assert.equal(r?.status, 400);
    assert.equal(JSON.parse(r.body).code, 'sabba_stub_unknown_fault');
  });

  test('hang never answers, and ends cleanly when the client aborts', async () => {
    const { endpoint } = site();
    assert.equal(endpoint.handle(restPost(reader, { 'x-sabba-fault': 'hang' }))?.hang, true);
    const base = await serve(endpoint);
    const { server } = /** @type {{ server: import('node:http').Server }} */ (servers.get(endpoint));
    const closed = new Promise((resolve) => server.once('request', (_req, res) => res.once('close', resolve)));
    const controller = new AbortController();
    const pending = fetch(base + REST, {
      method: 'POST',
      headers: { 'x-sabba-fault': 'hang' },
      body: '{}',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(pending, { name: 'AbortError' });
    await closed; // the server side saw the close; nothing is left waiting
  });

  test('huge streams the duplicate error, then slow padding, and records a client that cancels', async () => {
    const { endpoint } = site();
    const base = await serve(endpoint);
    const response = await fetch(base + REST, { method: 'POST', headers: { 'x-sabba-fault': 'huge' }, body: '{}' });
    assert.equal(response.status, 409);
    const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
    let text = '';
    while (text.length < 300_000)
      text += Buffer.from(/** @type {Uint8Array} */ ((await reader.read()).value)).toString();
    assert.match(text, /^\{"code":"comment_duplicate"[^]*\} +$/);
    await reader.cancel();
    const streams = async () =>
      /** @type {{ sentBytes: number, complete: boolean }[]} */ (await (await fetch(`${base}/wp/__streams`)).json());
    while ((await streams()).length === 0) await new Promise((r) => setTimeout(r, 20));
    const [ended] = await streams();
    assert.equal(ended?.complete, false);
    assert.ok((ended?.sentBytes ?? Infinity) < 64 * 1024 * 1024, `sent ${ended?.sentBytes} of 64 MiB`);
    const classic = endpoint.handle(classicPost(classicReader, { 'x-sabba-fault': 'huge' }));
    assert.equal(classic?.status, 409);
    assert.match(classic.body, /<body id="error-page">[\s\S]*Duplicate comment/);
    assert.equal(classic.padding?.totalBytes, 64 * 1024 * 1024);
  });

  test('the Koa adapter answers, passes on, and releases a hang when the client leaves', async () => {
    const { endpoint } = site();
    // A minimal stand-in for Koa: a context with status/set/body, written out after the middleware
    // unless it set ctx.respond = false (what Koa's respond() does).
    const server = createServer(async (req, res) => {
      /** @type {Record<string, string>} */
      const headers = {};
      const ctx = {
        req,
        res,
        status: 404,
        body: /** @type {unknown} */ ('Not Found'),
        respond: true,
        set: (/** @type {string} */ k, /** @type {string} */ v) => void (headers[k] = v),
      };
      await endpoint.koa(ctx, async () => void (ctx.body = 'next'));
      if (ctx.respond) res.writeHead(ctx.status, headers).end(ctx.body);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    try {
      const created = await fetch(base + REST, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reader),
      });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), `${base}/wp/wp-json/wp/v2/comments/1`);
      assert.equal((await created.json()).status, 'hold');
      const elsewhere = await fetch(`${base}/elsewhere`);
      assert.equal(await elsewhere.text(), 'next');
      const closed = new Promise((resolve) => server.once('request', (_req, res) => res.once('close', resolve)));
      const controller = new AbortController();
      const hung = fetch(base + REST, {
        method: 'POST',
        headers: { 'x-sabba-fault': 'hang' },
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(), 100);
      await assert.rejects(hung, { name: 'AbortError' });
      await closed;
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('size and robustness', () => {
  test('a body over 1 MB → 413, directly and over HTTP', async () => {
    const { endpoint } = site();
    const big = JSON.stringify({ ...reader, content: 'a'.repeat(1024 * 1024) });
    assert.equal(endpoint.handle({ ...restPost(reader), body: big })?.status, 413);
    const r = await overHttp(endpoint, { ...restPost(reader), body: big });
    assert.equal(r.status, 413);
    assert.deepEqual(endpoint.list(), []);
  });

  test('paths outside the routes are passed on (handle → undefined, HTTP → next)', async () => {
    const { endpoint } = site({ basePath: '/blog' });
    assert.equal(endpoint.handle({ method: 'POST', path: REST }), undefined);
    assert.equal(endpoint.handle({ method: 'GET', path: '/blog/wp-json/wp/v2/posts' }), undefined);
    assert.equal(endpoint.handle({ method: 'GET', path: '/blog/?rest_route=/wp/v2/comments' })?.status, 200);
    const r = await overHttp(endpoint, { method: 'POST', path: REST, body: 'x' });
    assert.equal(r.body, 'next');
  });

  test('odd input never throws and always answers with a status', () => {
    const { endpoint } = site({ floodSeconds: 0 });
    const bodies = [
      '[]',
      'null',
      '"teks"',
      '42',
      '{"post":{"a":1}}',
      '{"post":1.5}',
      '{"post":1,"author_name":7}',
      '{"post":1,"author_name":"a","author_email":["x"],"content":"y"}',
      '{"post":1,"author_name":"a","author_email":"a@b.id","content":{"raw":"isi"}}',
      '{"post":1,"author_name":"a","author_email":"a@b.id","content":{"raw":5}}',
      '{"post":"1","parent":"-3","author_name":"\\ud800","author_email":"a@b.id","content":"\\u0000"}',
      '\u0000\uffff',
      '{"__proto__":{"x":1}}',
    ];
    for (const body of bodies) {
      const r = endpoint.handle({ method: 'POST', path: REST, headers: { 'content-type': 'application/json' }, body });
      assert.equal(typeof r?.status, 'number', body);
    }
    for (const path of [
      '/wp/wp-json/wp/v2/comments/',
      '/wp/%E0%A4%A/wp-comments-post.php',
      '/wp/index.php?rest_route=/wp/v2/comments&post=abc',
    ]) {
      assert.doesNotThrow(() => endpoint.handle({ method: 'GET', path, headers: { host: 'bad host\r\nx: y' } }), path);
    }
    const form = endpoint.handle({
      method: 'POST',
      path: CLASSIC,
      headers: { 'content-type': 'multipart/form-data; boundary=' },
      body: '--\r\n\r\n',
    });
    assert.equal(form?.status, 200);
  });
});

describe('state: reset, list and persistence', () => {
  test('reset() and POST __reset clear everything; GET __comments shows what was stored', async () => {
    const { endpoint } = site();
    endpoint.handle(restPost(reader));
    const dump = await overHttp(endpoint, { method: 'GET', path: '/wp/__comments' });
    assert.deepEqual(
      JSON.parse(dump.body).map((/** @type {any} */ c) => [c.author, c.authorEmail, c.approved, c.via]),
      [['Budi Santoso', 'budi@contoh.id', false, 'rest']],
    );
    assert.equal((await overHttp(endpoint, { method: 'POST', path: '/wp/__reset' })).status, 204);
    assert.deepEqual(endpoint.list(), []);
    endpoint.handle(restPost(reader));
    assert.equal(endpoint.list()[0].id, 1, 'ids restart after a reset');
    endpoint.reset();
    assert.deepEqual(endpoint.list(), []);
  });

  test('comments survive a restart through the data file, written atomically into a new folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sabba-comments-'));
    try {
      const dataFile = join(dir, 'nested', 'demo-wordpress', 'comments.json');
      const first = site({ dataFile });
      first.endpoint.handle(restPost(reader));
      first.endpoint.handle(classicPost(classicReader, {}));
      const again = site({ dataFile });
      assert.deepEqual(again.endpoint.list(), first.endpoint.list());
      assert.equal(JSON.parse(readFileSync(dataFile, 'utf8')).comments.length, first.endpoint.list().length);
      assert.deepEqual(
        readdirSync(join(dir, 'nested', 'demo-wordpress')),
        ['comments.json'],
        'no temp file is left behind',
      );
      again.endpoint.reset();
      assert.deepEqual(site({ dataFile }).endpoint.list(), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a damaged data file starts an empty site instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sabba-comments-'));
    try {
      const dataFile = join(dir, 'comments.json');
      writeFileSync(dataFile, '{not json');
      const warn = console.warn;
      console.warn = () => {};
      try {
        assert.deepEqual(site({ dataFile }).endpoint.list(), []);
      } finally {
        console.warn = warn;
      }
      assert.ok(existsSync(dataFile));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
