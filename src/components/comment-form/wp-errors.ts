import type { FieldName } from './validation.js';

/**
 * WordPress's comment error codes, from both transports, mapped to the form field they concern and
 * the key of the localized message the form shows. REST (`WP_REST_Comments_Controller`) and the
 * classic form (`wp_handle_comment_submission()`) name the same failures differently; both are
 * listed, so a caller's `sabba-comment-error` handler sees WordPress's own code for the transport
 * in use, and the reader sees one message for one failure.
 */

/** Keys of the comment form's error texts (comment-form.texts.ts). */
export type ErrorMessageKey =
  | 'errCommentRequired'
  | 'errNameRequired'
  | 'errEmailRequired'
  | 'errEmailInvalid'
  | 'errUrlInvalid'
  | 'errTooLong'
  | 'errDuplicate'
  | 'errFlood'
  | 'errClosed'
  | 'errNoPost'
  | 'errLoginRequired'
  | 'errNonce'
  | 'errReplyUnapproved'
  | 'errServer'
  | 'errNetwork'
  | 'errOffline'
  | 'errTimeout'
  | 'errInvalidResponse'
  | 'errConfig'
  | 'errUnknown';

/** Where an error is shown and with which text. */
export interface ErrorPlacement {
  /** The field the error belongs next to; `undefined` for the summary only. */
  field?: FieldName | undefined;
  /** The localized message. */
  key: ErrorMessageKey;
  /** Whether the server's own message should be shown instead (codes the form does not know). */
  useServerMessage?: boolean;
}

const TABLE: Readonly<Record<string, ErrorPlacement>> = {
  // Both transports.
  comment_duplicate: { field: 'comment', key: 'errDuplicate' },
  comment_flood: { key: 'errFlood' },
  comment_author_column_length: { field: 'author', key: 'errTooLong' },
  comment_author_email_column_length: { field: 'email', key: 'errTooLong' },
  comment_author_url_column_length: { field: 'url', key: 'errTooLong' },
  comment_content_column_length: { field: 'comment', key: 'errTooLong' },
  // REST.
  rest_comment_author_data_required: { field: 'author', key: 'errNameRequired' },
  rest_comment_content_invalid: { field: 'comment', key: 'errCommentRequired' },
  rest_comment_closed: { key: 'errClosed' },
  rest_comment_invalid_post_id: { key: 'errNoPost' },
  rest_comment_draft_post: { key: 'errNoPost' },
  rest_comment_trash_post: { key: 'errNoPost' },
  rest_cannot_read_post: { key: 'errNoPost' },
  rest_comment_login_required: { key: 'errLoginRequired' },
  rest_cookie_invalid_nonce: { key: 'errNonce' },
  rest_comment_failed_create: { key: 'errServer' },
  // Classic (wp-comments-post.php).
  require_name_email: { field: 'author', key: 'errNameRequired' },
  require_valid_email: { field: 'email', key: 'errEmailInvalid' },
  require_valid_comment: { field: 'comment', key: 'errCommentRequired' },
  comment_closed: { key: 'errClosed' },
  comment_on_draft: { key: 'errNoPost' },
  comment_id_not_found: { key: 'errNoPost' },
  not_logged_in: { key: 'errLoginRequired' },
  comment_reply_to_unapproved_comment: { key: 'errReplyUnapproved' },
  comment_save_error: { key: 'errServer' },
  // The form's own codes for faults on the way.
  network: { key: 'errNetwork' },
  offline: { key: 'errOffline' },
  timeout: { key: 'errTimeout' },
  http_5xx: { key: 'errServer' },
  invalid_response: { key: 'errInvalidResponse' },
  invalid_config: { key: 'errConfig' },
};

/** REST parameter names → form fields, for `rest_invalid_param` / `rest_invalid_type`. */
const PARAM_FIELDS: Readonly<Record<string, FieldName>> = {
  author_email: 'email',
  author_url: 'url',
  author_name: 'author',
  content: 'comment',
};

/**
 * Where to show the error `code`. `params` are the parameters a `rest_invalid_param` error names
 * (WordPress puts them in `data.params`). An unknown code goes to the summary with the server's
 * own message, shown as text.
 */
export function placeError(code: string, params: readonly string[] = []): ErrorPlacement {
  if (code === 'rest_invalid_param' || code === 'rest_invalid_type') {
    // Own keys only: a parameter named `constructor` or `__proto__` must not read Object.prototype.
    const field = params
      .map((p) => (Object.hasOwn(PARAM_FIELDS, p) ? PARAM_FIELDS[p] : undefined))
      .find((f) => f !== undefined);
    if (field === 'email') return { field, key: 'errEmailInvalid' };
    if (field === 'url') return { field, key: 'errUrlInvalid' };
    return { field, key: 'errUnknown', useServerMessage: true };
  }
  return (Object.hasOwn(TABLE, code) ? TABLE[code] : undefined) ?? { key: 'errUnknown', useServerMessage: true };
}

/**
 * The classic form's error page carries no code, only WordPress's English text (or the site's
 * translation of it). These patterns recognise the English texts and the Indonesian ones of the
 * id_ID translation; anything else is identified by its HTTP status, or reported with its text.
 */
const CLASSIC_TEXTS: readonly (readonly [RegExp, string])[] = [
  [/fill the required fields|isi (semua )?(bidang|ruas) yang (diperlukan|wajib)/i, 'require_name_email'],
  [/valid email address|alamat email yang (sah|valid)/i, 'require_valid_email'],
  [/type your comment|(ketik|tulis)(kan)? komentar/i, 'require_valid_comment'],
  [/name is too long|nama anda terlalu panjang/i, 'comment_author_column_length'],
  [/email address is too long|alamat email anda terlalu panjang/i, 'comment_author_email_column_length'],
  [/url is too long|url anda terlalu panjang/i, 'comment_author_url_column_length'],
  [/comment is too long|komentar anda terlalu panjang/i, 'comment_content_column_length'],
  [/duplicate comment|komentar ganda|duplikat/i, 'comment_duplicate'],
  [/too quickly|terlalu cepat/i, 'comment_flood'],
  [/comments are closed|komentar (telah |sudah )?ditutup/i, 'comment_closed'],
  [/replies to unapproved comments/i, 'comment_reply_to_unapproved_comment'],
  [/must be logged in|harus masuk/i, 'not_logged_in'],
  [/not allowed for this item/i, 'comment_on_draft'],
  [/could not be saved/i, 'comment_save_error'],
  [/critical error|kesalahan kritis/i, 'http_5xx'],
];

/** The HTTP statuses wp-comments-post.php gives the failures that have one. */
const CLASSIC_STATUS: Readonly<Record<number, string>> = {
  409: 'comment_duplicate',
  429: 'comment_flood',
};

/** WordPress's code for a classic error page, from its text, then its status. */
export function classicErrorCode(text: string, status: number): string {
  for (const [pattern, code] of CLASSIC_TEXTS) if (pattern.test(text)) return code;
  if (status >= 500) return 'http_5xx';
  return CLASSIC_STATUS[status] ?? 'wp_die';
}
