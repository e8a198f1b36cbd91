-- Free-text search that can walk its matches newest first.
--
-- ideas_fts (0001) numbers its rows in insertion order and keeps idea_id in its own content
-- table, so a search had to read every match (D1 counts each row the FTS table returns), join
-- and sort them: q=puisto read ~40x the page size. Here the FTS rowid is `search_key`, an
-- integer in created_at order: milliseconds since 1970 shifted left by 20 bits, plus the low
-- 20 bits of the idea's rowid to keep keys unique among ideas created in the same millisecond.
-- `ORDER BY rowid DESC LIMIT n` on a MATCH then returns the n newest matches and stops. Ideas
-- sharing a millisecond sit in rowid order, not id order; the list query fetches such a group
-- whole before it sorts (see listPublicIdeas). created_at never changes after insert.
ALTER TABLE ideas ADD COLUMN search_key INTEGER;
UPDATE ideas SET search_key = (CAST(unixepoch(created_at, 'subsec') * 1000 AS INTEGER) << 20) + (rowid & 1048575);
CREATE UNIQUE INDEX ideas_search_key ON ideas (search_key);

-- External content: the text stays in ideas only.
CREATE VIRTUAL TABLE ideas_search USING fts5(title, description, content = 'ideas', content_rowid = 'search_key', tokenize = 'unicode61');
INSERT INTO ideas_search (ideas_search) VALUES ('rebuild');

CREATE TRIGGER ideas_search_insert AFTER INSERT ON ideas BEGIN
  UPDATE ideas SET search_key = (CAST(unixepoch(new.created_at, 'subsec') * 1000 AS INTEGER) << 20) + (new.rowid & 1048575)
    WHERE rowid = new.rowid;
  INSERT INTO ideas_search (rowid, title, description)
    VALUES ((CAST(unixepoch(new.created_at, 'subsec') * 1000 AS INTEGER) << 20) + (new.rowid & 1048575), new.title, new.description);
END;
CREATE TRIGGER ideas_search_update AFTER UPDATE OF title, description ON ideas BEGIN
  INSERT INTO ideas_search (ideas_search, rowid, title, description) VALUES ('delete', old.search_key, old.title, old.description);
  INSERT INTO ideas_search (rowid, title, description) VALUES (new.search_key, new.title, new.description);
END;
CREATE TRIGGER ideas_search_delete AFTER DELETE ON ideas BEGIN
  INSERT INTO ideas_search (ideas_search, rowid, title, description) VALUES ('delete', old.search_key, old.title, old.description);
END;

-- The old index is no longer read; drop it so writes stop paying for it.
DROP TRIGGER ideas_fts_insert;
DROP TRIGGER ideas_fts_update;
DROP TRIGGER ideas_fts_delete;
DROP TABLE ideas_fts;
