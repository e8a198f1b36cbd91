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
