-- The dev outbox keeps the extra headers a message carries (List-Unsubscribe and
-- List-Unsubscribe-Post of follow messages, RFC 8058), as a JSON object, so tests and the demo see
-- what the production sender sends.
ALTER TABLE dev_outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '{}';
