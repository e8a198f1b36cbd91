/**
 * Contract-shaped data for the area map's component tests: three square areas near Kuopio inside a
 * rectangular boundary, two indicators, a need index and ideas. Invented examples.
 */
import type { Area, Idea, Indicator, MapSettings, NeedIndex, ProjectSummary } from '@osallistu/contract';
import type { AreaMapProject } from '../area-map/area-map.js';

const square = (x: number, y: number, w: number, h: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] as [number, number][][],
});

export const areas: Area[] = [
  { id: 'a1', name: { fi: 'Keskusta', sv: 'Centrum', en: 'Centre' }, population: 12000, labelPoint: { type: 'Point', coordinates: [27.65, 62.875] }, geometry: square(27.6, 62.85, 0.1, 0.05) },
  { id: 'a2', name: { fi: 'Niirala' }, population: 5000, labelPoint: { type: 'Point', coordinates: [27.75, 62.875] }, geometry: square(27.7, 62.85, 0.1, 0.05) },
  { id: 'a3', name: { fi: 'Saaristo' }, population: 3000, labelPoint: { type: 'Point', coordinates: [27.7, 62.825] }, geometry: square(27.6, 62.8, 0.2, 0.05) },
];

export const mapSettings: MapSettings = {
  tiles: null,
  boundary: square(27.58, 62.79, 0.24, 0.12),
  dataAttribution: '© Testidata',
};

export const indicators: Indicator[] = [
  { id: 'unemployment', name: { fi: 'Työttömyysaste', en: 'Unemployment rate' }, unit: '%', values: { a1: 12.5, a2: 8, a3: 4.25 } },
  { id: 'service_distance', name: { fi: 'Etäisyys palveluihin', en: 'Distance to services' }, unit: 'km', values: { a1: 0.5, a3: 9 } },
];

export const needIndex: NeedIndex = {
  components: [{ indicator: 'unemployment', weight: 1, direction: 'higher-is-more-need' }],
  areas: [
    { areaId: 'a1', score: 1.2, rank: 1, z: { unemployment: 1.2 } },
    { areaId: 'a2', score: 0.03, rank: 2, z: { unemployment: 0.03 } },
    { areaId: 'a3', score: -1.23, rank: 3, z: { unemployment: -1.23 } },
  ],
};

export function idea(id: string, overrides: Partial<Idea> = {}): Idea {
  return {
    id,
    processId: 'pb-2027',
    title: `Idea ${id}`,
    description: 'Kuvaus, joka on tarpeeksi pitkä ollakseen kelvollinen.',
    themeId: 'liikunta',
    areaId: 'a1',
    location: { type: 'Point', coordinates: [27.65, 62.875] },
    authorName: null,
    lang: 'fi',
    status: 'published',
    createdAt: '2026-11-20T10:00:00.000Z',
    publishedAt: '2026-11-20T12:00:00.000Z',
    supportCount: 0,
    commentCount: 0,
    rejectionReason: null,
    mergedInto: null,
    review: null,
    edit: null,
    ...overrides,
  };
}

export const ideas: Idea[] = [
  idea('i1', { title: 'Penkkejä torille', location: { type: 'Point', coordinates: [27.62, 62.86] } }),
  idea('i2', { title: 'Leikkipuisto Niiralaan', areaId: 'a2', location: { type: 'Point', coordinates: [27.78, 62.89] } }),
  idea('i3', { title: 'Uimaranta saaristoon', areaId: 'a3', location: null }),
  idea('i4', { title: 'Koko kaupungin idea ilman paikkaa', areaId: null, location: null }),
];

export function project(id: string, overrides: Partial<ProjectSummary> & { location?: AreaMapProject['location'] } = {}): ProjectSummary & { location?: AreaMapProject['location'] } {
  return {
    id,
    processId: 'pb-2027',
    title: { fi: `Hanke ${id}`, en: `Project ${id}` },
    description: { fi: 'Kuvaus.' },
    areaId: 'a2',
    status: 'in-progress',
    cancelReason: null,
    progressPercent: 60,
    budgetAllocatedEur: 85000,
    budgetSpentEur: 52000,
    responsibleUnit: 'Kaupunkiympäristön palvelut',
    nextMilestone: null,
    updatedAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  };
}

/** p1 sits at its area's label point (the public list has no point); p2 has its own point; p3 has neither. */
export const projects = [
  project('p1', { title: { fi: 'Niiralan leikkipuiston uudistus', en: 'Niirala playground renewal' } }),
  project('p2', { title: { fi: 'Saariston valaistus' }, areaId: 'a3', status: 'completed', progressPercent: 100, location: { type: 'Point', coordinates: [27.66, 62.81] } }),
  project('p3', { title: { fi: 'Koko kaupungin hanke' }, areaId: null, status: 'planned', progressPercent: 0 }),
];
