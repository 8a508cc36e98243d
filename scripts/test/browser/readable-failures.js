// @ts-check
/**
 * Loaded on every test page after the test framework (see `testRunnerHtml` in
 * web-test-runner.config.mjs).
 *
 * Mocha hands a failed assertion's `actual` and `expected` to @web/test-runner as they are, and
 * the runner's JSON serialiser follows every enumerable property, which for a DOM node means the
 * whole document and window. The page then never reports: one failed
 * `expect(document.activeElement).to.equal(button)` shows up as "Browser tests did not finish
 * within 300000ms" and hides every other result of the file. A root `afterEach` runs after
 * Mocha has recorded the failure and before the results are sent: it turns such values into
 * short text.
 */

/** Whether JSON can carry the value without walking into the DOM. */
function isPlain(value, depth = 0) {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (depth > 4) return false;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) return value.every((item) => isPlain(item, depth + 1));
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((item) => isPlain(item, depth + 1));
}

/** A short, readable description of any value, e.g. `<button#after.primary>`. */
function describe(value, depth = 0) {
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value === null || typeof value !== 'object')
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  if (typeof Window !== 'undefined' && value instanceof Window) return '[window]';
  if (value instanceof Element) {
    const id = value.id ? `#${value.id}` : '';
    const classes = [...value.classList].map((name) => `.${name}`).join('');
    const part = value.getAttribute('part') ? `[part="${value.getAttribute('part')}"]` : '';
    return `<${value.localName}${id}${classes}${part}>`;
  }
  if (value instanceof Document) return '[document]';
  if (value instanceof ShadowRoot) return `[shadow root of ${describe(value.host)}]`;
  if (value instanceof Node) return `[${value.nodeName} ${JSON.stringify((value.textContent ?? '').slice(0, 40))}]`;
  if (depth > 2) return `[${Object.prototype.toString.call(value).slice(8, -1)}]`;
  if (Array.isArray(value)) return `[${value.map((item) => describe(item, depth + 1)).join(', ')}]`;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `[${value.constructor?.name ?? 'object'}]`;
  return `{ ${Object.entries(value)
    .map(([key, item]) => `${key}: ${describe(item, depth + 1)}`)
    .join(', ')} }`;
}

const mocha = /** @type {any} */ (window).mocha;
mocha.suite.afterEach(function readableFailures() {
  const error = this.currentTest?.err;
  if (error === undefined || error === null) return;
  for (const key of ['actual', 'expected']) {
    if (key in error && !isPlain(error[key])) error[key] = describe(error[key]);
  }
});
