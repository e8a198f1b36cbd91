/**
 * Area map and needs assessment: GeoJSON area import with geometry validation, point-in-area on
 * Kuopio's real postal-code polygons, indicator CSV import with bad rows, the need index on a
 * hand-computed example, map settings, and the idea whose point decides its area.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import kuopioRaw from '../seed/data/kuopio_postinumeroalueet.geojson?raw';
import boundaryRaw from '../seed/data/kuopio_kuntaraja_2023.geojson?raw';
import { call, json, keys, seedFixture, validIdea } from './fixture.js';

beforeEach(seedFixture);

const admin = keys.admin;

interface RawFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: unknown;
}

function kuopioCollection() {
  const raw = JSON.parse(kuopioRaw) as { features: RawFeature[] };
  return {
    type: 'FeatureCollection',
    features: raw.features.map((f) => ({
      type: 'Feature',
      properties: { id: f.properties['postinumero'], name_fi: `Kuopio ${f.properties['postinumero']}`, population: 1000 },
      geometry: f.geometry,
    })),
  };
}

const square = (x: number, y: number, size = 0.1) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});
const feature = (id: string, geometry: unknown, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { id, name: `Alue ${id}`, ...properties },
  geometry,
});
const importAreas = (features: unknown[], key: string = admin) =>
  call('/admin/areas/import', { key, body: { type: 'FeatureCollection', features } });

describe('area import', () => {
  it('imports Kuopio postal-code areas and finds the city centre in 70100', async () => {
    const response = await call('/admin/areas/import', { key: admin, body: kuopioCollection() });
    expect(response.status).toBe(201);
    const result = await json(response);
    expect(result.created).toHaveLength(65);
    const centre = await json(await call('/areas/lookup?lon=27.685&lat=62.885'));
    expect(centre).toEqual({ areaId: '70100', insideBoundary: true });
    // Kuopio market square; in the generalised geometry it lies just inside 70110's corner.
    expect((await json(await call('/areas/lookup?lon=27.678&lat=62.892'))).areaId).toBe('70110');
    const areas = await json<{ id: string; labelPoint: { coordinates: [number, number] } }[]>(await call('/areas'));
    const centreArea = areas.find((a) => a.id === '70100')!;
    const [lon, lat] = centreArea.labelPoint.coordinates;
    expect((await json(await call(`/areas/lookup?lon=${lon}&lat=${lat}`))).areaId).toBe('70100');
  });

  it('refuses self-intersecting, open, projected and non-polygon geometry and imports nothing', async () => {
    const bowtie = { type: 'Polygon', coordinates: [[[27, 62], [27.1, 62.1], [27.1, 62], [27, 62.1], [27, 62]]] };
    const open = { type: 'Polygon', coordinates: [[[27, 62], [27.1, 62], [27.1, 62.1], [27, 62.1]]] };
    const projected = square(534000, 6970000, 1000);
    const point = { type: 'Point', coordinates: [27, 62] };
    const response = await importAreas([
      feature('ok1', square(27, 62)),
      feature('bow', bowtie),
      feature('open', open),
      feature('proj', projected),
      feature('pt', point),
      feature('bad id!', square(28, 62)),
      feature('ok1', square(29, 62)),
    ]);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json(response);
    expect(problem.code).toBe('validation-failed');
    expect(problem.detail).toContain('nothing was imported');
    const byPath = (path: string) => problem.errors.filter((e: { path: string }) => e.path === path).map((e: { detail: string }) => e.detail).join(' | ');
    expect(byPath('features.1.geometry')).toContain('self-intersection');
    expect(byPath('features.2.geometry')).toContain('not closed');
    expect(byPath('features.3.geometry')).toContain('WGS84');
    expect(byPath('features.4.geometry')).toContain('Polygon or MultiPolygon');
    expect(problem.errors.some((e: { path: string }) => e.path === 'features.5.properties.id')).toBe(true);
    expect(byPath('features.6.properties.id')).toContain('duplicate');
    expect(problem.errors.some((e: { path: string }) => e.path.startsWith('features.0'))).toBe(false);
    const ids = (await json<{ id: string }[]>(await call('/areas'))).map((a) => a.id);
    expect(ids).toEqual(['a1', 'a2']);
  });

  it('refuses a hole that crosses its outer ring', async () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [[27, 62], [27.2, 62], [27.2, 62.2], [27, 62.2], [27, 62]],
        [[27.1, 62.1], [27.3, 62.1], [27.3, 62.15], [27.1, 62.15], [27.1, 62.1]],
      ],
    };
    const problem = await json(await importAreas([feature('holey', polygon)]));
    expect(problem.errors[0].detail).toContain('ring 0');
    expect(problem.errors[0].detail).toContain('ring 1');
  });

  it('accepts MultiPolygons with names in three languages and updates existing areas', async () => {
    const multi = { type: 'MultiPolygon', coordinates: [square(27, 62).coordinates, square(27.5, 62).coordinates] };
    const response = await importAreas([
      feature('m1', multi, { name: undefined, name_fi: 'Saaristo', name_sv: 'Skärgården', name_en: 'Archipelago', population: 1200 }),
      feature('a1', square(27.6, 62.8), { name: 'Keskusta', population: 13000 }),
    ]);
    expect(response.status).toBe(201);
    expect(await json(response)).toEqual({ created: ['m1'], updated: ['a1'] });
    const areas = await json<{ id: string; name: object; population: number }[]>(await call('/areas'));
    expect(areas.find((a) => a.id === 'm1')).toMatchObject({ name: { fi: 'Saaristo', sv: 'Skärgården', en: 'Archipelago' }, population: 1200 });
    expect(areas.find((a) => a.id === 'a1')?.population).toBe(13000);
    expect((await json(await call('/areas/lookup?lon=27.55&lat=62.05'))).areaId).toBe('m1');
    expect((await json(await call('/areas/lookup?lon=27.3&lat=62.05'))).areaId).toBe(null);
  });

  it('refuses files over the size limit with 413 problem+json', async () => {
    const huge = { type: 'FeatureCollection', features: [feature('x', square(27, 62), { padding: 'x'.repeat(1024 * 1024) })] };
    const response = await call('/admin/areas/import', { key: admin, body: huge });
    expect(response.status).toBe(413);
    const problem = await json(response);
    expect(problem.code).toBe('payload-too-large');
    expect(problem.detail).toContain('1048576');
  });

  it('is for admins only', async () => {
    expect((await importAreas([feature('z', square(27, 62))], keys.moderator)).status).toBe(403);
    expect((await call('/admin/areas/import', { body: { type: 'FeatureCollection', features: [] } })).status).toBe(401);
  });

  it('refuses a body that is not a FeatureCollection', async () => {
    const response = await call('/admin/areas/import', { key: admin, body: { type: 'Feature' } });
    expect(response.status).toBe(422);
    expect((await json(response)).errors[0].path).toBe('type');
  });
});

const csv = (text: string, key: string = admin) =>
  call('/admin/indicators/import', { key, rawBody: text, headers: { 'content-type': 'text/csv; charset=utf-8' } });
const defineIndicator = (id: string, fi: string, unit = '%') =>
  call(`/admin/indicators/${id}`, { key: admin, method: 'PUT', body: { id, name: { fi, en: id }, unit } });

describe('indicator import', () => {
  beforeEach(async () => {
    expect((await defineIndicator('unemployment', 'Työttömyysaste')).status).toBe(201);
    expect((await defineIndicator('low_income', 'Pienituloiset kotitaloudet')).status).toBe(201);
  });

  it('imports comma- and semicolon-separated values', async () => {
    const first = await csv('area,unemployment,low_income\r\na1,8.5,12\r\na2,14.25,\r\n');
    expect(first.status).toBe(200);
    expect(await json(first)).toEqual({ rows: 2, indicators: ['unemployment', 'low_income'], values: 3 });
    const second = await csv('\uFEFFarea;low_income\na2;"21,5"\n');
    expect(second.status).toBe(200);
    const indicators = await json<{ id: string; values: Record<string, number> }[]>(await call('/indicators'));
    expect(indicators.find((i) => i.id === 'unemployment')?.values).toEqual({ a1: 8.5, a2: 14.25 });
    expect(indicators.find((i) => i.id === 'low_income')?.values).toEqual({ a1: 12, a2: 21.5 });
  });

  it('reports bad rows by line number and imports nothing', async () => {
    const response = await csv(['area,unemployment,low_income', 'a1,8.5,12', 'a2,kahdeksan,10', 'zz,1,2', 'a1,3,4', 'a2,1'].join('\n'));
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.detail).toContain('nothing was imported');
    const paths = problem.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['line.3.unemployment', 'line.4.area', 'line.5.area', 'line.6']);
    expect(problem.errors[0].code).toBe('invalid-type');
    expect(problem.errors[1].code).toBe('unknown-area');
    const indicators = await json<{ values: object }[]>(await call('/indicators'));
    expect(indicators.every((i) => Object.keys(i.values).length === 0)).toBe(true);
  });

  it('refuses unknown indicator columns and a wrong first column', async () => {
    const problem = await json(await csv('alue,unemployment,crime\na1,1,2\n'));
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['line.1.column.1', 'line.1.crime']);
  });

  it('wants text/csv from an admin', async () => {
    expect((await call('/admin/indicators/import', { key: admin, body: { csv: 'area' } })).status).toBe(422);
    expect((await csv('area,unemployment\na1,1\n', keys.reviewer)).status).toBe(403);
  });
});

describe('need index', () => {
  it('matches a hand-computed example', async () => {
    await importAreas([feature('a3', square(27.8, 62.8))]);
    await defineIndicator('unemployment', 'Työttömyysaste');
    await defineIndicator('income', 'Mediaanitulot', '€');
    await csv('area,unemployment,income\na1,2,30\na2,4,10\na3,6,20\n');
    const put = await call('/admin/need-index', {
      key: admin,
      method: 'PUT',
      body: {
        components: [
          { indicator: 'unemployment', weight: 2, direction: 'higher-is-more-need' },
          { indicator: 'income', weight: 1, direction: 'lower-is-more-need' },
        ],
      },
    });
    expect(put.status).toBe(200);
    const index = await json(await call('/need-index'));
    // unemployment: mean 4, sd √(8/3) → z = −1.224745, 0, +1.224745
    // income: mean 20, sd √(200/3) → z = +1.224745, −1.224745, 0; lower is more need → sign −1
    // score = (2·z_u − z_inc) / 3: a1 = −1.224745, a2 = 0.408248, a3 = 0.816497
    expect(index.areas.map((a: { areaId: string; rank: number }) => [a.areaId, a.rank])).toEqual([
      ['a3', 1],
      ['a2', 2],
      ['a1', 3],
    ]);
    const score = (id: string) => index.areas.find((a: { areaId: string }) => a.areaId === id).score;
    expect(score('a1')).toBeCloseTo(-1.224745, 5);
    expect(score('a2')).toBeCloseTo(0.408248, 5);
    expect(score('a3')).toBeCloseTo(0.816497, 5);
    expect(index.areas[0].z).toEqual({ unemployment: 1.224745, income: 0 });
  });

  it('lists areas missing a value unranked, and refuses unknown indicators', async () => {
    await defineIndicator('unemployment', 'Työttömyysaste');
    await csv('area,unemployment\na1,5\n');
    const bad = await call('/admin/need-index', { key: admin, method: 'PUT', body: { components: [{ indicator: 'nope', weight: 1, direction: 'higher-is-more-need' }] } });
    expect(bad.status).toBe(422);
    await call('/admin/need-index', { key: admin, method: 'PUT', body: { components: [{ indicator: 'unemployment', weight: 1, direction: 'higher-is-more-need' }] } });
    const index = await json(await call('/need-index'));
    expect(index.areas).toEqual([
      { areaId: 'a1', score: 0, rank: 1, z: { unemployment: 0 } },
      { areaId: 'a2', score: null, rank: null, z: { unemployment: null } },
    ]);
  });

  it('is empty until staff choose components', async () => {
    expect(await json(await call('/need-index'))).toEqual({ components: [], areas: [] });
  });
});

describe('map settings and ideas with a point', () => {
  it('defaults to OpenStreetMap tiles and can be switched off, with a boundary', async () => {
    const initial = await json(await call('/map'));
    expect(initial.tiles.url).toContain('openstreetmap');
    expect(initial.tiles.attribution).toContain('OpenStreetMap');
    const boundary = (JSON.parse(boundaryRaw) as { features: { geometry: unknown }[] }).features[0]!.geometry;
    const put = await call('/admin/map', { key: admin, method: 'PUT', body: { tiles: null, boundary, dataAttribution: '© Maanmittauslaitos' } });
    expect(put.status).toBe(200);
    const saved = await json(await call('/map'));
    expect(saved.tiles).toBe(null);
    expect(saved.boundary.type).toBe('Polygon');
    expect((await json(await call('/areas/lookup?lon=27.685&lat=62.885'))).insideBoundary).toBe(true);
    expect((await json(await call('/areas/lookup?lon=24.94&lat=60.17'))).insideBoundary).toBe(false);
    const badTiles = await call('/admin/map', { key: admin, method: 'PUT', body: { tiles: { url: 'http://x/{z}', attribution: 'x' }, boundary: null } });
    expect(badTiles.status).toBe(422);
  });

  it("keeps tile settings per tenant: one city's own tiles leave another's OpenStreetMap default alone", async () => {
    const tiles = { url: 'https://tiles.city.example/{z}/{x}/{y}.png', attribution: '© Kaupungin karttapalvelu', maxZoom: 19 };
    const put = await call('/admin/map', { key: admin, method: 'PUT', body: { tiles, boundary: null } });
    expect(put.status).toBe(200);
    expect((await json(await call('/map'))).tiles).toEqual(tiles);
    const other = await json(await call('https://api.test/v1/other/map'));
    expect(other.tiles.url).toContain('openstreetmap');
    expect(other.tiles.attribution).toContain('OpenStreetMap');
    // another city's admin cannot change this one's tiles
    const foreign = await call('/admin/map', { key: keys.otherAdmin, method: 'PUT', body: { tiles: null, boundary: null } });
    expect([401, 403]).toContain(foreign.status);
    expect((await json(await call('/map'))).tiles).toEqual(tiles);
  });

  it('lets the point decide the area of a new idea', async () => {
    const submit = async (overrides: Record<string, unknown>) => {
      const response = await call('/processes/pb-test/ideas', { body: { ...validIdea, ...overrides } });
      expect(response.status).toBe(201);
      return json(response);
    };
    const inside = await submit({ areaId: 'a1', location: { type: 'Point', coordinates: [27.75, 62.85] } });
    expect(inside.areaId).toBe('a2');
    expect(inside.location.coordinates).toEqual([27.75, 62.85]);
    expect((await submit({ areaId: 'a1', location: { type: 'Point', coordinates: [26, 62] } })).areaId).toBe('a1');
    expect((await submit({ areaId: undefined, location: { type: 'Point', coordinates: [27.65, 62.85] } })).areaId).toBe('a1');
  });

  it('refuses a point outside the tenant boundary', async () => {
    await call('/admin/map', { key: admin, method: 'PUT', body: { tiles: null, boundary: square(27.6, 62.8, 0.2) } });
    const response = await call('/processes/pb-test/ideas', {
      body: { title: 'Penkki rantaan', description: 'Rantaan tarvitaan penkki, jolla voi levätä kävelylenkillä.', themeId: 'parks', consent: true, location: { type: 'Point', coordinates: [25, 61] } },
    });
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toEqual([{ path: 'location', code: 'out-of-range' }]);
  });
});
