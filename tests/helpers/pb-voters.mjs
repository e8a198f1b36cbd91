/**
 * Participatory-budgeting voters for load tests against the real worker (scripts/start.mjs, local
 * mode), shared by tests/e2e/pb-concurrency.e2e.mjs and tests/bench/ballot-bench.mjs:
 * - sessions opened in bulk through the local-only `/v1/_bench/pb` route (verification has tests
 *   of its own; here the ballots are the subject);
 * - ballots that fit a budget, made from the budget's own proposals;
 * - casting one ballot several times with one Idempotency-Key, as a client that lost answers
 *   (`retry`: again after each answer) or a double-clicking one (`burst`: all at once);
 * - what was stored, read back through the staff's `.pb` export (and the bench count route).
 *
 * @example
 *   const tokens = await openVoterSessions(url, { process: 'pb-2026', count: 500 });
 *   const picks = await fittingPicks(url, { process: 'pb-2026', budget: 'koko-kaupunki', count: 500 });
 *   const outcomes = await castBallots(url, { process: 'pb-2026', budget: 'koko-kaupunki', tokens, picks });
 */
import { randomUUID } from 'node:crypto';

const json = async (res, what) => {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
};

/** `count` live voter tokens of a process (local mode only). */
export async function openVoterSessions(url, { tenant = 'kuopio', process, count }) {
  const tokens = [];
  // the route takes at most 5 000 at once; smaller batches keep each D1 batch short
  while (tokens.length < count) {
    const n = Math.min(1000, count - tokens.length);
    const res = await fetch(`${url}/v1/_bench/pb/${tenant}/${process}/voters/${n}`, { method: 'POST' });
    tokens.push(...(await json(res, 'voter sessions')));
  }
  return tokens;
}

/**
 * `count` ballots (sorted proposal ids) for a knapsack budget, varied by voter, each fitting the
 * budget and its maximum number of proposals. Also returns the costs and the amount, to check with.
 */
export async function fittingPicks(url, { tenant = 'kuopio', process, budget, count }) {
  const list = await json(await fetch(`${url}/v1/${tenant}/processes/${process}/budgets`), 'budgets');
  const b = list.budgets.find((x) => x.id === budget);
  if (!b) throw new Error(`no budget ${budget} in ${process}`);
  const proposals = await json(await fetch(`${url}/v1/${tenant}/processes/${process}/proposals?budget=${budget}`), 'proposals');
  const costs = new Map(proposals.map((p) => [p.id, p.costEur]));
  const ids = proposals.map((p) => p.id).sort();
  const max = b.ballotRule.maxProposals ?? ids.length;
  const picks = [];
  for (let i = 0; i < count; i++) {
    const chosen = [];
    let total = 0;
    for (let k = 0; k < ids.length && chosen.length < max; k++) {
      const id = ids[(i * 7 + k * 3) % ids.length];
      // skip some by the voter's bits, so ballots differ in size as well as content
      if (chosen.includes(id) || (k > 0 && (i >> k) % 2 === 1)) continue;
      if (total + costs.get(id) <= b.amountEur) {
        chosen.push(id);
        total += costs.get(id);
      }
    }
    if (chosen.length < Math.max(1, b.ballotRule.minProposals)) throw new Error(`voter ${i}: no fitting ballot in ${budget}`);
    picks.push(chosen.sort());
  }
  return { amountEur: b.amountEur, costs, picks };
}

/**
 * One POST of a ballot. A connection the server dropped is an outcome (`status: 0`), not a throw:
 * the caller decides whether to retry with the same key.
 */
export async function postBallot(url, { tenant = 'kuopio', process, budget, token, proposalIds, key, timeoutMs = 120_000 }) {
  try {
    const res = await fetch(`${url}/v1/${tenant}/processes/${process}/budgets/${budget}/ballot`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
      body: JSON.stringify({ proposalIds }),
      // a request the server never answers counts as a lost connection, not a hang
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = { text };
    }
    return { status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', body };
  } catch (error) {
    return { status: 0, replayed: false, body: { error: String(error?.cause?.code ?? error?.name ?? error?.message ?? error) } };
  }
}

/**
 * Whether a client resends the same request (same key): the connection was lost, the server asked
 * for it (503: wrangler dev answers so when it reloads the worker mid-request), or the first copy
 * is still in flight (409 `idempotency-key-in-flight`).
 */
export const resendable = (r) => r.status === 0 || r.status === 503 || (r.status === 409 && r.body?.code === 'idempotency-key-in-flight');

/**
 * A client's send: like a real one, it resends with the same key while `resendable`, for at most
 * 90 s — long enough for a reservation whose request the server dropped to be freed (a minute,
 * worker/src/db/idempotency.ts) — backing off up to 2 s between copies.
 */
async function sendUntilAnswered(url, ballot, attempts, giveUpAfterMs = 90_000) {
  const deadline = performance.now() + giveUpAfterMs;
  for (let n = 1; ; n++) {
    const r = await postBallot(url, ballot);
    attempts.push(r);
    if (!resendable(r) || performance.now() > deadline) return r;
    await new Promise((resolve) => setTimeout(resolve, Math.min(100 * n, 2000)));
  }
}

/**
 * Every voter casts at once; each sends its ballot `copies` times with one Idempotency-Key:
 * `retry` voters send again after each answer (two lost answers), `burst` voters send all copies
 * simultaneously. `mode: 'mixed'` alternates them by voter. Returns per voter every answer seen.
 */
export async function castBallots(url, { tenant = 'kuopio', process, budget, tokens, picks, copies = 3, mode = 'retry' }) {
  return Promise.all(
    tokens.map(async (token, i) => {
      const ballot = { tenant, process, budget, token, proposalIds: picks[i % picks.length], key: `ballot-${i}-${randomUUID()}` };
      const style = mode === 'mixed' ? (i % 2 === 0 ? 'retry' : 'burst') : mode;
      const attempts = [];
      if (style === 'burst') {
        await Promise.all(Array.from({ length: copies }, () => sendUntilAnswered(url, ballot, attempts)));
      } else {
        for (let k = 0; k < copies; k++) await sendUntilAnswered(url, ballot, attempts);
      }
      return { voter: i, style, proposalIds: ballot.proposalIds, attempts };
    }),
  );
}

/** Counts of answers by status (0 = connection lost), and how many 201s were replays. */
export function answerCounts(outcomes) {
  const statuses = {};
  let replayed = 0;
  for (const o of outcomes) {
    for (const a of o.attempts) {
      statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      if (a.replayed) replayed++;
    }
  }
  return { statuses, replayed };
}

/** Ballots of a budget and how many break it, counted by the local-only bench route. */
export async function benchBallotCount(url, { tenant = 'kuopio', process, budget }) {
  return json(await fetch(`${url}/v1/_bench/pb/${tenant}/${process}/budgets/${budget}/ballots`), 'ballot count');
}

/** Records of `;`-separated text with `"…"` quoting (quotes doubled, line breaks inside quotes). */
function records(text) {
  const out = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1 || row[0] !== '') out.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) out.push([...row, field]);
  return out;
}

/** The pabulib `.pb` export: META, PROJECTS costs and the VOTES (proposal ids per ballot). */
export function readPb(text) {
  const meta = {};
  const costs = new Map();
  const votes = [];
  let section = '';
  let header = null;
  for (const cells of records(text)) {
    if (cells.length === 1 && /^(META|PROJECTS|VOTES)$/.test(cells[0])) {
      section = cells[0];
      header = null;
      continue;
    }
    if (!header) {
      header = cells;
      continue;
    }
    const row = Object.fromEntries(header.map((h, k) => [h, cells[k]]));
    if (section === 'META') meta[row.key] = row.value;
    else if (section === 'PROJECTS') costs.set(row.project_id, Number(row.cost));
    else if (section === 'VOTES') votes.push(row.vote ? row.vote.split(',') : []);
  }
  return { meta, costs, votes };
}
