/**
 * The answers of one map question as a GeoJSON FeatureCollection
 * (`GET /surveys/{id}/results/{question}.geojson`): point answers as Points, area answers as the
 * tenant's area polygons with counts (every area, zero included, so a choropleth has no holes).
 * The numbers are the results API's own (aggregateSurvey), so map and table never disagree.
 */
import type { Area, SurveyAreaFeature, SurveyDefinition, SurveyMapGeoJson } from '@osallistu/contract';
import type { StoredResponse } from '../db/surveys.js';
import { aggregateSurvey } from './aggregate-survey.js';

/** Null when the definition has no map question with this id. */
export function surveyMapGeoJson(
  surveyId: string,
  version: number,
  definition: SurveyDefinition,
  questionId: string,
  responses: StoredResponse[],
  areas: Area[],
): SurveyMapGeoJson | null {
  const question = definition.pages.flatMap((p) => p.questions).find((q) => q.id === questionId);
  if (question?.type !== 'map') return null;
  // Aggregate only this question: a one-question definition over the same responses.
  const single: SurveyDefinition = { ...definition, pages: [{ id: 'map', questions: [question] }] };
  const result = aggregateSurvey(surveyId, version, single, responses, { staff: false, areaIds: areas.map((a) => a.id) }).questions[0]!;
  const head = { type: 'FeatureCollection' as const, surveyId, version, questionId, answered: result.answered };
  if (question.mode === 'point') return { ...head, mode: 'point', features: result.geojson?.features ?? [] };
  const counts = new Map((result.counts ?? []).map((c) => [c.id, c]));
  const features: SurveyAreaFeature[] = areas
    .filter((a) => a.geometry)
    .map((a) => ({
      type: 'Feature',
      id: a.id,
      geometry: a.geometry!,
      properties: { areaId: a.id, name: a.name, count: counts.get(a.id)?.count ?? 0, percent: counts.get(a.id)?.percent ?? 0 },
    }));
  return { ...head, mode: 'area', features };
}
