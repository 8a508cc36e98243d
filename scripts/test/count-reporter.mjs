// @ts-check
import { relative } from 'node:path';
/**
 * A @web/test-runner reporter that ends the run with the failed tests, one line each (browser, file,
 * test path and the error's first line), then one plain line, `wtr: N passed, N failed, N skipped`,
 * counted over every browser, so CI logs and people read the same verdict. CI keeps only the end of
 * a long log: the names of what failed must sit beside the count, not hundreds of lines above it.
 */

/**
 * @typedef {{passed: number, failed: number, skipped: number, failures: string[]}} Counts
 */

/** @param {unknown} error */
function firstLine(error) {
  const message = /** @type {{message?: string}} */ (error)?.message ?? String(error ?? '');
  return message.split('\n')[0].slice(0, 300);
}

/** @param {any} suite @param {Counts} counts @param {string} where @param {string[]} path */
function countSuite(suite, counts, where, path) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${where} › ${[...path, test.name].join(' › ')}: ${firstLine(test.error)}`);
    }
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts, where, [...path, child.name]);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const where = `[${session.browser.name}] ${relative(process.cwd(), session.testFile)}`;
        countSuite(session.testResults, counts, where, []);
        // A file that failed to load has no results: count it as a failure, never as nothing.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.failed += 1;
          counts.failures.push(`${where}: ${firstLine(session.errors?.[0])}`);
        }
      }
    },
    // The default reporter prints failure details during shutdown; printing at process exit keeps
    // these lines last (stdout to a pipe or file is synchronous on Linux, so they are not lost).
    start() {
      process.once('exit', () => {
        const failed = counts.failures.map((line) => `wtr failed: ${line}\n`).join('');
        process.stdout.write(
          `\n${failed}wtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
        );
      });
    },
  };
}
