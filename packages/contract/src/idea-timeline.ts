import type { LocalizedText } from './localized-text.js';
import type { Feasibility, IdeaStatus } from './idea.js';
import type { ProjectStatus } from './project.js';

/**
 * One step of an idea's fate, assembled by `GET /ideas/{id}/timeline` from the idea's events,
 * the participatory-budgeting tables (proposal, vote result) and the project it became.
 */
export type IdeaTimelineEntry =
  | { kind: 'submitted'; at: string }
  | { kind: 'published'; at: string }
  | { kind: 'edited'; at: string; note: string | null }
  | { kind: 'rejected'; at: string; reason: string | null }
  | { kind: 'merged'; at: string; into: { id: string; title: string }; note: string | null }
  | { kind: 'absorbed'; at: string; from: { id: string; title: string } }
  | {
      kind: 'reviewed';
      at: string;
      feasibility: Feasibility;
      costEur: number | null;
      reason: string | null;
      responsibleUnit: string | null;
    }
  | { kind: 'on-ballot'; at: string; proposal: { id: string; title: string }; budgetName: LocalizedText | null }
  | { kind: 'vote-result'; at: string; proposalId: string; votes: number; ballots: number; selected: boolean }
  | { kind: 'project'; at: string; project: { id: string; title: LocalizedText } }
  | { kind: 'project-status'; at: string; projectId: string; status: ProjectStatus; reason: string | null }
  | { kind: 'progress'; at: string; projectId: string; percent: number }
  | { kind: 'evaluated'; at: string; projectId: string; average: number; count: number };

export type IdeaTimelineKind = IdeaTimelineEntry['kind'];

/** Where the idea's story stands now, in one word the widget turns into a sentence. */
export const ideaOutcomes = [
  'in-moderation',
  'open',
  'rejected',
  'merged',
  'not-feasible',
  'feasible',
  'on-ballot',
  'lost-vote',
  'won-vote',
  'in-project',
  'completed',
  'cancelled',
] as const;
export type IdeaOutcome = (typeof ideaOutcomes)[number];

export interface IdeaTimeline {
  idea: { id: string; processId: string; title: string; status: IdeaStatus };
  outcome: IdeaOutcome;
  /** Oldest first. */
  entries: IdeaTimelineEntry[];
}
