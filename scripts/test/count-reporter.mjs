// @ts-check
/**
 * A @web/test-runner reporter that ends the run with one plain line, `wtr: N passed, N failed,
 * N skipped`, counted over every browser, so CI logs and people read the same verdict.
 */

/** @param {any} suite @param {{passed: number, failed: number, skipped: number}} counts */
function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        countSuite(session.testResults, counts);
        // A file that failed to load has no results: count it as a failure, never as nothing.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
    },
    // The default reporter prints failure details during shutdown; printing at process exit keeps
    // this line last (stdout to a pipe or file is synchronous on Linux, so it is not lost).
    start() {
      process.once('exit', () => {
        process.stdout.write(`\nwtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}
