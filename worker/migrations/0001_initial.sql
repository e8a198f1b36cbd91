-- Osallistu schema, version 1: tenants, keys, processes, themes, areas, ideas and their history,
-- comments, supports, and the bookkeeping tables of the API (rate limits, idempotency, nonces).
-- Timestamps are ISO 8601 UTC strings with milliseconds ("2026-11-29T06:00:00.000Z"), so they sort
-- as text. JSON columns hold valibot-checked values from packages/contract.

CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  languages TEXT NOT NULL DEFAULT '["fi","sv","en"]',
  -- JSON array of exact origins ("https://www.kuopio.fi") allowed to call the API from a browser.
  allowed_origins TEXT NOT NULL DEFAULT '[]',
  -- Shared secret for signed server-to-server calls (WordPress plugin); null = signing disabled.
  signing_secret TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'reviewer')),
  label TEXT NOT NULL,
  -- SHA-256 (hex) of the whole key; the key itself is shown once and never stored.
  key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE processes (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,        -- JSON LocalizedText
  description TEXT NOT NULL,  -- JSON LocalizedText
  budget_eur INTEGER NOT NULL,
  phases TEXT NOT NULL,       -- JSON Phase[]
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE themes (
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,         -- JSON LocalizedText
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, process_id, id),
  FOREIGN KEY (tenant_id, process_id) REFERENCES processes (tenant_id, id)
);

CREATE TABLE areas (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  id TEXT NOT NULL,
  name_fi TEXT NOT NULL,
  name_sv TEXT,
  name_en TEXT,
  population INTEGER,
  geometry TEXT NOT NULL,     -- JSON GeoJSON Polygon or MultiPolygon (WGS84)
  label_lon REAL,
  label_lat REAL,
  PRIMARY KEY (tenant_id, id)
);

-- Ideas. Ids are random and globally unique, so child tables need no tenant column.
-- support_count and comment_count are kept in the same db.batch as the rows they count.
CREATE TABLE ideas (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  theme_id TEXT NOT NULL,
  area_id TEXT,
  location_lon REAL,
  location_lat REAL,
  author_name TEXT,
  lang TEXT NOT NULL DEFAULT 'fi',
  status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected', 'merged')),
  created_at TEXT NOT NULL,
  published_at TEXT,
  support_count INTEGER NOT NULL DEFAULT 0,
  comment_count INTEGER NOT NULL DEFAULT 0,
  rejection_reason TEXT,
  merged_into TEXT REFERENCES ideas(id),
  feasibility TEXT CHECK (feasibility IN ('feasible', 'not-feasible')),
  review_reason TEXT,
  cost_eur INTEGER,
  responsible_unit TEXT,
  reviewed_at TEXT,
  edit_note TEXT,
  edited_at TEXT,
  FOREIGN KEY (tenant_id, process_id) REFERENCES processes (tenant_id, id)
);
-- One index per common list shape (filter columns by equality, then the sort keys), so a page
-- reads about one row per idea returned: newest and most supported, over all / by area / by theme
-- / by feasibility.
CREATE INDEX ideas_new ON ideas (tenant_id, process_id, status, created_at DESC, id DESC);
CREATE INDEX ideas_sup ON ideas (tenant_id, process_id, status, support_count DESC, created_at DESC, id DESC);
CREATE INDEX ideas_area_new ON ideas (tenant_id, process_id, area_id, status, created_at DESC, id DESC);
CREATE INDEX ideas_area_sup ON ideas (tenant_id, process_id, area_id, status, support_count DESC, created_at DESC, id DESC);
CREATE INDEX ideas_theme_new ON ideas (tenant_id, process_id, theme_id, status, created_at DESC, id DESC);
CREATE INDEX ideas_theme_sup ON ideas (tenant_id, process_id, theme_id, status, support_count DESC, created_at DESC, id DESC);
CREATE INDEX ideas_feas_new ON ideas (tenant_id, process_id, feasibility, status, created_at DESC, id DESC);
CREATE INDEX ideas_feas_sup ON ideas (tenant_id, process_id, feasibility, status, support_count DESC, created_at DESC, id DESC);
-- Staff lists across processes.
CREATE INDEX ideas_tenant_status ON ideas (tenant_id, status, created_at DESC, id DESC);
CREATE INDEX ideas_tenant_new ON ideas (tenant_id, created_at DESC, id DESC);

-- Contact emails live apart from ideas so that no public query can touch them. A row is deleted
-- by the scheduled handler once the idea's process has ended (no more updates to send).
CREATE TABLE idea_contacts (
  idea_id TEXT PRIMARY KEY REFERENCES ideas(id),
  email TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Free-text search over title and description, kept in step with ideas by triggers.
CREATE VIRTUAL TABLE ideas_fts USING fts5(idea_id UNINDEXED, title, description, tokenize = 'unicode61');
CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN
  INSERT INTO ideas_fts (idea_id, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, description ON ideas BEGIN
  DELETE FROM ideas_fts WHERE idea_id = old.id;
  INSERT INTO ideas_fts (idea_id, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN
  DELETE FROM ideas_fts WHERE idea_id = old.id;
END;

-- An idea's public history: one row per change (submitted, published, rejected, edited, merged,
-- absorbed, reviewed). `data` is a JSON object whose keys depend on the kind.
CREATE TABLE idea_events (
  id INTEGER PRIMARY KEY,
  idea_id TEXT NOT NULL REFERENCES ideas(id),
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  -- Who did it: 'resident', or the label of the staff key / 'signed:<role>'. Staff-only.
  actor TEXT
);
CREATE INDEX idea_events_idea ON idea_events (idea_id, id);

CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  idea_id TEXT NOT NULL REFERENCES ideas(id),
  tenant_id TEXT NOT NULL,
  body TEXT NOT NULL,
  author_name TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected')),
  rejection_reason TEXT,
  created_at TEXT NOT NULL,
  moderated_at TEXT
);
CREATE INDEX comments_idea ON comments (idea_id, status, created_at, id);
CREATE INDEX comments_tenant_status ON comments (tenant_id, status, created_at, id);

-- One support per browser: supporter_hash = HMAC-SHA256(HASH_SECRET, supporterId).
CREATE TABLE supports (
  idea_id TEXT NOT NULL REFERENCES ideas(id),
  supporter_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (idea_id, supporter_hash)
) WITHOUT ROWID;

-- Fixed-window counters: bucket = "<scope>:<tenant>:<hash of IP>:<window start>".
CREATE TABLE rate_limits (
  bucket TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  expires_at INTEGER NOT NULL  -- unix seconds
) WITHOUT ROWID;

-- Stored first responses of POSTs that carried an Idempotency-Key (24 h).
CREATE TABLE idempotency_keys (
  tenant_id TEXT NOT NULL,
  key TEXT NOT NULL,
  method_path TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  status INTEGER,             -- null while the first request is in flight
  response_body TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, key)
) WITHOUT ROWID;

-- Nonces of signed server calls, kept past the ±300 s timestamp window to refuse replays.
CREATE TABLE request_nonces (
  nonce TEXT PRIMARY KEY,
  seen_at INTEGER NOT NULL   -- unix seconds
) WITHOUT ROWID;
