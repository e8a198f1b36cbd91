/**
 * Surveys, their versioned definitions and responses. A response is one INSERT (all answers as
 * one JSON value), so nothing partial is ever stored.
 */
import * as v from 'valibot';
import { SurveyDefinitionSchema, type Survey, type SurveyAnswers, type SurveyDefinition, type SurveyRespondentRule, type SurveyStatus } from '@osallistu/contract';

interface SurveyRow {
  id: string;
  process_id: string;
  area_id: string | null;
  status: SurveyStatus;
  respondents: SurveyRespondentRule;
  current_version: number;
  definition: string;
}

function surveyStatement(db: D1Database, tenantId: string, id: string, version?: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT s.id, s.process_id, s.area_id, s.status, s.respondents, s.current_version, v.definition
       FROM surveys s JOIN survey_versions v ON v.tenant_id = s.tenant_id AND v.survey_id = s.id AND v.version = COALESCE(?3, s.current_version)
       WHERE s.tenant_id = ?1 AND s.id = ?2`,
    )
    .bind(tenantId, id, version ?? null);
}

function toSurvey(row: SurveyRow, version?: number): Survey {
  return {
    id: row.id,
    processId: row.process_id,
    areaId: row.area_id,
    status: row.status,
    respondents: row.respondents,
    version: version ?? row.current_version,
    // Parsed, so that defaults (required, spendAll, maxLength…) hold for definitions stored by a seed too.
    definition: v.parse(SurveyDefinitionSchema, JSON.parse(row.definition)),
  };
}

export async function getSurvey(db: D1Database, tenantId: string, id: string, version?: number): Promise<Survey | null> {
  const row = await surveyStatement(db, tenantId, id, version).first<SurveyRow>();
  return row ? toSurvey(row, version) : null;
}

/**
 * The current survey and the tenant's area ids in one D1 round trip (a batch of two reads): what
 * answering needs before its single INSERT (area answers are checked against the ids).
 */
export async function getSurveyAndAreaIds(db: D1Database, tenantId: string, id: string): Promise<{ survey: Survey | null; areaIds: string[] }> {
  const [surveys, areas] = await db.batch<SurveyRow | { id: string }>([
    surveyStatement(db, tenantId, id),
    db.prepare('SELECT id FROM areas WHERE tenant_id = ?1 ORDER BY id').bind(tenantId),
  ]);
  const row = surveys?.results[0] as SurveyRow | undefined;
  return { survey: row ? toSurvey(row) : null, areaIds: (areas?.results ?? []).map((r) => (r as { id: string }).id) };
}

/** Creates a survey (status draft, version 1); false when the id is taken. */
export async function createSurvey(
  db: D1Database,
  tenantId: string,
  s: { id: string; processId: string; areaId: string | null; respondents: SurveyRespondentRule; definition: SurveyDefinition },
  at: string,
): Promise<boolean> {
  const exists = await db.prepare('SELECT 1 FROM surveys WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, s.id).first();
  if (exists) return false;
  await db.batch([
    db
      .prepare(
        `INSERT INTO surveys (tenant_id, id, process_id, area_id, status, respondents, current_version, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'draft', ?5, 1, ?6, ?6)`,
      )
      .bind(tenantId, s.id, s.processId, s.areaId, s.respondents, at),
    db.prepare('INSERT INTO survey_versions (tenant_id, survey_id, version, definition, created_at) VALUES (?1, ?2, 1, ?3, ?4)').bind(tenantId, s.id, JSON.stringify(s.definition), at),
  ]);
  return true;
}

/**
 * Replaces the definition: in place while the current version has no answers, otherwise as a new
 * version (old answers keep theirs). Returns the version now current.
 */
export async function editSurvey(db: D1Database, tenantId: string, id: string, current: number, definition: SurveyDefinition, at: string): Promise<number> {
  const answered = await db
    .prepare('SELECT 1 FROM survey_responses WHERE tenant_id = ?1 AND survey_id = ?2 AND version = ?3 LIMIT 1')
    .bind(tenantId, id, current)
    .first();
  const json = JSON.stringify(definition);
  if (!answered) {
    await db.batch([
      db.prepare('UPDATE survey_versions SET definition = ?4, created_at = ?5 WHERE tenant_id = ?1 AND survey_id = ?2 AND version = ?3').bind(tenantId, id, current, json, at),
      db.prepare('UPDATE surveys SET updated_at = ?3 WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id, at),
    ]);
    return current;
  }
  const next = current + 1;
  await db.batch([
    db.prepare('INSERT INTO survey_versions (tenant_id, survey_id, version, definition, created_at) VALUES (?1, ?2, ?3, ?4, ?5)').bind(tenantId, id, next, json, at),
    db.prepare('UPDATE surveys SET current_version = ?3, updated_at = ?4 WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id, next, at),
  ]);
  return next;
}

export async function setSurveyStatus(db: D1Database, tenantId: string, id: string, status: SurveyStatus, at: string): Promise<void> {
  await db.prepare('UPDATE surveys SET status = ?3, updated_at = ?4 WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id, status, at).run();
}

export async function setSurveyRespondents(db: D1Database, tenantId: string, id: string, respondents: SurveyRespondentRule, at: string): Promise<void> {
  await db.prepare('UPDATE surveys SET respondents = ?3, updated_at = ?4 WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id, respondents, at).run();
}

/** Stores a whole response; false when this respondent hash has already answered. */
export async function addSurveyResponse(
  db: D1Database,
  r: { tenantId: string; surveyId: string; version: number; respondentHash: string; answers: SurveyAnswers },
  at: string,
): Promise<number | null> {
  const row = await db
    .prepare(
      `INSERT INTO survey_responses (tenant_id, survey_id, version, respondent_hash, answers, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_id, survey_id, respondent_hash) DO NOTHING RETURNING id`,
    )
    .bind(r.tenantId, r.surveyId, r.version, r.respondentHash, JSON.stringify(r.answers), at)
    .first<{ id: number }>();
  return row?.id ?? null;
}

export interface StoredResponse {
  id: number;
  createdAt: string;
  answers: SurveyAnswers;
}

/** Responses to one version, oldest first. */
export async function listSurveyResponses(db: D1Database, tenantId: string, surveyId: string, version: number): Promise<StoredResponse[]> {
  const { results } = await db
    .prepare('SELECT id, created_at, answers FROM survey_responses WHERE tenant_id = ?1 AND survey_id = ?2 AND version = ?3 ORDER BY id')
    .bind(tenantId, surveyId, version)
    .all<{ id: number; created_at: string; answers: string }>();
  return results.map((r) => ({ id: r.id, createdAt: r.created_at, answers: JSON.parse(r.answers) as SurveyAnswers }));
}

/** Has this respondent (browser hash or verified person's key) answered any version of the survey? */
export async function hasSurveyResponse(db: D1Database, tenantId: string, surveyId: string, respondentHash: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 FROM survey_responses WHERE tenant_id = ?1 AND survey_id = ?2 AND respondent_hash = ?3')
    .bind(tenantId, surveyId, respondentHash)
    .first();
  return row !== null;
}
