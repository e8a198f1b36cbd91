import type { AreaGeometry, Point } from './geo.js';
import type { LocalizedText } from './localized-text.js';
import type { SurveyQuestionType } from './survey.js';

/** Count and share of one option, area or scale value; `percent` of those who answered the question (1 decimal). */
export interface SurveyCount {
  id: string;
  count: number;
  percent: number;
}

/** One map-point answer. `responseId` lets staff find the response in the CSV export. */
export interface SurveyPointFeature {
  type: 'Feature';
  geometry: Point;
  properties: { responseId: number };
}

/** One of the tenant's areas with how many chose it (every area, zero counts included). */
export interface SurveyAreaFeature {
  type: 'Feature';
  id: string;
  geometry: AreaGeometry;
  properties: { areaId: string; name: LocalizedText; count: number; percent: number };
}

/** Point answers of one question, inline in `SurveyQuestionResult.geojson`. */
export interface SurveyGeoJson {
  type: 'FeatureCollection';
  features: SurveyPointFeature[];
}

/**
 * `GET /surveys/{id}/results/{question}.geojson` (`application/geo+json`): the answers of one map
 * question as a GeoJSON FeatureCollection — points (`mode: "point"`) or the tenant's area polygons
 * with counts (`mode: "area"`). The members beside `type` and `features` are GeoJSON foreign members.
 */
export type SurveyMapGeoJson = {
  type: 'FeatureCollection';
  surveyId: string;
  version: number;
  questionId: string;
  /** Responses that answered the question. */
  answered: number;
} & ({ mode: 'point'; features: SurveyPointFeature[] } | { mode: 'area'; features: SurveyAreaFeature[] });

/**
 * Aggregates of one question (`GET /surveys/{id}/results`). `answered` = responses with an answer.
 * Choices, scales and map areas: `counts`; scales and numbers: `mean`/`median`; ranking: Borda
 * `scores` (first of n options gets n points, last 1); budget: `averages` per item over those who
 * answered; map points: `geojson`; texts (and "other, what?"): `texts` only for staff.
 */
export interface SurveyQuestionResult {
  id: string;
  type: SurveyQuestionType;
  answered: number;
  counts?: SurveyCount[];
  mean?: number | null;
  median?: number | null;
  scores?: { id: string; score: number; meanPosition: number }[];
  averages?: { id: string; average: number }[];
  geojson?: SurveyGeoJson;
  texts?: string[];
}

export interface SurveyResults {
  surveyId: string;
  version: number;
  responses: number;
  questions: SurveyQuestionResult[];
}
