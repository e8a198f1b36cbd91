/**
 * Hashes used by the API: SHA-256 of API keys and bodies, HMAC of supporter ids and IPs.
 */
const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(data: string | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

export async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

const alphabet = 'abcdefghijkmnopqrstuvwxyz23456789';

/** A random id of `length` characters from an unambiguous lowercase alphabet (≈ 5 bits each). */
export function randomId(length = 14): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const b of bytes) id += alphabet[b % alphabet.length];
  return id;
}

/** A new API key: `osk_` and 40 random characters (≈ 200 bits). */
export function newApiKey(): string {
  return 'osk_' + randomId(40);
}
