/**
 * Progress widgets' size against their budget (issue 6: progress chunk gzip ≤ 12 KB), from the
 * built chunks and widgets.json: what each tag loads beyond the loader and the shared lit+core
 * chunk (the contract chunk included, as in run.mjs's per-widget totals), and what a resident who
 * opens a project has loaded in all (the list, then the detail view on first open).
 *
 * Called by tests/bench/run.mjs (`BENCH_ONLY=progress`); needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../helpers/start-worker.mjs';

const elementsDir = join(repoRoot, 'build', 'assets', 'elements');
const budget = 12 * 1024;

export function runProgressBench() {
  const listFile = join(elementsDir, 'widgets.json');
  if (!existsSync(listFile)) throw new Error('build/assets/elements/widgets.json is missing: run `npm run build` first');
  const widgets = JSON.parse(readFileSync(listFile, 'utf8'));
  const gzip = new Map();
  const sizeOf = (file) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(elementsDir, file)), { level: 9 }).length);
    return gzip.get(file);
  };
  const own = (tag) => {
    const w = widgets.find((x) => x.tag === tag);
    return (w?.chunks ?? []).filter((f) => !f.startsWith('shared-') && !f.startsWith('boot-'));
  };
  const total = (files) => {
    const unique = [...new Set(files)];
    const bytes = unique.reduce((sum, f) => sum + sizeOf(f), 0);
    const withoutContract = unique.filter((f) => !f.startsWith('contract-')).reduce((sum, f) => sum + sizeOf(f), 0);
    return { chunks: unique, gzip: bytes, gzipWithoutContract: withoutContract, budgetGzip: budget, withinBudget: bytes <= budget };
  };
  return {
    unit: 'bytes',
    'osallistu-progress (list)': total(own('osallistu-progress')),
    'osallistu-project-detail': total(own('osallistu-project-detail')),
    'list + detail (a project opened)': total([...own('osallistu-progress'), ...own('osallistu-project-detail')]),
    'osallistu-idea-timeline': total(own('osallistu-idea-timeline')),
  };
}
