/**
 * Gives the seeded tenant of a running worker (tests/helpers/start-worker.mjs) a signing secret,
 * with `wrangler d1 execute` on the worker's local D1 state.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/start-worker.mjs';

export async function setSigningSecret(worker, tenant, secret) {
  if (!/^[a-z0-9-]+$/.test(tenant) || !/^[A-Za-z0-9]+$/.test(secret)) throw new Error('unsafe tenant or secret');
  const d1 = (sql) => {
    const r = spawnSync(
      join(repoRoot, 'node_modules', '.bin', 'wrangler'),
      ['d1', 'execute', 'osallistu', '--local', '--persist-to', worker.stateDir, '--command', sql, '--json'],
      { cwd: join(repoRoot, 'worker'), encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' } },
    );
    if (r.status !== 0) throw new Error(`wrangler d1 execute failed:\n${r.stdout}\n${r.stderr}`);
    return JSON.parse(r.stdout.slice(r.stdout.indexOf('[')))?.[0]?.results ?? [];
  };
  d1(`UPDATE tenants SET signing_secret = '${secret}' WHERE id = '${tenant}'`);
  const rows = d1(`SELECT signing_secret FROM tenants WHERE id = '${tenant}'`);
  if (rows[0]?.signing_secret !== secret) throw new Error(`tenant ${tenant} did not get the signing secret`);
}
