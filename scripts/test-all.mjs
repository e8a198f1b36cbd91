/**
 * `npm test`: every suite of the repository in sequence, each counted from its own machine-readable
 * output, then ONE closing line `N passed, N failed` summing them all. Exits 1 if anything failed.
 *
 * Suites: typecheck, build, tally (vitest), worker (vitest-pool-workers in workerd with D1),
 * components (web-test-runner in Chromium), e2e (node:test + playwright-core through wrangler dev),
 * wordpress (tests/wordpress/run.mjs). A suite whose files do not exist yet is skipped with a note;
 * a suite that crashes without reporting counts is one failure.
 *
 * `npm test -- e2e worker` runs only the named suites.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);
mkdirSync(results, { recursive: true });

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };

/** Runs a command in its own process group, streaming its output; kills the group on timeout. */
function run(command, args, { timeoutMs = 20 * 60_000, cwd = root } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, timeoutMs);
    child.on('error', (error) => {
      output += String(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // end anything the suite left behind in its group (wrangler, workerd, chromium)
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* group empty */
      }
      resolve({ code: timedOut ? 'timeout' : (code ?? signal), output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const hasFiles = (dir, pattern) => {
  if (!existsSync(dir)) return false;
  const walk = (d) =>
    readdirSync(d).some((name) => {
      const path = join(d, name);
      if (name === 'node_modules') return false;
      return statSync(path).isDirectory() ? walk(path) : pattern.test(name);
    });
  return walk(dir);
};

/**
 * Counts of a vitest JSON report. A test file that reports no test at all (it failed to load, or
 * the run was aborted before it, as vitest-pool-workers does after an isolated-storage error)
 * counts as one failure.
 */
function vitestCounts(file) {
  const report = readJson(file);
  if (!report || typeof report.numPassedTests !== 'number') return null;
  const brokenFiles = (report.testResults ?? []).filter((f) => (f.assertionResults ?? []).length === 0).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts of node:test's TAP report (`# pass N`, `# fail N`, `# cancelled N`). */
function tapCounts(text) {
  const grab = (name) => {
    const m = new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const passed = grab('pass');
  const failed = grab('fail');
  if (passed === null || failed === null) return null;
  return { passed, failed: failed + (grab('cancelled') ?? 0), skipped: (grab('skipped') ?? 0) + (grab('todo') ?? 0) };
}

function vitestSuite(name, dir, configCandidates) {
  return {
    name,
    present: () => configCandidates.some((c) => existsSync(join(root, dir, c))) && hasFiles(join(root, dir), /\.test\.[mc]?[tj]s$/),
    missing: `${dir}: no vitest config or tests yet`,
    async run() {
      const out = join(results, `${name}.json`);
      rmSync(out, { force: true });
      const config = configCandidates.find((c) => existsSync(join(root, dir, c)));
      const r = await run(bin('vitest'), [
        'run',
        '--root',
        dir,
        ...(config.startsWith('vitest.config') ? ['--config', join(root, dir, config)] : []),
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${out}`,
      ]);
      return { ...r, counts: vitestCounts(out) };
    },
  };
}

const suites = [
  {
    name: 'typecheck',
    present: () => true,
    async run() {
      const configs = ['tsconfig.json', 'worker/tsconfig.json'].filter((c) => existsSync(join(root, c)));
      let passed = 0;
      let failed = 0;
      let output = '';
      let seconds = 0;
      for (const config of configs) {
        console.log(`tsc -p ${config}`);
        const r = await run(bin('tsc'), ['-p', config, '--noEmit']);
        output += r.output;
        seconds += r.seconds;
        if (r.code === 0) passed++;
        else failed++;
      }
      return { code: failed ? 1 : 0, output, seconds, counts: { passed, failed, skipped: 0 } };
    },
  },
  {
    name: 'build',
    present: () => existsSync(join(root, 'packages/elements/src/osallistu.ts')),
    missing: 'packages/elements/src/osallistu.ts does not exist yet',
    async run() {
      const r = await run('npm', ['run', 'build']);
      return { ...r, counts: { passed: r.code === 0 ? 1 : 0, failed: r.code === 0 ? 0 : 1, skipped: 0 } };
    },
  },
  vitestSuite('tally', 'packages/tally', ['vitest.config.ts', 'vitest.config.mjs', 'vitest.config.js', 'package.json']),
  vitestSuite('worker', 'worker', ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.mjs', 'vitest.config.js']),
  {
    name: 'components',
    present: () => existsSync(join(root, 'web-test-runner.config.mjs')) && hasFiles(join(root, 'packages'), /\.test\.ts$/),
    missing: 'web-test-runner.config.mjs or component tests do not exist yet',
    async run() {
      const out = join(results, 'components.json');
      rmSync(out, { force: true });
      const r = await run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs']);
      const report = readJson(out);
      const counts =
        report && typeof report.passed === 'number'
          ? { passed: report.passed, failed: report.failed, skipped: report.skipped ?? 0 }
          : null;
      return { ...r, counts };
    },
  },
  {
    name: 'e2e',
    present: () => hasFiles(join(root, 'tests/e2e'), /\.e2e\.mjs$/) && existsSync(join(root, 'scripts/start.mjs')),
    missing: 'tests/e2e or scripts/start.mjs do not exist yet',
    async run() {
      const tap = join(results, 'e2e.tap');
      rmSync(tap, { force: true });
      const files = readdirSync(join(root, 'tests/e2e'))
        .filter((f) => f.endsWith('.e2e.mjs'))
        .map((f) => join('tests/e2e', f));
      const r = await run(process.execPath, [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...files,
      ]);
      let text = '';
      try {
        text = readFileSync(tap, 'utf8');
      } catch {
        /* crashed before writing */
      }
      return { ...r, counts: tapCounts(text) };
    },
  },
  {
    name: 'wordpress',
    present: () => existsSync(join(root, 'tests/wordpress/run.mjs')),
    missing: 'tests/wordpress/run.mjs does not exist yet',
    async run() {
      const out = join(results, 'wordpress.json');
      rmSync(out, { force: true });
      const r = await run(process.execPath, ['tests/wordpress/run.mjs'], { timeoutMs: 25 * 60_000 });
      const report = readJson(out);
      const counts =
        report && typeof report.passed === 'number'
          ? { passed: report.passed, failed: report.failed, skipped: report.skipped ?? 0 }
          : null;
      return { ...r, counts };
    },
  },
];

const only = process.argv.slice(2);
const lines = [];
let passed = 0;
let failed = 0;
let skipped = 0;
const started = Date.now();

for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  if (!suite.present()) {
    const note = `${suite.name}: skipped (${suite.missing})`;
    console.log(`\n=== ${note}`);
    lines.push(note);
    continue;
  }
  console.log(`\n=== ${suite.name}`);
  const r = await suite.run();
  let counts = r.counts;
  let note = '';
  if (!counts) {
    counts = { passed: 0, failed: 1, skipped: 0 };
    note = ` (crashed without counts, exit ${r.code})`;
  } else if (r.code !== 0 && counts.failed === 0) {
    // a runner that failed while every counted test passed (e.g. a hook or file error): one failure
    counts = { ...counts, failed: 1 };
    note = ` (exit ${r.code} with no failed test counted)`;
  }
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  const line = `${suite.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} in ${r.seconds.toFixed(1)} s${note}`;
  lines.push(line);
  console.log(`=== ${line}`);
}

console.log(`\n--- summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
