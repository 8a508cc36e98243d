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
