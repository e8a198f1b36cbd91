/**
 * A fixed-window rate limit on any key (an IP's or an address's HMAC), reusing the API's
 * rate_limits table. Over the limit → 429 `rate-limited` with Retry-After.
 */
import { hitRateLimit } from '../db/rate-limits.js';
import { parseLimit } from '../middleware/rate-limit.js';
import { ProblemError } from '../lib/problem-error.js';

export async function hitLimit(db: D1Database, bucket: string, spec: string | undefined, fallback: string): Promise<void> {
  const { count, seconds } = parseLimit(spec, fallback);
  const now = Math.floor(Date.now() / 1000);
  const windowStart = now - (now % seconds);
  const windowEnd = windowStart + seconds;
  const hits = await hitRateLimit(db, `${bucket}:${windowStart}`, windowEnd);
  if (hits > count) throw new ProblemError(429, 'rate-limited', { retryAfter: Math.max(1, windowEnd - now) });
}
