import type { SignupTranslation } from './signup-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: SignupTranslation = {
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
  errorCount: (n) => `The form has ${n} ${plural(n, 'error', 'errors')}.`,
};
