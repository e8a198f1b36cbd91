import type { IdeaOutcome, Language, ProjectStatus } from '@osallistu/contract';

/** Strings of the idea timeline (a dictionary of its own, so the project widgets do not load them). */
export interface TimelineTranslation {
  lang: Language;
  timelineHeading: string;
  outcomes: Record<IdeaOutcome, string>;
  entry: {
    submitted: string;
    published: string;
    edited: (note: string | null) => string;
    rejected: (reason: string | null) => string;
    mergedInto: string;
    absorbed: (title: string) => string;
    feasible: (cost: string | null, unit: string | null) => string;
    notFeasible: (reason: string | null) => string;
    onBallot: (title: string, budget: string | null) => string;
    won: (votes: string, ballots: string) => string;
    lost: (votes: string, ballots: string) => string;
    project: (title: string) => string;
    projectStatus: Record<ProjectStatus, string>;
    cancelledReason: (reason: string) => string;
    progress: (percent: number) => string;
    evaluated: (average: string, count: number) => string;
  };
  showTimelineOf: (title: string) => string;
  notFound: string;
}
