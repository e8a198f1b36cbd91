/**
 * Survey benchmark (issue 5), called by tests/bench/run.mjs (key `survey` of bench/results.json,
 * `BENCH_ONLY=survey`); needs `npm run build` first.
 * - size: gzip (level 9) of what `<osallistu-survey>` loads beyond the loader and the shared
 *   lit+core chunk (the contract chunk included, as in run.mjs's per-widget totals), from
 *   widgets.json, against 15 KB; and whether the map library stays out of it (the map question is
 *   lazy: Leaflet comes only with `<osallistu-area-map>`).
 * - throughput: survey responses per second through the real route (the seeded open survey
 *   `lahiokysely-2026`: definition parsed, every answer checked, tenant areas read, respondent id
 *   HMAC-ed, one INSERT) relative to the bare one-row D1 insert endpoint of the ballot bench
 *   (`POST /v1/_bench/pb/insert-one`), side by side in interleaved rounds, fresh respondent each.
 *   Runs the real worker (scripts/start.mjs, demo seed) on the port pair 8803/9243.
 *
 * Run alone after `npm run build`: `node tests/bench/survey-bench.mjs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { repoRoot, startWorker } from '../helpers/start-worker.mjs';
import { interleavedThroughput } from '../helpers/interleaved-throughput.mjs';

const elementsDir = join(repoRoot, 'build', 'assets', 'elements');
const budget = 15 * 1024;

export function surveySize() {
  const listFile = join(elementsDir, 'widgets.json');
  if (!existsSync(listFile)) throw new Error('build/assets/elements/widgets.json is missing: run `npm run build` first');
  const widgets = JSON.parse(readFileSync(listFile, 'utf8'));
  const widget = widgets.find((x) => x.tag === 'osallistu-survey');
  if (!widget) throw new Error('osallistu-survey is not in widgets.json: rebuild with `npm run build`');
  const files = [...new Set((widget.chunks ?? []).filter((f) => !f.startsWith('shared-') && !f.startsWith('boot-')))];
  const sizeOf = (file) => gzipSync(readFileSync(join(elementsDir, file)), { level: 9 }).length;
  const gzip = files.reduce((sum, f) => sum + sizeOf(f), 0);
  const gzipWithoutContract = files.filter((f) => !f.startsWith('contract-')).reduce((sum, f) => sum + sizeOf(f), 0);
  // Leaflet's own code names its panes `leaflet-pane`; a lazy import of it would only name the file.
  const leafletInChunks = files.some((f) => f.startsWith('leaflet') || readFileSync(join(elementsDir, f), 'utf8').includes('leaflet-pane'));
  return { chunks: files, gzip, gzipWithoutContract, budgetGzip: budget, withinBudget: gzip <= budget, leafletInChunks };
}

/** A complete, valid response to the seeded survey (every page shown, every type but text once). */
const answers = {
  alue: '70800',
  viihtyvyys: 4,
  liikkuminen: 'kavellen',
  puutteet: ['valaistus', 'liikunta'],
  kunto: 3,
  paikka: { type: 'Point', coordinates: [27.68, 62.89] },
  budjetti: { leikkipaikat: 30000, valaistus: 50000, liikunta: 20000 },
  terveiset: 'Lisää valoja puistoon, kiitos.',
};

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text };
}

export async function surveyThroughput(url, { seconds = 4, rounds = 3, concurrency = 8 } = {}) {
  const survey = await (await fetch(`${url}/v1/kuopio/surveys/lahiokysely-2026`)).json();
  // One response checked before timing: a refusal here would make the numbers meaningless.
  const probe = await post(`${url}/v1/kuopio/surveys/lahiokysely-2026/responses`, { version: survey.version, respondentId: randomUUID(), answers });
  if (probe.status !== 201) throw new Error(`survey submit probe: ${probe.status} ${probe.text.slice(0, 300)}`);
  const submit = () => post(`${url}/v1/kuopio/surveys/lahiokysely-2026/responses`, { version: survey.version, respondentId: randomUUID(), answers });
  const insert = () => post(`${url}/v1/_bench/pb/insert-one`);
  const t = await interleavedThroughput({ seconds, rounds, concurrency }, insert, submit);
  const stored = await (await fetch(`${url}/v1/kuopio/surveys/lahiokysely-2026/results`)).json();
  return {
    concurrency,
    secondsPerRound: seconds,
    rounds,
    bareInsertPerSecond: t.baselinePerSecond,
    surveySubmitPerSecond: t.perSecond,
    ratio: t.ratio,
    responsesStored: stored.responses,
    errors: { bare: t.errors.baseline, submit: t.errors.measured },
    firstError: t.firstError,
  };
}

export async function runSurveyBench() {
  const out = { unit: 'bytes', 'osallistu-survey': surveySize() };
  if (process.env.BENCH_SURVEY_SIZE_ONLY === '1') return out;
  const worker = await startWorker({ port: 8803, inspectorPort: 9243 });
  try {
    out.throughput = await surveyThroughput(worker.url, {
      seconds: Number(process.env.BENCH_SECONDS ?? 4),
      rounds: Number(process.env.BENCH_ROUNDS ?? 3),
      concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
    });
  } finally {
    await worker.stop();
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runSurveyBench();
  console.log(JSON.stringify(result, null, 2));
  const file = join(repoRoot, 'bench', 'results.json');
  await mkdir(join(repoRoot, 'bench'), { recursive: true });
  const existing = await readFile(file, 'utf8').then(JSON.parse).catch(() => ({}));
  await writeFile(file, JSON.stringify({ ...existing, survey: result }, null, 2) + '\n');
}
