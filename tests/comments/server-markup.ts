/**
 * What the WordPress plugin prints inside `<sabba-comments>` (wordpress/templates/comments.php):
 * the markup of WordPress 6.1's `wp_list_comments()` (Walker_Comment::html5_comment, Twenty
 * Twenty-One), `the_comments_pagination()` and `p.no-comments`, copied from a real page of the
 * suite's WordPress (scripts/wordpress/), white space and quotes included. Avatars are an inline
 * image so the tests ask no other host.
 */

/** One comment as WordPress stored it. */
export interface ServerComment {
  readonly id: number;
  readonly author: string;
  /** The author's website, printed as `a.url` (WordPress already dropped unsafe schemes). */
  readonly url?: string;
  /** `get_comment_time('c')`: site-local time with the offset. */
  readonly time: string;
  /** What the theme shows (`March 14, 2022 at 10:12 am`). */
  readonly shown: string;
  /** `comment_text()`: the comment's HTML as WordPress filtered it. */
  readonly content: string;
  /** The reader's own comment awaiting moderation (`?unapproved=…&moderation-hash=…`). */
  readonly held?: boolean;
  readonly replies?: readonly ServerComment[];
}

const POST = 'http://127.0.0.1:8881/artikel-plugin/';

function item(c: ServerComment, depth: number, index: number): string {
  const alt = index % 2 === 1 ? 'odd alt' : 'even';
  const thread = depth === 1 ? ` thread-${index % 2 === 1 ? 'odd thread-alt' : 'even'}` : '';
  const parent = c.replies?.length ? ' parent' : '';
  const name = c.url ? `<a href='${c.url}' rel='external nofollow ugc' class='url'>${c.author}</a>` : c.author;
  const held = c.held ? `<em class="comment-awaiting-moderation">Your comment is awaiting moderation.</em>` : '';
  const reply = c.held
    ? ''
    : `<div class="reply"><a rel='nofollow' class='comment-reply-link' href='${POST}?replytocom=${c.id}#respond' data-commentid="${c.id}" data-postid="6" data-belowelement="div-comment-${c.id}" data-respondelement="respond" data-replyto="Reply to ${c.author}" aria-label='Reply to ${c.author}'>Reply</a></div>`;
  const children = c.replies?.length
    ? `\n\t\t<ol class="children">\n${c.replies.map((r, i) => item(r, depth + 1, i)).join('')}</ol><!-- .children -->\n`
    : '';
  return `\t\t<li id="comment-${c.id}" class="comment ${alt}${thread} depth-${depth}${parent}">
\t\t\t<article id="div-comment-${c.id}" class="comment-body">
\t\t\t\t<footer class="comment-meta">
\t\t\t\t\t<div class="comment-author vcard">
\t\t\t\t\t\t<img alt='' src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' class='avatar avatar-48 photo' height='48' width='48' loading='lazy' decoding='async'/>\t\t\t\t\t\t<b class="fn">${name}</b> <span class="says">says:</span>\t\t\t\t\t</div><!-- .comment-author -->

\t\t\t\t\t<div class="comment-metadata">
\t\t\t\t\t\t<a href="${POST}#comment-${c.id}"><time datetime="${c.time}">${c.shown}</time></a>\t\t\t\t\t</div><!-- .comment-metadata -->

\t\t\t\t\t${held}\t\t\t\t</footer><!-- .comment-meta -->

\t\t\t\t<div class="comment-content">
\t\t\t\t\t${c.content}
\t\t\t\t</div><!-- .comment-content -->

\t\t\t\t${reply}\t\t\t</article><!-- .comment-body -->${children}
\t\t</li><!-- #comment-## -->
`;
}

/** The pagination WordPress prints when the comments span several pages (page 1 of 2 shown). */
export const PAGINATION = `
\t<nav class="navigation comments-pagination" aria-label="Comments">
\t\t<h2 class="screen-reader-text">Comments navigation</h2>
\t\t<div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="${POST}comment-page-2/#comments">2</a>
<a class="next page-numbers" href="${POST}comment-page-2/#comments">Newer comments</a></div>
\t</nav>`;

/** The inside of `<sabba-comments>` as the plugin's template prints it. */
export function serverThread(
  comments: readonly ServerComment[],
  options: { count?: number; pagination?: boolean; closed?: boolean } = {},
): string {
  const count = options.count ?? comments.length;
  const list = comments.length
    ? `
\t\t\t<h2 class="comments-title">
\t\t${count} comments\t\t</h2>
\t\t<ol class="comment-list">
${comments.map((c, i) => item(c, 1, i)).join('')}\t\t</ol>
\t\t${options.pagination ? PAGINATION : ''}`
    : '';
  const closed = options.closed ? `\n\t\t\t<p class="no-comments">Comments are closed.</p>\n\t` : '';
  return `${list}${closed}\n\t\t\t\t\t`;
}

/** The thread of the suite's WordPress post: two threads, one with a reply to a reply. */
export const THREAD: readonly ServerComment[] = [
  {
    id: 2,
    author: 'Budi',
    url: 'https://budi.example/',
    time: '2022-03-14T10:12:00+07:00',
    shown: 'March 14, 2022 at 10:12 am',
    content: '<p>Tulisan yang bagus.</p>\n<p>Paragraf kedua &#038; <em>tebal</em>.</p>',
    replies: [
      {
        id: 3,
        author: 'Sari',
        time: '2022-03-14T11:00:00+07:00',
        shown: 'March 14, 2022 at 11:00 am',
        content: '<p>Setuju.</p>',
        replies: [
          {
            id: 4,
            author: 'Tono',
            time: '2022-03-14T12:00:00+07:00',
            shown: 'March 14, 2022 at 12:00 pm',
            content: '<p>Balasan kedua.</p>',
          },
        ],
      },
    ],
  },
  {
    id: 5,
    author: 'Ayu',
    time: '2022-03-15T08:30:00+07:00',
    shown: 'March 15, 2022 at 8:30 am',
    content: '<p>Komentar kedua.</p>',
  },
];
