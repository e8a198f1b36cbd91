/**
 * `npm run bench` (after `npm run build`): numbers, not pass/fail. Writes bench/results.json,
 * merging its keys with what is there (other benchmarks write their own keys).
 *
 * - sizes: gzip (level 9) of the loader, the shared lit+core chunk and each widget chunk, beside
 *   their budgets (issue 2: loader ≤ 2 KB, shared ≤ 14 KB, each ideas widget ≤ 12 KB);
 * - list: the public idea list with 5 000 extra ideas in D1 — D1 rows read per request against the
 *   page size, and requests/s of the list relative to a bare one-row endpoint, measured side by
 *   side (interleaved rounds, fixed concurrency, medians);
 * - tally: tests/bench/tally-bench.mjs, if present;
 * - progress: tests/bench/progress-bench.mjs (progress widgets vs their 12 KB budget).
 * - survey: tests/bench/survey-bench.mjs (the survey widget vs its 15 KB budget; submit throughput
 *   relative to a bare insert).
 *
 * Options (env): BENCH_SECONDS (per round, default 4), BENCH_ROUNDS (default 3),
 * BENCH_CONCURRENCY (default 8), BENCH_EXTRA_IDEAS (default 5000), BENCH_ONLY=sizes|list|tally.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { startWorker, repoRoot } from '../helpers/start-worker.mjs';

/** BENCH_ELEMENTS_DIR measures another build's chunks (sizes only), e.g. an older commit's. */
const elementsDir = process.env.BENCH_ELEMENTS_DIR ?? join(repoRoot, 'build', 'assets', 'elements');
const resultsFile = join(repoRoot, 'bench', 'results.json');
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const extraIdeas = Number(process.env.BENCH_EXTRA_IDEAS ?? 5000);
const only = process.env.BENCH_ONLY;

const KB = 1024;
const budgets = { loader: 2 * KB, shared: 14 * KB, widget: 12 * KB };
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round1 = (n) => Math.round(n * 10) / 10;

/** Gzip sizes of the built chunks, with budgets and which widgets share each chunk. */
function sizes() {
  if (!existsSync(join(elementsDir, 'osallistu.js'))) {
    throw new Error('build/assets/elements/osallistu.js is missing: run `npm run build` first');
  }
  const widgets = existsSync(join(elementsDir, 'widgets.json'))
    ? JSON.parse(readFileSync(join(elementsDir, 'widgets.json'), 'utf8'))
    : [];
  const chunks = {};
  const files = readdirSync(elementsDir).filter((f) => f.endsWith('.js')).sort();
  const baseName = (file) => (file === 'osallistu.js' ? 'loader' : file.replace(/-[A-Za-z0-9_-]{8}\.js$/, ''));
  for (const file of files) {
    const source = readFileSync(join(elementsDir, file));
    // boot-*.js holds the loader's lit-free helpers, imported statically by it: part of the loader
    const kind =
      file === 'osallistu.js' || file.startsWith('boot-')
        ? 'loader'
        : file.startsWith('shared-')
          ? 'shared'
          : file.startsWith('contract-')
            ? 'contract'
            : widgets.some((w) => (w.chunks ?? []).includes(file))
              ? 'widget'
              : 'lazy'; // loaded later by a widget (translations, Leaflet): no budget of its own
    // several chunks may share a base name (a package's lazy sv and en, the contract's pieces):
    // those keep their file name, so none overwrites another
    const name = files.filter((f) => baseName(f) === baseName(file)).length > 1 ? file.replace(/\.js$/, '') : baseName(file);
    const gzip = gzipSync(source, { level: 9 }).length;
    const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const budget = budgets[kind] ?? null;
    const entry = { file, kind, raw: source.length, gzip, brotli, budgetGzip: budget, withinBudget: budget === null ? null : gzip <= budget };
    if (kind === 'widget') {
      const tags = widgets.filter((w) => (w.chunks ?? []).includes(file)).map((w) => w.tag);
      if (tags.length > 0) entry.widgets = tags;
      if (tags.length > 1) {
        entry.note = `shared by ${tags.join(', ')}; the per-widget budget applies to each widget's total below`;
        entry.budgetGzip = null;
        entry.withinBudget = null;
      }
    }
    chunks[name] = entry;
  }

  // Per widget: the chunks it loads beyond the loader and the shared lit+core chunk (widgets.json
  // lists them), with and without the contract chunks (schemas and the valibot pieces they use).
  const byFile = Object.fromEntries(Object.values(chunks).map((c) => [c.file, c]));
  const perWidget = {};
  for (const w of widgets) {
    const own = (w.chunks ?? []).map((f) => byFile[f]).filter((c) => c && (c.kind === 'widget' || c.kind === 'contract'));
    if (own.length === 0) continue;
    const gzip = own.reduce((sum, c) => sum + c.gzip, 0);
    const withoutContract = own.filter((c) => c.kind !== 'contract').reduce((sum, c) => sum + c.gzip, 0);
    perWidget[w.tag] = {
      chunks: own.map((c) => c.file),
      gzip,
      gzipWithoutContract: withoutContract,
      contractGzip: gzip - withoutContract,
      budgetGzip: budgets.widget,
      withinBudget: gzip <= budgets.widget,
    };
  }
  for (const c of Object.values(chunks)) {
    if (c.kind === 'widget' && c.widgets?.length === 1) {
      // a widget's own chunk is judged as part of its total
      c.budgetGzip = null;
      c.withinBudget = null;
    }
  }
  // the loader's budget covers what the page loads before any widget: osallistu.js + boot chunk
  const loaderGzip = Object.values(chunks).filter((c) => c.kind === 'loader').reduce((sum, c) => sum + c.gzip, 0);
  for (const c of Object.values(chunks)) {
    if (c.kind === 'loader') {
      c.budgetGzip = null;
      c.withinBudget = null;
    }
  }
  const loaderTotal = { gzip: loaderGzip, budgetGzip: budgets.loader, withinBudget: loaderGzip <= budgets.loader };
  const pageWithAll = Object.values(chunks).reduce((sum, c) => sum + c.gzip, 0);
  return { unit: 'bytes', budgets, loaderTotal, perWidget, chunks, everyChunkGzip: pageWithAll };
}

/** Runs `fetch(url)` with a fixed number of workers for `ms`; returns requests per second. */
async function load(url, ms) {
  let count = 0;
  let errors = 0;
  const deadline = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.ok) count++;
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { rps: count / elapsed, errors };
}

/** Rows read, from whichever header the worker uses to expose D1's `meta.rows_read` locally. */
function rowsReadOf(res) {
  const direct = res.headers.get('x-d1-rows-read');
  if (direct !== null) return Number(direct);
  const timing = res.headers.get('server-timing') ?? '';
  const m = /rows[_-]?read[^,;]*;[^,]*?desc="?(\d+)/i.exec(timing) ?? /rows[_-]?read=(\d+)/i.exec(timing);
  return m ? Number(m[1]) : null;
}

async function listBench() {
  const worker = await startWorker({ port: 8792, inspectorPort: 9232, seedExtraIdeas: extraIdeas });
  try {
    const base = `${worker.url}/v1/kuopio`;
    const listUrl = `${base}/processes/pb-2027/ideas`;
    const first = await fetch(`${listUrl}?limit=1`);
    if (!first.ok) throw new Error(`list answered ${first.status}: ${await first.text()}`);

    // how many published ideas the list sees (walk pages of 50 until the end, max 200 pages)
    let total = 0;
    let cursor = null;
    for (let page = 0; page < 200; page++) {
      const res = await fetch(`${listUrl}?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const body = await res.json();
      total += body.items.length;
      cursor = body.nextCursor;
      if (!cursor) break;
    }

    const themes = await (await fetch(`${base}/processes/pb-2027/themes`)).json();
    const areas = await (await fetch(`${base}/areas`)).json();
    const theme = themes[0]?.id;
    const area = areas[0]?.id;
    const variants = [
      ['newest, default page', ''],
      ['newest, limit=50', 'limit=50'],
      ['supported, limit=20', 'sort=supported&limit=20'],
      ['newest, page 2', null],
      ...(theme ? [[`theme=${theme}`, `theme=${theme}&limit=20`]] : []),
      ...(area ? [[`area=${area}`, `area=${area}&limit=20`]] : []),
      ['q=puisto', 'q=puisto&limit=20'],
      ['status=feasible', 'status=feasible&limit=20'],
    ];
    const rowsRead = [];
    for (const [label, query] of variants) {
      let url;
      if (query === null) {
        const page1 = await (await fetch(`${listUrl}?limit=20`)).json();
        url = `${listUrl}?limit=20&cursor=${encodeURIComponent(page1.nextCursor ?? '')}`;
      } else {
        url = `${listUrl}${query ? `?${query}` : ''}`;
      }
      const res = await fetch(url);
      const body = await res.json();
      const pageSize = Number(/limit=(\d+)/.exec(url)?.[1] ?? 20);
      const rows = rowsReadOf(res);
      rowsRead.push({
        query: label,
        status: res.status,
        pageSize,
        items: body.items?.length ?? null,
        rowsRead: rows,
        rowsReadPerPageSize: rows === null ? null : round1(rows / pageSize),
      });
    }

    const bareUrl = `${worker.url}/v1/_bench/one-row`;
    const bareProbe = await fetch(bareUrl);
    await bareProbe.arrayBuffer();
    const hasBare = bareProbe.ok;
    // search: a free-text query with the default sort (newest), many matches among the extra ideas
    const targets = { list: `${listUrl}?limit=20`, search: `${listUrl}?q=puisto&limit=20`, ...(hasBare ? { bare: bareUrl } : {}) };

    // warm-up, then interleaved rounds so both endpoints see the same machine state
    for (const url of Object.values(targets)) await load(url, 1000);
    const samples = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    const errors = Object.fromEntries(Object.keys(targets).map((k) => [k, 0]));
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? Object.keys(targets) : Object.keys(targets).reverse();
      for (const key of order) {
        const result = await load(targets[key], seconds * 1000);
        samples[key].push(round1(result.rps));
        errors[key] += result.errors;
      }
    }
    const throughput = {
      concurrency,
      secondsPerRound: seconds,
      rounds,
      listUrl: '/v1/kuopio/processes/pb-2027/ideas?limit=20',
      listRps: samples.list,
      listMedianRps: round1(median(samples.list)),
      searchUrl: '/v1/kuopio/processes/pb-2027/ideas?q=puisto&limit=20',
      searchRps: samples.search,
      searchMedianRps: round1(median(samples.search)),
      errors,
    };
    if (hasBare) {
      throughput.bareUrl = '/v1/_bench/one-row';
      throughput.bareRps = samples.bare;
      throughput.bareMedianRps = round1(median(samples.bare));
      throughput.listToBareRatio = Math.round((median(samples.list) / median(samples.bare)) * 1000) / 1000;
      throughput.searchToBareRatio = Math.round((median(samples.search) / median(samples.bare)) * 1000) / 1000;
    } else {
      throughput.note = `GET /v1/_bench/one-row answered ${bareProbe.status}: no bare endpoint to compare with`;
    }
    const notes = [];
    if (rowsRead.every((r) => r.rowsRead === null)) {
      notes.push('the list response exposes no D1 rows_read (X-D1-Rows-Read or Server-Timing header): rows read unknown');
    }
    return { extraIdeas, publishedIdeasListed: total, rowsRead, throughput, notes };
  } finally {
    await worker.stop();
  }
}

async function tallyBench() {
  const file = join(repoRoot, 'tests', 'bench', 'tally-bench.mjs');
  if (!existsSync(file)) return null;
  const mod = await import(pathToFileURL(file).href);
  const fn = mod.default ?? mod.runTallyBench ?? mod.tallyBench ?? mod.run ?? mod.bench;
  if (typeof fn !== 'function') return { note: 'tests/bench/tally-bench.mjs exports no function' };
  return await fn();
}

const results = {};
if (!only || only === 'sizes') {
  results.sizes = sizes();
  console.log('sizes (gzip bytes):');
  const lt = results.sizes.loaderTotal;
  console.log(`  loader total (osallistu.js + boot) ${lt.gzip} B gzip  budget ${lt.budgetGzip}  ${lt.withinBudget ? 'within' : 'OVER'}`);
  for (const [tag, w] of Object.entries(results.sizes.perWidget)) {
    console.log(`  ${tag} ${w.gzip} B gzip (${w.gzipWithoutContract} without the contract chunk)  budget ${w.budgetGzip}  ${w.withinBudget ? 'within' : 'OVER'}  [${w.chunks.join(' + ')}]`);
  }
  for (const [name, c] of Object.entries(results.sizes.chunks)) {
    console.log(
      `  ${name.padEnd(8)} ${String(c.gzip).padStart(6)} B gzip (${c.raw} raw, ${c.brotli} br)  ${c.budgetGzip === null ? '' : `budget ${c.budgetGzip}  ${c.withinBudget ? 'within' : 'OVER'}`}${c.note ? `  — ${c.note}` : ''}`,
    );
  }
}
if (!only || only === 'list') {
  results.list = await listBench();
  console.log(`list with ${extraIdeas} extra ideas (${results.list.publishedIdeasListed} published ideas listed):`);
  for (const r of results.list.rowsRead) {
    console.log(`  ${r.query.padEnd(24)} page ${r.pageSize}  rows read ${r.rowsRead ?? '?'}  (${r.rowsReadPerPageSize ?? '?'}× page)`);
  }
  const t = results.list.throughput;
  console.log(`  list ${t.listMedianRps} req/s (${t.listRps.join(', ')})`);
  console.log(`  search (q=puisto) ${t.searchMedianRps} req/s (${t.searchRps.join(', ')})`);
  if (t.bareMedianRps !== undefined) {
    console.log(`  bare ${t.bareMedianRps} req/s (${t.bareRps.join(', ')})  list/bare = ${t.listToBareRatio}  search/bare = ${t.searchToBareRatio}`);
  }
  for (const note of [...results.list.notes, ...(t.note ? [t.note] : [])]) console.log(`  note: ${note}`);
}
if (!only || only === 'tally') {
  const tally = await tallyBench();
  if (tally) {
    results.tally = tally;
    console.log('tally:', JSON.stringify(tally).slice(0, 500));
  }
}

if (!only || only === 'progress') {
  results.progress = (await import('./progress-bench.mjs')).runProgressBench();
  for (const [name, r] of Object.entries(results.progress)) if (r.gzip) console.log(`  progress: ${name} ${r.gzip} B gzip (${r.gzipWithoutContract} without contract)  budget ${r.budgetGzip}  ${r.withinBudget ? 'within' : 'OVER'}`);
}

if (!only || only === 'area-map') {
  results.areaMap = await (await import('./area-map-bench.mjs')).runAreaMapBench();
  console.log('area map:', JSON.stringify({ size: results.areaMap.size.gzip, noLeaflet: results.areaMap.noLeaflet.noLeafletByte, pins: results.areaMap.pins.medianTotalMs }));
}

if (!only || only === 'ballot') {
  results.ballot = await (await import('./ballot-bench.mjs')).runBallotBench();
  console.log('ballot:', JSON.stringify({ size: results.ballot.size.gzip, foreignPage: results.ballot.foreignPage.gzip, integrity: results.ballot.integrity.exact, ratio: results.ballot.throughput.ratio }));
}

if (!only || only === 'survey') {
  results.survey = await (await import('./survey-bench.mjs')).runSurveyBench();
  for (const [name, r] of Object.entries(results.survey)) if (r.gzip) console.log(`  survey: ${name} ${r.gzip} B gzip (${r.gzipWithoutContract} without contract)  budget ${r.budgetGzip}  ${r.withinBudget ? 'within' : 'OVER'}`);
  const t = results.survey.throughput;
  if (t) console.log(`  survey: submit ${t.surveySubmitPerSecond}/s vs bare insert ${t.bareInsertPerSecond}/s (ratio ${t.ratio}, errors ${JSON.stringify(t.errors)})`);
}

await mkdir(join(repoRoot, 'bench'), { recursive: true });
let previous = {};
try {
  previous = JSON.parse(await readFile(resultsFile, 'utf8'));
} catch {
  /* first run */
}
const merged = {
  ...previous,
  ...results,
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length, at: new Date().toISOString() },
};
if (process.env.BENCH_ELEMENTS_DIR) console.log('BENCH_ELEMENTS_DIR is set: another build was measured, results.json left alone');
else {
  await writeFile(resultsFile, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`wrote ${resultsFile}`);
}
