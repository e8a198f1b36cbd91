#!/usr/bin/env node
/**
 * The WordPress suite: the plugin in a real WordPress (Debian's 6.1, MariaDB, `php -S`) talking
 * to the real worker (`scripts/start.mjs` → wrangler dev with a local D1).
 *
 * 1. static checks: `php -l` on every plugin file, phpcs with wp-plugin/phpcs.xml;
 * 2. MariaDB in a scratch datadir (socket only), a copy of /usr/share/wordpress with its own
 *    wp-config.php, installed by php/install.php with the plugin (copied from wp-plugin/) active;
 * 3. the worker on 127.0.0.1:8793 (inspector 9233) with the tenant's signing secret set;
 * 4. PHPUnit 9 inside WordPress (phpunit/), then node:test files over HTTP and in Chromium
 *    (http/*.test.mjs), then the uninstall check;
 * 5. writes test-results/wordpress.json ({passed, failed}) and prints `N passed, N failed`.
 *
 * Every process it starts (MariaDB, php, wrangler) is in its own process group and is killed on
 * exit, failure or signal. `KEEP=1` keeps the scratch folder for debugging.
 *
 * @example node tests/wordpress/run.mjs
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorker } from '../helpers/start-worker.mjs';
import { setSigningSecret } from './lib/signing-secret.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const pluginDir = join(root, 'wp-plugin');
const resultsDir = join(root, 'test-results');
const WORKER_PORT = 8793;
const INSPECTOR_PORT = 9233;
const PHP_PORT = 8880;
const HOME = `http://127.0.0.1:${PHP_PORT}`;
const TENANT = 'kuopio';

const scratch = mkdtempSync(join(tmpdir(), 'osallistu-wp-'));
const groups = new Set();
const counts = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let worker = null;

function record(name, passed, detail = '') {
  if (passed) counts.passed++;
  else counts.failed++;
  const line = `${passed ? 'ok' : 'FAILED'} - ${name}${detail ? `: ${detail}` : ''}`;
  lines.push(line);
  console.log(line);
}

function killAll() {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  groups.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    // SIGTERM first so scripts/start.mjs can stop its wrangler group, then kill what is left
    await Promise.race([worker?.stop(), new Promise((resolve) => setTimeout(resolve, 8000))]).catch(() => {});
    killAll();
    process.exit(130);
  });
}

/** Refuses to start when another run holds our ports: we would talk to its servers. */
async function portsFree() {
  const { createServer } = await import('node:net');
  const busy = [];
  for (const port of [WORKER_PORT, INSPECTOR_PORT, PHP_PORT]) {
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (!free) busy.push(port);
  }
  if (busy.length) throw new Error(`ports ${busy.join(', ')} are in use (another WordPress suite or npm test running?)`);
}

/** Starts a long-running process in its own group; its output goes to a log file. */
function startDaemon(name, command, args, options = {}) {
  const log = join(scratch, `${name}.log`);
  const out = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  groups.add(out.pid);
  let text = '';
  const append = (chunk) => {
    text += chunk;
    writeFileSync(log, text);
  };
  out.stdout.on('data', append);
  out.stderr.on('data', append);
  out.on('exit', () => groups.delete(out.pid));
  return { child: out, log: () => text };
}

/** Runs a command to completion; returns {code, stdout, stderr}. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
    groups.add(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
      if (options.echo) process.stdout.write(c);
    });
    child.stderr.on('data', (c) => {
      stderr += c;
      if (options.echo) process.stderr.write(c);
    });
    child.on('error', (error) => {
      stderr += String(error);
    });
    child.on('close', (code) => {
      groups.delete(child.pid);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Polls `check` until it returns true (no fixed sleeps: each try is a real probe). */
async function waitFor(what, check, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function phpFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (['node_modules', 'assets', 'build'].includes(name) && dir === pluginDir) continue;
    if (statSync(path).isDirectory()) found.push(...phpFiles(path));
    else if (name.endsWith('.php')) found.push(path);
  }
  return found;
}

async function staticChecks() {
  const files = [...phpFiles(pluginDir), ...phpFiles(here)];
  const broken = [];
  for (const file of files) {
    const r = await run('php', ['-l', file]);
    if (r.code !== 0) broken.push(`${relative(root, file)}: ${r.stdout}${r.stderr}`.trim());
  }
  record(`php -l on ${files.length} PHP files (plugin and tests)`, files.length > 0 && broken.length === 0, broken.join('\n'));

  const cs = await run('phpcs', ['-q', '--standard=' + join(pluginDir, 'phpcs.xml'), '--report=summary', pluginDir], { cwd: pluginDir });
  record('phpcs (wp-plugin/phpcs.xml) clean', cs.code === 0, (cs.stdout + cs.stderr).trim());

  // The JavaScript the plugin ships without a build step must at least parse.
  const scripts = readdirSync(join(pluginDir, 'js')).filter((f) => f.endsWith('.js'));
  const bad = [];
  for (const script of scripts) {
    const r = await run(process.execPath, ['--check', join(pluginDir, 'js', script)]);
    if (r.code !== 0) bad.push(`${script}: ${r.stderr}`);
  }
  record(`node --check on ${scripts.length} plugin scripts`, scripts.length > 0 && bad.length === 0, bad.join('\n'));
}

async function startMariaDb() {
  const datadir = join(scratch, 'mysql');
  const socket = join(scratch, 'mysqld.sock');
  const init = await run('mariadb-install-db', ['--user=root', `--datadir=${datadir}`, '--auth-root-authentication-method=socket', '--skip-test-db']);
  if (init.code !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr}`);
  startDaemon('mariadb', 'mariadbd', [
    '--no-defaults',
    '--user=root',
    `--datadir=${datadir}`,
    `--socket=${socket}`,
    '--skip-networking',
    '--skip-log-bin',
    `--pid-file=${join(scratch, 'mysqld.pid')}`,
  ]);
  await waitFor('MariaDB', async () => (await run('mariadb-admin', [`--socket=${socket}`, '-uroot', 'ping'])).code === 0, 60_000);
  const sql = "CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';";
  const created = await run('mariadb', [`--socket=${socket}`, '-uroot', '-e', sql]);
  if (created.code !== 0) throw new Error(`creating the database failed: ${created.stderr}`);
  return socket;
}

async function startTheWorker(secret) {
  try {
    worker = await startWorker({ port: WORKER_PORT, inspectorPort: INSPECTOR_PORT, timeoutMs: 240_000 });
    await setSigningSecret(worker, TENANT, secret);
    record('the worker starts and the tenant gets a signing secret', true);
  } catch (error) {
    // WordPress-only tests still run; every test that needs the API fails on its own.
    record('the worker starts and the tenant gets a signing secret', false, error.stack ?? String(error));
  }
}

/** The worker's URL, or where it should have been. */
const apiUrl = () => worker?.url ?? `http://127.0.0.1:${WORKER_PORT}`;

async function installWordPress(socket, secret) {
  const site = join(scratch, 'site');
  cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true });
  const salt = () => randomBytes(32).toString('hex');
  let config = readFileSync(join(here, 'php', 'wp-config.php.tpl'), 'utf8')
    .replaceAll('__SOCKET__', socket)
    .replaceAll('__HOME__', HOME)
    .replaceAll('__DEBUG_LOG__', join(scratch, 'debug.log'));
  for (let i = 1; i <= 8; i++) config = config.replace(`__SALT${i}__`, salt());
  writeFileSync(join(site, 'wp-config.php'), config);
  // the plugin as a site would install it: a copy of wp-plugin/ with its built parts
  cpSync(pluginDir, join(site, 'wp-content', 'plugins', 'osallistu'), {
    recursive: true,
    filter: (src) => !src.includes('node_modules'),
  });
  const installed = await run('php', [join(here, 'php', 'install.php'), site, apiUrl(), TENANT, secret], { cwd: site });
  if (installed.code !== 0) throw new Error(`WordPress install failed:\n${installed.stdout}\n${installed.stderr}`);
  const last = installed.stdout.trim().split('\n').pop();
  return { site, ...JSON.parse(last) };
}

async function startPhp(site) {
  const php = startDaemon('php', 'php', ['-S', `127.0.0.1:${PHP_PORT}`, '-t', site, join(here, 'php', 'router.php')], {
    cwd: site,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  await waitFor(`php -S on ${PHP_PORT}`, async () => {
    try {
      const res = await fetch(`${HOME}/`);
      return res.status === 200;
    } catch {
      return false;
    }
  });
  return php;
}

function junitCounts(file) {
  const xml = readFileSync(file, 'utf8');
  const suite = /<testsuite [^>]*>/.exec(xml)?.[0];
  if (!suite) return null;
  const attr = (name) => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(suite)?.[1] ?? 0);
  const failed = attr('failures') + attr('errors') + attr('warnings');
  const skipped = attr('skipped');
  return { passed: attr('tests') - failed - skipped, failed, skipped };
}

async function phpunit(site) {
  const junit = join(scratch, 'phpunit.xml');
  const r = await run('phpunit', ['-c', join(here, 'phpunit', 'phpunit.xml'), '--log-junit', junit], {
    cwd: here,
    env: { ...process.env, OSALLISTU_WP_SITE: site, OSALLISTU_WP_HOME: HOME },
    echo: true,
  });
  const c = existsSync(junit) ? junitCounts(junit) : null;
  if (!c) {
    record('phpunit ran', false, `exit ${r.code}`);
    return;
  }
  counts.passed += c.passed;
  counts.failed += c.failed + (r.code !== 0 && c.failed === 0 ? 1 : 0);
  counts.skipped += c.skipped;
  lines.push(`phpunit: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}

async function nodeTests(contextFile) {
  const tap = join(scratch, 'http.tap');
  const files = readdirSync(join(here, 'http'))
    .filter((f) => f.endsWith('.test.mjs'))
    .sort()
    .map((f) => join(here, 'http', f));
  if (files.length === 0) {
    // node --test without files would run every test file under the cwd
    record('http/browser test files exist', false);
    return;
  }
  const r = await run(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    { env: { ...process.env, OSALLISTU_WP_CONTEXT: contextFile }, echo: true, cwd: root },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const grab = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  const passed = grab('pass');
  const failed = grab('fail') + (grab('cancelled') || 0);
  if (Number.isNaN(passed) || Number.isNaN(failed)) {
    record('node tests ran', false, `exit ${r.code}`);
    return;
  }
  counts.passed += passed;
  counts.failed += failed + (r.code !== 0 && failed === 0 ? 1 : 0);
  lines.push(`http/browser: ${passed} passed, ${failed} failed`);
}

async function uninstallCheck(site) {
  const r = await run('php', [join(here, 'php', 'uninstall-check.php'), site], { cwd: site });
  record('uninstall.php removes only the plugin’s own options and capabilities', r.code === 0, (r.stdout + r.stderr).trim());
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  await portsFree();
  const built = await run(process.execPath, [join(pluginDir, 'build.mjs')], { echo: true });
  record('wp-plugin/build.mjs generates the blocks from widgets.json', built.code === 0, built.stderr.trim());

  await staticChecks();

  const secret = randomBytes(24).toString('hex');
  const socket = await startMariaDb();
  await startTheWorker(secret);
  const wp = await installWordPress(socket, secret);
  await startPhp(wp.site);

  const contextFile = join(scratch, 'context.json');
  writeFileSync(
    contextFile,
    JSON.stringify({ home: HOME, api: apiUrl(), tenant: TENANT, secret, keys: worker?.keys ?? {}, users: wp.users, pages: wp.pages, site: wp.site }, null, 2),
  );

  if (process.env.HOLD === '1') {
    // debugging: keep everything running until interrupted
    console.log(`HOLD: ${contextFile}; Ctrl-C to stop`);
    await new Promise(() => {});
  }
  await phpunit(wp.site);
  await nodeTests(contextFile);
  await uninstallCheck(wp.site);
}

let crashed = null;
try {
  await main();
} catch (error) {
  crashed = error;
  record('suite setup', false, error.stack ?? String(error));
} finally {
  try {
    await worker?.stop();
  } catch {
    /* the group kill below ends it */
  }
  killAll();
  const debugLog = join(scratch, 'debug.log');
  if (existsSync(debugLog)) {
    const fatal = readFileSync(debugLog, 'utf8')
      .split('\n')
      .filter((l) => /PHP (Fatal|Parse) error|plugins\/osallistu\//.test(l) && !/Deprecated/.test(l));
    if (fatal.length) console.log(`WordPress debug.log (errors mentioning the plugin):\n${fatal.slice(0, 30).join('\n')}`);
  }
  if (process.env.KEEP === '1') console.log(`scratch kept at ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

writeFileSync(join(resultsDir, 'wordpress.json'), `${JSON.stringify({ passed: counts.passed, failed: counts.failed, skipped: counts.skipped }, null, 2)}\n`);
console.log(`\nwordpress:\n${lines.filter((l) => !l.startsWith('ok')).join('\n') || 'all passed'}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exitCode = counts.failed > 0 || crashed ? 1 : 0;
