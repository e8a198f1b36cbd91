-- Surveys (issue 5): a survey belongs to a process (and optionally an area); its definition is
-- versioned — editing a survey that has answers adds a version, and each response keeps the
-- version it answered. One response per browser (respondent hash = HMAC of a browser id).

CREATE TABLE surveys (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  area_id TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  respondents TEXT NOT NULL DEFAULT 'browser',
  current_version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, process_id) REFERENCES processes (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE survey_versions (
  tenant_id TEXT NOT NULL,
  survey_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,         -- JSON SurveyDefinition
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, survey_id, version)
) WITHOUT ROWID;

CREATE TABLE survey_responses (
  id INTEGER PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  survey_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  respondent_hash TEXT NOT NULL,
  answers TEXT NOT NULL,            -- JSON SurveyAnswers
  created_at TEXT NOT NULL,
  UNIQUE (tenant_id, survey_id, respondent_hash)
);
CREATE INDEX survey_responses_version ON survey_responses (tenant_id, survey_id, version, id);
