-- Participatory budgeting (issue 3): voting settings, budgets, proposals, voter verification
-- (email one-time codes, printed codes, voter sessions), ballots with receipts, computed results
-- and the local-mode dev outbox. Voter keys are HMAC-SHA256(HASH_SECRET, normalised identity);
-- no table that ballots live in holds an email address.

CREATE TABLE pb_settings (
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  min_age INTEGER NOT NULL DEFAULT 13,
  municipality TEXT NOT NULL,
  email_codes INTEGER NOT NULL DEFAULT 1,
  printed_codes INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, process_id),
  FOREIGN KEY (tenant_id, process_id) REFERENCES processes (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE budgets (
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,           -- JSON LocalizedText
  area_id TEXT,                 -- null: city-wide
  amount_eur INTEGER NOT NULL,
  ballot_rule TEXT NOT NULL,    -- JSON BallotRule
  counting_rule TEXT NOT NULL CHECK (counting_rule IN ('greedy', 'mes-add1')),
  eligibility TEXT NOT NULL CHECK (eligibility IN ('all', 'one-area')),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, process_id, id),
  FOREIGN KEY (tenant_id, process_id) REFERENCES processes (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE proposals (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  budget_id TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  theme_id TEXT NOT NULL,
  area_id TEXT,
  cost_eur INTEGER NOT NULL CHECK (cost_eur > 0),
  origin_idea_ids TEXT NOT NULL DEFAULT '[]',  -- JSON string[]
  created_at TEXT NOT NULL,
  FOREIGN KEY (tenant_id, process_id, budget_id) REFERENCES budgets (tenant_id, process_id, id)
);
CREATE INDEX proposals_budget ON proposals (tenant_id, process_id, budget_id, title);

-- One live code per address and process. `email` is the plaintext address, kept only until the
-- code is used, locked or expired (the row is deleted then; the scheduled handler sweeps too).
CREATE TABLE email_codes (
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  email_hash TEXT NOT NULL,
  email TEXT,
  code_hash TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, process_id, email_hash)
) WITHOUT ROWID;
CREATE INDEX email_codes_expiry ON email_codes (expires_at);

-- Printed single-use voting codes, in batches staff print (libraries, schools, letters).
CREATE TABLE printed_code_batches (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  label TEXT NOT NULL,
  count INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE printed_codes (
  code TEXT PRIMARY KEY,        -- normalised: uppercase, no dashes
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  batch_id TEXT NOT NULL REFERENCES printed_code_batches(id),
  position INTEGER NOT NULL,
  used_at TEXT
);
CREATE INDEX printed_codes_batch ON printed_codes (batch_id, position);

-- Verified voters of a process (turnout; declared municipality). No identity, only the key.
CREATE TABLE voters (
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  voter_key TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('email', 'printed')),
  verified_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, process_id, voter_key)
) WITHOUT ROWID;

-- Short-lived voter tokens: SHA-256 of the token, for one process.
CREATE TABLE voter_sessions (
  token_hash TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  voter_key TEXT NOT NULL,
  method TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX voter_sessions_expiry ON voter_sessions (expires_at);

-- One ballot per voter per budget (the primary key). Revoting replaces the row in one db.batch.
CREATE TABLE ballots (
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  budget_id TEXT NOT NULL,
  voter_key TEXT NOT NULL,
  proposal_ids TEXT NOT NULL,   -- JSON string[]
  receipt_code TEXT NOT NULL UNIQUE,
  cast_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, process_id, budget_id, voter_key)
) WITHOUT ROWID;
CREATE INDEX ballots_voter ON ballots (tenant_id, process_id, voter_key);

-- Receipts outlive replaced ballots so a voter can see "replaced by a later ballot". They hold
-- no voter key: a receipt says what was cast, never by whom.
CREATE TABLE ballot_receipts (
  code TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  budget_id TEXT NOT NULL,
  proposal_ids TEXT NOT NULL,
  cast_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('counted', 'replaced'))
) WITHOUT ROWID;

-- Results per budget, computed when voting closes (scheduled handler) or by staff.
CREATE TABLE budget_results (
  tenant_id TEXT NOT NULL,
  process_id TEXT NOT NULL,
  budget_id TEXT NOT NULL,
  result TEXT NOT NULL,         -- JSON BudgetResult
  computed_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, process_id, budget_id)
) WITHOUT ROWID;

-- Local mode: messages that would have been emailed (the demo's dev outbox panel reads them).
CREATE TABLE dev_outbox (
  id INTEGER PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
