/**
 * The real stack for an e2e file on the demo page: the built assets, the worker
 * (`scripts/start.mjs`, seeded local D1) and Chromium with one resident's browser profile that
 * is offline (only our own origin answers), and a way to open the demo page that collects the
 * page's errors.
 *
 * @example
 *   ({ worker, browser, resident } = await startDemoStack({ port: 8796, inspectorPort: 9236 }));
 *   const { page, problems } = await openDemoPage(resident, `${worker.url}/`);
 */
import assert from 'node:assert/strict';
import { startWorker } from './start-worker.mjs';
import { ensureBuilt, launchChromium } from './browser.mjs';

/** A browser context in which any other host than ours answers 204 (the tests run offline). */
export async function offlineContext(browser) {
  const context = await browser.newContext();
  context.setDefaultTimeout(60_000);
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  return context;
}

/** Builds if needed, starts the worker on the given ports and Chromium with one offline context. */
export async function startDemoStack({ port, inspectorPort }) {
  ensureBuilt();
  const worker = await startWorker({ port, inspectorPort });
  try {
    assert.ok(worker.keys.admin, 'start.mjs printed an ADMIN_KEY');
    const browser = await launchChromium();
    const resident = await offlineContext(browser);
    return { worker, browser, resident };
  } catch (error) {
    await worker.stop(); // the caller's after() never learns of a worker it did not get
    throw error;
  }
}

/**
 * Opens `url` in a new page of `context`; `problems` collects page errors and console errors
 * (but those matching `expectedConsole`, e.g. a refusal the test provokes).
 */
export async function openDemoPage(context, url, { expectedConsole } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsole?.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}
