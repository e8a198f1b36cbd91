-- Progress tracker (issue 6): projects grown from winning proposals or created by staff for
-- area-based development, their milestones, dated updates, events (timeline and feeds), sign-ups
-- for taking part, evaluations, and email follows of projects and ideas.

CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  title TEXT NOT NULL,              -- JSON LocalizedText
  description TEXT NOT NULL,        -- JSON LocalizedText
  area_id TEXT,
  location_lon REAL,
  location_lat REAL,
  proposal_id TEXT,                 -- proposals.id when it came from a winning proposal
  idea_ids TEXT NOT NULL DEFAULT '[]',  -- JSON string[]
  responsible_unit TEXT NOT NULL,
  budget_allocated_eur INTEGER NOT NULL DEFAULT 0,
  budget_spent_eur INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('planned', 'designing', 'in-progress', 'completed', 'cancelled')),
  cancel_reason TEXT,
  progress_percent INTEGER NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
  participation TEXT,               -- JSON ParticipationInput or NULL
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_at TEXT,
  FOREIGN KEY (tenant_id, process_id) REFERENCES processes (tenant_id, id)
);
CREATE INDEX projects_process ON projects (tenant_id, process_id, status);
CREATE INDEX projects_area ON projects (tenant_id, area_id, status);

CREATE TABLE project_milestones (
  project_id TEXT NOT NULL REFERENCES projects(id),
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,              -- JSON LocalizedText
  planned_date TEXT NOT NULL,       -- YYYY-MM-DD
  actual_date TEXT,
  PRIMARY KEY (project_id, id)
) WITHOUT ROWID;

CREATE TABLE project_updates (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id),
  at TEXT NOT NULL,
  text TEXT NOT NULL,               -- JSON LocalizedText
  image_url TEXT,
  image_alt TEXT,
  actor TEXT
);
CREATE INDEX project_updates_project ON project_updates (project_id, id);

-- Every change of a project (created, status, progress, update, milestone). Public except actor.
CREATE TABLE project_events (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id),
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  actor TEXT
);
CREATE INDEX project_events_project ON project_events (project_id, id);
CREATE INDEX project_events_process ON project_events (tenant_id, process_id, kind, id);

-- Sign-ups for taking part. Name and email are for the organisers; rows are deleted when the
-- project is completed or cancelled.
CREATE TABLE project_signups (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  participants INTEGER NOT NULL CHECK (participants BETWEEN 1 AND 10),
  created_at TEXT NOT NULL
);
CREATE INDEX project_signups_project ON project_signups (project_id);

-- One evaluation per browser: evaluator_hash = HMAC-SHA256(HASH_SECRET, 'evaluator:' || id).
CREATE TABLE project_evaluations (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id),
  tenant_id TEXT NOT NULL,
  evaluator_hash TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment TEXT,
  comment_status TEXT NOT NULL CHECK (comment_status IN ('none', 'pending', 'published', 'rejected')),
  created_at TEXT NOT NULL,
  UNIQUE (project_id, evaluator_hash)
);
CREATE INDEX project_evaluations_status ON project_evaluations (tenant_id, comment_status, id);

-- Email follows (double opt-in). The address lives here only while following: the row is
-- deleted on unsubscribe, when unconfirmed for 7 days, and when a followed project ends.
-- Tokens in links are HMACs of the row id, so no token is stored.
CREATE TABLE follows (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  target TEXT NOT NULL CHECK (target IN ('project', 'idea')),
  target_id TEXT NOT NULL,
  email TEXT NOT NULL,
  lang TEXT NOT NULL DEFAULT 'fi',
  -- Origin of the API the links in messages point to (the one the resident used).
  link_base TEXT NOT NULL,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  -- Ideas: the last idea_events id already told about (the scheduled handler sends the rest).
  last_event_id INTEGER NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, target, target_id, email)
);
CREATE INDEX follows_target ON follows (tenant_id, target, target_id);
