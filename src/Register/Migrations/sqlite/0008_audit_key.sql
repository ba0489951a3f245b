-- The audit chain is keyed (issue 13): every entry's hash is an HMAC under a key kept outside the database.
-- The head names the key the chain is sealed with by its id (a MAC of a constant, which reveals nothing of
-- the key), so that a program started with another key, or with its key file missing, stops with a clear
-- message instead of writing entries no verifier accepts. NULL: a chain written before keys (plain SHA-256),
-- sealed with the key at the first start that has one.
ALTER TABLE audit_head ADD COLUMN key_id TEXT;
