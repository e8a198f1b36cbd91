#!/usr/bin/env node
/**
 * Local start (`npm start` runs `npm run build` first): applies the D1 migrations to a local
 * database, seeds the demo tenant `kuopio` when it is missing, prints fresh API keys for it, and
 * runs `wrangler dev` in its own process group (signals are forwarded; the group dies with us).
 *
 * Environment: PORT (8787), INSPECTOR_PORT (9229), STATE_DIR (.state/d1),
 * SEED_EXTRA_IDEAS (0; generated ideas for benchmarks, only when seeding).
 * Prints, for test harnesses, one line each: `ADMIN_KEY=osk_…`, `MODERATOR_KEY=…`,
 * `REVIEWER_KEY=…`, then `READY http://127.0.0.1:PORT` once the API answers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedSql } from './seed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workerDir = join(root, 'worker');
const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const port = Number(process.env.PORT ?? 8787);
const inspectorPort = Number(process.env.INSPECTOR_PORT ?? 9229);
const stateDir = resolve(root, process.env.STATE_DIR ?? '.state/d1');
const extraIdeas = Number(process.env.SEED_EXTRA_IDEAS ?? 0);
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: process.env.CI ?? 'true', NO_COLOR: '1' };

function log(message) {
  process.stdout.write(`[start] ${message}\n`);
}

function run(args, { quiet = false } = {}) {
  const result = spawnSync(wrangler, args, { cwd: workerDir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed (${result.status})`);
  }
  if (!quiet) process.stdout.write(result.stdout);
  return result.stdout;
}

const d1 = ['d1', 'execute', 'osallistu', '--local', '--persist-to', stateDir];

function query(sql) {
  const out = run([...d1, '--command', sql, '--json'], { quiet: true });
  const parsed = JSON.parse(out.slice(out.indexOf('[')));
  return parsed[0]?.results ?? [];
}

function ensureAssets() {
  const assets = join(root, 'build', 'assets');
  if (!existsSync(join(assets, 'elements')) && existsSync(join(root, 'rollup.config.mjs'))) {
    log('build/assets missing: running npm run build');
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (result.status !== 0) log('build failed; serving the API without element bundles');
  }
  mkdirSync(assets, { recursive: true });
}

function newKey() {
  const alphabet = 'abcdefghijkmnopqrstuvwxyz23456789';
  return 'osk_' + [...randomBytes(40)].map((b) => alphabet[b % alphabet.length]).join('');
}

function sqlString(value) {
  return `'${value.replace(/'/g, "''")}'`;
}

function main() {
  ensureAssets();
  mkdirSync(stateDir, { recursive: true });
  log(`applying migrations to ${stateDir}`);
  run(['d1', 'migrations', 'apply', 'osallistu', '--local', '--persist-to', stateDir], { quiet: true });

  if (query("SELECT id FROM tenants WHERE id = 'kuopio'").length === 0) {
    log(`seeding tenant kuopio${extraIdeas ? ` with ${extraIdeas} extra ideas` : ''}`);
    const file = join(stateDir, 'seed.sql');
    writeFileSync(file, buildSeedSql({ extraIdeas }));
    run([...d1, '--file', file, '--yes'], { quiet: true });
  } else {
    log('tenant kuopio exists: not seeding again');
  }

  const now = new Date().toISOString();
  const keys = { ADMIN_KEY: ['admin', newKey()], MODERATOR_KEY: ['moderator', newKey()], REVIEWER_KEY: ['reviewer', newKey()] };
  const statements = [`UPDATE api_keys SET revoked_at = ${sqlString(now)} WHERE tenant_id = 'kuopio' AND label LIKE 'npm start %' AND revoked_at IS NULL`];
  for (const [role, key] of Object.values(keys)) {
    const hash = createHash('sha256').update(key).digest('hex');
    const id = 'start-' + randomBytes(6).toString('hex');
    statements.push(
      `INSERT INTO api_keys (id, tenant_id, role, label, key_hash, created_at) VALUES (${sqlString(id)}, 'kuopio', ${sqlString(role)}, ${sqlString(`npm start ${role}`)}, ${sqlString(hash)}, ${sqlString(now)})`,
    );
  }
  run([...d1, '--command', statements.join('; ')], { quiet: true });
  process.stdout.write('\nAPI keys for tenant kuopio (valid until the next start):\n');
  for (const [name, [, key]] of Object.entries(keys)) process.stdout.write(`${name}=${key}\n`);
  process.stdout.write('\n');

  const child = spawn(
    wrangler,
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort), '--persist-to', stateDir, '--show-interactive-dev-session=false'],
    { cwd: workerDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(process.stdout);
  child.stderr.pipe(process.stderr);
  const stop = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  process.on('exit', () => stop('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  const poll = async () => {
    try {
      const response = await fetch(`${url}/v1/kuopio`);
      if (response.ok) {
        process.stdout.write(`\nDemo: ${url}/   API: ${url}/v1/kuopio   OpenAPI: ${url}/v1/openapi.json\nREADY ${url}\n`);
        return;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      process.stderr.write('wrangler dev did not answer within 120 s\n');
      stop('SIGTERM');
      process.exit(1);
    }
    setTimeout(poll, 250);
  };
  setTimeout(poll, 500);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
