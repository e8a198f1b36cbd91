/**
 * Contract-shaped data for the progress widgets' component tests: Kuopio neighbourhood projects in
 * every status and an idea timeline for each path an idea can take. Invented examples.
 */
import type { Area, IdeaTimeline, Project, ProjectSummary } from '@osallistu/contract';

export const areas: Area[] = [
  { id: '70800', name: { fi: 'Saaristokaupunki', sv: 'Skärgårdsstaden' }, population: 9000, labelPoint: null },
  { id: '70820', name: { fi: 'Petonen' }, population: 4000, labelPoint: null },
  { id: '70780', name: { fi: 'Neulamäki' }, population: 6000, labelPoint: null },
];

const base = {
  processId: 'lahiot-2026',
  cancelReason: null,
  responsibleUnit: 'Kaupunkiympäristön palvelut',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

export const designing: Project = {
  ...base,
  id: 'puutarha',
  title: { fi: 'Neulamäen yhteispuutarha', sv: 'Gemensam trädgård i Neulamäki', en: 'Neulamäki community garden' },
  description: { fi: 'Viljelylaatikoita kerrostalojen väliin.', en: 'Raised beds between the blocks.' },
  areaId: '70780',
  location: null,
  status: 'designing',
  progressPercent: 10,
  budgetAllocatedEur: 18000,
  budgetSpentEur: 1200,
  nextMilestone: { id: 'suunnitelma', title: { fi: 'Suunnitelma valmis', en: 'Plan ready' }, plannedDate: '2026-12-15', actualDate: null },
  proposalId: null,
  ideas: [{ id: 'idea-1', title: 'Yhteinen kasvimaa' }],
  milestones: [
    { id: 'luvat', title: { fi: 'Luvat' }, plannedDate: '2026-11-01', actualDate: '2026-11-05' },
    { id: 'suunnitelma', title: { fi: 'Suunnitelma valmis', en: 'Plan ready' }, plannedDate: '2026-12-15', actualDate: null },
  ],
  updates: [
    { id: 2, at: '2026-11-20T10:00:00.000Z', text: { fi: 'Työpajan päivä on sovittu.' }, imageUrl: null, imageAlt: null },
    { id: 1, at: '2026-11-05T10:00:00.000Z', text: { fi: 'Maanomistajan lupa saatiin.' }, imageUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', imageAlt: 'Nurmikko talojen välissä' },
  ],
  participation: {
    kind: 'workshop',
    description: { fi: 'Suunnittelutyöpaja asukastuvalla.' },
    capacity: 20,
    startsAt: '2026-12-05T15:00:00.000Z',
    place: 'Neulamäen asukastupa',
    taken: 9,
    spotsLeft: 11,
  },
  evaluation: { count: 0, average: null, distribution: [0, 0, 0, 0, 0], comments: [] },
  events: [],
  createdAt: '2026-10-01T10:00:00.000Z',
  completedAt: null,
};

export const completed: Project = {
  ...designing,
  id: 'valaistus',
  title: { fi: 'Petosen ulkoilureitin valaistus' },
  description: { fi: 'Reitille asennettiin 42 led-valaisinta.' },
  areaId: '70820',
  status: 'completed',
  progressPercent: 100,
  // grew from a winning proposal of participatory budgeting
  proposalId: 'p-valaistus',
  budgetAllocatedEur: 60000,
  budgetSpentEur: 57400,
  nextMilestone: null,
  ideas: [],
  milestones: [],
  updates: [],
  participation: null,
  evaluation: { count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1], comments: [{ rating: 5, comment: 'Nyt uskaltaa lenkkeillä illallakin.', at: '2026-11-10T10:00:00.000Z' }] },
  completedAt: '2026-11-01T10:00:00.000Z',
};

export const cancelled: Project = {
  ...designing,
  id: 'skeitti',
  title: { fi: 'Linnanpellon skeittipaikka' },
  areaId: null,
  status: 'cancelled',
  cancelReason: 'Kentälle rakennetaan koulun laajennus.',
  progressPercent: 0,
  nextMilestone: null,
  participation: null,
};

export const inProgress: Project = {
  ...designing,
  id: 'leikkipuisto',
  title: { fi: 'Saaristokadun leikkipuisto' },
  areaId: '70800',
  status: 'in-progress',
  progressPercent: 60,
  budgetAllocatedEur: 85000,
  budgetSpentEur: 52000,
  nextMilestone: { id: 'rakentaminen', title: { fi: 'Rakentaminen valmis' }, plannedDate: '2027-01-10', actualDate: null },
  participation: { ...designing.participation!, kind: 'talkoot', capacity: 30, taken: 30, spotsLeft: 0 },
};

export const summary = (p: Project): ProjectSummary => ({
  id: p.id,
  processId: p.processId,
  title: p.title,
  description: p.description,
  areaId: p.areaId,
  status: p.status,
  cancelReason: p.cancelReason,
  progressPercent: p.progressPercent,
  budgetAllocatedEur: p.budgetAllocatedEur,
  budgetSpentEur: p.budgetSpentEur,
  responsibleUnit: p.responsibleUnit,
  nextMilestone: p.nextMilestone,
  updatedAt: p.updatedAt,
});

export const projects = [inProgress, designing, completed, cancelled];

const idea = (status: IdeaTimeline['idea']['status'] = 'published') => ({ id: 'idea-1', processId: 'pb-2025', title: 'Kuntoportaat rinteeseen', status });
const submitted = { kind: 'submitted', at: '2025-01-10T10:00:00.000Z' } as const;
const published = { kind: 'published', at: '2025-01-11T10:00:00.000Z' } as const;
const feasible = { kind: 'reviewed', at: '2025-02-01T10:00:00.000Z', feasibility: 'feasible', costEur: 85000, reason: null, responsibleUnit: 'Liikuntapalvelut' } as const;
const onBallot = {
  kind: 'on-ballot',
  at: '2025-03-01T10:00:00.000Z',
  proposal: { id: 'p1', title: 'Kuntoportaat Väinölänniemeen' },
  budgetName: { fi: 'Koko kaupunki', en: 'City-wide' },
} as const;

/** One timeline per path an idea can take. */
export const timelines: Record<'rejected' | 'merged' | 'notFeasible' | 'lostVote' | 'completed' | 'pending', IdeaTimeline> = {
  pending: { idea: { ...idea('pending'), title: '' }, outcome: 'in-moderation', entries: [submitted] },
  rejected: {
    idea: idea('rejected'),
    outcome: 'rejected',
    entries: [submitted, { kind: 'rejected', at: '2025-01-11T10:00:00.000Z', reason: 'Ei kuulu kaupungin päätösvaltaan.' }],
  },
  merged: {
    idea: idea('merged'),
    outcome: 'merged',
    entries: [submitted, published, { kind: 'merged', at: '2025-01-20T10:00:00.000Z', into: { id: 'idea-2', title: 'Portaat ja valot rinteeseen' }, note: null }],
  },
  notFeasible: {
    idea: idea(),
    outcome: 'not-feasible',
    entries: [
      submitted,
      published,
      { kind: 'reviewed', at: '2025-02-01T10:00:00.000Z', feasibility: 'not-feasible', costEur: null, reason: 'Rinne on suojelualuetta.', responsibleUnit: 'Liikuntapalvelut' },
    ],
  },
  lostVote: {
    idea: idea(),
    outcome: 'lost-vote',
    entries: [submitted, published, feasible, onBallot, { kind: 'vote-result', at: '2025-04-30T10:00:00.000Z', proposalId: 'p1', votes: 412, ballots: 2210, selected: false }],
  },
  completed: {
    idea: idea(),
    outcome: 'completed',
    entries: [
      submitted,
      published,
      feasible,
      onBallot,
      { kind: 'vote-result', at: '2025-04-30T10:00:00.000Z', proposalId: 'p1', votes: 1204, ballots: 2210, selected: true },
      { kind: 'project', at: '2025-05-10T10:00:00.000Z', project: { id: 'portaat', title: { fi: 'Väinölänniemen kuntoportaat', en: 'Väinölänniemi fitness stairs' } } },
      { kind: 'project-status', at: '2025-06-01T10:00:00.000Z', projectId: 'portaat', status: 'in-progress', reason: null },
      { kind: 'progress', at: '2025-08-01T10:00:00.000Z', projectId: 'portaat', percent: 70 },
      { kind: 'project-status', at: '2025-10-01T10:00:00.000Z', projectId: 'portaat', status: 'completed', reason: null },
      { kind: 'evaluated', at: '2025-10-20T10:00:00.000Z', projectId: 'portaat', average: 4.6, count: 38 },
    ],
  },
};
