import type { SurveyQuestionType } from './survey.js';

/** Count and share of one option, area or scale value; `percent` of those who answered the question (1 decimal). */
export interface SurveyCount {
  id: string;
  count: number;
  percent: number;
}

export interface SurveyGeoJson {
  type: 'FeatureCollection';
  features: { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: { responseId: number } }[];
}

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
