// @ts-check
// The stand-in's comments GET (scripts/test/wordpress-stand-in/list-comments.mjs) answers the parameters the thread
// and the count use as WordPress 6.x does. Run: node --test tests/node/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCommentsEndpoint } from '../../scripts/test/wordpress-stand-in/comments-endpoint.mjs';

const BASE = Date.UTC(2022, 2, 14, 10, 12);

function site() {
  const endpoint = createCommentsEndpoint({ basePath: '/wp', moderation: 'none', floodSeconds: 0 });
  const add = (
    /** @type {number} */ post,
    /** @type {number} */ parent,
    /** @type {number} */ minute,
    approved = true,
    rendered = undefined,
  ) =>
    endpoint.insert({
      post,
      parent,
      userId: 0,
      author: `A${minute}`,
      authorEmail: 'a@b.test',
      authorUrl: '',
      authorIp: '127.0.0.1',
      content: 'x',
      dateGmt: BASE + minute * 60_000,
      approved,
      via: 'rest',
      ...(rendered ? { rendered } : {}),
    });
  const a = add(1, 0, 0);
  const b = add(1, 0, 1);
  add(1, a.id, 2);
  add(1, b.id, 3);
  add(1, 0, 4, false);
  add(2, 0, 5, true, '<p><b>html</b></p>');
  /** @param {string} query */
  const get = (query) => {
    const r = endpoint.handle({ method: 'GET', path: `/wp/wp-json/wp/v2/comments?${query}` });
    assert.ok(r);
    return { status: r.status, headers: r.headers, body: JSON.parse(/** @type {string} */ (r.body)) };
  };
  return { get, a, b };
}

test('parent, order and _fields, with X-WP-Total of what matched', () => {
  const { get } = site();
  const r = get('post=1&parent=0&order=asc&orderby=date_gmt&per_page=1&page=2&_fields=id,parent,author_name');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, [{ id: 2, parent: 0, author_name: 'A1' }]);
  assert.equal(r.headers['x-wp-total'], '2');
  assert.equal(r.headers['x-wp-totalpages'], '2');
  assert.deepEqual(get('post=1&parent=1,2&order=asc&_fields=id').body, [{ id: 3 }, { id: 4 }]);
  assert.deepEqual(
    get('post=1&_fields=id').body,
    [{ id: 4 }, { id: 3 }, { id: 2 }, { id: 1 }],
    'newest first by default, held ones left out',
  );
});

test('several posts, include, before and after, and rendered HTML', () => {
  const { get } = site();
  assert.equal(get('post=1,2&per_page=100&_fields=post').body.length, 5);
  assert.deepEqual(get('post=1&include=3&_fields=id,parent').body, [{ id: 3, parent: 1 }]);
  assert.equal(get('post=1&parent=0&before=2022-03-14T10:13:00&per_page=1&_fields=id').headers['x-wp-total'], '1');
  assert.equal(get('post=1&parent=0&after=2022-03-14T10:12:00&per_page=1&_fields=id').headers['x-wp-total'], '1');
  assert.deepEqual(get('post=2&_fields=content').body, [{ content: { rendered: '<p><b>html</b></p>' } }]);
});

test('WordPress errors for bad parameters', () => {
  const { get } = site();
  assert.equal(get('post=1&per_page=101').body.code, 'rest_invalid_param');
  assert.equal(get('post=1&order=up').body.code, 'rest_invalid_param');
  assert.equal(get('post=abc').status, 400);
  assert.equal(get('post=1&page=9').body.code, 'rest_comment_invalid_page_number');
});
