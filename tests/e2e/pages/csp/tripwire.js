// Loaded first, as a classic same-origin script (the page's CSP forbids inline script): records
// every CSP / Trusted Types violation, uncaught error and `[sabba]` warning, so the test can read
// them whichever driver (playwright-core or puppeteer over WebDriver BiDi) runs the page.
(function () {
  var log = { violations: [], errors: [], warnings: [], steps: [], done: false, result: null };
  window.__sabbaCsp = log;
  document.addEventListener('securitypolicyviolation', function (event) {
    log.violations.push(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' ' + (event.sample || ''),
    );
  });
  window.addEventListener('error', function (event) {
    log.errors.push('error: ' + (event.message || String(event.error)));
  });
  window.addEventListener('unhandledrejection', function (event) {
    log.errors.push(
      'unhandledrejection: ' + String(event.reason && event.reason.message ? event.reason.message : event.reason),
    );
  });
  var warn = console.warn;
  console.warn = function () {
    var first = String(arguments[0]);
    if (first.indexOf('[sabba]') === 0) log.warnings.push(first);
    return warn.apply(console, arguments);
  };
})();
