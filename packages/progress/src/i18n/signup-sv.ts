import type { SignupTranslation } from './signup-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const sv: SignupTranslation = {
  lang: 'sv',
  participationHeading: 'Delta i genomförandet',
  participationKinds: { volunteering: 'Frivilligarbete', talkoot: 'Talko', workshop: 'Verkstad' },
  participationWhen: (date) => `Tid: ${date}`,
  participationWhere: (place) => `Plats: ${place}`,
  spotsLeft: (left, capacity) => `Lediga platser ${left}/${capacity}`,
  full: 'Alla platser är tagna.',
  nameLabel: 'Namn',
  emailLabel: 'E-post',
  participantsLabel: 'Deltagare (1–10)',
  signupConsent: 'Jag ger mitt namn och min e-post till arrangörerna. Uppgifterna raderas när projektet avslutas.',
  signupSubmit: 'Anmäl dig',
  signupThanks: (n) => `Tack! Anmälan har tagits emot (${n} ${plural(n, 'deltagare', 'deltagare')}).`,
  errorCount: (n) => `Formuläret har ${n} ${plural(n, 'fel', 'fel')}.`,
};
