/**
 * Area map benchmark (issue 4), called by tests/bench/run.mjs (key `areaMap` of bench/results.json):
 * - size: gzip (level 9) of the chunks `<osallistu-area-map>` loads beyond the loader, the shared
 *   lit+core chunk and the contract chunk — without Leaflet — against its 10 KB budget; and of the
 *   lazy Leaflet chunk, for scale;
 * - noLeaflet: a demo-like page with the idea board (list view, no map shown) loads no byte of the
 *   Leaflet chunk, nor the area-map chunk (the board offers its map view from the loader's
 *   registry without loading it); switching the board to its map view then loads both (the control);
 * - pins: time to draw 2 000 idea pins (clustered) on the seeded Kuopio areas, from setting the
 *   ideas to the element's `osallistu-area-map-drawn` event, median of 3 runs in Chromium.
 *
 * Runs the real worker (scripts/start.mjs) on 8795/9235 (the area-map port pair). Run alone after
 * `npm run build`: `node tests/bench/area-map-bench.mjs`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startWorker, repoRoot } from '../helpers/start-worker.mjs';
import { launchChromium } from '../helpers/browser.mjs';

const elementsDir = join(repoRoot, 'build', 'assets', 'elements');
const BUDGET = 10 * 1024;
const gz = (file) => gzipSync(readFileSync(join(elementsDir, file)), { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every chunk a module pulls in statically (import … from "./x.js"), transitively. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(elementsDir, file), 'utf8');
  for (const m of source.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) staticClosure(m[1], seen);
  return seen;
}

function sizes() {
  const files = readdirSync(elementsDir).filter((f) => f.endsWith('.js'));
  // the chunk named after the element's define module (rollup.config.mjs: `<package>-<folder>-[hash].js`)
  const entry = files.find((f) => /^area-map-area-map-/.test(f));
  if (!entry) throw new Error('no area-map chunk in build/assets/elements (run `npm run build`)');
  const closure = [...staticClosure(entry)];
  const base = (f) => /^(shared|contract|boot)-/.test(f) || f === 'osallistu.js';
  const own = closure.filter((f) => !base(f));
  const leaflet = files.filter((f) => /leaflet/.test(f));
  const leafletInOwn = own.filter((f) => readFileSync(join(elementsDir, f), 'utf8').includes('leaflet-pane'));
  const ownGzip = own.reduce((sum, f) => sum + gz(f), 0);
  return {
    chunks: Object.fromEntries(own.map((f) => [f, gz(f)])),
    gzip: ownGzip,
    budgetGzip: BUDGET,
    withinBudget: ownGzip <= BUDGET && leafletInOwn.length === 0,
    leafletChunks: Object.fromEntries(leaflet.map((f) => [f, gz(f)])),
    note: 'Finnish strings bundled; Swedish and English load on first use. Leaflet and the drawing code are a separate chunk loaded when a map is drawn.',
  };
}

async function servePage(page, url, path, body) {
  await page.route(`${url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="fi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
<script type="module" src="/elements/osallistu.js" data-tenant="kuopio"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${url}${path}`);
}

async function noLeaflet(browser, url) {
  const page = await browser.newPage();
  const loaded = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/elements/')) return;
    const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
    loaded.push({ file: response.url().split('/').pop(), bytes });
  });
  await servePage(page, url, '/bench/board-without-map.html', '<osallistu-ideas process="pb-2027"></osallistu-ideas>');
  const board = page.locator('osallistu-ideas');
  await board.getByRole('searchbox', { name: 'Hae ideoista' }).waitFor();
  await board.locator('article').first().waitFor();
  await page.waitForLoadState('networkidle');
  const leafletBytes = (list) => list.filter((r) => /leaflet/.test(r.file)).reduce((s, r) => s + r.bytes, 0);
  const before = leafletBytes(loaded);
  const filesBefore = loaded.map((r) => r.file);
  await board.getByRole('button', { name: 'Kartalla' }).click();
  await board.locator('osallistu-area-map .leaflet-pane path.area').first().waitFor({ timeout: 60000 });
  const after = leafletBytes(loaded);
  const areaMapChunk = (files) => files.some((f) => /^area-map-area-map-/.test(f));
  const areaMapBefore = areaMapChunk(filesBefore);
  const areaMapAfter = areaMapChunk(loaded.map((r) => r.file));
  await page.close();
  return {
    leafletBytesWithoutMap: before,
    leafletBytesAfterMapView: after,
    filesWithoutMap: filesBefore,
    noLeafletByte: before === 0 && after > 0,
    areaMapChunkWithoutMap: areaMapBefore,
    areaMapChunkAfterMapView: areaMapAfter,
    noAreaMapChunkUpFront: !areaMapBefore && areaMapAfter,
  };
}

async function pins(browser, url, count = 2000, runs = 3) {
  const page = await browser.newPage();
  await servePage(page, url, '/bench/pins.html', '<osallistu-area-map mode="view" tiles="none" style="--osallistu-map-height: 600px"></osallistu-area-map>');
  await page.locator('osallistu-area-map .leaflet-pane path.area').first().waitFor({ timeout: 60000 });
  const results = [];
  for (let run = 0; run < runs; run++) {
    const result = await page.evaluate(
      async ({ count, run }) => {
        let seed = 12345 + run;
        const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
        const ideas = Array.from({ length: count }, (_, i) => ({
          id: `b${run}-${i}`,
          processId: 'pb-2027',
          title: `Idea ${i}`,
          description: 'Bench',
          themeId: 'kulttuuri',
          areaId: null,
          location: { type: 'Point', coordinates: [27.45 + random() * 0.5, 62.78 + random() * 0.2] },
          authorName: null,
          lang: 'fi',
          status: 'published',
          createdAt: '2026-11-01T00:00:00.000Z',
          publishedAt: '2026-11-01T00:00:00.000Z',
          supportCount: 0,
          commentCount: 0,
          rejectionReason: null,
          mergedInto: null,
          review: null,
          edit: null,
        }));
        const el = document.querySelector('osallistu-area-map');
        const started = performance.now();
        const drawn = new Promise((resolve) => el.addEventListener('osallistu-area-map-drawn', (e) => resolve(e), { once: true }));
        el.ideas = ideas;
        const event = await drawn;
        const total = performance.now() - started;
        const markers = el.shadowRoot.querySelectorAll('.leaflet-marker-icon').length;
        return { totalMs: Math.round(total), mapDrawMs: Math.round(event.ms), pins: event.pins, markersOnScreen: markers };
      },
      { count, run },
    );
    results.push(result);
  }
  await page.close();
  return {
    pins: count,
    medianTotalMs: median(results.map((r) => r.totalMs)),
    medianMapDrawMs: median(results.map((r) => r.mapDrawMs)),
    runs: results,
    note: 'total = setting `ideas` → `osallistu-area-map-drawn` (Lit renders the list of 2 000 too); mapDraw = areas + clustering + markers in Leaflet',
  };
}

export async function runAreaMapBench() {
  if (!existsSync(join(elementsDir, 'osallistu.js'))) throw new Error('run `npm run build` first');
  const out = { size: sizes() };
  const worker = await startWorker({ port: 8795, inspectorPort: 9235 });
  const browser = await launchChromium();
  try {
    out.noLeaflet = await noLeaflet(browser, worker.url);
    out.pins = await pins(browser, worker.url);
  } finally {
    await browser.close();
    await worker.stop();
  }
  return out;
}

export default runAreaMapBench;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runAreaMapBench();
  console.log(JSON.stringify(result, null, 2));
  const file = join(repoRoot, 'bench', 'results.json');
  await mkdir(join(repoRoot, 'bench'), { recursive: true });
  let previous = {};
  try {
    previous = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    /* first run */
  }
  await writeFile(file, `${JSON.stringify({ ...previous, areaMap: result }, null, 2)}\n`);
}
