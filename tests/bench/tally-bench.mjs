/**
 * Counting benchmark: `mes-add1` on Wieliczka 2023 (Green Budget) and Warszawa 2020
 * (Praga-Południe), with `mes` and greedy beside them for scale. Seconds in Node, median of a few
 * runs: wall clock, and CPU time of the process (which includes V8's helper threads, so it can
 * exceed the wall clock on an idle machine, and stays meaningful when the machine is busy). The
 * issue aims at < 1 s and < 7 s (the reference Python library needed 64 s and 700 s).
 *
 * Side by side with a baseline: the tally sources of another commit (default: the last one
 * before the float-interval fast path) are read with `git show` into a temporary directory and
 * timed in the same process, alternating run by run with the current sources, so both see the
 * same machine load. Each case records both medians, their ratio, and whether both selected
 * the same projects in the same order.
 *
 * Run alone: `node tests/bench/tally-bench.mjs` (writes bench/results.json key "tally", keeping
 * the other keys). The main runner imports `runTallyBench` (also the default export).
 * Env: TALLY_BENCH_RUNS (default 3), TALLY_BENCH_BASELINE (a commit; `none` skips the baseline).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'packages', 'tally', 'test', 'fixtures');
/** tally: README, Assen tie note — the integer-only engine, before the float-interval fast path. */
const DEFAULT_BASELINE = '3c8c08447c2ff159e0b7557d05cec57440394383';

const CASES = [
  { file: 'Poland_Wieliczka_2023_Green_Budget.pb', rule: 'mes-add1', target: 1 },
  { file: 'Poland_Warszawa_2020_Praga-Poludnie.pb', rule: 'mes-add1', target: 7 },
  { file: 'Poland_Wieliczka_2023_Green_Budget.pb', rule: 'mes' },
  { file: 'Poland_Warszawa_2020_Praga-Poludnie.pb', rule: 'mes' },
  { file: 'Poland_Wieliczka_2023_Green_Budget.pb', rule: 'greedy' },
  { file: 'Poland_Warszawa_2020_Praga-Poludnie.pb', rule: 'greedy' },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round3 = (x) => Math.round(x * 1000) / 1000;
const round2 = (x) => Math.round(x * 100) / 100;

/** Copies packages/tally/src of `commit` into a temporary directory; returns its index.ts. */
function checkoutBaseline(commit) {
  const dir = mkdtempSync(join(tmpdir(), 'tally-baseline-'));
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const files = git('ls-tree', '--name-only', `${commit}:packages/tally/src`).split('\n').filter(Boolean);
  for (const f of files) writeFileSync(join(dir, f), git('show', `${commit}:packages/tally/src/${f}`));
  // As in the package: ES modules.
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  return { dir, index: join(dir, 'index.ts') };
}

/** One timed count: wall and CPU seconds, and the result. */
function timed(tally, election, rule) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const result = tally.tally(election, { rule });
  const wall = (performance.now() - w0) / 1000;
  const used = process.cpuUsage(c0);
  return { wall, cpu: (used.user + used.system) / 1e6, result };
}

/** Measures every case; returns the numbers (no file written). */
export async function runTallyBench({
  runs = Number(process.env.TALLY_BENCH_RUNS ?? 3),
  baseline = process.env.TALLY_BENCH_BASELINE ?? DEFAULT_BASELINE,
  log = console.log,
} = {}) {
  const unregister = register();
  let base;
  try {
    const tally = await import(pathToFileURL(join(root, 'packages', 'tally', 'src', 'index.ts')).href);
    let old;
    let baselineNote;
    if (baseline !== 'none') {
      try {
        base = checkoutBaseline(baseline);
        old = await import(pathToFileURL(base.index).href);
      } catch (error) {
        baselineNote = `baseline ${baseline} not available: ${String(error).split('\n')[0]}`;
        log?.(`tally: ${baselineNote}`);
      }
    }
    const loadBefore = loadavg()[0];
    const results = [];
    for (const c of CASES) {
      const text = readFileSync(join(fixtures, c.file), 'utf8');
      const t0 = performance.now();
      const election = tally.electionFromPb(tally.parsePb(text));
      const parseSeconds = (performance.now() - t0) / 1000;
      const oldElection = old ? old.electionFromPb(old.parsePb(text)) : undefined;
      const now = { wall: [], cpu: [] };
      const then = { wall: [], cpu: [] };
      let result;
      let oldResult;
      for (let i = 0; i < runs; i++) {
        // Alternate, so that both see the same load.
        if (old) {
          const o = timed(old, oldElection, c.rule);
          then.wall.push(o.wall);
          then.cpu.push(o.cpu);
          oldResult = o.result;
        }
        const n = timed(tally, election, c.rule);
        now.wall.push(n.wall);
        now.cpu.push(n.cpu);
        result = n.result;
      }
      const seconds = median(now.wall);
      const row = {
        file: c.file,
        rule: c.rule,
        voters: election.ballots.length,
        projects: election.projects.length,
        seconds: round3(seconds),
        cpuSeconds: round3(median(now.cpu)),
        runsSeconds: now.wall.map(round3),
        parseSeconds: round3(parseSeconds),
        selected: result.selected.length,
        ...(result.mes?.runs !== undefined
          ? { fixedBudgetRuns: result.mes.runs, exactRuns: result.mes.exactRuns, raises: Number(result.mes.raises) }
          : {}),
        ...(c.target ? { targetSeconds: c.target, withinTarget: seconds < c.target } : {}),
      };
      if (old) {
        const oldSeconds = median(then.wall);
        row.baseline = {
          seconds: round3(oldSeconds),
          cpuSeconds: round3(median(then.cpu)),
          runsSeconds: then.wall.map(round3),
        };
        row.speedup = round2(oldSeconds / seconds);
        row.cpuSpeedup = round2(median(then.cpu) / median(now.cpu));
        row.sameOutcome = oldResult.selected.join(',') === result.selected.join(',');
      }
      results.push(row);
      log?.(
        `tally ${c.rule.padEnd(8)} ${c.file.padEnd(40)} ${row.seconds.toFixed(3)} s (cpu ${row.cpuSeconds.toFixed(3)} s)` +
          (row.baseline
            ? `  baseline ${row.baseline.seconds.toFixed(3)} s (cpu ${row.baseline.cpuSeconds.toFixed(3)} s)  ×${row.speedup}` +
              `${row.sameOutcome ? '' : '  OUTCOME DIFFERS'}`
            : '') +
          (row.fixedBudgetRuns ? `  ${row.fixedBudgetRuns} runs (${row.exactRuns} exact) for ${row.raises} raises` : '') +
          (c.target ? `  target < ${c.target} s: ${row.withinTarget ? 'yes' : 'NO'}` : ''),
      );
    }
    return {
      node: process.version,
      runs,
      baseline: old ? baseline : null,
      ...(baselineNote ? { baselineNote } : {}),
      loadAverage: { before: round2(loadBefore), after: round2(loadavg()[0]) },
      cases: results,
    };
  } finally {
    await unregister();
    if (base) rmSync(base.dir, { recursive: true, force: true });
  }
}

export default runTallyBench;

/** Merges `numbers` into bench/results.json under "tally". */
export async function writeTallyResults(numbers) {
  const file = join(root, 'bench', 'results.json');
  await mkdir(dirname(file), { recursive: true });
  let previous = {};
  try {
    previous = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    /* first run */
  }
  await writeFile(file, `${JSON.stringify({ ...previous, tally: numbers }, null, 2)}\n`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const numbers = await runTallyBench();
  await writeTallyResults(numbers);
}
