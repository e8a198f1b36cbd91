import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const fixture = (file: string): string => fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url));
const bin = fileURLToPath(new URL('../bin/osallistu-tally.js', import.meta.url));
const WILANOW = fixture('Poland_Warszawa_2025_Wilanow.pb');

describe('osallistu-tally', () => {
  test('prints rule, selected, cost and ties as JSON', () => {
    const r = runCli(['--rule', 'greedy', WILANOW]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out);
    expect(Object.keys(printed)).toEqual(['rule', 'selected', 'cost', 'ties']);
    expect(printed.rule).toBe('greedy');
    expect(printed.cost).toBe(1528834);
    expect(printed.selected[0]).toBe('498');
  });

  test('--explain adds the reasons per project', () => {
    const r = runCli(['--rule', 'mes', '--utility', 'approval', '--explain', WILANOW]);
    const printed = JSON.parse(r.out);
    expect(printed.explanations).toHaveLength(18);
    expect(printed.mes.utility).toBe('approval');
  });

  test.each([
    [['--rule', 'greedy'], /FILE.pb is missing/],
    [[WILANOW], /--rule is required/],
    [['--rule', 'best', WILANOW], /--rule must be one of/],
    [['--rule', 'mes', '--utility', 'joy', WILANOW], /--utility must be one of/],
    [['--rule', 'mes', '--tie', 'coin', WILANOW], /--tie must be one of/],
    [['--rule', 'mes', '--frobnicate', WILANOW], /unknown option/],
    [['--rule', 'mes', '--min-support-share', 'x', WILANOW], /min-support-share/],
    [['--rule', 'mes', WILANOW, WILANOW], /exactly one/],
    [['--rule', 'mes', '/no/such/file.pb'], /cannot read/],
    [['--rule', 'greedy-threshold', WILANOW], /min_project_score_threshold/],
  ])('refuses %j with exit code 2', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });

  test('the installed command runs, and exits 2 on a broken file', () => {
    const out = execFileSync(process.execPath, [bin, '--rule', 'greedy', '--tie', 'id', WILANOW], { encoding: 'utf8' });
    expect(JSON.parse(out).rule).toBe('greedy');
    const bad = spawnSync(process.execPath, [bin, '--rule', 'greedy', '-'], { input: 'META\nnot a file', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/osallistu-tally: -: /);
    expect(bad.stdout).toBe('');
  });
});
