/**
 * Contract-shaped data for component tests: a Kuopio participatory-budgeting process, its themes,
 * a few postal-code areas and ideas in every public state. Invented examples.
 */
import type { Area, Comment, Idea, Page, Process, Theme } from '@osallistu/contract';

export const process: Process = {
  id: 'pb-2027',
  kind: 'participatory-budgeting',
  title: { fi: 'Osallistuva budjetointi 2027', sv: 'Deltagande budgetering 2027', en: 'Participatory budgeting 2027' },
  description: { fi: 'Kuopion asukkaiden ideat, 200 000 euroa.' },
  budgetEur: 200000,
  phases: [
    { kind: 'ideation', startsAt: '2026-11-01T00:00:00.000Z', endsAt: '2027-01-31T23:59:59.000Z' },
    { kind: 'voting', startsAt: '2027-04-01T00:00:00.000Z', endsAt: '2027-04-30T23:59:59.000Z' },
  ],
  currentPhase: 'ideation',
};

export const votingProcess: Process = { ...process, currentPhase: 'voting' };

export const themes: Theme[] = [
  { id: 'liikunta', name: { fi: 'Liikunta ja ulkoilu', sv: 'Motion och friluftsliv', en: 'Sport and outdoors' } },
  { id: 'kulttuuri', name: { fi: 'Kulttuuri', sv: 'Kultur', en: 'Culture' } },
  { id: 'ymparisto', name: { fi: 'Ympäristö ja luonto', sv: 'Miljö och natur', en: 'Environment and nature' } },
];

const areaNames: [string, string, string?][] = [
  ['70100', 'Keskusta', 'Centrum'],
  ['70110', 'Kuopion keskusta-Väinölänniemi'],
  ['70150', 'Niirala'],
  ['70200', 'Puijonlaakso'],
  ['70300', 'Saaristokaupunki'],
  ['70340', 'Kelloniemi'],
  ['70420', 'Männistö'],
  ['70460', 'Kettulanlahti'],
  ['70500', 'Petonen'],
  ['70600', 'Julkula'],
];

export const areas: Area[] = areaNames.map(([id, fi, sv]) => ({
  id,
  name: sv ? { fi, sv } : { fi },
  population: 4000,
  labelPoint: null,
}));

export function idea(overrides: Partial<Idea> = {}): Idea {
  return {
    id: 'idea-1',
    processId: 'pb-2027',
    title: 'Penkkejä Väinölänniemen rantaraitille',
    description:
      'Rantaraitilla on pitkät välit ilman levähdyspaikkoja. Lisää penkkejä auttaisi ikäihmisiä ja lapsiperheitä ulkoilemaan.',
    themeId: 'liikunta',
    areaId: '70110',
    location: null,
    authorName: 'Aino',
    lang: 'fi',
    status: 'published',
    createdAt: '2026-11-05T10:00:00.000Z',
    publishedAt: '2026-11-06T08:00:00.000Z',
    supportCount: 12,
    commentCount: 2,
    rejectionReason: null,
    mergedInto: null,
    review: null,
    edit: null,
    ...overrides,
  };
}

export const ideas: Idea[] = [
  idea(),
  idea({
    id: 'idea-2',
    title: 'Valaistus Puijon kuntoradalle',
    themeId: 'liikunta',
    areaId: '70200',
    supportCount: 40,
    commentCount: 0,
    review: { feasibility: 'feasible', reason: null, costEur: 12000, responsibleUnit: 'Liikuntapalvelut', reviewedAt: '2026-12-01T09:00:00.000Z' },
  }),
  idea({
    id: 'idea-3',
    title: 'Uimahalli Kelloniemeen',
    areaId: '70340',
    themeId: 'liikunta',
    supportCount: 5,
    commentCount: 0,
    review: {
      feasibility: 'not-feasible',
      reason: 'Kustannukset ylittävät koko budjetin moninkertaisesti.',
      costEur: null,
      responsibleUnit: 'Liikuntapalvelut',
      reviewedAt: '2026-12-02T09:00:00.000Z',
    },
    edit: { note: 'Otsikkoa tarkennettu.', editedAt: '2026-11-20T12:00:00.000Z' },
  }),
  idea({
    id: 'idea-4',
    title: 'Lisää penkkejä rannalle',
    status: 'merged',
    areaId: null,
    themeId: 'ymparisto',
    supportCount: 1,
    commentCount: 0,
    mergedInto: { id: 'idea-1', title: 'Penkkejä Väinölänniemen rantaraitille' },
  }),
  idea({
    id: 'idea-5',
    title: 'Mainostaulu torille',
    status: 'rejected',
    themeId: 'kulttuuri',
    supportCount: 0,
    commentCount: 0,
    rejectionReason: 'Idea ei ole kaupungin tehtävä.',
  }),
];

export const firstPage: Page<Idea> = { items: ideas, nextCursor: 'c2' };
export const secondPage: Page<Idea> = {
  items: [idea({ id: 'idea-6', title: 'Kirjaston lukupiiri nuorille', themeId: 'kulttuuri', areaId: '70100', supportCount: 3, commentCount: 0 })],
  nextCursor: null,
};

export const comments: Page<Comment> = {
  items: [
    { id: 'c-1', ideaId: 'idea-1', body: 'Hyvä idea, kävelen siellä joka päivä.', authorName: 'Matti', status: 'published', createdAt: '2026-11-07T10:00:00.000Z' },
    { id: 'c-2', ideaId: 'idea-1', body: 'Myös roska-astioita tarvitaan.', authorName: null, status: 'published', createdAt: '2026-11-08T10:00:00.000Z' },
  ],
  nextCursor: null,
};

/** A script that would run if anything rendered user text as HTML. */
export const xss = '<img src=x onerror="window.__osallistuXss=1"><script>window.__osallistuXss=1</script>';
