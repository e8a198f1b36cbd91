/**
 * Counting benchmark: `mes-add1` on Wieliczka 2023 (Green Budget) and Warszawa 2020
 * (Praga-Południe), greedy beside them for scale. Seconds in Node, median of a few runs (wall
 * clock, and CPU time of this process, which stays meaningful when the machine is busy). The
 * issue aims at < 1 s and < 7 s (the reference Python library needed 64 s and 700 s).
 *
 * Run alone: `node tests/bench/tally-bench.mjs` (writes bench/results.json key "tally", keeping
 * the other keys). The main runner imports `runTallyBench` (also the default export).
 * Env: TALLY_BENCH_RUNS (default 3).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'packages', 'tally', 'test', 'fixtures');

const CASES = [
  { file: 'Poland_Wieliczka_2023_Green_Budget.pb', rule: 'mes-add1', target: 1 },
  { file: 'Poland_Warszawa_2020_Praga-Poludnie.pb', rule: 'mes-add1', target: 7 },
  { file: 'Poland_Wieliczka_2023_Green_Budget.pb', rule: 'greedy' },
  { file: 'Poland_Warszawa_2020_Praga-Poludnie.pb', rule: 'greedy' },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round3 = (x) => Math.round(x * 1000) / 1000;

/** Measures every case; returns the numbers (no file written). */
export async function runTallyBench({ runs = Number(process.env.TALLY_BENCH_RUNS ?? 3), log = console.log } = {}) {
  const unregister = register();
  try {
    const tally = await import(pathToFileURL(join(root, 'packages', 'tally', 'src', 'index.ts')).href);
    const results = [];
    for (const c of CASES) {
      const text = readFileSync(join(fixtures, c.file), 'utf8');
      const t0 = performance.now();
      const election = tally.electionFromPb(tally.parsePb(text));
      const parseSeconds = (performance.now() - t0) / 1000;
      const wall = [];
      const cpu = [];
      let result;
      for (let i = 0; i < runs; i++) {
        const c0 = process.cpuUsage();
        const w0 = performance.now();
        result = tally.tally(election, { rule: c.rule });
        wall.push((performance.now() - w0) / 1000);
        const used = process.cpuUsage(c0);
        cpu.push((used.user + used.system) / 1e6);
      }
      const row = {
        file: c.file,
        rule: c.rule,
        voters: election.ballots.length,
        projects: election.projects.length,
        seconds: round3(median(wall)),
        cpuSeconds: round3(median(cpu)),
        runsSeconds: wall.map(round3),
        parseSeconds: round3(parseSeconds),
        selected: result.selected.length,
        ...(result.mes ? { fixedBudgetRuns: result.mes.runs, raises: Number(result.mes.raises) } : {}),
        ...(c.target ? { targetSeconds: c.target, withinTarget: median(wall) < c.target } : {}),
      };
      results.push(row);
      log?.(
        `tally ${c.rule.padEnd(8)} ${c.file.padEnd(40)} ${row.seconds.toFixed(3)} s (cpu ${row.cpuSeconds.toFixed(3)} s)` +
          (row.fixedBudgetRuns ? `  ${row.fixedBudgetRuns} runs for ${row.raises} raises` : '') +
          (c.target ? `  target < ${c.target} s: ${row.withinTarget ? 'yes' : 'NO'}` : ''),
      );
    }
    return { node: process.version, runs, cases: results };
  } finally {
    await unregister();
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
