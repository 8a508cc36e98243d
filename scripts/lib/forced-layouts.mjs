// @ts-check
/**
 * Forced layouts, as Chromium's trace records them: the `Layout` events that carry a JavaScript
 * stack, run on the spot because a script asked for geometry (DevTools calls them "forced
 * reflow"). The end-to-end suite asserts there are none from the widgets; the benchmarks count
 * them.
 */

/**
 * @typedef {object} ForcedLayout
 * @property {string} where the innermost frame, e.g. `context at ad-slot.define-….js:12`
 * @property {number} ms how long the layout took
 */

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
];

/**
 * Starts tracing the page behind `cdp`. The returned function stops the trace and lists the
 * forced layouts whose stack passes through a script `isOwn` accepts (by URL).
 * @param {import('playwright-core').CDPSession} cdp
 * @param {(url: string) => boolean} isOwn
 * @returns {Promise<() => Promise<ForcedLayout[]>>}
 */
export async function traceForcedLayouts(cdp, isOwn) {
  /** @type {{ name: string, dur?: number, args?: { beginData?: { stackTrace?: { functionName: string, url: string, lineNumber: number }[] } } }[]} */
  const events = [];
  /** @param {{ value: typeof events }} chunk */
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events
      .filter((event) => event.name === 'Layout')
      .map((event) => ({ stack: event.args?.beginData?.stackTrace ?? [], ms: (event.dur ?? 0) / 1000 }))
      .filter(({ stack }) => stack.some((frame) => isOwn(frame.url)))
      .map(({ stack: [top], ms }) => ({
        where: `${top?.functionName || '(anonymous)'} at ${top?.url.split('/').pop()}:${top?.lineNumber}`,
        ms,
      }));
  };
}
