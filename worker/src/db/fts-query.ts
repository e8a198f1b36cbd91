/**
 * Turns what a resident typed into a safe FTS5 query: each word becomes a quoted prefix term, all
 * of which must match. Returns null when nothing searchable is left.
 *
 * @example ftsQuery('leikki "puisto') // '"leikki"* "puisto"*'
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 10);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
