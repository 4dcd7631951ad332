// Every test runs in real headless Chromium (Debian's, or whatever CHROME_PATH names).
// `npm test` (test/run-tests.mjs) finds the browser and sets CHROME_PATH before starting us.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {summaryReporter} from './test/helpers/summary-reporter.mjs';
import {CHROME_FLAGS} from './test/tools/find-chrome.mjs';
import {hardeningMiddleware} from './test/hardening/hardening-middleware.mjs';
import {forcedColorsPlugin} from './test/helpers/forced-colors-plugin.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts', '!test/bench/**'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  // Pages under a strict Content-Security-Policy and a second copy of the kit (test/hardening/).
  middleware: [hardeningMiddleware()],
  // a11ySnapshot lets tests read the accessible name and description Chromium computes.
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}), a11ySnapshotPlugin(), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // window.gc() and unrounded performance.memory, for the leak test (test/hardening/leaks.test.ts).
        args: [...CHROME_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
  // One page at a time: a second page is a background tab, where Chromium throttles scrolling, rAF and
  // observers, and the virtualised list tests then time out.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: {config: {timeout: 20_000}},
  // echarts reads process.env at import time.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <script>
      window.process = {env: {NODE_ENV: 'development'}};
      // Chromium's harmless "ResizeObserver loop" notice (elements that measure themselves) would otherwise fail mocha.
      window.addEventListener('error', (event) => {
        if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
      }, true);
    </script>
  </head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
