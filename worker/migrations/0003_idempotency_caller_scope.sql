-- Idempotency keys are scoped to the caller (docs/api.md, "Idempotency"): a stored first response
-- is replayed only to the credential that made it (a hash of the Authorization header, the signed
-- server role, or 'anonymous'), so someone who learns another voter's key cannot read that voter's
-- receipt. The replay also repeats the original `Location` header.
-- SQLite cannot change a primary key in place: the table is rebuilt. Stored rows (a 24 h cache)
-- are dropped rather than guessed into a scope; a retry across the deploy runs once more.
DROP TABLE idempotency_keys;

CREATE TABLE idempotency_keys (
  tenant_id TEXT NOT NULL,
  caller TEXT NOT NULL DEFAULT 'anonymous', -- 'anonymous', 'auth:<sha256 of Authorization>' or 'signed:<role>'
  key TEXT NOT NULL,
  method_path TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  status INTEGER,             -- null while the first request is in flight
  response_body TEXT,
  location TEXT,              -- the first response's Location header, repeated on replay
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, caller, key)
) WITHOUT ROWID;
