// @ts-check
/**
 * The plugin's author boxes on the real WordPress with Twenty Twenty-One: the theme's own author
 * bio gives way to the plugin's card (one box per author, not two), and comes back when the card
 * is off; with several authors through Co-Authors Plus' template tag `get_coauthors()`, one card
 * and one JSON-LD node per author.
 *
 * Co-Authors Plus itself cannot be downloaded on the test machine: tests/wordpress/stand-ins/
 * co-authors-plus-stand-in.php, clearly named as a stand-in, defines only its documented template
 * tag, returning real WP_User objects (and one guest-author object shaped as Co-Authors Plus' own).
 * Yoast SEO neither: its stand-in only defines WPSEO_VERSION, so only the plugin's branch for "an
 * SEO plugin prints the Article" is checked, not Yoast's own graph.
 *
 * Run: bash scripts/wordpress/test.sh tests/wordpress/plugin-authors.wordpress.test.mjs (after npm run build)
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { debugLines, plugin, setOptions, setUpPlugin, tearDownPlugin } from './lib/plugin.mjs';
import { loadState, repoRoot } from './lib/wordpress.mjs';

const state = loadState();
const STAND_IN = `${repoRoot}tests/wordpress/stand-ins/co-authors-plus-stand-in.php`;
const YOAST_STAND_IN = `${repoRoot}tests/wordpress/stand-ins/yoast-seo-stand-in.php`;

before(() => {
  setUpPlugin();
});

after(() => {
  try {
    plugin('remove-plugin', 'co-authors-plus-stand-in.php');
    plugin('remove-plugin', 'yoast-seo-stand-in.php');
  } finally {
    tearDownPlugin();
  }
});

/** A page's HTML as a reader without JavaScript (or a crawler) gets it. @param {string} slug */
async function html(slug) {
  const response = await fetch(`${state.siteUrl}/${slug}/`);
  assert.equal(response.status, 200, slug);
  return response.text();
}

/** How many times a pattern occurs. @param {string} text @param {RegExp} pattern */
const count = (text, pattern) => [...text.matchAll(new RegExp(pattern, 'g'))].length;

test('a single post shows one author box: the card, not also Twenty Twenty-One’s bio', async () => {
  const page = await html('artikel-plugin');
  assert.match(page, /wp-content\/themes\/twentytwentyone\//, 'the theme is Twenty Twenty-One');
  assert.equal(count(page, /<sabba-author-card /), 1, 'one card');
  assert.equal(count(page, /<div class="author-bio[ "]/), 0, 'no theme bio');
  assert.match(page, /Menulis soal pasar &amp; kebijakan/, 'the bio is still on the page, in the card');
  assert.match(page, /"@type":"Person"/, 'and in the JSON-LD');

  setOptions({ author_card: 0 });
  try {
    const without = await html('artikel-plugin');
    assert.equal(count(without, /<sabba-author-card /), 0);
    assert.equal(count(without, /<div class="author-bio[ "]/), 1, 'with the card off, the theme’s bio is back');
    assert.match(without, /class="author-description"> Wartawan ekonomi di Jakarta/);
  } finally {
    setOptions({ author_card: 1 });
  }
});

test('co-authors (Co-Authors Plus’ get_coauthors(), a stand-in here): one card and one graph node each', async () => {
  const before = await html('artikel-bersama');
  assert.equal(count(before, /<sabba-author-card /), 1, 'without the co-author plugin: the post author only');

  plugin('add-plugin', STAND_IN);
  const page = await html('artikel-bersama');
  // The name is content, in the card's server-rendered head (a slot="server" child); the type is an attribute.
  const cards = [
    ...page.matchAll(/<sabba-author-card type="([a-z]+)"[^>]*>[\s\S]*?class="sabba-author-name"><a [^>]*>([^<]*)</g),
  ].map(([, type, name]) => ({ name, type }));
  assert.deepEqual(cards, [
    { name: 'Rina Kartika', type: 'person' },
    { name: 'Redaksi Sabba', type: 'organization' },
    { name: 'Tamu Penulis', type: 'person' },
  ]);
  assert.match(page, /Penulis tamu untuk liputan khusus\./, 'the guest author’s bio, server-rendered');
  assert.match(page, /href="https:\/\/tamu\.example\.id\/" rel="me noopener"/, 'and website');
  assert.equal(count(page, /<div class="author-bio[ "]/), 0, 'no theme bio');

  const json = /<script type="application\/ld\+json" class="sabba-widgets-schema">(.*?)<\/script>/.exec(page);
  assert.ok(json);
  const graph = JSON.parse(json[1] ?? '{}')['@graph'];
  const people = graph.filter((/** @type {any} */ node) => ['Person', 'Organization'].includes(node['@type']));
  assert.deepEqual(
    people.map((/** @type {any} */ node) => node.name),
    ['Rina Kartika', 'Redaksi Sabba', 'Tamu Penulis'],
  );
  const article = graph.find((/** @type {any} */ node) => node['@type'] === 'Article');
  assert.deepEqual(
    article.author,
    people.map((/** @type {any} */ node) => ({ '@id': node['@id'] })),
  );
  assert.equal(new Set(people.map((/** @type {any} */ node) => node['@id'])).size, 3, 'three distinct @ids');
});

/** The page's JSON-LD graph printed by the plugin. @param {string} page @returns {any[]} */
function graphOf(page) {
  const json = /<script type="application\/ld\+json" class="sabba-widgets-schema">(.*?)<\/script>/.exec(page);
  assert.ok(json, 'the plugin’s JSON-LD');
  return JSON.parse(json[1] ?? '{}')['@graph'];
}

test('with an SEO plugin (a Yoast SEO stand-in: WPSEO_VERSION only) the author nodes join its graph, without an Article of ours', async () => {
  const types = (/** @type {any[]} */ graph) => graph.map((node) => node['@type']);
  assert.deepEqual(types(graphOf(await html('artikel-plugin'))), ['Person', 'Article']);
  assert.deepEqual(types(graphOf(await html('author/wartawan'))), ['Person', 'ProfilePage']);
  plugin('add-plugin', YOAST_STAND_IN);
  try {
    const graph = graphOf(await html('artikel-plugin'));
    assert.deepEqual(types(graph), ['Person'], 'the SEO plugin’s Article points at this node');
    assert.match(graph[0]['@id'], /^http:\/\/127\.0\.0\.1:\d+\/#\/schema\/person\/[0-9a-f]{32}$/);
    assert.deepEqual(types(graphOf(await html('author/wartawan'))), ['Person']);
  } finally {
    plugin('remove-plugin', 'yoast-seo-stand-in.php');
  }
});

test('WP_DEBUG stays quiet on the author pages, with and without co-authors', () => {
  assert.deepEqual(debugLines().other, []);
});
