/**
 * A random id of 32 hex characters from `crypto.getRandomValues` (works outside secure contexts,
 * unlike `crypto.randomUUID`). Used for idempotency keys and supporter ids.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
