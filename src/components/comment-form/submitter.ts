/**
 * The contract between the form and whatever delivers a comment. The two WordPress transports
 * implement it, and a site with another back end can set the element's `submitter` property to
 * its own function.
 */

/** A comment as the form sends it, already trimmed and normalised. */
export interface OutgoingComment {
  /** The WordPress post ID (`post` / `comment_post_ID`). */
  postId: number;
  /** The comment this one answers, 0 for a top-level comment (`parent` / `comment_parent`). */
  parentId: number;
  /** The comment text (`content` / `comment`). */
  content: string;
  /** The commenter's name (`author_name` / `author`). */
  authorName: string;
  /** The commenter's e-mail (`author_email` / `email`). */
  authorEmail: string;
  /** The commenter's website, with a scheme, or '' (`author_url` / `url`). */
  authorUrl: string;
}

/** A comment the site accepted. */
export interface CommentAccepted {
  ok: true;
  /** The new comment's ID, or `null` when the transport cannot know it (see classic-transport.ts). */
  id: number | null;
  /** `approved` when it is public, `hold` when it waits for a moderator. */
  status: 'approved' | 'hold';
  /** The comment's permalink, when the site told it. */
  link?: string | undefined;
  /**
   * `false` when the request was delivered but its answer could not be read (a classic post to
   * another origin): the form then keeps the draft.
   */
  confirmed?: boolean | undefined;
}

/** A comment the site (or the way to it) refused. */
export interface CommentRefused {
  ok: false;
  /**
   * WordPress's error code (`comment_duplicate`, `rest_comment_closed`, `require_valid_email`, …)
   * or the form's own for faults on the way: `network`, `offline`, `timeout`, `http_5xx`,
   * `invalid_response`.
   */
  code: string;
  /** The HTTP status, 0 when there was no response. */
  status: number;
  /** The server's own message as plain text, when it sent one. */
  message?: string | undefined;
  /** For `rest_invalid_param`: the parameters WordPress named (`author_email`, …). */
  params?: readonly string[] | undefined;
}

/** What a submission ends in. */
export type CommentOutcome = CommentAccepted | CommentRefused;

/** What the form hands to a submitter besides the comment. */
export interface SubmitContext {
  /** Aborted when the form's timeout passes or the element leaves the page. */
  signal: AbortSignal;
}

/**
 * Delivers one comment. Resolve with the outcome; a rejection is treated as a network failure
 * (`network`), or as `timeout` when the form's signal aborted.
 */
export type CommentSubmitter = (comment: OutgoingComment, context: SubmitContext) => Promise<CommentOutcome>;

/** Whether `value` has the shape of a {@link CommentOutcome} (custom submitters are untrusted). */
export function isCommentOutcome(value: unknown): value is CommentOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return v.status === 'approved' || v.status === 'hold';
  return v.ok === false && typeof v.code === 'string';
}
