import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../../internal/safe-url.js';
import { parseRestRoot, parseTransport } from './comment-form-config.js';
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

/** Where and how the form sends, as its attributes say, and the anti-spam inputs. */
export interface Delivery {
  readonly transportName: CommentTransportName;
  /** Seconds to wait for the site. */
  readonly seconds: number;
  /** What the honeypot field holds. */
  readonly honeypot: string;
  /** The anti-spam minimum, in seconds. */
  readonly minSeconds: number;
  readonly submitter: CommentSubmitter | undefined;
  readonly site: string | undefined;
  readonly post: number | undefined;
  readonly transport: string;
  readonly restRoot: string;
  readonly nonce: string;
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

/** The page's own submitter, or the WordPress transport the attributes name; none when they are invalid. */
export function submitterFor(d: Delivery): CommentSubmitter | undefined {
  if (d.submitter) return d.submitter;
  if (d.site === undefined || d.post === undefined) return undefined;
  if (parseTransport(d.transport) === 'classic')
    return createClassicTransport({ siteUrl: d.site, pageOrigin: location.origin });
  return createRestTransport({ restRoot: parseRestRoot(d.restRoot, d.site), nonce: d.nonce || undefined });
}

/** The event for a comment the site accepted; only an http(s) permalink is passed on. */
export function successEvent(
  comment: OutgoingComment,
  outcome: CommentAccepted,
  transport: CommentTransportName,
): SabbaCommentSuccessEvent {
  const { id, status, link } = outcome;
  return new SabbaCommentSuccessEvent({
    id,
    status,
    link: safeUrl(link),
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
  const { code, status } = outcome;
  return new SabbaCommentErrorEvent({ code, status, message, serverMessage: outcome.message, field, transport });
}

/**
 * The sending side of the form's lifecycle: the anti-spam clock starts when the form appears, one
 * request is in flight at a time, and a form that leaves the page aborts it (its draft stays
 * saved).
 */
export class SubmitController implements ReactiveController {
  /** A request is in flight. */
  submitting = false;

  private readonly host: ReactiveControllerHost & EventTarget;
  private shownAt = 0;
  private human = false;
  private inFlight: AbortController | undefined;

  constructor(host: ReactiveControllerHost & EventTarget) {
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
   * Sends a valid `comment`: `bot` when it looks like one (a filled honeypot, or sooner than the
   * minimum after the form appeared with no typing seen), nothing is sent; `cancelled` when the
   * page prevents the `sabba-comment-submit` event; otherwise the outcome, every ending being one
   * (see send-with-timeout.ts). `sending` runs when the request starts.
   */
  async send(
    comment: OutgoingComment,
    d: Delivery,
    sending: () => void,
  ): Promise<CommentOutcome | 'bot' | 'cancelled'> {
    if (d.honeypot !== '' || (!this.human && Date.now() - this.shownAt < d.minSeconds * 1000)) return 'bot';
    const submit = new SabbaCommentSubmitEvent({ ...comment, transport: d.transportName });
    this.host.dispatchEvent(submit);
    if (submit.defaultPrevented) return 'cancelled';
    const abort = (this.inFlight = new AbortController());
    this.submitting = true;
    sending();
    this.host.requestUpdate();
    try {
      return await sendWithTimeout(submitterFor(d), comment, d.seconds, abort);
    } finally {
      this.inFlight = undefined;
      this.submitting = false;
      this.host.requestUpdate();
    }
  }
}
