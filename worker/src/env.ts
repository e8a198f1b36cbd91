/**
 * Bindings of the worker (wrangler.jsonc) and the per-request variables the middleware sets.
 */
import type { Role } from '@osallistu/contract';
import type { TenantRow } from './db/tenants.js';

export interface Env {
  DB: D1Database;
  /** Built element bundles and the demo page (build/assets). Missing in some tests. */
  ASSETS?: Fetcher;
  MODE: string;
  /** Secret for supporter and IP hashes; production sets it with `wrangler secret put`. */
  HASH_SECRET: string;
  /** Optional overrides of the rate limits, "count/seconds" (e.g. "5/600"). */
  RATE_LIMIT_IDEAS?: string;
  RATE_LIMIT_COMMENTS?: string;
  RATE_LIMIT_SUPPORTS?: string;
  /** Participatory budgeting (issue 3): voter-code rate limits, "count/seconds". */
  RATE_LIMIT_CODE_REQUESTS_IP?: string;
  RATE_LIMIT_CODE_REQUESTS_EMAIL?: string;
  RATE_LIMIT_CODE_VERIFY_IP?: string;
  /** Production email (worker/src/mail/mail-sender.ts): an HTTP API or the send_email binding. */
  MAIL_API_URL?: string;
  MAIL_API_KEY?: string;
  MAIL_FROM?: string;
  SEND_EMAIL?: SendEmail;
}

export interface Variables {
  tenant: TenantRow;
  /** Parsed JSON body of POST/PUT/PATCH (undefined when the request had no body). */
  body: unknown;
  /** SHA-256 hex of the raw body bytes (empty string for no body), for idempotency. */
  bodyHash: string;
  role: Role;
  /** Who acts on admin routes: the key's label, or `signed:<role>`. */
  actor: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: Variables;
}
