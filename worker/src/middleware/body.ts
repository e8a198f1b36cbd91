/**
 * Reads the body of POST/PUT/PATCH once: size limit (Content-Length and the actual bytes) → 413,
 * non-JSON content type → 415, invalid UTF-8 or JSON → 400. Sets `c.var.body` (parsed, or
 * undefined when empty) and `c.var.bodyHash` (SHA-256 hex of the bytes).
 */
import { createMiddleware } from 'hono/factory';
import { limits } from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { sha256Hex } from '../lib/crypto.js';
import { ProblemError } from '../lib/problem-error.js';

const jsonType = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;
/** Admin imports (`…/admin/areas/import`, `…/admin/indicators/import`) may be larger; CSV comes as text. */
const importPath = /\/admin\/[a-z-]+\/import$/;
const csvType = /^text\/csv\s*(;|$)/i;

async function readLimited(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new ProblemError(413, 'payload-too-large', { detail: `At most ${max} bytes` });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export const body = createMiddleware<AppEnv>(async (c, next) => {
  const method = c.req.method;
  if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH' && method !== 'DELETE') {
    await next();
    return;
  }
  const max = importPath.test(c.req.path) ? limits.importBytes : limits.bodyBytes;
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > max) {
    throw new ProblemError(413, 'payload-too-large', { detail: `At most ${max} bytes` });
  }
  const bytes = await readLimited(c.req.raw.body, max);
  c.set('bodyHash', await sha256Hex(bytes));
  if (bytes.byteLength === 0) {
    c.set('body', undefined);
    await next();
    return;
  }
  if (importPath.test(c.req.path) && csvType.test(c.req.header('content-type') ?? '')) {
    try {
      c.set('body', new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
    } catch {
      throw new ProblemError(400, 'malformed-json', { detail: 'The CSV is not valid UTF-8' });
    }
    await next();
    return;
  }
  if (!jsonType.test(c.req.header('content-type') ?? '')) {
    throw new ProblemError(415, 'unsupported-media-type');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    throw new ProblemError(400, 'malformed-json');
  }
  c.set('body', parsed);
  await next();
});
