/**
 * The voting phase of a process by the server's clock: the deadline is always the server's.
 */
import type { Phase, Process } from '@osallistu/contract';

export function votingPhase(process: Pick<Process, 'phases'>): Phase | null {
  return process.phases.find((p) => p.kind === 'voting') ?? null;
}

export function votingOpen(process: Pick<Process, 'phases'>, now: Date = new Date()): boolean {
  const phase = votingPhase(process);
  const t = now.getTime();
  return phase !== null && Date.parse(phase.startsAt) <= t && t < Date.parse(phase.endsAt);
}

/** Voting has ended: results may be published. */
export function votingEnded(process: Pick<Process, 'phases'>, now: Date = new Date()): boolean {
  const phase = votingPhase(process);
  return phase !== null && now.getTime() >= Date.parse(phase.endsAt);
}
