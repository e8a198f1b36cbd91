/**
 * Participatory-budgeting benchmark (issue 3), called by tests/bench/run.mjs (key `ballot` of
 * bench/results.json). Runs the real worker (scripts/start.mjs, demo seed: `pb-2026` open) on the
 * ballot port pair 8794/9234.
 * - size: gzip (level 9) of the ballot widget's own chunks (beyond loader, shared lit+core and
 *   contract) against 14 KB; and every byte a foreign page embedding only `<osallistu-ballot>`
 *   loads (loader, shared, contract, ballot chunks; measured in Chromium as gzip of each script
 *   it fetched) against 35 KB;
 * - integrity: 500 voters at once, each sending its ballot three times with one Idempotency-Key
 *   (a client that lost two answers) → ballots stored, and how many break the budget (voters,
 *   ballots and casting shared with tests/e2e/pb-concurrency.e2e.mjs: tests/helpers/pb-voters.mjs);
 * - throughput: ballot submissions per second (fresh voter each, knapsack check, one db.batch)
 *   relative to a bare one-row D1 insert endpoint, measured side by side in interleaved rounds.
 *
 * Each part is bounded in time; one that fails or overruns is recorded as `{ error }`.
 * Run alone after `npm run build`: `node tests/bench/ballot-bench.mjs` (writes `ballot` into
 * bench/results.json).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { startWorker, repoRoot } from '../helpers/start-worker.mjs';
import { launchChromium } from '../helpers/browser.mjs';
import { interleavedThroughput } from '../helpers/interleaved-throughput.mjs';
import { answerCounts, benchBallotCount, castBallots, fittingPicks, openVoterSessions } from '../helpers/pb-voters.mjs';

const elementsDir = join(repoRoot, 'build', 'assets', 'elements');
const KB = 1024;
const gz = (file) => gzipSync(readFileSync(join(elementsDir, file)), { level: 9 }).length;

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

/**
 * A foreign page, served by a real server of its own on another origin (`localhost` on a free port,
 * vs the API's `127.0.0.1`): a page Playwright fulfils has no address, so Chromium treats it as
 * public and its Local Network Access check refuses every script from the loopback API.
 */
async function servePage(html) {
  const server = createServer((req, res) => {
    if (req.url === '/foreign.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/foreign.html`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function foreignPage(url) {
  const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Foreign page</title>
<script type="module" src="${url}/elements/osallistu.js" data-tenant="kuopio" data-api="${url}"></script></head>
<body><main><osallistu-ballot process="pb-2026"></osallistu-ballot></main></body></html>`;
  const site = await servePage(html);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts = new Set();
    const failures = [];
    page.on('request', (r) => {
      if (r.url().includes('/elements/') && r.url().endsWith('.js')) scripts.add(new URL(r.url()).pathname.split('/').pop());
    });
    page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('pageerror', (e) => failures.push(e.message.slice(0, 200)));
    await page.goto(site.url);
    // the widget's own heading proves its chunks ran; then let its data calls settle
    await page
      .locator('osallistu-ballot')
      .getByRole('heading', { name: 'Äänestä ehdotuksista' })
      .waitFor({ timeout: 60_000 })
      .catch((error) => {
        throw new Error(`${error.message.split('\n')[0]}; failures: ${failures.join(' | ')}`.slice(0, 600));
      });
    await page.waitForLoadState('networkidle');
    // the widget renders into its shadow root: the host's own innerText is empty
    const shows = (await page.locator('osallistu-ballot').evaluate((el) => el.shadowRoot?.textContent ?? '')).replace(/\s+/g, ' ').trim().slice(0, 200);
    const files = [...scripts].sort();
    const perFile = Object.fromEntries(files.map((f) => [f, gz(f)]));
    const gzip = files.reduce((sum, f) => sum + perFile[f], 0);
    return { files: perFile, gzip, budgetGzip: 35 * KB, withinBudget: gzip <= 35 * KB, shows };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** A POST whose lost connection or silence (60 s) is a failed request (status 0), not a crash. */
async function post(url, body, headers = {}) {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    return { status: res.status, text, replayed: res.headers.get('idempotent-replayed') === 'true' };
  } catch (error) {
    return { status: 0, text: String(error?.cause?.code ?? error?.name ?? error), replayed: false };
  }
}

/**
 * 500 voters at once, each sending its ballot three times with one key (resending after each
 * answer, as a client that lost two answers). Stored ballots are counted by the local-only count
 * route (tests/e2e/pb-concurrency.e2e.mjs checks the same through the staff's `.pb` export).
 */
async function integrity(url, voters = 500) {
  const target = { process: 'pb-2026', budget: 'koko-kaupunki' };
  const tokens = await openVoterSessions(url, { process: target.process, count: voters });
  const { picks } = await fittingPicks(url, { ...target, count: voters });
  const started = performance.now();
  const outcomes = await castBallots(url, { ...target, tokens, picks, copies: 3, mode: 'retry' });
  const seconds = (performance.now() - started) / 1000;
  const { statuses, replayed } = answerCounts(outcomes);
  const receipts = outcomes.filter((o) => new Set(o.attempts.filter((a) => a.status === 201).map((a) => a.body.receiptCode)).size === 1).length;
  const count = await benchBallotCount(url, target);
  return {
    voters,
    attemptsPerVoter: 3,
    statuses,
    replayed,
    votersWithOneReceipt: receipts,
    ballotsStored: count.ballots,
    overBudget: count.overBudget,
    exact: count.ballots === voters && count.overBudget === 0 && receipts === voters,
    seconds: Math.round(seconds * 10) / 10,
  };
}

async function throughput(url, { seconds = 4, rounds = 3, concurrency = 8 } = {}) {
  const tokens = await openVoterSessions(url, { process: 'pb-2026', count: 3000 });
  let next = 0;
  const ballot = () =>
    post(`${url}/v1/kuopio/processes/pb-2026/budgets/alue-70820/ballot`, { proposalIds: ['e26-ulkokuntosali-neulamaki', 'e26-polku-neulamaki'] }, {
      authorization: `Bearer ${tokens[next++ % tokens.length]}`,
      'idempotency-key': randomUUID(),
    });
  const insert = () => post(`${url}/v1/_bench/pb/insert-one`);
  const t = await interleavedThroughput({ seconds, rounds, concurrency }, insert, ballot);
  return {
    concurrency,
    secondsPerRound: seconds,
    rounds,
    bareInsertPerSecond: t.baselinePerSecond,
    ballotPerSecond: t.perSecond,
    ratio: t.ratio,
    errors: { bare: t.errors.baseline, ballot: t.errors.measured },
  };
}

/**
 * One part of the bench, bounded: a part that fails or overruns is recorded as `{ error }` and the
 * others still run (a stuck part once kept the whole bench from ever finishing).
 */
async function phase(name, ms, run) {
  const started = performance.now();
  console.error(`[ballot-bench] ${name}…`);
  let timer;
  try {
    return await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${name} did not finish within ${ms / 1000} s`)), ms);
      }),
    ]);
  } catch (error) {
    return { error: String(error?.message ?? error).slice(0, 300) };
  } finally {
    clearTimeout(timer);
    console.error(`[ballot-bench] ${name} done in ${Math.round((performance.now() - started) / 100) / 10} s`);
  }
}

export async function runBallotBench() {
  const out = { size: await phase('size', 60_000, async () => widgetSize()) };
  const worker = await startWorker({ port: 8794, inspectorPort: 9234 });
  try {
    out.integrity = await phase('integrity (500 voters × 3)', 600_000, () => integrity(worker.url));
    out.throughput = await phase('throughput', 600_000, () =>
      throughput(worker.url, {
        seconds: Number(process.env.BENCH_SECONDS ?? 4),
        rounds: Number(process.env.BENCH_ROUNDS ?? 3),
        concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
      }),
    );
    out.foreignPage = await phase('foreign page', 240_000, () => foreignPage(worker.url));
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
