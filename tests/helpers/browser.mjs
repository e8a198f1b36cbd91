/**
 * Chromium for e2e tests: Debian's /usr/bin/chromium through playwright-core, with the flags
 * that work on these machines (RECIPES), and axe-core injected from node_modules.
 *
 * @example
 *   const browser = await launchChromium();
 *   const page = await browser.newPage();
 *   const violations = await axeViolations(page);
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './start-worker.mjs';

export const chromiumFlags = [
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

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumFlags,
  });
}

/** Runs axe-core on the page (shadow roots included); returns its violations, summarised. */
export async function axeViolations(page, context = undefined) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async (ctx) => window.axe.run(ctx ?? document), context);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, summary: n.failureSummary })),
  }));
}

/** Builds build/assets once if it is not there (npm test builds before e2e). */
export function ensureBuilt() {
  if (existsSync(join(repoRoot, 'build', 'assets', 'elements', 'osallistu.js')) && existsSync(join(repoRoot, 'build', 'assets', 'index.html'))) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}
