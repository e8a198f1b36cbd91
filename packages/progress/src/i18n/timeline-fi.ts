import type { TimelineTranslation } from './timeline-translation.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fi: TimelineTranslation = {
  lang: 'fi',
  timelineHeading: 'Mitä idealle tapahtui',
  outcomes: {
    'in-moderation': 'Idea odottaa tarkistusta. Se julkaistaan, kun ylläpito on tarkistanut sen.',
    open: 'Idea on julkaistu ja odottaa kaupungin arviota.',
    rejected: 'Ideaa ei julkaistu.',
    merged: 'Idea yhdistettiin toiseen ideaan ja jatkaa sen mukana.',
    'not-feasible': 'Kaupunki arvioi, ettei ideaa voi toteuttaa.',
    feasible: 'Idea arvioitiin toteuttamiskelpoiseksi.',
    'on-ballot': 'Idea on äänestyksessä.',
    'lost-vote': 'Idea ei voittanut äänestystä.',
    'won-vote': 'Idea voitti äänestyksen.',
    'in-project': 'Ideasta tuli hanke, ja sen toteutus on käynnissä.',
    completed: 'Ideasta tullut hanke on valmis.',
    cancelled: 'Ideasta tullut hanke peruttiin.',
  },
  entry: {
    submitted: 'Idea jätettiin.',
    published: 'Idea julkaistiin.',
    edited: (note) => (note ? `Ideaa muokattiin: ${note}` : 'Ideaa muokattiin.'),
    rejected: (reason) => (reason ? `Ideaa ei julkaistu. Perustelu: ${reason}` : 'Ideaa ei julkaistu.'),
    mergedInto: 'Idea yhdistettiin ideaan',
    absorbed: (title) => `Tähän ideaan yhdistettiin idea ”${title}”.`,
    feasible: (cost, unit) => `Kaupunki arvioi idean toteuttamiskelpoiseksi.${cost ? ` Kustannusarvio ${cost}.` : ''}${unit ? ` Vastuutaho: ${unit}.` : ''}`,
    notFeasible: (reason) => `Kaupunki arvioi, ettei ideaa voi toteuttaa.${reason ? ` Perustelu: ${reason}` : ''}`,
    onBallot: (title, budget) => `Idea pääsi äänestykseen ehdotuksena ”${title}”${budget ? ` (${budget})` : ''}.`,
    won: (votes, ballots) => `Ehdotus voitti äänestyksen: ${votes} ääntä, äänestäjiä ${ballots}.`,
    lost: (votes, ballots) => `Ehdotus ei voittanut äänestystä: ${votes} ääntä, äänestäjiä ${ballots}.`,
    project: (title) => `Ideasta tuli hanke ”${title}”.`,
    projectStatus: {
      planned: 'Hanke suunniteltiin.',
      designing: 'Hankkeen suunnittelu alkoi.',
      'in-progress': 'Hankkeen toteutus alkoi.',
      completed: 'Hanke valmistui.',
      cancelled: 'Hanke peruttiin.',
    },
    cancelledReason: (reason) => `Hanke peruttiin. Perustelu: ${reason}`,
    progress: (p) => `Hanke on ${p} % valmis.`,
    evaluated: (average, count) => `Asukkaat arvioivat hankkeen: ${average}/5 (${count} ${plural(count, 'arvio', 'arviota')}).`,
  },
  showTimelineOf: (title) => `Näytä idean ”${title}” vaiheet`,
  notFound: 'Ideaa ei löytynyt.',
};
