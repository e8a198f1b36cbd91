/**
 * Tokens of follow links (confirm, unsubscribe): `<follow id>.<HMAC>`. Nothing is stored; a token
 * is valid as long as its follow exists, so an unsubscribe link works without any login.
 *
 * @example const token = await followToken(env.HASH_SECRET, 'abc123');
 */
import { hmacHex } from '../lib/crypto.js';

export async function followToken(secret: string, id: string): Promise<string> {
  return `${id}.${(await hmacHex(secret, `follow:${id}`)).slice(0, 40)}`;
}

/** The follow id a token names, or null when the token is not one of ours. */
export async function followIdOf(secret: string, token: string): Promise<string | null> {
  const match = /^([a-z0-9]{8,40})\.([0-9a-f]{40})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const expected = (await hmacHex(secret, `follow:${match[1]}`)).slice(0, 40);
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ match[2].charCodeAt(i);
  return diff === 0 ? match[1] : null;
}
