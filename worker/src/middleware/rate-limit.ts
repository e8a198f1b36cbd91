/**
 * Per-IP fixed-window rate limit for resident writes (ideas, comments, supports). The IP is kept
 * only as an HMAC inside the bucket name. Limits are "count/seconds", overridable per env var.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Env } from '../env.js';
import { hitRateLimit } from '../db/rate-limits.js';
import { hmacHex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';

export type RateScope = 'ideas' | 'comments' | 'supports';

const defaults: Record<RateScope, string> = { ideas: '20/3600', comments: '30/3600', supports: '200/3600' };
const envNames: Record<RateScope, keyof Env> = {
  ideas: 'RATE_LIMIT_IDEAS',
  comments: 'RATE_LIMIT_COMMENTS',
  supports: 'RATE_LIMIT_SUPPORTS',
};

export function parseLimit(value: string | undefined, fallback: string): { count: number; seconds: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '') ?? /^(\d+)\/(\d+)$/.exec(fallback)!;
  return { count: Number(match[1]), seconds: Math.max(1, Number(match[2])) };
}

export function rateLimit(scope: RateScope) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { count, seconds } = parseLimit(c.env[envNames[scope]] as string | undefined, defaults[scope]);
    const ip = c.req.header('cf-connecting-ip') ?? 'local';
    const ipHash = (await hmacHex(c.env.HASH_SECRET, `ip:${ip}`)).slice(0, 24);
    const now = Math.floor(Date.now() / 1000);
    const windowStart = now - (now % seconds);
    const windowEnd = windowStart + seconds;
    const hits = await hitRateLimit(c.env.DB, `${scope}:${c.var.tenant.id}:${ipHash}:${windowStart}`, windowEnd);
    if (hits > count) {
      throw new ProblemError(429, 'rate-limited', { retryAfter: Math.max(1, windowEnd - now) });
    }
    await next();
  });
}
