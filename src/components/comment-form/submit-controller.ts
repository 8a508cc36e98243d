import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../../internal/safe-url.js';
import { shadowQuery } from '../../internal/shadow-query.js';
import { parseRestRoot, parseSeconds, parseTransport } from './comment-form-config.js';
import {
  SabbaCommentErrorEvent,
  SabbaCommentSubmitEvent,
  SabbaCommentSuccessEvent,
  type CommentTransportName,
} from './comment-form.events.js';
import type { ShownError } from './outcome-messages.js';
import { sendWithTimeout } from './send-with-timeout.js';
import type {
  CommentAccepted,
  CommentOutcome,
  CommentRefused,
  CommentSubmitter,
  OutgoingComment,
} from './submitter.js';
import { createClassicTransport } from './transports/classic-transport.js';
import { createRestTransport } from './transports/rest-transport.js';
import { normalizeWebsite, phpTrim } from './validation.js';

/** The element's public inputs that decide how and how long it sends. */
interface SendingHost extends ReactiveControllerHost, HTMLElement {
  readonly submitter: CommentSubmitter | undefined;
  readonly transport: string;
  readonly restRoot: string;
  readonly timeout: number;
  readonly minSubmitSeconds: number;
}

/** The four fields as typed. */
type Typed = Record<'comment' | 'author' | 'email' | 'url', string>;

/** The comment as it is sent: trimmed as PHP trims, the website given a scheme, no identity when logged in. */
export function outgoingComment(values: Typed, loggedIn: boolean, postId: number, parentId: number): OutgoingComment {
  const identity = loggedIn
    ? { authorName: '', authorEmail: '', authorUrl: '' }
    : {
        authorName: phpTrim(values.author),
        authorEmail: phpTrim(values.email),
        authorUrl: normalizeWebsite(values.url) ?? '',
      };
  return { postId, parentId, content: phpTrim(values.comment), ...identity };
}

/**
 * The page's own submitter, or the WordPress transport the attributes name for `site`; none when
 * the site or the post is invalid.
 */
function submitterFor(
  host: SendingHost,
  site: string | undefined,
  post: number,
  nonce: string,
): CommentSubmitter | undefined {
  if (host.submitter) return host.submitter;
  if (site === undefined || post < 1) return undefined;
  if (parseTransport(host.transport) === 'classic')
    return createClassicTransport({ siteUrl: site, pageOrigin: location.origin });
  return createRestTransport({ restRoot: parseRestRoot(host.restRoot, site), nonce: nonce || undefined });
}

/** The event for a comment the site accepted; only an http(s) permalink is passed on. */
export function successEvent(
  comment: OutgoingComment,
  outcome: CommentAccepted,
  transport: CommentTransportName,
): SabbaCommentSuccessEvent {
  return new SabbaCommentSuccessEvent({
    id: outcome.id,
    status: outcome.status,
    link: safeUrl(outcome.link),
    confirmed: outcome.confirmed !== false,
    comment,
    transport,
  });
}

/** The event for a refused comment, with the message the reader was shown. */
export function errorEvent(
  outcome: CommentRefused,
  { field, message }: ShownError,
  transport: CommentTransportName,
): SabbaCommentErrorEvent {
  return new SabbaCommentErrorEvent({
    code: outcome.code,
    status: outcome.status,
    message,
    serverMessage: outcome.message,
    field,
    transport,
  });
}

/**
 * The sending side of the form's lifecycle: the anti-spam clock starts when the form appears, one
 * request is in flight at a time, and a form that leaves the page aborts it (its draft stays
 * saved).
 */
export class SubmitController implements ReactiveController {
  /** A request is in flight. */
  submitting = false;

  private readonly host: SendingHost;
  private shownAt = 0;
  private human = false;
  private inFlight: AbortController | undefined;

  constructor(host: SendingHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.shownAt = Date.now();
  }

  hostDisconnected(): void {
    this.inFlight?.abort();
  }

  /** Typing was seen, or the text is the reader's own (a restored draft): sending quickly is no bot's hurry. */
  markHuman(): void {
    this.human = true;
  }

  /**
   * Sends a valid `comment` to `site` (REST with `nonce` when it is set): `bot` when it looks like
   * one (a filled honeypot, or sooner than `min-submit-seconds` after the form appeared with no
   * typing seen), nothing is sent; `cancelled` when the page prevents the `sabba-comment-submit`
   * event; otherwise the outcome, every ending being one (see send-with-timeout.ts). `sending`
   * runs when the request starts.
   */
  async send(
    comment: OutgoingComment,
    site: string | undefined,
    nonce: string,
    transport: CommentTransportName,
    sending: () => void,
  ): Promise<CommentOutcome | 'bot' | 'cancelled'> {
    const host = this.host;
    const honeypot = shadowQuery<HTMLInputElement>(host, 'input[name="sabba_hp"]')?.value ?? '';
    const minMs = parseSeconds(host.minSubmitSeconds, 'min-submit-seconds', 3, 0, 60) * 1000;
    if (honeypot !== '' || (!this.human && Date.now() - this.shownAt < minMs)) return 'bot';
    const submit = new SabbaCommentSubmitEvent({ ...comment, transport });
    host.dispatchEvent(submit);
    if (submit.defaultPrevented) return 'cancelled';
    const abort = (this.inFlight = new AbortController());
    this.submitting = true;
    sending();
    host.requestUpdate();
    try {
      const seconds = parseSeconds(host.timeout, 'timeout', 20, 1, 120);
      return await sendWithTimeout(submitterFor(host, site, comment.postId, nonce), comment, seconds, abort);
    } finally {
      this.inFlight = undefined;
      this.submitting = false;
      host.requestUpdate();
    }
  }
}
