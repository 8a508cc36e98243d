/**
 * Loads a script the way an ad tag does, and reports how it ended. A `<script>` element is used
 * rather than `fetch` because blockers match requests by type: many rules say `$script`.
 */

/** How a script request ended. */
export type ScriptLoad = 'loaded' | 'error' | 'refused' | 'timeout';

/**
 * Requests `url` with a `<script async>` in `<head>` and removes the element afterwards.
 * `refused` means the page's own policy (CSP or Trusted Types) stopped it: not a blocker.
 */
export function loadScript(doc: Document, url: string, timeoutMs: number): Promise<ScriptLoad> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    let refused = false;
    const onViolation = (event: SecurityPolicyViolationEvent): void => {
      // Browsers report the full URL or, for cross-origin requests, only its origin.
      if (event.blockedURI !== '' && url.startsWith(event.blockedURI)) refused = true;
    };
    const finish = (result: ScriptLoad): void => {
      clearTimeout(timer);
      doc.removeEventListener('securitypolicyviolation', onViolation);
      script.remove();
      // The CSP violation event is queued after the error event; give it a turn to arrive.
      if (result === 'error') {
        setTimeout(() => {
          resolve(refused ? 'refused' : 'error');
        }, 0);
      } else {
        resolve(result);
      }
    };
    const timer = setTimeout(() => {
      finish('timeout');
    }, timeoutMs);
    doc.addEventListener('securitypolicyviolation', onViolation);
    script.async = true;
    script.addEventListener(
      'load',
      () => {
        finish('loaded');
      },
      { once: true },
    );
    script.addEventListener(
      'error',
      () => {
        finish('error');
      },
      { once: true },
    );
    try {
      script.src = url;
      doc.head.append(script);
    } catch {
      // Trusted Types enforcement throws on a plain string `src`: the page refused, not a blocker.
      clearTimeout(timer);
      doc.removeEventListener('securitypolicyviolation', onViolation);
      resolve('refused');
    }
  });
}
