/**
 * Voter identity without keeping identities: addresses and printed codes are normalised and
 * HMAC-ed with HASH_SECRET. The voter key is scoped to the process, so keys of two processes
 * cannot be joined. Tokens and codes come from the platform's CSPRNG.
 */
import { hmacHex, randomId } from '../lib/crypto.js';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Printed codes are typed with or without dashes and spaces, in any case. */
export function normalisePrintedCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/** `ABCD-EFGH-JKLM` for printing and reading aloud. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export function emailHash(secret: string, email: string): Promise<string> {
  return hmacHex(secret, `email:${normaliseEmail(email)}`);
}

export function voterKey(secret: string, tenantId: string, processId: string, identity: string): Promise<string> {
  return hmacHex(secret, `voter:${tenantId}:${processId}:${identity}`);
}

export function emailCodeHash(secret: string, processId: string, hashOfEmail: string, code: string): Promise<string> {
  return hmacHex(secret, `email-code:${processId}:${hashOfEmail}:${code}`);
}

/** Six digits, uniformly (rejection sampling). */
export function newEmailCode(): string {
  for (;;) {
    const n = crypto.getRandomValues(new Uint32Array(1))[0]!;
    if (n < 4_294_000_000) return String(n % 1_000_000).padStart(6, '0');
  }
}

/** 12 characters from an unambiguous alphabet (≈ 60 bits), uppercase. */
export function newPrintedCode(): string {
  return randomId(12).toUpperCase();
}

export function newReceiptCode(): string {
  return formatCode(randomId(12).toUpperCase());
}

export function newVoterToken(): string {
  return 'vt_' + randomId(40);
}
