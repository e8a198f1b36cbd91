/** The server clock as an ISO 8601 UTC string with milliseconds (sortable as text). */
export function nowIso(): string {
  return new Date().toISOString();
}
