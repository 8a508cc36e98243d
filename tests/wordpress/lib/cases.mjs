// @ts-check
/**
 * The request list of the WordPress comment contract: every case of docs/architecture.md's "WordPress comments"
 * table, for REST and for wp-comments-post.php, as raw requests. Used against the real WordPress
 * (measure.mjs, contract.wordpress.test.mjs) and against the local stub (stub-contract.test.mjs).
 *
 * Cases run in order and share one site: a case may need the comments created before it (duplicate,
 * flood, replies). `before: 'age'` means "time has passed": the runner moves earlier comments one
 * minute back so WordPress's 15 s flood check does not refuse the case.
 */

/** The REST cases' reader. */
export const AUTHOR = { name: 'Sari Wulandari', email: 'sari@example.com', url: 'https://sari.example.com/' };
/**
 * The classic cases' reader: another person, because WordPress approves every later comment of an
 * author who already has an approved one (the REST replies below approve Sari's first comment).
 */
export const CLASSIC_AUTHOR = { name: 'Budi Santoso', email: 'budi@example.com', url: '' };

/** Byte limits of WordPress's wp_comments columns (wp_get_comment_fields_max_lengths()). */
export const LIMITS = { author: 245, email: 100, url: 200, content: 65525 };

/** Strings of an exact UTF-8 byte length, using 2-byte characters so bytes ≠ characters. */
export const atBytes = {
  /** @param {number} n */
  name: (n) => 'S'.repeat(n % 2) + 'ä'.repeat(Math.floor(n / 2)),
  /** @param {number} n @param {string} [letter] */
  email: (n, letter = 'a') => `${letter.repeat(n - '@example.com'.length)}@example.com`,
  /** @param {number} n */
  url: (n) => `https://example.com/${'a'.repeat(n - 'https://example.com/'.length)}`,
  /** @param {number} n @param {string} [odd] the 1-byte character that makes an odd length */
  content: (n, odd = 'x') => odd.repeat(n % 2) + 'é'.repeat(Math.floor(n / 2)),
};

/**
 * @typedef {object} RawRequest
 * @property {string} method
 * @property {string} path          path on the site, e.g. /wp-json/wp/v2/comments
 * @property {Record<string, string>} query
 * @property {Record<string, string>} headers  lower-case names
 * @property {string} body
 *
 * @typedef {object} CaseContext
 * @property {{ open: number, closed: number }} posts
 * @property {Map<string, number>} created   comment id created by an earlier case, by case name
 *
 * @typedef {object} ContractCase
 * @property {string} name
 * @property {'rest' | 'classic'} transport
 * @property {string} design         the row of the table in docs/architecture.md this case checks
 * @property {'age'} [before]
 * @property {'reader'} [login]      send the request with a logged-in reader's cookies
 * @property {'approve-created'} [setup]  approve the comment named by `parentOf` first
 * @property {string} [parentOf]     name of the case whose comment this one replies to
 * @property {(ctx: CaseContext) => RawRequest} request
 * @property {{ status: number, code: string | null, commentStatus?: 'hold' | 'approved' }} expect
 */

/** @param {Record<string, unknown>} fields @param {Record<string, string>} [query] @param {Record<string, string>} [headers] @returns {RawRequest} */
function rest(fields, query = {}, headers = {}) {
  return {
    method: 'POST',
    path: '/wp-json/wp/v2/comments',
    query,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(fields),
  };
}

/** @param {Record<string, string | number>} fields @param {Record<string, string>} [query] @returns {RawRequest} */
function classic(fields, query = {}) {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) form.set(key, String(value));
  return {
    method: 'POST',
    path: '/wp-comments-post.php',
    query,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  };
}

/** REST body fields of a comment by AUTHOR. @param {number} post @param {string} content @param {Record<string, unknown>} [extra] */
const restComment = (post, content, extra = {}) => ({
  post,
  author_name: AUTHOR.name,
  author_email: AUTHOR.email,
  author_url: AUTHOR.url,
  content,
  ...extra,
});
/** Classic form fields of a comment by AUTHOR. @param {number} post @param {string} comment @param {Record<string, string | number>} [extra] */
const classicComment = (post, comment, extra = {}) => ({
  comment_post_ID: post,
  comment_parent: 0,
  author: CLASSIC_AUTHOR.name,
  email: CLASSIC_AUTHOR.email,
  url: CLASSIC_AUTHOR.url,
  comment,
  ...extra,
});

const NO_SUCH_POST = 999999;
/**
 * The site's language set to Indonesian for one request (Debian's wordpress-l10n translations,
 * older than 6.1: some classic error pages come back in Indonesian, some still in English).
 */
const INDONESIAN = { sabba_test_locale: 'id_ID' };

/** @type {ContractCase[]} */
export const cases = [
  // ---- REST ---------------------------------------------------------------------------------
  {
    name: 'rest valid',
    transport: 'rest',
    design: 'REST valid',
    before: 'age',
    request: (c) => rest(restComment(c.posts.open, 'Komentar pertama lewat REST.')),
    expect: { status: 201, code: null, commentStatus: 'hold' },
  },
  {
    name: 'rest duplicate',
    transport: 'rest',
    design: 'REST duplicate',
    request: (c) => rest(restComment(c.posts.open, 'Komentar pertama lewat REST.')),
    expect: { status: 409, code: 'comment_duplicate' },
  },
  {
    name: 'rest flood',
    transport: 'rest',
    design: 'REST flood (< 15 s)',
    request: (c) => rest(restComment(c.posts.open, 'Komentar kedua, terlalu cepat.')),
    expect: { status: 400, code: 'comment_flood' },
  },
  {
    name: 'rest missing name',
    transport: 'rest',
    design: 'REST missing name or email',
    request: (c) => rest(restComment(c.posts.open, 'Tanpa nama.', { author_name: '' })),
    expect: { status: 400, code: 'rest_comment_author_data_required' },
  },
  {
    name: 'rest missing email',
    transport: 'rest',
    design: 'REST missing name or email',
    request: (c) => rest({ post: c.posts.open, author_name: AUTHOR.name, content: 'Tanpa email.' }),
    expect: { status: 400, code: 'rest_comment_author_data_required' },
  },
  {
    name: 'rest invalid email',
    transport: 'rest',
    design: 'REST invalid email',
    request: (c) => rest(restComment(c.posts.open, 'Email salah.', { author_email: 'sari@' })),
    expect: { status: 400, code: 'rest_invalid_param' },
  },
  {
    name: 'rest invalid email accepted by browsers',
    transport: 'rest',
    design: 'REST invalid email',
    // <input type=email> accepts a dotless domain; WordPress's is_email() does not.
    request: (c) => rest(restComment(c.posts.open, 'Email tanpa titik.', { author_email: 'sari@localhost' })),
    expect: { status: 400, code: 'rest_invalid_param' },
  },
  {
    name: 'rest empty content',
    transport: 'rest',
    design: 'REST empty content',
    request: (c) => rest(restComment(c.posts.open, '')),
    expect: { status: 400, code: 'rest_comment_content_invalid' },
  },
  {
    name: 'rest blank content',
    transport: 'rest',
    design: 'REST empty content',
    request: (c) => rest(restComment(c.posts.open, ' \n\t ')),
    expect: { status: 400, code: 'rest_comment_content_invalid' },
  },
  {
    name: 'rest closed post',
    transport: 'rest',
    design: 'REST comments closed',
    request: (c) => rest(restComment(c.posts.closed, 'Ke artikel yang ditutup.')),
    expect: { status: 403, code: 'rest_comment_closed' },
  },
  {
    name: 'rest no such post',
    transport: 'rest',
    design: 'REST no such post',
    request: () => rest(restComment(NO_SUCH_POST, 'Ke artikel yang tidak ada.')),
    expect: { status: 403, code: 'rest_comment_invalid_post_id' },
  },
  {
    name: 'rest anonymous comments not enabled',
    transport: 'rest',
    design: 'REST anonymous comments not enabled',
    request: (c) => rest(restComment(c.posts.open, 'Situs tanpa komentar anonim.'), { sabba_test_anonymous: '0' }),
    expect: { status: 401, code: 'rest_comment_login_required' },
  },
  {
    name: 'rest anonymous with a nonce',
    transport: 'rest',
    design: 'REST logged in, stale nonce',
    request: (c) => rest(restComment(c.posts.open, 'Nonce tanpa login.'), {}, { 'x-wp-nonce': '0123456789' }),
    expect: { status: 403, code: 'rest_cookie_invalid_nonce' },
  },
  {
    name: 'rest logged in, stale nonce',
    transport: 'rest',
    design: 'REST logged in, stale nonce',
    login: 'reader',
    request: (c) => rest({ post: c.posts.open, content: 'Nonce kedaluwarsa.' }, {}, { 'x-wp-nonce': '0123456789' }),
    expect: { status: 403, code: 'rest_cookie_invalid_nonce' },
  },
  {
    name: 'rest name over byte limit',
    transport: 'rest',
    design: 'byte limits',
    request: (c) =>
      rest(restComment(c.posts.open, 'Nama terlalu panjang.', { author_name: atBytes.name(LIMITS.author + 1) })),
    expect: { status: 400, code: 'comment_author_column_length' },
  },
  {
    name: 'rest email over byte limit',
    transport: 'rest',
    design: 'byte limits',
    request: (c) =>
      rest(restComment(c.posts.open, 'Email terlalu panjang.', { author_email: atBytes.email(LIMITS.email + 1) })),
    expect: { status: 400, code: 'comment_author_email_column_length' },
  },
  {
    name: 'rest url over byte limit',
    transport: 'rest',
    design: 'byte limits',
    request: (c) =>
      rest(restComment(c.posts.open, 'URL terlalu panjang.', { author_url: atBytes.url(LIMITS.url + 1) })),
    expect: { status: 400, code: 'comment_author_url_column_length' },
  },
  {
    name: 'rest content over byte limit',
    transport: 'rest',
    design: 'byte limits',
    request: (c) => rest(restComment(c.posts.open, atBytes.content(LIMITS.content + 1))),
    expect: { status: 400, code: 'comment_content_column_length' },
  },
  {
    name: 'rest all fields at byte limits',
    transport: 'rest',
    design: 'byte limits',
    before: 'age',
    request: (c) =>
      rest({
        post: c.posts.open,
        author_name: atBytes.name(LIMITS.author),
        author_email: atBytes.email(LIMITS.email),
        author_url: atBytes.url(LIMITS.url),
        content: atBytes.content(LIMITS.content),
      }),
    expect: { status: 201, code: null, commentStatus: 'hold' },
  },
  {
    name: 'rest reply to a held comment',
    transport: 'rest',
    design: 'REST valid (parent)',
    before: 'age',
    parentOf: 'rest valid',
    request: (c) =>
      rest(restComment(c.posts.open, 'Balasan untuk komentar yang ditahan.', { parent: c.created.get('rest valid') })),
    expect: { status: 201, code: null, commentStatus: 'hold' },
  },
  {
    name: 'rest reply to an approved comment',
    transport: 'rest',
    design: 'REST valid (parent)',
    before: 'age',
    setup: 'approve-created',
    parentOf: 'rest valid',
    request: (c) =>
      rest(
        restComment(c.posts.open, 'Balasan untuk komentar yang disetujui.', { parent: c.created.get('rest valid') }),
      ),
    // Sari now has an approved comment, so WordPress approves her reply at once.
    expect: { status: 201, code: null, commentStatus: 'approved' },
  },

  // ---- classic wp-comments-post.php ---------------------------------------------------------
  {
    name: 'classic valid',
    transport: 'classic',
    design: 'classic valid',
    before: 'age',
    request: (c) => classic(classicComment(c.posts.open, 'Komentar pertama lewat formulir klasik.')),
    expect: { status: 302, code: null, commentStatus: 'hold' },
  },
  {
    name: 'classic duplicate',
    transport: 'classic',
    design: 'classic duplicate',
    request: (c) => classic(classicComment(c.posts.open, 'Komentar pertama lewat formulir klasik.')),
    expect: { status: 409, code: 'comment_duplicate' },
  },
  {
    name: 'classic duplicate, site in Indonesian',
    transport: 'classic',
    design: 'classic duplicate',
    request: (c) => classic(classicComment(c.posts.open, 'Komentar pertama lewat formulir klasik.'), INDONESIAN),
    expect: { status: 409, code: 'comment_duplicate' },
  },
  {
    name: 'classic flood',
    transport: 'classic',
    design: 'classic flood',
    request: (c) => classic(classicComment(c.posts.open, 'Komentar klasik kedua, terlalu cepat.')),
    expect: { status: 429, code: 'comment_flood' },
  },
  {
    name: 'classic flood, site in Indonesian',
    transport: 'classic',
    design: 'classic flood',
    request: (c) => classic(classicComment(c.posts.open, 'Komentar klasik kedua, terlalu cepat.'), INDONESIAN),
    expect: { status: 429, code: 'comment_flood' },
  },
  {
    name: 'classic missing name',
    transport: 'classic',
    design: 'classic missing field',
    request: (c) => classic(classicComment(c.posts.open, 'Tanpa nama.', { author: '' })),
    expect: { status: 200, code: 'require_name_email' },
  },
  {
    name: 'classic missing email',
    transport: 'classic',
    design: 'classic missing field',
    request: (c) => classic(classicComment(c.posts.open, 'Tanpa email.', { email: '' })),
    expect: { status: 200, code: 'require_name_email' },
  },
  {
    name: 'classic invalid email',
    transport: 'classic',
    design: 'classic invalid email',
    request: (c) => classic(classicComment(c.posts.open, 'Email salah.', { email: 'sari@' })),
    expect: { status: 200, code: 'require_valid_email' },
  },
  {
    name: 'classic invalid email, site in Indonesian',
    transport: 'classic',
    design: 'classic invalid email',
    request: (c) => classic(classicComment(c.posts.open, 'Email salah.', { email: 'sari@' }), INDONESIAN),
    expect: { status: 200, code: 'require_valid_email' },
  },
  {
    name: 'classic invalid email accepted by browsers',
    transport: 'classic',
    design: 'classic invalid email',
    request: (c) => classic(classicComment(c.posts.open, 'Email tanpa titik.', { email: 'sari@localhost' })),
    expect: { status: 200, code: 'require_valid_email' },
  },
  {
    name: 'classic empty comment',
    transport: 'classic',
    design: 'classic empty comment',
    request: (c) => classic(classicComment(c.posts.open, '')),
    expect: { status: 200, code: 'require_valid_comment' },
  },
  {
    name: 'classic blank comment',
    transport: 'classic',
    design: 'classic empty comment',
    request: (c) => classic(classicComment(c.posts.open, ' \n\t ')),
    expect: { status: 200, code: 'require_valid_comment' },
  },
  {
    name: 'classic closed post',
    transport: 'classic',
    design: 'classic closed',
    request: (c) => classic(classicComment(c.posts.closed, 'Ke artikel yang ditutup.')),
    expect: { status: 403, code: 'comment_closed' },
  },
  {
    name: 'classic closed post, site in Indonesian',
    transport: 'classic',
    design: 'classic closed',
    request: (c) => classic(classicComment(c.posts.closed, 'Ke artikel yang ditutup.'), INDONESIAN),
    expect: { status: 403, code: 'comment_closed' },
  },
  {
    name: 'classic no such post',
    transport: 'classic',
    design: '(not in the table)',
    request: () => classic(classicComment(NO_SUCH_POST, 'Ke artikel yang tidak ada.')),
    expect: { status: 200, code: 'empty_response' },
  },
  {
    name: 'classic registration required',
    transport: 'classic',
    design: '(not in the table)',
    request: (c) => classic(classicComment(c.posts.open, 'Situs wajib login.'), { sabba_test_registration: '1' }),
    expect: { status: 403, code: 'not_logged_in' },
  },
  {
    name: 'classic name over byte limit',
    transport: 'classic',
    design: 'byte limits',
    request: (c) =>
      classic(classicComment(c.posts.open, 'Nama terlalu panjang.', { author: atBytes.name(LIMITS.author + 1) })),
    expect: { status: 200, code: 'comment_author_column_length' },
  },
  {
    name: 'classic email over byte limit',
    transport: 'classic',
    design: 'byte limits',
    request: (c) =>
      classic(classicComment(c.posts.open, 'Email terlalu panjang.', { email: atBytes.email(LIMITS.email + 1) })),
    expect: { status: 200, code: 'comment_author_email_column_length' },
  },
  {
    name: 'classic url over byte limit',
    transport: 'classic',
    design: 'byte limits',
    request: (c) => classic(classicComment(c.posts.open, 'URL terlalu panjang.', { url: atBytes.url(LIMITS.url + 1) })),
    expect: { status: 200, code: 'comment_author_url_column_length' },
  },
  {
    name: 'classic content over byte limit',
    transport: 'classic',
    design: 'byte limits',
    request: (c) => classic(classicComment(c.posts.open, atBytes.content(LIMITS.content + 1))),
    expect: { status: 200, code: 'comment_content_column_length' },
  },
  {
    name: 'classic all fields at byte limits',
    transport: 'classic',
    design: 'byte limits',
    before: 'age',
    request: (c) =>
      classic({
        comment_post_ID: c.posts.open,
        comment_parent: 0,
        author: atBytes.name(LIMITS.author),
        email: atBytes.email(LIMITS.email, 'b'),
        url: atBytes.url(LIMITS.url),
        comment: atBytes.content(LIMITS.content, 'y'),
      }),
    expect: { status: 302, code: null, commentStatus: 'hold' },
  },
  {
    name: 'classic works where anonymous REST comments are not enabled',
    transport: 'classic',
    design: 'anonymous REST not enabled: only classic works',
    before: 'age',
    request: (c) =>
      classic(classicComment(c.posts.open, 'Lewat formulir klasik di situs tanpa REST anonim.'), {
        sabba_test_anonymous: '0',
      }),
    expect: { status: 302, code: null, commentStatus: 'hold' },
  },
  {
    name: 'classic reply to an approved comment',
    transport: 'classic',
    design: 'classic valid (parent)',
    before: 'age',
    setup: 'approve-created',
    parentOf: 'classic valid',
    request: (c) =>
      classic(classicComment(c.posts.open, 'Balasan klasik.', { comment_parent: c.created.get('classic valid') ?? 0 })),
    expect: { status: 302, code: null, commentStatus: 'approved' },
  },
];

/** WordPress 6.1's English wp_die() messages of wp-comments-post.php, by the WP_Error code behind them. */
export const CLASSIC_MESSAGES = [
  ['comment_duplicate', /Duplicate comment detected/i],
  ['comment_flood', /posting comments too quickly/i],
  ['require_name_email', /Please fill the required fields/i],
  ['require_valid_email', /Please enter a valid email address/i],
  ['require_valid_comment', /Please type your comment text/i],
  ['comment_closed', /comments are closed for this item/i],
  ['not_logged_in', /must be logged in to comment/i],
  ['comment_author_column_length', /Your name is too long/i],
  ['comment_author_email_column_length', /Your email address is too long/i],
  ['comment_author_url_column_length', /Your URL is too long/i],
  ['comment_content_column_length', /Your comment is too long/i],
  ['comment_on_draft', /comments are not allowed for this item/i],
  ['comment_save_error', /could not be saved/i],
  // An Indonesian site (Debian's wordpress-l10n id_ID): the ones it translates.
  ['comment_duplicate', /duplikasi komentar/i],
  ['comment_flood', /terlalu cepat/i],
  ['require_valid_email', /alamat surel yang benar/i],
  ['comment_closed', /komentar ditutup/i],
];

/** @param {string} html */
function textOf(html) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#8217;/g, '’')
    .replace(/&#0?39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a response says, in the terms the contract compares: status, WordPress error code, message.
 * @param {'rest' | 'classic'} transport
 * @param {{ status: number, headers: Record<string, string>, body: string }} response
 */
export function classify(transport, response) {
  const { status, headers, body } = response;
  if (transport === 'rest') {
    /** @type {any} */
    let json;
    try {
      json = JSON.parse(body);
    } catch {
      return { status, code: 'not_json', message: body.slice(0, 200) };
    }
    if (status >= 200 && status < 300) {
      return { status, code: null, id: json.id, commentStatus: json.status, parent: json.parent };
    }
    return { status, code: json.code, message: json.message, data: json.data };
  }
  if (status >= 300 && status < 400) {
    const location = headers.location ?? '';
    const url = new URL(location, 'http://site.invalid/');
    const unapproved = url.searchParams.get('unapproved');
    const hash = /#comment-(\d+)$/.exec(location);
    return {
      status,
      code: null,
      location,
      id: Number(unapproved ?? hash?.[1] ?? NaN),
      commentStatus: unapproved ? 'hold' : 'approved',
      moderationHash: url.searchParams.has('moderation-hash'),
    };
  }
  if (body.trim() === '') return { status, code: 'empty_response', message: '' };
  const die = /<div class="wp-die-message">([\s\S]*?)<\/div>/.exec(body);
  const message = textOf(die ? die[1] : body);
  const found = CLASSIC_MESSAGES.find(([, pattern]) => pattern.test(message));
  return {
    status,
    code: found ? found[0] : 'unknown_message',
    message,
    errorPage: die !== null,
  };
}
