import type { FormsTranslation } from './forms-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const sv: FormsTranslation = {
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
  evaluationHeading: 'Utvärderingar',
  evaluationSummary: (average, count) => `Invånarnas betyg ${average}/5 (${count} ${plural(count, 'utvärdering', 'utvärderingar')})`,
  noEvaluations: 'Projektet har inte utvärderats ännu.',
  ratingLegend: 'Hur lyckades vi? (1–5)',
  ratings: ['1 – dåligt', '2 – försvarligt', '3 – nöjaktigt', '4 – bra', '5 – utmärkt'],
  commentLabel: 'Kommentar',
  commentHint: 'Kommentaren publiceras efter granskning.',
  evaluationSubmit: 'Skicka utvärderingen',
  evaluationThanks: 'Tack för din utvärdering!',
  alreadyEvaluated: 'Du har redan utvärderat det här projektet.',
  residentComments: 'Invånarnas kommentarer',
  errorCount: (n) => `Formuläret har ${n} ${plural(n, 'fel', 'fel')}.`,
};
