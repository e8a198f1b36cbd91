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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every process group we started or saw below us, so a crashing test run still ends them. */
const running = new Set();
process.once('exit', () => {
  for (const pgid of running) killGroup(pgid, 'SIGKILL');
});

/** Our own process group: never ours to kill. */
function ownGroup() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return process.pid;
  }
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

/**
 * Process groups of every descendant of `pid` (Linux /proc). start.mjs runs wrangler dev in a
 * group of its own; we remember it so that even a SIGKILL of start.mjs leaves no workerd behind.
 */
function descendantGroups(pid) {
  const parents = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), { ppid: Number(fields[1]), pgid: Number(fields[2]) });
    } catch {
      /* exited meanwhile */
    }
  }
  const groups = new Set();
  for (const [candidate, info] of parents) {
    let p = info.ppid;
    for (let depth = 0; p > 1 && depth < 20; depth++) {
      if (p === pid) {
        groups.add(info.pgid);
        break;
      }
      p = parents.get(p)?.ppid ?? 0;
    }
    void candidate;
  }
  return [...groups];
}

/**
 * @param {{ port: number, inspectorPort: number, seedExtraIdeas?: number, timeoutMs?: number,
 *   env?: Record<string, string>, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, keys: { admin?: string, moderator?: string, reviewer?: string },
 *   stateDir: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startWorker({ port, inspectorPort, seedExtraIdeas, timeoutMs = 300_000, env = {}, log } = {}) {
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

  const groups = new Set([child.pid]);
  const noteGroups = () => {
    for (const pgid of descendantGroups(child.pid)) {
      if (pgid !== ownGroup() && pgid > 1) {
        groups.add(pgid);
        running.add(pgid);
      }
    }
  };

  const stop = async () => {
    noteGroups();
    if (!exited) {
      for (const pgid of groups) killGroup(pgid, 'SIGTERM');
      const killTimer = setTimeout(() => {
        for (const pgid of groups) killGroup(pgid, 'SIGKILL');
      }, 5_000);
      await exit;
      clearTimeout(killTimer);
    }
    // wrangler's workerd may outlive the wrapper for a moment; the group kills cover them
    for (const pgid of groups) {
      killGroup(pgid, 'SIGKILL');
      running.delete(pgid);
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
  noteGroups();
  return { url, keys, stateDir, output: () => output, stop };
}
