/**
 * schema.org structured data for an author, as Google's Article documentation expects it
 * (`author` is a `Person` or `Organization` with `name` and `url`).
 *
 * Pure functions, no DOM: the element gathers what it shows and the JSON-LD already on the page,
 * this module decides what to emit. Two rules shape it:
 * - the node describes only what the reader can see (no invented credentials, no hidden bio);
 * - an author the page already describes (an SEO plugin's `@graph`) keeps that node's `@id`, so
 *   search engines merge the two descriptions instead of finding a duplicate entity.
 */

/** The two kinds of author schema.org and Google's Article markup accept. */
export type AuthorType = 'person' | 'organization';

/** What the card shows, in the shape structured data needs. Empty values are left out. */
export interface AuthorFacts {
  readonly type: AuthorType;
  readonly name: string;
  /** The author's page, absolute. */
  readonly url?: string | undefined;
  /** The photo or logo shown, absolute. */
  readonly image?: string | undefined;
  readonly jobTitle?: string | undefined;
  readonly sameAs?: readonly string[] | undefined;
  readonly description?: string | undefined;
}

/** A JSON-LD node: a plain JSON object. */
export type JsonLdNode = Record<string, unknown>;

/** How deep and how many nodes the page search walks: a hostile page must not freeze the card. */
const MAX_DEPTH = 8;
const MAX_NODES = 2000;

const SCHEMA_TYPE: Record<AuthorType, string> = { person: 'Person', organization: 'Organization' };

/** Compares URLs the way a search engine would: parsed, without the fragment's absence mattering. */
function sameUrl(a: unknown, b: string): boolean {
  if (typeof a !== 'string') return false;
  try {
    return new URL(a, b).href === new URL(b).href;
  } catch {
    return false;
  }
}

/** The author kind a node's `@type` names (`NewsMediaOrganization` counts as an organization). */
function kindOf(node: JsonLdNode): AuthorType | undefined {
  const raw = node['@type'];
  const types = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string');
  if (types.some((type) => /(^|[/:])Person$/.test(type))) return 'person';
  if (types.some((type) => type.endsWith('Organization'))) return 'organization';
  return undefined;
}

/** Every object inside the parsed JSON-LD blocks: top level, `@graph` arrays and nested values. */
function* walk(value: unknown, depth = 0): Generator<JsonLdNode> {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* walk(item, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  yield node;
  for (const child of Object.values(node)) yield* walk(child, depth + 1);
}

/** The `@id` this card would give its own node when the page has none: the author page's URL. */
export function ownIdFor(url: string | undefined): string | undefined {
  return url === undefined ? undefined : `${url.split('#')[0] ?? url}#author`;
}

/** The result of looking for the card's author in the page's JSON-LD. */
export interface ExistingAuthor {
  /** The `@id` to reuse, when a node of the same kind describes this author. */
  readonly id?: string;
  /** Set when a node for the same URL has the other kind (a `Person` where the card says organization). */
  readonly conflictingType?: string;
}

/**
 * Looks for a node describing the same author in `blocks` (the parsed contents of the page's
 * `application/ld+json` scripts): a `Person`/`Organization` node whose `@id` is the card's own
 * id or the author page, or whose `url` is the author page.
 */
export function findExistingAuthor(
  blocks: readonly unknown[],
  type: AuthorType,
  url: string | undefined,
): ExistingAuthor {
  if (url === undefined) return {};
  const ownId = ownIdFor(url);
  let visited = 0;
  let conflictingType: string | undefined;
  for (const node of walk(blocks)) {
    if ((visited += 1) > MAX_NODES) break;
    const kind = kindOf(node);
    if (kind === undefined) continue;
    const id = node['@id'];
    const matches = sameUrl(node.url, url) || sameUrl(id, url) || (typeof id === 'string' && id === ownId);
    if (!matches) continue;
    if (kind !== type) {
      conflictingType ??= JSON.stringify(node['@type']);
      continue;
    }
    if (typeof id === 'string' && id.trim() !== '') return { id };
  }
  return conflictingType === undefined ? {} : { conflictingType };
}

/** Drops empty strings and empty lists so the node never claims a blank `jobTitle`. */
function present(value: string | readonly string[] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
}

/**
 * The schema.org node for `facts`, or `undefined` when there is no name (Google requires one).
 * `jobTitle` exists only on `Person` in schema.org, so an organization never carries it.
 */
export function buildAuthorNode(facts: AuthorFacts, id?: string): JsonLdNode | undefined {
  const name = facts.name.trim();
  if (name === '') return undefined;
  const node: JsonLdNode = { '@context': 'https://schema.org', '@type': SCHEMA_TYPE[facts.type] };
  const resolvedId = id ?? ownIdFor(facts.url);
  if (resolvedId !== undefined) node['@id'] = resolvedId;
  node.name = name;
  const optional: [string, string | readonly string[] | undefined][] = [
    ['url', facts.url],
    ['image', facts.image],
    ['jobTitle', facts.type === 'person' ? facts.jobTitle?.trim() : undefined],
    ['sameAs', facts.sameAs],
    ['description', facts.description?.trim()],
  ];
  for (const [key, value] of optional) if (present(value)) node[key] = value;
  return node;
}

/**
 * Serialises a node for a `<script type="application/ld+json">`. JSON.stringify makes any input
 * valid JSON; escaping every `<` as `\u003c` (still the same JSON string) means a bio containing
 * `</script>` or `<!--` can never end the script element or start a comment in an HTML parser.
 */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify(node).replace(/</g, '\\u003c');
}

/** Parses the texts of JSON-LD scripts, skipping the malformed ones a page may contain. */
export function parseJsonLdBlocks(texts: Iterable<string>): unknown[] {
  const blocks: unknown[] = [];
  for (const text of texts) {
    try {
      blocks.push(JSON.parse(text));
    } catch {
      // A broken block elsewhere on the page is the page's problem; it just cannot be matched.
    }
  }
  return blocks;
}
