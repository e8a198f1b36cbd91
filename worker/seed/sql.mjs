/**
 * The few helpers every part of the demo seed shares (scripts/seed.mjs and worker/seed/*-seed.mjs):
 * SQL literals and INSERT statements from plain row objects, deterministic pseudo-random numbers,
 * seed-time clocks and the rows that several processes repeat (the process itself, its themes).
 */

export const day = 24 * 60 * 60 * 1000;

/** A value written into the SQL as it is (e.g. `last_insert_rowid()`), not as a string literal. */
export function sqlExpression(text) {
  return { sqlExpression: text };
}

/** SQL literal: NULL, a number, a quoted string, or an sqlExpression as it is. */
export function q(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object' && 'sqlExpression' in value) return value.sqlExpression;
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** One INSERT of `row` (its keys are the columns, in order). */
export function insert(table, row) {
  const columns = Object.keys(row);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => q(row[c])).join(', ')});`;
}

/** Multi-row INSERTs of `chunk` rows each (same columns in every row): far fewer statements. */
export function insertMany(table, rows, chunk = 100) {
  const out = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const columns = Object.keys(part[0]);
    const values = part.map((row) => `(${columns.map((c) => q(row[c])).join(', ')})`).join(',\n');
    out.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values};`);
  }
  return out;
}

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same demo data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A clock for things that already happened: `d` days (+ `extraMs`) from `now`, never later than a
 * minute before `now`, so a seeded "today" row is not in the future when the seed is read.
 */
export function pastClock(now) {
  return (d, extraMs = 0) => new Date(Math.min(now - 60_000, now + d * day + extraMs)).toISOString();
}

/** Midnight (UTC) `d` days from `now`: phase boundaries that do not move with the seed's minute. */
export function dayClock(now) {
  return (d) => new Date(Math.floor((now + d * day) / day) * day).toISOString();
}

/**
 * The `processes` row of a seeded process; `phases` are [kind, start day, end day] and
 * `phaseAt(day)` turns a day offset into the stored timestamp.
 */
export function processRow({ tenantId, id, kind, title, description, budgetEur, phases, phaseAt, createdAt }) {
  return {
    tenant_id: tenantId,
    id,
    kind,
    title: JSON.stringify(title),
    description: JSON.stringify(description),
    budget_eur: budgetEur,
    phases: JSON.stringify(phases.map(([phase, start, end]) => ({ kind: phase, startsAt: phaseAt(start), endsAt: phaseAt(end) }))),
    created_at: createdAt,
    updated_at: createdAt,
  };
}

/** INSERTs of a process's themes, in the given order. */
export function themeInserts(tenantId, processId, themes) {
  return themes.map((theme, i) => insert('themes', { tenant_id: tenantId, process_id: processId, id: theme.id, name: JSON.stringify(theme.name), position: i + 1 }));
}
