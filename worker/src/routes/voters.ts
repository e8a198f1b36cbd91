/**
 * Voters under `/v1/{tenant}/processes/{process}`: an email one-time code (request, verify), a
 * printed voting code (verify), a short-lived voter token, the voter's ballots, and casting a
 * ballot per budget. Refusals are problems with stable, translated codes.
 *
 * @example POST /v1/kuopio/processes/pb-2026/voter/email-code {"email":"maija@example.fi"}
 * @example POST /v1/kuopio/processes/pb-2026/budgets/koko-kaupunki/ballot {"proposalIds":["p1"]}
 */
import { Hono, type Context } from 'hono';
import {
  BallotInputSchema,
  checkBallot,
  EmailCodeRequestSchema,
  VerifyInputSchema,
  type BallotReceipt,
  type EmailCodeSent,
  type FieldError,
  type Language,
  type Process,
  type VoterSession,
  type VoterStatus,
} from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { getVotingSettings, listBudgets } from '../db/budgets.js';
import { proposalCosts } from '../db/proposals.js';
import { castBallot, listVoterBallots } from '../db/ballots.js';
import { usePrintedCode } from '../db/printed-codes.js';
import { openVoterSession } from '../db/voter-sessions.js';
import { validate } from '../middleware/validate.js';
import { sha256Hex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';
import { emailCodeMessage } from '../mail/email-code-message.js';
import { votingOpen } from '../pb/voting-window.js';
import { requireVoter } from '../pb/voter-auth.js';
import { limitVerifyAttempts, sendEmailCode, spendEmailCode, verifiedTokenLifetimeMs } from '../auth/email-code-check.js';
import { newReceiptCode, newVoterToken, normalisePrintedCode, voterKey } from '../pb/voter-identity.js';
import { requireProcess } from './load.js';

/** Awaits all at once; the first refusal in argument order (not in time) is the one thrown. */
async function inOrder<T extends unknown[]>(...promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as T;
}

async function openProcess(c: Context<AppEnv>): Promise<Process> {
  const process = await requireProcess(c, c.req.param('process') ?? '');
  if (!votingOpen(process)) throw new ProblemError(409, 'voting-closed');
  return process;
}

export const voters = new Hono<AppEnv>()
  .post('/voter/email-code', validate('json', EmailCodeRequestSchema), async (c) => {
    const process = await openProcess(c);
    const tenant = c.var.tenant;
    const { email, lang } = c.req.valid('json');
    const expiresAt = await sendEmailCode(c, process.id, email, (code) => emailCodeMessage((lang ?? 'fi') as Language, code, { kind: 'vote', title: process.title }, tenant.name));
    const sent: EmailCodeSent = { expiresAt };
    return c.json(sent, 202);
  })
  .post('/voter/verify', validate('json', VerifyInputSchema), async (c) => {
    const process = await openProcess(c);
    const tenant = c.var.tenant;
    const db = c.env.DB;
    const input = c.req.valid('json');
    await limitVerifyAttempts(c);
    const settings = await getVotingSettings(db, tenant.id, process.id, tenant.name);
    // The declaration first, so a slip there does not spend the code.
    const norm = (s: string) => s.trim().toLocaleLowerCase('fi');
    if (norm(input.declaration.municipality) !== norm(settings.municipality)) {
      const errors: FieldError[] = [{ path: 'declaration.municipality', code: 'wrong-municipality' }];
      throw new ProblemError(422, 'not-eligible', { errors });
    }
    const now = new Date();
    let identity: string;
    if (input.method === 'email') {
      identity = await spendEmailCode(c, process.id, input.email, input.code, now);
    } else {
      const code = normalisePrintedCode(input.code);
      if (!(await usePrintedCode(db, tenant.id, process.id, code, now.toISOString()))) throw new ProblemError(422, 'code-invalid');
      identity = `printed:${code}`;
    }
    const key = await voterKey(c.env.HASH_SECRET, tenant.id, process.id, identity);
    const token = newVoterToken();
    const expiresAt = new Date(now.getTime() + verifiedTokenLifetimeMs).toISOString();
    await openVoterSession(db, {
      tokenHash: await sha256Hex(token),
      tenantId: tenant.id,
      processId: process.id,
      voterKey: key,
      method: input.method,
      expiresAt,
      now: now.toISOString(),
    });
    const session: VoterSession = {
      token,
      processId: process.id,
      method: input.method,
      expiresAt,
      ballots: await listVoterBallots(db, tenant.id, process.id, key),
    };
    return c.json(session, 201);
  })
  .get('/voter', async (c) => {
    const process = await requireProcess(c, c.req.param('process') ?? '');
    const session = await requireVoter(c, process.id);
    const status: VoterStatus = {
      processId: process.id,
      method: session.method,
      expiresAt: session.expires_at,
      ballots: await listVoterBallots(c.env.DB, c.var.tenant.id, process.id, session.voter_key),
    };
    return c.json(status);
  })
  .post('/budgets/:budget/ballot', validate('json', BallotInputSchema), async (c) => {
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const processId = c.req.param('process') ?? '';
    const budgetId = c.req.param('budget');
    // The four reads do not depend on each other: one round of D1 latency instead of four. Their
    // refusals still come in the documented order (process, token, budget).
    const [process, session, budgets, costs] = await inOrder(
      requireProcess(c, processId),
      requireVoter(c, processId),
      listBudgets(db, tenantId, processId),
      proposalCosts(db, tenantId, processId, budgetId),
    );
    const budget = budgets.find((b) => b.id === budgetId);
    if (!budget) throw new ProblemError(404, 'budget-not-found');
    // The deadline is the server's clock, checked after everything slow above.
    if (!votingOpen(process)) throw new ProblemError(409, 'voting-closed');
    const { proposalIds } = c.req.valid('json');
    const check = checkBallot(budget, costs, proposalIds);
    if (!check.valid) {
      const errors: FieldError[] = check.violations.map((violation) => {
        const id = violation.proposalId;
        const index = id === undefined ? -1 : violation.code === 'duplicate-proposal' ? proposalIds.lastIndexOf(id) : proposalIds.indexOf(id);
        const path = index >= 0 ? `proposalIds.${index}` : 'proposalIds';
        return violation.limit === undefined ? { path, code: violation.code } : { path, code: violation.code, limit: violation.limit };
      });
      throw new ProblemError(422, 'ballot-rejected', { errors });
    }
    const replaceBudgetIds =
      budget.eligibility === 'one-area' ? budgets.filter((b) => b.eligibility === 'one-area' && b.id !== budget.id).map((b) => b.id) : [];
    const receipt: BallotReceipt = {
      budgetId: budget.id,
      proposalIds: [...proposalIds].sort(),
      receiptCode: newReceiptCode(),
      castAt: new Date().toISOString(),
      replaced: [],
    };
    receipt.replaced = await castBallot(db, {
      tenantId,
      processId: process.id,
      budgetId: budget.id,
      voterKey: session.voter_key,
      proposalIds: receipt.proposalIds,
      receiptCode: receipt.receiptCode,
      castAt: receipt.castAt,
      replaceBudgetIds,
    });
    return c.json(receipt, 201);
  });
