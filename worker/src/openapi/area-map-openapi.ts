/**
 * OpenAPI entries of the area-map routes (docs/api.md, "Area map and needs assessment"):
 * paths built with operation.ts, request schemas from the contract, response
 * schemas by hand (the contract has them as TypeScript interfaces).
 */
import { AreaLookupQuerySchema, IndicatorInputSchema, MapSettingsInputSchema, NeedIndexInputSchema } from '@osallistu/contract';
import { json, operation, ref, type Paths } from './operation.js';

const numberMap = { type: 'object', additionalProperties: { type: 'number' } };

export function areaMapPaths(): Paths {
  const admin = ['admin'];
  const lookupQuery = Object.keys((json(AreaLookupQuerySchema) as { properties?: object }).properties ?? { lon: 0, lat: 0 }).map((name) => ({
    name,
    in: 'query',
    required: true,
    schema: { type: 'number' },
  }));
  return {
    '/v1/{tenant}/map': { get: operation({ summary: 'Map settings: tile layer and tenant boundary', tag: 'public', ok: [200, 'MapSettings'] }) },
    '/v1/{tenant}/areas/lookup': {
      get: operation({ summary: 'The area a point is in, and whether it is inside the boundary', tag: 'public', query: lookupQuery, ok: [200, 'AreaLookup'] }),
    },
    '/v1/{tenant}/indicators': { get: operation({ summary: 'Per-area indicators with their values', tag: 'public', ok: [200, 'Indicator[]'] }) },
    '/v1/{tenant}/need-index': { get: operation({ summary: 'Need index: weighted mean of signed z-scores, ranked', tag: 'public', ok: [200, 'NeedIndex'] }) },
    '/v1/{tenant}/admin/areas/import': {
      post: operation({ summary: 'Import areas from a GeoJSON FeatureCollection (all or nothing, ≤ 1 MiB)', tag: 'admin', body: 'AreaFeatureCollection', ok: [201, 'AreaImportResult'], roles: admin }),
    },
    '/v1/{tenant}/admin/indicators/{indicator}': {
      put: operation({ summary: 'Create or rename an indicator', tag: 'admin', params: ['indicator'], body: 'IndicatorInput', ok: [200, 'IndicatorInput'], roles: admin }),
    },
    '/v1/{tenant}/admin/indicators/import': {
      post: operation({ summary: 'Import indicator values from CSV (Content-Type: text/csv; all or nothing)', tag: 'admin', ok: [200, 'IndicatorImportResult'], roles: admin }),
    },
    '/v1/{tenant}/admin/need-index': {
      put: operation({ summary: 'Choose the need index components', tag: 'admin', body: 'NeedIndexInput', ok: [200, 'NeedIndexInput'], roles: admin }),
    },
    '/v1/{tenant}/admin/map': {
      put: operation({ summary: 'Set the tile layer and the tenant boundary', tag: 'admin', body: 'MapSettingsInput', ok: [200, 'MapSettings'], roles: admin }),
    },
  };
}

export const areaMapSchemas: Record<string, unknown> = {
  IndicatorInput: json(IndicatorInputSchema),
  NeedIndexInput: json(NeedIndexInputSchema),
  MapSettingsInput: json(MapSettingsInputSchema),
  AreaFeatureCollection: {
    type: 'object',
    required: ['type', 'features'],
    properties: { type: { const: 'FeatureCollection' }, features: { type: 'array', items: { type: 'object' } } },
  },
  MapSettings: {
    type: 'object',
    required: ['tiles', 'boundary', 'dataAttribution'],
    properties: {
      tiles: { oneOf: [{ type: 'null' }, { type: 'object', properties: { url: { type: 'string' }, attribution: { type: 'string' }, maxZoom: { type: 'integer' } } }] },
      boundary: { oneOf: [{ type: 'null' }, ref('AreaGeometry')] },
      dataAttribution: { type: 'string' },
    },
  },
  AreaLookup: {
    type: 'object',
    required: ['areaId', 'insideBoundary'],
    properties: { areaId: { type: ['string', 'null'] }, insideBoundary: { type: 'boolean' } },
  },
  Indicator: {
    type: 'object',
    required: ['id', 'name', 'unit', 'values'],
    properties: { id: { type: 'string' }, name: ref('LocalizedText'), unit: { type: 'string' }, values: numberMap },
  },
  'Indicator[]': { type: 'array', items: ref('Indicator') },
  NeedIndex: {
    type: 'object',
    required: ['components', 'areas'],
    properties: {
      components: (json(NeedIndexInputSchema) as { properties: { components: object } }).properties.components,
      areas: {
        type: 'array',
        items: {
          type: 'object',
          required: ['areaId', 'score', 'rank', 'z'],
          properties: {
            areaId: { type: 'string' },
            score: { type: ['number', 'null'] },
            rank: { type: ['integer', 'null'] },
            z: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
          },
        },
      },
    },
  },
  AreaImportResult: {
    type: 'object',
    required: ['created', 'updated'],
    properties: { created: { type: 'array', items: { type: 'string' } }, updated: { type: 'array', items: { type: 'string' } } },
  },
  IndicatorImportResult: {
    type: 'object',
    required: ['rows', 'indicators', 'values'],
    properties: { rows: { type: 'integer' }, indicators: { type: 'array', items: { type: 'string' } }, values: { type: 'integer' } },
  },
};
