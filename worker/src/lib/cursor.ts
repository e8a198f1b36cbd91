/**
 * Opaque keyset cursors: base64url of a JSON array of the sort key values of the last item.
 *
 * @example encodeCursor(['2026-11-29T06:00:00.000Z', 'abc']) // 'WyIyMDI2…'
 */
import { fieldProblem } from './problem-error.js';

export type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  const json = JSON.stringify(values);
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a cursor whose values have the given types; anything else is a 422 on `cursor`. */
export function decodeCursor(cursor: string, shape: ('string' | 'number')[]): CursorValue[] {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('charset');
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    const values: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!Array.isArray(values) || values.length !== shape.length) throw new Error('shape');
    values.forEach((value, i) => {
      if (typeof value !== shape[i]) throw new Error('type');
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('number');
    });
    return values as CursorValue[];
  } catch {
    throw fieldProblem([{ path: 'cursor', code: 'invalid-value' }]);
  }
}
