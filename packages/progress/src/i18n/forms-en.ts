import type { FormsTranslation } from './forms-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: FormsTranslation = {
  lang: 'en',
  participationHeading: 'Take part in carrying it out',
  participationKinds: { volunteering: 'Volunteering', talkoot: 'Community work day (talkoot)', workshop: 'Workshop' },
  participationWhen: (date) => `When: ${date}`,
  participationWhere: (place) => `Where: ${place}`,
  spotsLeft: (left, capacity) => `${left} of ${capacity} places free`,
  full: 'All places have been taken.',
  nameLabel: 'Name',
  emailLabel: 'Email',
  participantsLabel: 'Participants (1–10)',
  signupConsent: 'I give my name and email to the organisers. They are deleted when the project ends.',
  signupSubmit: 'Sign up',
  signupThanks: (n) => `Thank you! Your sign-up was received (${n} ${plural(n, 'participant', 'participants')}).`,
  evaluationHeading: 'Evaluations',
  evaluationSummary: (average, count) => `Residents’ rating ${average}/5 (${count} ${plural(count, 'evaluation', 'evaluations')})`,
  noEvaluations: 'Nobody has evaluated the project yet.',
  ratingLegend: 'How did we do? (1–5)',
  ratings: ['1 – poorly', '2 – passably', '3 – fairly', '4 – well', '5 – excellently'],
  commentLabel: 'Comment',
  commentHint: 'Comments are published after moderation.',
  evaluationSubmit: 'Send evaluation',
  evaluationThanks: 'Thank you for your evaluation!',
  alreadyEvaluated: 'You have already evaluated this project.',
  residentComments: 'Residents’ comments',
  errorCount: (n) => `The form has ${n} ${plural(n, 'error', 'errors')}.`,
};
