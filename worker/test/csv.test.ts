/**
 * The shared CSV writer (worker/src/lib/csv.ts) and the `?separator=` option of the PB exports
 * that use it (printed voting codes, budget results); the survey export is tested in
 * surveys.test.ts.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, json, keys } from './fixture.js';
import { seedPb } from './pb-fixture.js';
import { csvCell, csvSeparator, formatCsv } from '../src/lib/csv.js';
import { pbHousekeeping } from '../src/pb/pb-housekeeping.js';

describe('formatCsv', () => {
  it('writes RFC 4180 by default: BOM, commas, CRLF, quotes only where needed', () => {
    expect(formatCsv([['a', 'b'], ['x, y', 'say "hi"'], [1.5, null]])).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n1.5,\r\n');
  });

  it('writes the Finnish Excel dialect with ";": decimal commas in numbers only, commas in text unquoted, ";" quoted', () => {
    const sep = csvSeparator('semicolon');
    expect(sep).toBe(';');
    expect(formatCsv([['lon', 'note', 'when'], [27.68, 'a, b; c', '2026-10-01T10:00:00.000Z'], [-3, 'rivi\nkaksi', '1.5']], { separator: sep })).toBe(
      '\uFEFFlon;note;when\r\n27,68;"a, b; c";2026-10-01T10:00:00.000Z\r\n-3;"rivi\nkaksi";1.5\r\n',
    );
  });

  it('quotes ";" in the comma dialect too, so Excel splits a row the same whichever separator it guesses', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
  });

  it('guards text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(['=SUM(A1)', '+1', '-x', '@cmd', '\tx'].map((s) => csvCell(s))).toEqual(["'=SUM(A1)", "'+1", "'-x", "'@cmd", "'\tx"]);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.5, ';')).toBe('-0,5');
  });

  it('leaves out the BOM and uses LF when asked', () => {
    expect(formatCsv([['a'], ['b']], { bom: false, newline: '\n' })).toBe('a\nb\n');
  });
});

describe('PB exports with ?separator=', () => {
  beforeEach(seedPb);

  it('printed codes: comma by default, ";" for Excel with Finnish settings, both with a BOM; 422 for another separator', async () => {
    const batch = await json(await call('/admin/processes/vote/printed-codes', { body: { count: 2, label: 'Kirjasto' }, key: keys.admin }));
    const comma = await (await call(batch.csv, { key: keys.admin })).text();
    expect(comma.split('\r\n')[0]).toBe('\uFEFFnumber,code,used');
    expect(comma.split('\r\n')[1]).toMatch(/^1,[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4},0$/);
    const semi = await (await call(`${batch.csv}?separator=semicolon`, { key: keys.admin })).text();
    expect(semi.split('\r\n')[0]).toBe('\uFEFFnumber;code;used');
    expect(semi.split('\r\n')[2]).toMatch(/^2;[A-Z0-9-]{14};0$/);
    const bad = await call(`${batch.csv}?separator=pipe`, { key: keys.admin });
    expect(bad.status).toBe(422);
    expect((await json(bad)).errors).toEqual([expect.objectContaining({ path: 'separator', code: 'invalid-value' })]);
  });

  it('budget results: unchanged comma/LF file without a BOM by default; with ";" the Excel dialect (BOM, CRLF)', async () => {
    const now = new Date().toISOString();
    await env.DB.prepare(
      `INSERT INTO ballots (tenant_id, process_id, budget_id, voter_key, proposal_ids, receipt_code, cast_at) VALUES ('testcity', 'past', 'city', 'key-1', '["past-c1"]', 'RCPT-1', ?1)`,
    )
      .bind(now)
      .run();
    await pbHousekeeping(env.DB, new Date());
    const plain = await (await call('/processes/past/budgets/city/results.csv')).text();
    expect(plain.startsWith('proposal_id,title,area_id,cost_eur,votes,selected,rank,outcome,tie\n')).toBe(true);
    expect(plain).not.toContain('\r');
    const semi = await (await call('/processes/past/budgets/city/results.csv?separator=semicolon')).text();
    const lines = semi.trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFproposal_id;title;area_id;cost_eur;votes;selected;rank;outcome;tie');
    expect(lines.find((l) => l.startsWith('past-c1;'))).toMatch(/^past-c1;[^;]+;;\d+;1;1;/);
    expect((await call('/processes/past/budgets/city/results.csv?separator=x')).status).toBe(422);
  });
});
