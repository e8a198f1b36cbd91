/**
 * Participatory-budgeting benchmark (issue 3), called by tests/bench/run.mjs (key `ballot` of
 * bench/results.json). Runs the real worker (scripts/start.mjs, demo seed: `pb-2026` open) on the
 * ballot port pair 8794/9234.
 * - size: gzip (level 9) of the ballot widget's own chunks (beyond loader, shared lit+core and
 *   contract) against 14 KB; and every byte a foreign page embedding only `<osallistu-ballot>`
 *   loads (loader, shared, contract, ballot chunks; measured in Chromium as gzip of each script
 *   it fetched) against 35 KB;
 * - integrity: 500 voters at once, each sending its ballot three times with one Idempotency-Key
 *   (a client that lost two answers) → ballots stored, and how many break the budget;
 * - throughput: ballot submissions per second (fresh voter each, knapsack check, one db.batch)
 *   relative to a bare one-row D1 insert endpoint, measured side by side in interleaved rounds.
 *
 * Run alone after `npm run build`: `node tests/bench/ballot-bench.mjs`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { startWorker, repoRoot } from '../helpers/start-worker.mjs';
import { launchChromium } from '../helpers/browser.mjs';

const elementsDir = join(repoRoot, 'build', 'assets', 'elements');
const KB = 1024;
const gz = (file) => gzipSync(readFileSync(join(elementsDir, file)), { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(elementsDir, file), 'utf8');
  for (const m of source.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) staticClosure(m[1], seen);
  return seen;
}

function widgetSize() {
  const files = readdirSync(elementsDir).filter((f) => f.endsWith('.js'));
  const entry = files.find((f) => /^ballot-ballot-/.test(f));
  if (!entry) throw new Error('no ballot chunk in build/assets/elements (run `npm run build`)');
  const own = [...staticClosure(entry)].filter((f) => /^ballot-/.test(f));
  const gzip = own.reduce((sum, f) => sum + gz(f), 0);
  return { chunks: own, gzip, budgetGzip: 14 * KB, withinBudget: gzip <= 14 * KB };
}

async function foreignPage(url) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // a page on another origin (localhost vs 127.0.0.1) that embeds only the ballot
    const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Foreign page</title>
<script type="module" src="${url}/elements/osallistu.js" data-tenant="kuopio" data-api="${url}"></script></head>
<body><main><osallistu-ballot process="pb-2026"></osallistu-ballot></main></body></html>`;
    await page.route('http://localhost:8799/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const scripts = new Set();
    page.on('request', (r) => {
      if (r.url().includes('/elements/') && r.url().endsWith('.js')) scripts.add(new URL(r.url()).pathname.split('/').pop());
    });
    await page.goto('http://localhost:8799/foreign.html');
    // the widget's own heading proves its chunks ran; then let its data calls settle
    await page.locator('osallistu-ballot').getByRole('heading', { name: 'Äänestä ehdotuksista' }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const shows = (await page.locator('osallistu-ballot').innerText()).slice(0, 200);
    const files = [...scripts].sort();
    const gzip = files.reduce((sum, f) => sum + gz(f), 0);
    return { files, gzip, budgetGzip: 35 * KB, withinBudget: gzip <= 35 * KB, shows };
  } finally {
    await browser.close();
  }
}

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

async function integrity(url, voters = 500) {
  const tokens = JSON.parse((await post(`${url}/v1/_bench/pb/kuopio/pb-2026/voters/${voters}`)).text);
  const picks = [['e26-kuntoportaat', 'e26-katutaide'], ['e26-skeittiparkki', 'e26-penkit', 'e26-suojatie'], ['e26-kirjastoauto', 'e26-uimaranta', 'e26-polyttajat'], ['e26-kesateatteri']];
  const statuses = {};
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, i) => {
      const key = `bench-${i}-${randomUUID()}`;
      for (let k = 0; k < 3; k++) {
        const r = await post(`${url}/v1/kuopio/processes/pb-2026/budgets/koko-kaupunki/ballot`, { proposalIds: picks[i % picks.length] }, { authorization: `Bearer ${token}`, 'idempotency-key': key });
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const count = await (await fetch(`${url}/v1/_bench/pb/kuopio/pb-2026/budgets/koko-kaupunki/ballots`)).json();
  return { voters, attemptsPerVoter: 3, statuses, ballotsStored: count.ballots, overBudget: count.overBudget, exact: count.ballots === voters && count.overBudget === 0, seconds: Math.round(seconds * 10) / 10 };
}

async function rate(ms, concurrency, request) {
  let count = 0;
  let errors = 0;
  const deadline = performance.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const r = await request();
        if (r.status >= 200 && r.status < 300) count++;
        else errors++;
      }
    }),
  );
  return { perSecond: count / (ms / 1000), errors };
}

async function throughput(url, { seconds = 4, rounds = 3, concurrency = 8 } = {}) {
  const tokens = JSON.parse((await post(`${url}/v1/_bench/pb/kuopio/pb-2026/voters/3000`)).text);
  let next = 0;
  const ballot = () =>
    post(`${url}/v1/kuopio/processes/pb-2026/budgets/alue-70820/ballot`, { proposalIds: ['e26-ulkokuntosali-neulamaki', 'e26-polku-neulamaki'] }, {
      authorization: `Bearer ${tokens[next++ % tokens.length]}`,
      'idempotency-key': randomUUID(),
    });
  const insert = () => post(`${url}/v1/_bench/pb/insert-one`);
  const bare = [];
  const cast = [];
  for (let r = 0; r < rounds; r++) {
    bare.push(await rate(seconds * 1000, concurrency, insert));
    cast.push(await rate(seconds * 1000, concurrency, ballot));
  }
  const b = median(bare.map((x) => x.perSecond));
  const c = median(cast.map((x) => x.perSecond));
  return {
    concurrency,
    secondsPerRound: seconds,
    rounds,
    bareInsertPerSecond: Math.round(b * 10) / 10,
    ballotPerSecond: Math.round(c * 10) / 10,
    ratio: Math.round((c / b) * 100) / 100,
    errors: { bare: bare.reduce((s, x) => s + x.errors, 0), ballot: cast.reduce((s, x) => s + x.errors, 0) },
  };
}

export async function runBallotBench() {
  const out = { size: widgetSize() };
  const worker = await startWorker({ port: 8794, inspectorPort: 9234 });
  try {
    out.integrity = await integrity(worker.url);
    out.throughput = await throughput(worker.url, {
      seconds: Number(process.env.BENCH_SECONDS ?? 4),
      rounds: Number(process.env.BENCH_ROUNDS ?? 3),
      concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
    });
    out.foreignPage = await foreignPage(worker.url).catch((error) => ({ error: String(error?.message ?? error).slice(0, 300) }));
  } finally {
    await worker.stop();
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runBallotBench();
  console.log(JSON.stringify(result, null, 2));
  const file = join(repoRoot, 'bench', 'results.json');
  await mkdir(join(repoRoot, 'bench'), { recursive: true });
  const existing = await readFile(file, 'utf8').then(JSON.parse).catch(() => ({}));
  await writeFile(file, JSON.stringify({ ...existing, ballot: result }, null, 2) + '\n');
}
