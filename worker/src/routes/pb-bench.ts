/**
 * Local-mode-only routes for tests/bench/ballot-bench.mjs (404 in production), under
 * `/v1/_bench/pb`: a bare one-row D1 insert (the baseline ballot submission is compared with),
 * voter sessions made in bulk (so the bench measures casting, not verification), and a count of
 * a budget's ballots with how many break the budget.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { problemResponse } from '../lib/problem-response.js';
import { sha256Hex } from '../lib/crypto.js';
import { newVoterToken } from '../pb/voter-identity.js';

export const pbBench = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (c.env.MODE !== 'local') return problemResponse(404, 'not-found');
    await next();
  })
  .post('/insert-one', async (c) => {
    await c.env.DB.prepare('INSERT INTO bench_rows (payload, created_at) VALUES (?1, ?2)').bind('x', new Date().toISOString()).run();
    return c.json({ ok: true }, 201);
  })
  .post('/:tenant/:process/voters/:count{[0-9]{1,4}}', async (c) => {
    const count = Math.min(5000, Number(c.req.param('count')));
    const expires = new Date(Date.now() + 3600_000).toISOString();
    const tokens: string[] = [];
    const statements: D1PreparedStatement[] = [];
    for (let i = 0; i < count; i++) {
      const token = newVoterToken();
      tokens.push(token);
      statements.push(
        c.env.DB.prepare(`INSERT INTO voter_sessions (token_hash, tenant_id, process_id, voter_key, method, expires_at) VALUES (?1, ?2, ?3, ?4, 'printed', ?5)`).bind(
          await sha256Hex(token),
          c.req.param('tenant'),
          c.req.param('process'),
          `bench-${token.slice(3, 23)}`,
          expires,
        ),
      );
    }
    await c.env.DB.batch(statements);
    return c.json(tokens, 201);
  })
  .get('/:tenant/:process/budgets/:budget/ballots', async (c) => {
    const { tenant, process, budget } = c.req.param();
    const rows = await c.env.DB.prepare('SELECT proposal_ids FROM ballots WHERE tenant_id = ?1 AND process_id = ?2 AND budget_id = ?3').bind(tenant, process, budget).all<{ proposal_ids: string }>();
    const costs = new Map(
      (await c.env.DB.prepare('SELECT id, cost_eur FROM proposals WHERE tenant_id = ?1 AND process_id = ?2 AND budget_id = ?3').bind(tenant, process, budget).all<{ id: string; cost_eur: number }>()).results.map((r) => [r.id, r.cost_eur]),
    );
    const amount = await c.env.DB.prepare('SELECT amount_eur FROM budgets WHERE tenant_id = ?1 AND process_id = ?2 AND id = ?3').bind(tenant, process, budget).first<number>('amount_eur');
    const over = rows.results.filter((r) => (JSON.parse(r.proposal_ids) as string[]).reduce((sum, id) => sum + (costs.get(id) ?? 0), 0) > (amount ?? 0)).length;
    return c.json({ ballots: rows.results.length, overBudget: over });
  });
