// @ts-check
// The TCF v2.2 CMP stub, as the IAB's stub does it: a classic script at the top of the page, so
// `__tcfapi` exists before any ad slot or ad tag looks for it. It answers `ping` at once (not
// loaded yet) and queues every other call; the CMP (consent-cmp.js) takes the queue over when it
// loads (`__tcfapi()` with no arguments returns it) and answers what waited.
(() => {
  const w = /** @type {Window & { __tcfapi?: (...args: unknown[]) => unknown }} */ (window);
  if (typeof w.__tcfapi === 'function') return;
  /** @type {unknown[][]} */
  const queue = [];
  w.__tcfapi = (...args) => {
    if (args.length === 0) return queue;
    const [command, , callback] = args;
    if (command === 'ping' && typeof callback === 'function')
      callback(
        { gdprApplies: undefined, cmpLoaded: false, cmpStatus: 'stub', displayStatus: 'hidden', apiVersion: '2.2' },
        true,
      );
    else queue.push(args);
    return undefined;
  };
})();
