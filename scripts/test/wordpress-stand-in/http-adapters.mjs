// @ts-check
import { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { tooLarge } from './responses.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./responses.mjs').StubResponse} StubResponse */
/** @typedef {import('./comments-endpoint.mjs').StubRequest} StubRequest */

/**
 * The part of a Koa context the adapter uses (Koa itself is not a dependency).
 * @typedef {object} KoaContext
 * @property {IncomingMessage} req
 * @property {ServerResponse} res
 * @property {number} status
 * @property {unknown} body
 * @property {boolean} [respond]
 * @property {(name: string, value: string) => void} set
 */

/**
 * Wraps the pure handle() for the two dev servers: connect (Vite) and Koa (@web/test-runner).
 * Both read the body with a size cap, pass unknown paths on, and leave a "hang" fault open until the
 * client goes away, with no timer that could outlive the request.
 * @param {(request: StubRequest) => StubResponse | undefined} handle
 * @param {(url: string) => boolean} owns whether a request URL is one of the endpoint's routes
 * @param {number} maxBytes
 */
export function createHttpAdapters(handle, owns, maxBytes) {
  /**
   * @param {IncomingMessage} req
   * @returns {Promise<StubResponse | undefined>}
   */
  async function respondTo(req) {
    const url = req.url ?? '/';
    // Decide before reading: the body of a request for another middleware must stay unread.
    if (!owns(url)) return undefined;
    const body = await readBody(req, maxBytes);
    if (body === undefined) return tooLarge();
    return handle({ method: req.method ?? 'GET', path: url, headers: req.headers, body, ip: req.socket.remoteAddress });
  }

  return {
    /**
     * Connect middleware, e.g. in a Vite plugin: `configureServer(server) { server.middlewares.use(endpoint.connect) }`.
     * @param {IncomingMessage} req @param {ServerResponse} res @param {(error?: unknown) => void} next
     */
    connect(req, res, next) {
      respondTo(req).then(
        (answer) => (answer === undefined ? next() : send(res, answer)),
        (error) => next(error),
      );
    },

    /**
     * Koa middleware, e.g. in web-test-runner.config: `middleware: [endpoint.koa]`. The answer goes
     * through Koa's own ctx.status/ctx.set/ctx.body, so the dev server's other middleware (logging,
     * caching, compression) see a normal response.
     * @param {KoaContext} ctx @param {() => Promise<unknown>} next
     */
    async koa(ctx, next) {
      const answer = await respondTo(ctx.req);
      if (answer === undefined) return next();
      if (answer.hang) {
        // Tell Koa not to answer, and hold the middleware until the client goes away.
        ctx.respond = false;
        if (!ctx.req.socket.destroyed) await new Promise((resolve) => ctx.res.once('close', resolve));
        return undefined;
      }
      ctx.status = answer.status;
      for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
      ctx.body = answer.padding === undefined ? answer.body : streamed(answer, ctx.res);
      return undefined;
    },
  };
}

/**
 * @param {ServerResponse} res @param {StubResponse} answer
 */
function send(res, answer) {
  if (answer.hang) return; // nothing is sent; the socket closes when the client aborts
  res.writeHead(answer.status, answer.headers);
  if (answer.padding === undefined) res.end(answer.body);
  else streamed(answer, res).pipe(res);
}

/**
 * The body of an answer with padding, as a stream that stops when the client goes away, and tells
 * `answer.onClose` how many bytes went out and whether the client took them all.
 * @param {StubResponse} answer @param {ServerResponse} res
 */
function streamed(answer, res) {
  const { chunk, totalBytes, intervalMs } = /** @type {import('./responses.mjs').StubPadding} */ (answer.padding);
  let sentBytes = 0;
  let open = true;
  async function* pieces() {
    const first = Buffer.from(answer.body);
    const filler = Buffer.from(chunk);
    sentBytes += first.length;
    yield first;
    while (open && sentBytes < totalBytes) {
      await delay(intervalMs);
      const piece = filler.subarray(0, Math.min(filler.length, totalBytes - sentBytes));
      sentBytes += piece.length;
      yield piece;
    }
  }
  const body = Readable.from(pieces(), { objectMode: false });
  res.once('close', () => {
    open = false;
    if (!res.writableFinished) body.destroy();
    answer.onClose?.(sentBytes, res.writableFinished);
  });
  return body;
}

/**
 * The request body, or undefined when it is larger than `maxBytes` (the rest is drained unread).
 * @param {IncomingMessage} req @param {number} maxBytes
 * @returns {Promise<Buffer | undefined>}
 */
function readBody(req, maxBytes) {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    req.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBytes) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
    // A client that gives up mid-body: settle the promise so nothing waits forever.
    req.on('close', () => (req.complete ? undefined : reject(new Error('request aborted'))));
  });
}
