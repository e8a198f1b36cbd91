/**
 * Component tests in real Chromium (Debian's /usr/bin/chromium through puppeteer-core).
 * `npm run test:components` runs every `packages/*\/src/**\/*.test.ts`; besides the usual console
 * report it writes `test-results/components.json` ({ passed, failed, skipped }) for scripts/test-all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const chromiumFlags = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Sums test results of every session into test-results/components.json. */
function jsonSummaryReporter(file = 'test-results/components.json') {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, fileErrors: 0 };
      const walk = (suite) => {
        if (!suite) return;
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that fails to load (syntax error, import 404) has no test results: count it as failed.
        if (!session.passed && session.errors.length > 0) {
          counts.fileErrors++;
          counts.failed++;
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(counts, null, 2) + '\n');
    },
  };
}

export default {
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: true,
  // one page at a time: tests use focus, real key presses and localStorage, which pages of one browser share
  concurrency: 1,
  concurrentBrowsers: 1,
  // no fixed port: the first free one from 8000 (two runs at once do not collide)
  // per test file; a busy CI machine is slow, a hung test still fails
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumFlags },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  // generous: axe checks on a busy 2-core machine can take seconds; tests never sleep, so this costs nothing when green
  testFramework: { config: { timeout: 30000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8">
    <link rel="icon" href="data:,">
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), jsonSummaryReporter()],
};
