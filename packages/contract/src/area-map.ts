/**
 * Areas as places on a map and as units of the needs assessment: the tenant's map settings
 * (tiles, boundary), per-area indicators and the need index (docs/api.md, "Area map and needs").
 */
import * as v from 'valibot';
import { LocalizedTextSchema, type LocalizedText } from './localized-text.js';
import { AreaGeometrySchema, type AreaGeometry } from './geo.js';

const IndicatorId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,39}$/, 'invalid-value'));

/** `PUT /admin/indicators/{id}`: what an indicator is called and its unit ("%", "km", "€"). */
export const IndicatorInputSchema = v.strictObject({
  id: IndicatorId,
  name: LocalizedTextSchema,
  unit: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20)), ''),
});
export type IndicatorInput = v.InferOutput<typeof IndicatorInputSchema>;

/** An indicator with its value per area id (areas without a value are left out). */
export interface Indicator {
  id: string;
  name: LocalizedText;
  unit: string;
  values: Record<string, number>;
}

export const needDirections = ['higher-is-more-need', 'lower-is-more-need'] as const;
export type NeedDirection = (typeof needDirections)[number];

/** `PUT /admin/need-index`: which indicators make the need index, with weights and direction. */
export const NeedIndexInputSchema = v.strictObject({
  components: v.pipe(
    v.array(
      v.strictObject({
        indicator: IndicatorId,
        weight: v.pipe(v.number(), v.finite(), v.minValue(0.01), v.maxValue(100)),
        direction: v.picklist(needDirections),
      }),
    ),
    v.minLength(1),
    v.maxLength(20),
  ),
});
export type NeedIndexInput = v.InferOutput<typeof NeedIndexInputSchema>;
export type NeedIndexComponent = NeedIndexInput['components'][number];

/** One area in the need index: score (weighted mean of signed z-scores) and rank (1 = most need). */
export interface NeedIndexArea {
  areaId: string;
  /** null when the area lacks a value of some component: it is listed but not ranked. */
  score: number | null;
  rank: number | null;
  /** Signed z-score per component indicator (positive = more need), null when missing. */
  z: Record<string, number | null>;
}

export interface NeedIndex {
  components: NeedIndexComponent[];
  /** Ranked areas first (rank 1 first), then the unranked ones by id. */
  areas: NeedIndexArea[];
}

const TileUrl = v.pipe(v.string(), v.maxLength(500), v.regex(/^https:\/\/[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}[^\s]*$/, 'invalid-value'));

/** `PUT /admin/map`: the tile layer (null = no tiles, a plain background) and the tenant boundary. */
export const MapSettingsInputSchema = v.strictObject({
  tiles: v.nullable(
    v.strictObject({
      url: TileUrl,
      attribution: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
      maxZoom: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(22)), 18),
    }),
  ),
  boundary: v.nullable(AreaGeometrySchema),
  /** Attribution of the area data, shown on the map beside the tiles' own. */
  dataAttribution: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300)), ''),
});
export type MapSettingsInput = v.InferOutput<typeof MapSettingsInputSchema>;

export interface MapSettings {
  tiles: { url: string; attribution: string; maxZoom: number } | null;
  boundary: AreaGeometry | null;
  /** Attribution of the area geometry (e.g. "© Tilastokeskus, CC BY 4.0"), shown on the map. */
  dataAttribution: string;
}

/** `POST /admin/areas/import` answer. */
export interface AreaImportResult {
  created: string[];
  updated: string[];
}

/** `POST /admin/indicators/import` answer. */
export interface IndicatorImportResult {
  rows: number;
  indicators: string[];
  values: number;
}

/** `GET /areas/lookup?lon=&lat=` answer. */
export interface AreaLookup {
  areaId: string | null;
  insideBoundary: boolean;
}

export const AreaLookupQuerySchema = v.strictObject({
  lon: v.pipe(v.string(), v.transform(Number), v.finite(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.string(), v.transform(Number), v.finite(), v.minValue(-90), v.maxValue(90)),
});
