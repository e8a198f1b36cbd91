/**
 * Starts the real worker (`node scripts/start.mjs` → wrangler dev with a local D1) for tests and
 * benchmarks, with a fresh state directory, and stops it again.
 *
 * Contract of scripts/start.mjs: reads PORT, INSPECTOR_PORT, STATE_DIR (and SEED_EXTRA_IDEAS)
 * from the environment, migrates and seeds the state, starts wrangler dev and prints
 * `ADMIN_KEY=…`, `MODERATOR_KEY=…`, `REVIEWER_KEY=…` and finally `READY http://127.0.0.1:PORT`.
 *
 * @example
 *   const worker = await startWorker({ port: 8791, inspectorPort: 9231 });
 *   const res = await fetch(`${worker.url}/v1/kuopio`);
 *   await worker.stop();
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every group we started, so a crashing test run still ends them. */
const running = new Set();
process.once('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/**
 * @param {{ port: number, inspectorPort: number, seedExtraIdeas?: number, timeoutMs?: number,
 *   env?: Record<string, string>, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, keys: { admin?: string, moderator?: string, reviewer?: string },
 *   stateDir: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startWorker({ port, inspectorPort, seedExtraIdeas, timeoutMs = 180_000, env = {}, log } = {}) {
  const script = join(repoRoot, 'scripts', 'start.mjs');
  if (!existsSync(script)) throw new Error(`startWorker: ${script} does not exist yet`);
  const stateDir = await mkdtemp(join(tmpdir(), `osallistu-state-${port}-`));
  const child = spawn(process.execPath, [script], {
    cwd: repoRoot,
    detached: true, // own process group: stop() kills wrangler and workerd with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      PORT: String(port),
      INSPECTOR_PORT: String(inspectorPort),
      STATE_DIR: stateDir,
      ...(seedExtraIdeas ? { SEED_EXTRA_IDEAS: String(seedExtraIdeas) } : {}),
      ...env,
    },
  });
  running.add(child.pid);

  let output = '';
  const keys = {};
  let exited = false;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      running.delete(child.pid);
      resolve({ code, signal });
    });
  });

  const ready = new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      buffered += text;
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        // wrangler may colour or prefix lines; strip ANSI escapes before matching
        const line = buffered.slice(0, newline).replace(/\x1b\[[0-9;]*m/g, '').trim();
        buffered = buffered.slice(newline + 1);
        log?.(line);
        const key = /^(ADMIN|MODERATOR|REVIEWER)_KEY=(\S+)/.exec(line);
        if (key) keys[key[1].toLowerCase()] = key[2];
        const up = /^READY (https?:\/\/\S+)/.exec(line);
        if (up) resolve(up[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    exit.then(({ code, signal }) =>
      reject(new Error(`scripts/start.mjs exited (${code ?? signal}) before READY:\n${output.slice(-4000)}`)),
    );
  });

  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`scripts/start.mjs printed no READY within ${timeoutMs} ms:\n${output.slice(-4000)}`)),
      timeoutMs,
    );
  });

  const stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const killTimer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5_000);
      await exit;
      clearTimeout(killTimer);
    }
    // workerd children may outlive the wrapper for a moment; the group kill covers them
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* group empty */
    }
    await rm(stateDir, { recursive: true, force: true });
  };

  let url;
  try {
    url = await Promise.race([ready, timeout]);
  } catch (error) {
    clearTimeout(timer);
    await stop();
    throw error;
  }
  clearTimeout(timer);
  return { url, keys, stateDir, output: () => output, stop };
}
