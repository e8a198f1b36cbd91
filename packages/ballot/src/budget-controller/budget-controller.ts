import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canAdd, checkBallot, type BallotCheck, type Budget, type Proposal } from '@osallistu/contract';

/**
 * The budget maths of one ballot as a reactive controller: what is picked, the running total,
 * what is left, which proposals still fit, and whether the ballot follows the budget's rule —
 * with the same `checkBallot` the API uses to decide. Every change re-renders the host.
 *
 * @example
 * readonly #maths = new BudgetController(this);
 * this.#maths.load(budget, proposals, ballot?.proposalIds);
 * this.#maths.toggle('p1'); this.#maths.check.remainingEur;
 */
export class BudgetController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #budget: Budget | null = null;
  #costs = new Map<string, number>();
  #picked: string[] = [];
  #check: BallotCheck | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  get budget(): Budget | null {
    return this.#budget;
  }

  get picked(): readonly string[] {
    return this.#picked;
  }

  /** Starts a ballot for `budget` (optionally with an earlier ballot's picks). */
  load(budget: Budget, proposals: readonly Proposal[], picked: readonly string[] = []): void {
    this.#budget = budget;
    this.#costs = new Map(proposals.filter((p) => p.budgetId === budget.id).map((p) => [p.id, p.costEur]));
    this.#picked = picked.filter((id) => this.#costs.has(id));
    this.#changed();
  }

  isPicked(id: string): boolean {
    return this.#picked.includes(id);
  }

  /** Whether `id` can be added without breaking the cost or count limit. */
  fits(id: string): boolean {
    const check = this.check;
    return this.#budget !== null && canAdd(this.#budget, check.count, check.totalEur, this.#costs.get(id) ?? Infinity);
  }

  /** Adds or removes a proposal; returns whether it is picked afterwards. */
  toggle(id: string): boolean {
    if (this.isPicked(id)) this.#picked = this.#picked.filter((p) => p !== id);
    else this.#picked = [...this.#picked, id];
    this.#changed();
    return this.isPicked(id);
  }

  get check(): BallotCheck {
    if (!this.#check) {
      const budget = this.#budget ?? { amountEur: 0, ballotRule: { kind: 'knapsack', minProposals: 0, maxProposals: null, minSharePercent: 0 } };
      this.#check = checkBallot(budget, this.#costs, this.#picked);
    }
    return this.#check;
  }

  #changed(): void {
    this.#check = null;
    this.#host.requestUpdate();
  }
}
