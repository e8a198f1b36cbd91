import { readFileSync } from 'node:fs';
import { electionFromPb } from './election-from-pb.js';
import { parsePb } from './parse-pb.js';
import { PbError } from './pb-file.js';
import { Rational } from './rational.js';
import { tally, type TallyOptions } from './tally.js';
import type { Rule, TieMode, Utility } from './tally-result.js';

const USAGE = `usage: osallistu-tally --rule greedy|greedy-threshold|mes|mes-add1 [options] FILE.pb

  --utility cost|approval         Method of Equal Shares utility (default cost)
  --tie default|id                tie-breaking: default = more votes, lower cost, smaller id;
                                  id = smaller project id (as a string), like pabutools
  --min-score N                   greedy-threshold: smallest score (default: META
                                  min_project_score_threshold)
  --min-support-share F           eligibility: votes/voters >= F * cost/budget (Świecie: 1/3)
  --comparison none|satisfaction|exclusion
                                  mes-add1: compare with greedy afterwards (Wieliczka)
  --add1-exhaustive               mes-add1: also stop raising once the outcome is exhaustive
  --add1-start exact|integral     mes-add1: start at budget/voters, or that rounded down
  --explain                       add the per-project explanations to the JSON

Prints {"rule", "selected", "cost", "ties"} as JSON. Exit code 2 on bad arguments or a bad file.`;

class UsageError extends Error {}

const RULES: readonly Rule[] = ['greedy', 'greedy-threshold', 'mes', 'mes-add1'];

function parseArgs(argv: readonly string[]): { file: string; options: TallyOptions; explain: boolean } {
  let rule: Rule | undefined;
  let file: string | undefined;
  let explain = false;
  const options: Omit<TallyOptions, 'rule'> = {};
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  const oneOf = <T extends string>(v: string, allowed: readonly T[], name: string): T => {
    if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}`);
    return v as T;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, name);
      i++;
      return v;
    };
    switch (name) {
      case '--rule':
        rule = oneOf(take(), RULES, '--rule');
        break;
      case '--utility':
        options.utility = oneOf<Utility>(take(), ['cost', 'approval'], '--utility');
        break;
      case '--tie':
        options.tie = oneOf<TieMode>(take(), ['default', 'id'], '--tie');
        break;
      case '--min-score': {
        const v = take();
        if (!/^\d+$/.test(v)) throw new UsageError('--min-score must be a whole number');
        options.minScore = BigInt(v);
        break;
      }
      case '--min-support-share': {
        const v = Rational.parse(take());
        if (!v || v.sign() < 0) throw new UsageError('--min-support-share must be a number such as 1/3 or 0.5');
        options.minSupportShare = v;
        break;
      }
      case '--comparison':
        options.comparison = oneOf(take(), ['none', 'satisfaction', 'exclusion'] as const, '--comparison');
        break;
      case '--add1-exhaustive':
        options.add1ExhaustiveStop = true;
        break;
      case '--add1-start':
        options.add1Start = oneOf(take(), ['exact', 'integral'] as const, '--add1-start');
        break;
      case '--explain':
        explain = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        if (file !== undefined) throw new UsageError('give exactly one FILE.pb');
        file = arg;
    }
  }
  if (!rule) throw new UsageError('--rule is required');
  if (file === undefined) throw new UsageError('FILE.pb is missing');
  return { file, options: { ...options, rule }, explain };
}

/** JSON with bigint and Rational values written as numbers when exact, else as strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
      if (v instanceof Rational) {
        if (v.isInteger() && Number.isSafeInteger(Number(v.n))) return Number(v.n);
        return v.toDecimalString();
      }
      return v;
    },
  );
}

/**
 * Runs the command line; returns the exit code. Output goes through `out`/`err` so tests can
 * call it directly.
 */
export function main(
  argv: readonly string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (text: string) => void = (t) => process.stderr.write(t),
): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message ? `osallistu-tally: ${e.message}\n\n${USAGE}\n` : `${USAGE}\n`);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  let text: string;
  try {
    text = args.file === '-' ? readFileSync(0, 'utf8') : readFileSync(args.file, 'utf8');
  } catch (e) {
    err(`osallistu-tally: cannot read ${args.file}: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    const election = electionFromPb(parsePb(text));
    const result = tally(election, args.options);
    const output: Record<string, unknown> = {
      rule: result.rule,
      selected: result.selected,
      cost: result.cost,
      ties: result.ties,
    };
    if (args.explain) {
      output['explanations'] = result.explanations;
      if (result.mes) output['mes'] = result.mes;
    }
    out(`${toJson(output)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof PbError) {
      err(`osallistu-tally: ${args.file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
