/**
 * Ballot integrity under load through the real stack (issue 3, "500 voters casting concurrently,
 * each retrying twice, produce exactly 500 ballots and no ballot over budget"): scripts/start.mjs
 * (wrangler dev, local D1, the demo seed with `pb-2026` open) on ports 8798/9238, plain HTTP,
 * nothing mocked. 500 voters (sessions opened in bulk through the local-only bench route) cast
 * their city-wide ballots at once, each sending it three times with one Idempotency-Key: half
 * resend after each answer (two lost answers), half send all three copies simultaneously. What
 * was stored is then read back the way anyone can check it, not from the answers: staff close the
 * vote (admin API) and the `.pb` export must hold exactly 500 ballots, none over budget, and every
 * voter's receipt code checks as counted.
 *
 * Run alone: `npm run build && node --test tests/e2e/pb-concurrency.e2e.mjs`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startWorker } from '../helpers/start-worker.mjs';
import { answerCounts, benchBallotCount, castBallots, fittingPicks, openVoterSessions, readPb, resendable } from '../helpers/pb-voters.mjs';

const voters = 500;
const process_ = 'pb-2026';
const budget = 'koko-kaupunki';
let worker;
let picks;
let outcomes;

before(async () => {
  worker = await startWorker({ port: 8798, inspectorPort: 9238 });
  assert.ok(worker.keys.admin, 'start.mjs printed an ADMIN_KEY');
});

after(async () => {
  await worker?.stop();
});

const admin = (method, path) =>
  fetch(`${worker.url}/v1/kuopio${path}`, { method, headers: { authorization: `Bearer ${worker.keys.admin}` } });

describe('500 voters casting at once, each sending its ballot three times', () => {
  test('every voter gets one receipt, however often and however at once it sent', { timeout: 600_000 }, async (t) => {
    const tokens = await openVoterSessions(worker.url, { process: process_, count: voters });
    assert.equal(new Set(tokens).size, voters);
    ({ picks } = await fittingPicks(worker.url, { process: process_, budget, count: voters }));
    outcomes = await castBallots(worker.url, { process: process_, budget, tokens, picks, copies: 3, mode: 'mixed' });
    const { statuses, replayed } = answerCounts(outcomes);
    // how often the dev stack dropped or refused a copy (0, 503) and copies met one in flight (409)
    t.diagnostic(`answers by status: ${JSON.stringify(statuses)}, replayed: ${replayed}`);
    for (const o of outcomes) {
      const receipts = new Set(o.attempts.filter((a) => a.status === 201).map((a) => a.body.receiptCode));
      assert.equal(receipts.size, 1, `voter ${o.voter} (${o.style}) got ${receipts.size} receipts: ${JSON.stringify(o.attempts.map((a) => a.status))}`);
      const fresh = o.attempts.filter((a) => a.status === 201 && !a.replayed).length;
      // a connection lost after the server answered can hide the fresh answer; never two of them
      assert.ok(fresh <= 1, `voter ${o.voter} was answered as a new ballot ${fresh} times`);
      // besides receipts, only answers a client resends on (lost connection, 503, in flight)
      for (const a of o.attempts) assert.ok(a.status === 201 || resendable(a), `voter ${o.voter}: unexpected ${a.status} ${JSON.stringify(a.body)}`);
    }
    assert.ok(replayed >= voters, `at least one replay per voter (got ${replayed}; ${JSON.stringify(statuses)})`);
  });

  test('the local count has exactly 500 ballots, none over budget', async () => {
    assert.ok(outcomes, 'the casting test ran');
    assert.deepEqual(await benchBallotCount(worker.url, { process: process_, budget }), { ballots: voters, overBudget: 0 });
  });

  test("staff's .pb export after closing holds exactly the 500 ballots cast, none over budget", { timeout: 300_000 }, async () => {
    assert.ok(outcomes, 'the casting test ran');
    const closed = await admin('POST', `/admin/processes/${process_}/voting/close`);
    assert.equal(closed.status, 200, await closed.clone().text());
    const res = await fetch(`${worker.url}/v1/kuopio/processes/${process_}/budgets/${budget}/results.pb`);
    assert.equal(res.status, 200);
    const pb = readPb(await res.text());
    assert.equal(pb.votes.length, voters);
    assert.equal(Number(pb.meta.num_votes), voters);
    const amount = Number(pb.meta.budget);
    const over = pb.votes.filter((ids) => ids.reduce((sum, id) => sum + (pb.costs.get(id) ?? Infinity), 0) > amount);
    assert.deepEqual(over, [], 'no stored ballot breaks the budget');
    // the stored ballots are exactly the ones cast (as multisets of sorted id lists)
    const key = (ids) => [...ids].sort().join(',');
    const expected = outcomes.map((o) => key(o.proposalIds)).sort();
    assert.deepEqual(pb.votes.map(key).sort(), expected);
  });

  test('every receipt checks as counted', { timeout: 300_000 }, async () => {
    assert.ok(outcomes, 'the casting test ran');
    const codes = outcomes.map((o) => o.attempts.find((a) => a.status === 201)?.body.receiptCode ?? 'none');
    const statuses = {};
    // a few at a time: this is the check a voter makes, not a load test
    for (let i = 0; i < codes.length; i += 25) {
      const batch = await Promise.all(
        codes.slice(i, i + 25).map(async (code) => (await fetch(`${worker.url}/v1/kuopio/processes/${process_}/receipts/${code}`)).json()),
      );
      for (const r of batch) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
    assert.deepEqual(statuses, { counted: voters });
  });
});
