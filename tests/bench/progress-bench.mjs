/**
 * Progress widgets' size against their budget (issue 6: progress chunk gzip ≤ 12 KB), from the
 * built chunks and widgets.json: what each tag loads beyond the loader and the shared lit+core
 * chunk (the contract chunk included, as in run.mjs's per-widget totals), and what a resident who
 * opens a project has loaded in all (the list, then the detail view on first open). The detail
 * view loads its sign-up and evaluation parts (code and strings) and the follow form only for a
 * project that shows them: reported per kind of project (dynamic imports of the detail's own
 * chunk, followed with their static imports), up to the worst case of a resident who opens a
 * running project with a sign-up from the list.
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
  /** Static imports of a chunk, then theirs (`from"./x.js"` / `import"./x.js"` in the minified code). */
  const withStatics = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(join(elementsDir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) withStatics(m[1], seen);
    return seen;
  };
  const detailFiles = own('osallistu-project-detail');
  const detailChunk = detailFiles.find((f) => f.startsWith('progress-project-detail-'));
  /** A widget chunk's dynamic imports, by what they call: the sign-up, the evaluation, the follow form. */
  const lazyOf = (chunk) => {
    const found = {};
    if (!chunk) return found;
    const code = readFileSync(join(elementsDir, chunk), 'utf8');
    for (const m of code.matchAll(/import\(\s*"\.\/([^"]+\.js)"\s*\)/g)) {
      const part = readFileSync(join(elementsDir, m[1]), 'utf8');
      const kind = part.includes('/signups') ? 'signup' : part.includes('/evaluations') ? 'evaluation' : part.includes('/follows') ? 'follow' : m[1];
      found[kind] = [...withStatics(m[1])].filter((f) => !f.startsWith('shared-') && !f.startsWith('boot-'));
    }
    return found;
  };
  const lazy = lazyOf(detailChunk);
  const timelineFiles = own('osallistu-idea-timeline');
  const timelineLazy = lazyOf(timelineFiles.find((f) => f.startsWith('progress-idea-timeline-')));
  const withParts = (...kinds) => total([...detailFiles, ...kinds.flatMap((k) => lazy[k] ?? [])]);
  const lazyParts = {
    'detail of a running project (+ follow form)': withParts('follow'),
    'detail of a running project with a sign-up (+ follow form, sign-up)': withParts('follow', 'signup'),
    'detail of a completed project (+ evaluation)': withParts('evaluation'),
    'list + detail of a running project with a sign-up': total([...own('osallistu-progress'), ...detailFiles, ...['follow', 'signup'].flatMap((k) => lazy[k] ?? [])]),
  };
  return {
    unit: 'bytes',
    'osallistu-progress (list)': total(own('osallistu-progress')),
    'osallistu-project-detail': total(own('osallistu-project-detail')),
    'list + detail (a project opened)': total([...own('osallistu-progress'), ...own('osallistu-project-detail')]),
    ...lazyParts,
    'osallistu-idea-timeline': total(timelineFiles),
    'idea timeline of an idea that can be followed (+ follow form)': total([...timelineFiles, ...(timelineLazy.follow ?? [])]),
  };
}
