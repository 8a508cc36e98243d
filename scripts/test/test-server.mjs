// @ts-check
/**
 * Routes the test server adds to @web/test-runner's: the browser tests reach them on the same
 * origin as the test page. Elements add their fixtures here (the WordPress stand-in, ad creatives,
 * provider stand-ins).
 * @returns {import('@web/test-runner').TestRunnerConfig['middleware']}
 */
export function testServerMiddleware() {
  return [];
}
