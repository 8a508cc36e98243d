import { isOffline } from '../../controllers/connectivity-controller.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { isCommentOutcome, type CommentOutcome, type CommentSubmitter, type OutgoingComment } from './submitter.js';

/** The abort reason used when the site takes longer than the timeout. */
const TIMEOUT = 'sabba-comment-form-timeout';

/** A failure on the way to the site: the form's own `code`, no HTTP status. */
function fault(code: string): CommentOutcome {
  return { ok: false, code, status: 0 };
}

/**
 * Sends `comment` through `submitter` and turns every way it can end into an outcome, never a
 * rejection: no submitter (the form's configuration is invalid) is `invalid_config`; a browser
 * that knows it is offline sends nothing (`offline`); no answer within `seconds` aborts `abort`
 * and is `timeout`; a rejection is `offline` or `network`; an answer that is not a
 * CommentOutcome (custom submitters are untrusted) is `invalid_response`, with a warning. The
 * caller may abort `abort` itself (the form left the page); its signal is what the submitter
 * receives.
 */
export async function sendWithTimeout(
  submitter: CommentSubmitter | undefined,
  comment: OutgoingComment,
  seconds: number,
  abort: AbortController,
): Promise<CommentOutcome> {
  if (submitter === undefined) return fault('invalid_config');
  if (isOffline()) return fault('offline');
  const timer = setTimeout(() => {
    abort.abort(TIMEOUT);
  }, seconds * 1000);
  const timedOut = (): boolean => abort.signal.reason === TIMEOUT;
  try {
    const outcome: unknown = await submitter(comment, { signal: abort.signal });
    if (timedOut()) return fault('timeout');
    if (isCommentOutcome(outcome)) return outcome;
    warnOnce(`<sabba-comment-form> the submitter resolved with ${describeValue(outcome)}, not a CommentOutcome.`);
    return fault('invalid_response');
  } catch {
    if (timedOut()) return fault('timeout');
    return fault(isOffline() ? 'offline' : 'network');
  } finally {
    clearTimeout(timer);
  }
}
