/**
 * What is in each built chunk: builds the elements once more into a temporary folder, with source
 * maps, and prints per chunk its gzip size and the minified bytes each source module contributes
 * (largest first). Leaves build/ alone. For finding what pushes a chunk over its budget.
 *
 * Usage: `node scripts/chunk-report.mjs [chunk-name-prefix…]`, e.g. `node scripts/chunk-report.mjs shared contract`
 * (it builds, so run it through the team's build lock when others share the machine).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import config from '../rollup.config.mjs';

const prefixes = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'osallistu-chunks-'));
const root = process.cwd();
try {
  const bundle = await rollup({
    ...config,
    // the clean step would empty build/assets/elements: this run writes elsewhere
    plugins: config.plugins.filter((p) => p.name !== 'osallistu-clean-output'),
  });
  const { output } = await bundle.write({ ...config.output, dir, sourcemap: true });
  await bundle.close();
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    if (prefixes.length > 0 && !prefixes.some((p) => chunk.fileName.startsWith(p))) continue;
    const code = readFileSync(join(dir, chunk.fileName), 'utf8');
    const map = new TraceMap(readFileSync(join(dir, `${chunk.fileName}.map`), 'utf8'));
    // bytes of generated code from each mapping to the next, charged to the mapping's source
    const lines = code.split('\n');
    const bySource = new Map();
    let previous = null;
    const charge = (to) => {
      if (!previous) return;
      let bytes = 0;
      if (previous.line === to.line) bytes = to.column - previous.column;
      else {
        bytes = lines[previous.line - 1].length - previous.column + 1;
        for (let l = previous.line + 1; l < to.line; l++) bytes += lines[l - 1].length + 1;
        bytes += to.column;
      }
      const key = previous.source ?? '(no source)';
      bySource.set(key, (bySource.get(key) ?? 0) + bytes);
    };
    eachMapping(map, (m) => {
      const at = { line: m.generatedLine, column: m.generatedColumn, source: m.source };
      charge(at);
      previous = at;
    });
    charge({ line: lines.length, column: lines.at(-1).length });
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`\n${chunk.fileName}  ${code.length} B minified, ${gzip} B gzip  imports: ${chunk.imports.join(', ') || '—'}`);
    const rows = [...bySource].sort((a, b) => b[1] - a[1]);
    for (const [source, bytes] of rows) {
      const name = source.startsWith('/') || source.includes('..') ? relative(root, join(dir, source)) : source;
      console.log(`  ${String(bytes).padStart(7)}  ${name}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
