import { main } from '../src/cli.js';

/** Runs the CLI in-process; returns exit code, stdout and stderr. */
export function runCli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(
    args,
    (t) => (out += t),
    (t) => (err += t),
  );
  return { code, out, err };
}
