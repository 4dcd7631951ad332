// Prints one plain closing line, `N passed, N failed, N skipped`, so CI logs state what ran.
// A test file that fails to load (syntax error, failed import) counts as one failure.

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) totals.failed += 1;
      }
      // Printed after the default reporter's summary, alone on its line.
      setTimeout(() => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      }, 0);
    },
  };
}
