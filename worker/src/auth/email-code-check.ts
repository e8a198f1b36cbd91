/**
 * The email one-time code check, shared by voting (scope = the process id) and strict surveys
 * (scope = `survey:{id}`; ids never hold a colon, so scopes cannot collide). One live code per
 * address and scope: 6 digits, 10 minutes, the 5th wrong guess deletes it. The rate-limit buckets
 * are per tenant, not per scope, so asking for codes for a survey and a vote at once gets an
 * address no more mail than voting alone. Addresses are kept as HMACs; the plaintext goes with
 * the code row when it is used, locked or expired.
 *
 * @example await sendEmailCode(c, 'pb-2026', email, (code) => emailCodeMessage('fi', code, { kind: 'vote', title: process.title }, name));
 * @example await spendEmailCode(c, 'survey:asuinalue', email, '123456'); // throws code-invalid …
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { countWrongAttempt, deleteEmailCode, getEmailCode, putEmailCode } from '../db/email-codes.js';
import { hmacHex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';
import { requestMailSender } from '../mail/mail-sender.js';
import { hitLimit } from '../pb/rate-limit-hit.js';
import { emailCodeHash, emailHash, newEmailCode, normaliseEmail } from '../pb/voter-identity.js';

const codeLifetimeMs = 10 * 60 * 1000;
/** How long the token a verified code gives (a voter's or a strict survey respondent's) lives. */
export const verifiedTokenLifetimeMs = 30 * 60 * 1000;
/** Wrong guesses a code survives; the next one deletes it. */
const maxAttempts = 5;

async function ipHash(c: Context<AppEnv>): Promise<string> {
  return (await hmacHex(c.env.HASH_SECRET, `ip:${c.req.header('cf-connecting-ip') ?? 'local'}`)).slice(0, 24);
}

/**
 * Rate-limits code requests (per IP and per address), stores a new code and mails it. Returns its
 * expiry. Mail that cannot go out is 503 `mail-unavailable`: with no sender configured before any
 * limit is spent; when the service fails, the unsent code is deleted again.
 */
export async function sendEmailCode(
  c: Context<AppEnv>,
  scope: string,
  email: string,
  message: (code: string) => { subject: string; text: string },
): Promise<string> {
  const tenant = c.var.tenant;
  const mail = requestMailSender(c.env, tenant.id);
  const hash = await emailHash(c.env.HASH_SECRET, email);
  await hitLimit(c.env.DB, `vcode-ip:${tenant.id}:${await ipHash(c)}`, c.env.RATE_LIMIT_CODE_REQUESTS_IP, '20/600');
  await hitLimit(c.env.DB, `vcode-email:${tenant.id}:${hash.slice(0, 24)}`, c.env.RATE_LIMIT_CODE_REQUESTS_EMAIL, '3/600');
  const code = newEmailCode();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + codeLifetimeMs).toISOString();
  await putEmailCode(c.env.DB, {
    tenantId: tenant.id,
    processId: scope,
    emailHash: hash,
    email: normaliseEmail(email),
    codeHash: await emailCodeHash(c.env.HASH_SECRET, scope, hash, code),
    expiresAt,
    now: now.toISOString(),
  });
  try {
    await mail.send({ to: normaliseEmail(email), ...message(code) });
  } catch (error) {
    await deleteEmailCode(c.env.DB, tenant.id, scope, hash);
    throw error;
  }
  return expiresAt;
}

/** Rate-limits verification attempts per IP (30 per 10 minutes). */
export async function limitVerifyAttempts(c: Context<AppEnv>): Promise<void> {
  await hitLimit(c.env.DB, `vverify-ip:${c.var.tenant.id}:${await ipHash(c)}`, c.env.RATE_LIMIT_CODE_VERIFY_IP, '30/600');
}

/**
 * Checks and spends the code of the address in this scope: 422 `code-invalid` / `code-expired`,
 * 429 `code-locked` (5th wrong guess). A used code is deleted with its plaintext address; of two
 * parallel correct answers only one passes. Returns the identity `email:{normalised address}`.
 */
export async function spendEmailCode(c: Context<AppEnv>, scope: string, email: string, code: string, now: Date): Promise<string> {
  const db = c.env.DB;
  const tenantId = c.var.tenant.id;
  const hash = await emailHash(c.env.HASH_SECRET, email);
  const row = await getEmailCode(db, tenantId, scope, hash);
  if (!row) throw new ProblemError(422, 'code-invalid');
  if (row.expires_at <= now.toISOString()) {
    await deleteEmailCode(db, tenantId, scope, hash);
    throw new ProblemError(422, 'code-expired');
  }
  if (row.attempts >= maxAttempts) {
    await deleteEmailCode(db, tenantId, scope, hash);
    throw new ProblemError(429, 'code-locked');
  }
  const expected = await emailCodeHash(c.env.HASH_SECRET, scope, hash, code.trim());
  if (expected !== row.code_hash) {
    const attempts = await countWrongAttempt(db, tenantId, scope, hash);
    if (attempts >= maxAttempts) {
      await deleteEmailCode(db, tenantId, scope, hash);
      throw new ProblemError(429, 'code-locked');
    }
    throw new ProblemError(422, 'code-invalid');
  }
  // Used: the row (and with it the plaintext address) is gone. Only one parallel answer wins.
  if (!(await deleteEmailCode(db, tenantId, scope, hash))) throw new ProblemError(422, 'code-invalid');
  return `email:${normaliseEmail(email)}`;
}
