// @ts-check
/** Readings taken through the DevTools protocol and inside pages, shared by the scenarios. */

/**
 * Main-thread time so far, in milliseconds, from `Performance.getMetrics` (enable it first).
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<{ script: number, task: number, layout: number, style: number }>}
 */
export async function mainThreadTimes(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (/** @type {string} */ name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    script: get('ScriptDuration'),
    task: get('TaskDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
  };
}

/**
 * Event listeners of one type registered on `window` and on `document`.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} type e.g. 'scroll'
 * @returns {Promise<{ count: number, passive: number }>}
 */
export async function windowListeners(cdp, type) {
  let count = 0;
  let passive = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (result.objectId === undefined) continue;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const listener of listeners) {
      if (listener.type !== type) continue;
      count += 1;
      if (listener.passive) passive += 1;
    }
  }
  return { count, passive };
}

/**
 * Waits until the page has been quiet for a moment: two animation frames, then `ms` of idle time.
 * @param {import('playwright-core').Page} page
 * @param {number} [ms]
 */
export async function settle(page, ms = 300) {
  await page.evaluate(
    (wait) =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait)));
      }),
    ms,
  );
}

/**
 * Waits until every element matching `selector` is defined and has rendered once, or fails after
 * `timeout` ms (a bundle that lost an element must fail the run, not hang it).
 * @param {import('playwright-core').Page} page
 * @param {string} selector e.g. 'sabba-back-to-top'
 * @param {number} [timeout]
 */
export async function waitForWidgets(page, selector, timeout = 15_000) {
  await page.waitForFunction(
    (s) => {
      const elements = [...document.querySelectorAll(s)];
      return elements.length > 0 && elements.every((el) => customElements.get(el.localName) !== undefined);
    },
    selector,
    { timeout },
  );
  await page.evaluate(
    (s) => Promise.all([...document.querySelectorAll(s)].map((el) => /** @type {any} */ (el).updateComplete)),
    selector,
  );
}

/**
 * Starts V8's sampling profiler on the page; the returned function stops it and returns the time
 * its samples spent in scripts for which `isOwn(url)` holds, and in all other scripts. A sample
 * belongs to the innermost frame of its stack that has a script URL, so a library's code that a
 * widget calls counts as the library's, and a widget callback the page's library invokes counts as
 * the widget's. Samples without a script frame (parsing, style, layout, GC, idle) count for neither.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {(url: string) => boolean} isOwn
 * @returns {Promise<() => Promise<{ own: number, other: number }>>}
 */
export async function profileScripts(cdp, isOwn) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    /** @type {Map<number, { id: number, callFrame: { url: string }, children?: number[] }>} */
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    /** @type {Map<number, number>} */
    const parents = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    /** @type {Map<number, 'own' | 'other' | undefined>} */
    const owners = new Map();
    /** @param {number} id @returns {'own' | 'other' | undefined} */
    const ownerOf = (id) => {
      if (owners.has(id)) return owners.get(id);
      const node = nodes.get(id);
      const url = node?.callFrame.url ?? '';
      const parent = parents.get(id);
      const owner = url !== '' ? (isOwn(url) ? 'own' : 'other') : parent === undefined ? undefined : ownerOf(parent);
      owners.set(id, owner);
      return owner;
    };
    const time = { own: 0, other: 0 };
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    // A sample's time is the gap to the next one (the delta array gives the gap before each).
    for (let i = 0; i < samples.length - 1; i += 1) {
      const owner = ownerOf(samples[i]);
      if (owner !== undefined) time[owner] += deltas[i + 1] / 1000;
    }
    return time;
  };
}
