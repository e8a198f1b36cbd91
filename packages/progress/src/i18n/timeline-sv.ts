import type { TimelineTranslation } from './timeline-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const sv: TimelineTranslation = {
  lang: 'sv',
  timelineHeading: 'Vad hände med idén',
  outcomes: {
    'in-moderation': 'Idén väntar på granskning. Den publiceras när moderatorn har granskat den.',
    open: 'Idén är publicerad och väntar på stadens bedömning.',
    rejected: 'Idén publicerades inte.',
    merged: 'Idén slogs ihop med en annan idé och går vidare med den.',
    'not-feasible': 'Staden bedömde att idén inte kan genomföras.',
    feasible: 'Idén bedömdes som genomförbar.',
    'on-ballot': 'Idén är med i omröstningen.',
    'lost-vote': 'Idén vann inte omröstningen.',
    'won-vote': 'Idén vann omröstningen.',
    'in-project': 'Idén blev ett projekt som nu genomförs.',
    completed: 'Projektet som idén blev är klart.',
    cancelled: 'Projektet som idén blev ställdes in.',
  },
  entry: {
    submitted: 'Idén lämnades in.',
    published: 'Idén publicerades.',
    edited: (note) => (note ? `Idén redigerades: ${note}` : 'Idén redigerades.'),
    rejected: (reason) => (reason ? `Idén publicerades inte. Motivering: ${reason}` : 'Idén publicerades inte.'),
    mergedInto: 'Idén slogs ihop med idén',
    absorbed: (title) => `Idén ”${title}” slogs ihop med den här idén.`,
    feasible: (cost, unit) => `Staden bedömde idén som genomförbar.${cost ? ` Kostnadsberäkning ${cost}.` : ''}${unit ? ` Ansvarig: ${unit}.` : ''}`,
    notFeasible: (reason) => `Staden bedömde att idén inte kan genomföras.${reason ? ` Motivering: ${reason}` : ''}`,
    onBallot: (title, budget) => `Idén kom med i omröstningen som förslaget ”${title}”${budget ? ` (${budget})` : ''}.`,
    won: (votes, ballots) => `Förslaget vann omröstningen: ${votes} röster, ${ballots} röstande.`,
    lost: (votes, ballots) => `Förslaget vann inte omröstningen: ${votes} röster, ${ballots} röstande.`,
    project: (title) => `Idén blev projektet ”${title}”.`,
    projectStatus: {
      planned: 'Projektet planerades.',
      designing: 'Planeringen av projektet började.',
      'in-progress': 'Genomförandet av projektet började.',
      completed: 'Projektet blev klart.',
      cancelled: 'Projektet ställdes in.',
    },
    cancelledReason: (reason) => `Projektet ställdes in. Motivering: ${reason}`,
    progress: (p) => `Projektet är ${p} % klart.`,
    evaluated: (average, count) => `Invånarna utvärderade projektet: ${average}/5 (${count} ${plural(count, 'utvärdering', 'utvärderingar')}).`,
  },
  showTimelineOf: (title) => `Visa skedena för idén ”${title}”`,
  notFound: 'Idén hittades inte.',
};
