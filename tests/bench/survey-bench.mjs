/**
 * The survey widget's size against its budget (issue 5: survey chunk gzip ≤ 15 KB), from the built
 * chunks and widgets.json: what `<osallistu-survey>` loads beyond the loader and the shared
 * lit+core chunk (the contract chunk included, as in run.mjs's per-widget totals). The submit
 * throughput comparison of the issue is not measured yet.
 *
 * Called by tests/bench/run.mjs (`BENCH_ONLY=survey`); needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../helpers/start-worker.mjs';

const elementsDir = join(repoRoot, 'build', 'assets', 'elements');
const budget = 15 * 1024;

export function runSurveyBench() {
  const listFile = join(elementsDir, 'widgets.json');
  if (!existsSync(listFile)) throw new Error('build/assets/elements/widgets.json is missing: run `npm run build` first');
  const widgets = JSON.parse(readFileSync(listFile, 'utf8'));
  const widget = widgets.find((x) => x.tag === 'osallistu-survey');
  if (!widget) throw new Error('osallistu-survey is not in widgets.json: rebuild with `npm run build`');
  const files = [...new Set((widget.chunks ?? []).filter((f) => !f.startsWith('shared-') && !f.startsWith('boot-')))];
  const sizeOf = (file) => gzipSync(readFileSync(join(elementsDir, file)), { level: 9 }).length;
  const gzip = files.reduce((sum, f) => sum + sizeOf(f), 0);
  const gzipWithoutContract = files.filter((f) => !f.startsWith('contract-')).reduce((sum, f) => sum + sizeOf(f), 0);
  return {
    unit: 'bytes',
    'osallistu-survey': { chunks: files, gzip, gzipWithoutContract, budgetGzip: budget, withinBudget: gzip <= budget },
  };
}
