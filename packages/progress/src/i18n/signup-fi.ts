import type { SignupTranslation } from './signup-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fi: SignupTranslation = {
  lang: 'fi',
  participationHeading: 'Osallistu toteutukseen',
  participationKinds: { volunteering: 'Vapaaehtoistyö', talkoot: 'Talkoot', workshop: 'Työpaja' },
  participationWhen: (date) => `Aika: ${date}`,
  participationWhere: (place) => `Paikka: ${place}`,
  spotsLeft: (left, capacity) => `Vapaita paikkoja ${left}/${capacity}`,
  full: 'Kaikki paikat on varattu.',
  nameLabel: 'Nimi',
  emailLabel: 'Sähköposti',
  participantsLabel: 'Osallistujia (1–10)',
  signupConsent: 'Annan nimeni ja sähköpostini järjestäjille. Tiedot poistetaan, kun hanke päättyy.',
  signupSubmit: 'Ilmoittaudu',
  signupThanks: (n) => `Kiitos! Ilmoittautuminen vastaanotettu (${n} ${plural(n, 'osallistuja', 'osallistujaa')}).`,
  errorCount: (n) => `Lomakkeessa on ${n} ${plural(n, 'virhe', 'virhettä')}.`,
};
