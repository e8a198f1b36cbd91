/**
 * Contract-shaped data for the component tests (not exported from the package).
 */
import type { Area, Budget, BudgetList, MapSettings, ProcessResults, Proposal, Theme } from '@osallistu/contract';

export const themes: Theme[] = [
  { id: 'parks', name: { fi: 'Puistot', sv: 'Parker', en: 'Parks' } },
  { id: 'culture', name: { fi: 'Kulttuuri', sv: 'Kultur', en: 'Culture' } },
];

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.05], [x, y + 0.05], [x, y]]] as [number, number][][],
});
const at = (x: number, y: number) => ({ type: 'Point' as const, coordinates: [x + 0.05, y + 0.025] as [number, number] });

/** Three areas; Puijonlaakso has no budget of its own (the map must say so). */
export const areas: Area[] = [
  { id: '70100', name: { fi: 'Keskusta', sv: 'Centrum' }, population: 10000, labelPoint: at(27.6, 62.85), geometry: square(27.6, 62.85) },
  { id: '70820', name: { fi: 'Neulamäki' }, population: 5000, labelPoint: at(27.7, 62.85), geometry: square(27.7, 62.85) },
  { id: '70600', name: { fi: 'Puijonlaakso' }, population: 4000, labelPoint: at(27.6, 62.9), geometry: square(27.6, 62.9) },
];

/** `GET /map` for the area map: no tiles (nothing from third parties in tests). */
export const mapSettings: MapSettings = { tiles: null, boundary: null, dataAttribution: '© Testidata' };

const rule = { kind: 'knapsack', minProposals: 1, maxProposals: null, minSharePercent: 0 } as const;

export const budgets: Budget[] = [
  { id: 'city', processId: 'pb-2026', name: { fi: 'Koko kaupunki', en: 'Whole city' }, areaId: null, amountEur: 100000, ballotRule: rule, countingRule: 'greedy', eligibility: 'all', position: 0, proposalCount: 3 },
  { id: 'keskusta', processId: 'pb-2026', name: { fi: 'Keskusta' }, areaId: '70100', amountEur: 30000, ballotRule: rule, countingRule: 'greedy', eligibility: 'one-area', position: 1, proposalCount: 1 },
  { id: 'neulamaki', processId: 'pb-2026', name: { fi: 'Neulamäki' }, areaId: '70820', amountEur: 30000, ballotRule: rule, countingRule: 'mes-add1', eligibility: 'one-area', position: 2, proposalCount: 1 },
];

export function budgetList(open = true): BudgetList {
  return {
    processId: 'pb-2026',
    settings: { minAge: 13, municipality: 'Kuopio', emailCodes: true, printedCodes: true },
    votingStartsAt: '2026-11-01T00:00:00.000Z',
    votingEndsAt: open ? '2099-12-01T00:00:00.000Z' : '2026-11-20T00:00:00.000Z',
    votingOpen: open,
    budgets,
  };
}

const proposal = (id: string, budgetId: string, title: string, costEur: number, themeId = 'parks', areaId: string | null = null): Proposal => ({
  id,
  processId: 'pb-2026',
  budgetId,
  title,
  summary: `${title}: kuvaus ehdotuksesta ja sen hyödyistä.`,
  themeId,
  areaId,
  costEur,
  originIdeas: [{ id: `idea-${id}`, title: `Idea: ${title}` }],
});

export const proposals: Proposal[] = [
  proposal('p1', 'city', 'Kuntoportaat Väinölänniemeen', 60000),
  proposal('p2', 'city', 'Katutaideseinä torin laidalle', 45000, 'culture'),
  proposal('p3', 'city', 'Penkkejä rantaraitille', 20000),
  proposal('k1', 'keskusta', 'Skeittiparkin laajennus', 25000, 'parks', '70100'),
  proposal('n1', 'neulamaki', 'Ulkokuntosali Neulamäkeen', 28000, 'parks', '70820'),
];

/** `count` proposals on the city-wide budget, for the speed test. */
export function manyProposals(count: number): Proposal[] {
  return Array.from({ length: count }, (_, i) => proposal(`m${i}`, 'city', `Ehdotus numero ${i + 1}`, 1000 + ((i * 7919) % 40) * 1000, i % 2 ? 'culture' : 'parks'));
}

export const results: ProcessResults = {
  processId: 'pb-2026',
  voters: 120,
  computedAt: '2026-11-20T00:00:00.000Z',
  budgets: [
    {
      budgetId: 'city',
      areaId: null,
      amountEur: 100000,
      countingRule: 'greedy',
      ballots: 100,
      selected: ['p1', 'p3'],
      costEur: 80000,
      computedAt: '2026-11-20T00:00:00.000Z',
      proposals: [
        { proposalId: 'p1', title: 'Kuntoportaat Väinölänniemeen', areaId: null, costEur: 60000, votes: 70, selected: true, tie: false, reason: { kind: 'greedy', rank: 1, remainingEur: 100000, outcome: 'selected' } },
        { proposalId: 'p2', title: 'Katutaideseinä torin laidalle', areaId: null, costEur: 45000, votes: 50, selected: false, tie: false, reason: { kind: 'greedy', rank: 2, remainingEur: 40000, outcome: 'did-not-fit' } },
        { proposalId: 'p3', title: 'Penkkejä rantaraitille', areaId: null, costEur: 20000, votes: 30, selected: true, tie: false, reason: { kind: 'greedy', rank: 3, remainingEur: 40000, outcome: 'selected' } },
      ],
    },
    {
      budgetId: 'neulamaki',
      areaId: '70820',
      amountEur: 30000,
      countingRule: 'mes-add1',
      ballots: 20,
      selected: ['n1'],
      costEur: 28000,
      shareEur: 1500,
      computedAt: '2026-11-20T00:00:00.000Z',
      proposals: [
        { proposalId: 'n1', title: 'Ulkokuntosali Neulamäkeen', areaId: '70820', costEur: 28000, votes: 20, selected: true, tie: false, reason: { kind: 'mes', supporters: 20, outcome: 'selected', round: 1, payers: 20, maxShareEur: 1400 } },
      ],
    },
  ],
  turnout: [
    { budgetId: 'city', areaId: null, ballots: 100, population: 15000 },
    { budgetId: 'keskusta', areaId: '70100', ballots: 0, population: 10000 },
    { budgetId: 'neulamaki', areaId: '70820', ballots: 20, population: 5000 },
  ],
};
