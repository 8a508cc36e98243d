// @ts-check
/**
 * The response shapes WordPress (and the proxies in front of it) send, built as plain objects so
 * handle() stays free of HTTP plumbing.
 */

/**
 * @typedef {object} StubResponse
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {string} body
 * @property {boolean} [hang]  never answer: the adapter keeps the request open until the client leaves
 * @property {StubPadding} [padding]  after `body`, keep streaming filler (the `huge` fault)
 * @property {(sentBytes: number, complete: boolean) => void} [onClose]  told how a streamed answer ended
 */

/**
 * Filler streamed after a body: `chunk` every `intervalMs` until the answer has `totalBytes`, or
 * until the client cancels. The pace keeps a client that reads everything from flooding the
 * machine, while one that stops at a cap is done within a few chunks.
 * @typedef {object} StubPadding
 * @property {string} chunk
 * @property {number} totalBytes
 * @property {number} intervalMs
 */

/**
 * A REST response: JSON with the headers WordPress's REST server always sends.
 * @param {number} status @param {unknown} data @param {Record<string, string>} [headers]
 * @returns {StubResponse}
 */
export function restJson(status, data, headers = {}) {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      'x-content-type-options': 'nosniff',
      'x-robots-tag': 'noindex',
      ...headers,
    },
    body: JSON.stringify(data),
  };
}

/**
 * A WP_Error as rest_convert_error_to_response() serialises it: `{code, message, data}` where
 * `data` carries the status and any extra fields (params, details, json_error_code, ...).
 * @param {string} code @param {string} message @param {number} status
 * @param {Record<string, unknown>} [extraData]
 */
export function restError(code, message, status, extraData = {}) {
  return restJson(status, { code, message, data: { status, ...extraData } });
}

/**
 * wp_is_json_media_type(): wp_die() answers in JSON instead of HTML when the request's Accept or
 * Content-Type is JSON (since WordPress 5.1).
 * @param {string | undefined} mediaType
 */
export function isJsonMediaType(mediaType) {
  return /(^|\s|,)application\/([\w!#$&\-^.+]+\+)?json(\+oembed)?($|\s|;|,)/i.test(mediaType ?? '');
}

/**
 * What wp_die($message, $title, ['response' => $status, 'back_link' => true]) sends: the
 * `#error-page` HTML from _default_wp_die_handler(), or _json_wp_die_handler()'s JSON when the
 * request asked for JSON. `messageHtml` is WordPress's own markup and never contains reader input.
 * @param {{ status: number, title: string, messageHtml: string, backLink: boolean, json: boolean }} page
 * @returns {StubResponse}
 */
export function wpDie({ status, title, messageHtml, backLink, json }) {
  if (json) {
    return restJson(status, { code: 'wp_die', message: messageHtml, data: { status }, additional_errors: [] });
  }
  const back = backLink ? "\n<p><a href='javascript:history.back()'>&laquo; Back</a></p>" : '';
  const body = `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
	<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>${title}</title>
	<style type="text/css">html { background: #f1f1f1; } body { background: #fff; margin: 2em auto; padding: 1em 2em; max-width: 700px; }</style>
</head>
<body id="error-page">
	<div class="wp-die-message">${messageHtml}</div>${back}</body>
</html>
`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

const CRITICAL_ERROR =
  '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/support/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>';

/** The fault names accepted in the test-only `X-Sabba-Fault` request header. */
export const FAULTS = /** @type {const} */ (['500', '502-html', 'garbage', 'empty', 'hang', 'huge']);

/** What the `huge` fault streams: 64 MiB, 64 KiB every 5 ms (about 12.5 MiB/s, so 5 s in all). */
export const HUGE_PADDING = { chunk: ' '.repeat(64 * 1024), totalBytes: 64 * 1024 * 1024, intervalMs: 5 };

/**
 * TEST ONLY. The broken answers a comment form meets in the wild, chosen by the `X-Sabba-Fault`
 * request header: a PHP fatal error as WordPress's recovery handler reports it, an nginx 502 page,
 * a JSON response spoiled by a PHP warning, an empty body, no answer at all, or (`huge`) WordPress's
 * duplicate-comment error followed by 64 MiB of whitespace streamed slowly (a client must stop
 * reading at its cap; the error itself is at the start, so a capped reader still shows it).
 * @param {string} fault one of FAULTS
 * @param {boolean} json whether the route would answer in JSON (REST) or HTML (classic)
 * @returns {StubResponse}
 */
export function faultResponse(fault, json) {
  switch (fault) {
    case '500':
      return json
        ? restJson(500, {
            code: 'internal_server_error',
            message: CRITICAL_ERROR,
            data: { status: 500 },
            additional_errors: [],
          })
        : wpDie({
            status: 500,
            title: 'WordPress &rsaquo; Error',
            messageHtml: CRITICAL_ERROR,
            backLink: false,
            json: false,
          });
    case '502-html':
      return {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
      };
    case 'garbage':
      return {
        status: 201,
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        body: '<br />\n<b>Warning</b>:  Undefined array key "comment" in <b>/var/www/html/wp-content/plugins/example/example.php</b> on line <b>42</b><br />\n{"id":',
      };
    case 'empty':
      return {
        status: 200,
        headers: { 'content-type': json ? 'application/json; charset=UTF-8' : 'text/html; charset=UTF-8' },
        body: '',
      };
    case 'huge': {
      const duplicate = 'Duplicate comment detected; it looks as though you&#8217;ve already said that!';
      const head = json
        ? restError('comment_duplicate', duplicate, 409)
        : wpDie({
            status: 409,
            title: 'WordPress &rsaquo; Error',
            messageHtml: `<p>${duplicate}</p>`,
            backLink: true,
            json: false,
          });
      return { ...head, padding: HUGE_PADDING };
    }
    default: // 'hang'
      return { status: 0, headers: {}, body: '', hang: true };
  }
}

/** The page nginx answers with when a body exceeds client_max_body_size. */
export function tooLarge() {
  return {
    status: 413,
    headers: { 'content-type': 'text/html', connection: 'close' },
    body: '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  };
}
