/**
 * Participatory-budgeting world on top of fixture.ts: process `vote` (voting open now) and
 * `past` (voting ended yesterday), each with a city-wide budget (knapsack, 100 000 €) and two
 * area budgets (a1, a2; 30 000 €, `one-area`), proposals inserted directly, and helpers to
 * verify voters through the real API.
 */
import { env } from 'cloudflare:test';
import { call, json, keys, seedFixture } from './fixture.js';

const day = 24 * 60 * 60 * 1000;

export function votingPhases(now: number, state: 'open' | 'ended') {
  const votingStart = state === 'open' ? now - 2 * day : now - 10 * day;
  const votingEnd = state === 'open' ? now + 5 * day : now - day;
  return [
    { kind: 'ideation', startsAt: new Date(votingStart - 60 * day).toISOString(), endsAt: new Date(votingStart - 30 * day).toISOString() },
    { kind: 'voting', startsAt: new Date(votingStart).toISOString(), endsAt: new Date(votingEnd).toISOString() },
    { kind: 'implementation', startsAt: new Date(votingEnd + day).toISOString(), endsAt: new Date(votingEnd + 300 * day).toISOString() },
  ];
}

/** Costs of the city-wide proposals c1…c6 and the area proposals. */
export const cityCosts: Record<string, number> = { c1: 40000, c2: 35000, c3: 30000, c4: 25000, c5: 20000, c6: 10000 };

export async function seedPb(): Promise<void> {
  await seedFixture();
  const db = env.DB;
  const now = new Date().toISOString();
  const statements: D1PreparedStatement[] = [];
  for (const [id, state] of [['vote', 'open'], ['past', 'ended']] as const) {
    statements.push(
      db
        .prepare(
          `INSERT INTO processes (tenant_id, id, kind, title, description, budget_eur, phases, created_at, updated_at)
           VALUES ('testcity', ?1, 'participatory-budgeting', ?2, '{"fi":"Kuvaus"}', 160000, ?3, ?4, ?4)`,
        )
        .bind(id, JSON.stringify({ fi: `Äänestys ${id}`, en: `Vote ${id}` }), JSON.stringify(votingPhases(Date.now(), state)), now),
      db.prepare(`INSERT INTO pb_settings (tenant_id, process_id, min_age, municipality) VALUES ('testcity', ?1, 13, 'Testikaupunki')`).bind(id),
      db
        .prepare(
          `INSERT INTO budgets (tenant_id, process_id, id, name, area_id, amount_eur, ballot_rule, counting_rule, eligibility, position)
           VALUES ('testcity', ?1, 'city', '{"fi":"Koko kaupunki"}', NULL, 100000, '{"kind":"knapsack","minProposals":1,"maxProposals":4,"minSharePercent":0}', ?2, 'all', 0)`,
        )
        .bind(id, id === 'past' ? 'mes-add1' : 'greedy'),
      db
        .prepare(
          `INSERT INTO budgets (tenant_id, process_id, id, name, area_id, amount_eur, ballot_rule, counting_rule, eligibility, position)
           VALUES ('testcity', ?1, 'area-a1', '{"fi":"Keskusta"}', 'a1', 30000, '{"kind":"knapsack","minProposals":1,"maxProposals":null,"minSharePercent":50}', 'greedy', 'one-area', 1)`,
        )
        .bind(id),
      db
        .prepare(
          `INSERT INTO budgets (tenant_id, process_id, id, name, area_id, amount_eur, ballot_rule, counting_rule, eligibility, position)
           VALUES ('testcity', ?1, 'area-a2', '{"fi":"Niirala"}', 'a2', 30000, '{"kind":"approval","minProposals":1,"maxProposals":2,"minSharePercent":0}', 'greedy', 'one-area', 2)`,
        )
        .bind(id),
    );
    const proposal = (pid: string, budget: string, cost: number, area: string | null) =>
      db
        .prepare(
          `INSERT INTO proposals (id, tenant_id, process_id, budget_id, title, summary, theme_id, area_id, cost_eur, created_at)
           VALUES (?1, 'testcity', ?2, ?3, ?4, 'Kuvaus ehdotuksesta', 'parks', ?5, ?6, ?7)`,
        )
        .bind(id === 'vote' ? pid : `${id}-${pid}`, id, budget, `Ehdotus ${pid}`, area, cost, now);
    for (const [pid, cost] of Object.entries(cityCosts)) statements.push(proposal(pid, 'city', cost, null));
    statements.push(proposal('k1', 'area-a1', 20000, 'a1'), proposal('k2', 'area-a1', 12000, 'a1'), proposal('k3', 'area-a1', 9000, 'a1'));
    statements.push(proposal('n1', 'area-a2', 25000, 'a2'), proposal('n2', 'area-a2', 15000, 'a2'), proposal('n3', 'area-a2', 5000, 'a2'));
  }
  await db.batch(statements);
}

export const declaration = { ageConfirmed: true, municipality: 'testikaupunki ' } as const;

/** Makes `count` printed codes for a process through the admin API; returns them as printed. */
export async function printedCodes(process: string, count: number): Promise<string[]> {
  const r = await call(`/admin/processes/${process}/printed-codes`, { body: { count, label: 'Testi' }, key: keys.admin });
  if (r.status !== 201) throw new Error(`printed codes: ${r.status} ${await r.text()}`);
  const batch = await json<{ csv: string }>(r);
  const csv = await (await call(batch.csv, { key: keys.admin })).text();
  return csv.trim().split('\n').slice(1).map((line) => line.split(',')[1]!);
}

/** A voter token through a printed code (each voter from its own IP, to stay under rate limits). */
export async function voterToken(process = 'vote', ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`): Promise<string> {
  const [code] = await printedCodes(process, 1);
  const r = await call(`/processes/${process}/voter/verify`, { body: { method: 'printed', code, declaration }, headers: { 'cf-connecting-ip': ip } });
  if (r.status !== 201) throw new Error(`verify: ${r.status} ${await r.text()}`);
  return (await json<{ token: string }>(r)).token;
}

export function ballot(process: string, budget: string, token: string, proposalIds: unknown, idempotencyKey?: string): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  return call(`/processes/${process}/budgets/${budget}/ballot`, { body: { proposalIds }, headers });
}
