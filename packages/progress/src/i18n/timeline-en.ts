import type { TimelineTranslation } from './timeline-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: TimelineTranslation = {
  lang: 'en',
  timelineHeading: 'What happened to the idea',
  outcomes: {
    'in-moderation': 'The idea is waiting for moderation. It is published once a moderator has checked it.',
    open: 'The idea is published and waiting for the city’s assessment.',
    rejected: 'The idea was not published.',
    merged: 'The idea was merged into another idea and goes on with it.',
    'not-feasible': 'The city assessed that the idea cannot be carried out.',
    feasible: 'The idea was assessed as feasible.',
    'on-ballot': 'The idea is on the ballot.',
    'lost-vote': 'The idea did not win the vote.',
    'won-vote': 'The idea won the vote.',
    'in-project': 'The idea became a project, now being carried out.',
    completed: 'The project the idea became is completed.',
    cancelled: 'The project the idea became was cancelled.',
  },
  entry: {
    submitted: 'The idea was submitted.',
    published: 'The idea was published.',
    edited: (note) => (note ? `The idea was edited: ${note}` : 'The idea was edited.'),
    rejected: (reason) => (reason ? `The idea was not published. Reason: ${reason}` : 'The idea was not published.'),
    mergedInto: 'The idea was merged into',
    absorbed: (title) => `The idea “${title}” was merged into this one.`,
    feasible: (cost, unit) => `The city assessed the idea as feasible.${cost ? ` Cost estimate ${cost}.` : ''}${unit ? ` Responsible: ${unit}.` : ''}`,
    notFeasible: (reason) => `The city assessed that the idea cannot be carried out.${reason ? ` Reason: ${reason}` : ''}`,
    onBallot: (title, budget) => `The idea went on the ballot as the proposal “${title}”${budget ? ` (${budget})` : ''}.`,
    won: (votes, ballots) => `The proposal won the vote: ${votes} votes, ${ballots} voters.`,
    lost: (votes, ballots) => `The proposal did not win the vote: ${votes} votes, ${ballots} voters.`,
    project: (title) => `The idea became the project “${title}”.`,
    projectStatus: {
      planned: 'The project was planned.',
      designing: 'Design of the project started.',
      'in-progress': 'Work on the project started.',
      completed: 'The project was completed.',
      cancelled: 'The project was cancelled.',
    },
    cancelledReason: (reason) => `The project was cancelled. Reason: ${reason}`,
    progress: (p) => `The project is ${p}% done.`,
    evaluated: (average, count) => `Residents evaluated the project: ${average}/5 (${count} ${plural(count, 'evaluation', 'evaluations')}).`,
  },
  showTimelineOf: (title) => `Show the steps of the idea “${title}”`,
  notFound: 'The idea was not found.',
};
