-- Sign-in and machine clients (issue 12, point 4).
-- The first administrator is an account, not a prosecutor: it has no office, position, class rank or IIN.

ALTER TABLE people ALTER COLUMN office_code DROP NOT NULL;
ALTER TABLE people ALTER COLUMN position DROP NOT NULL;
ALTER TABLE people ALTER COLUMN class_rank DROP NOT NULL;
ALTER TABLE people ALTER COLUMN iin DROP NOT NULL;

-- Machine clients: a name, an optional office, scopes (space-separated, as ClientScope names them), and the
-- SHA-256 of the key. The key is 256 random bits shown once when the client is added; a digest of so
-- much entropy cannot be reversed or guessed, so no slow hash is needed, and a key is found by its digest.
CREATE TABLE clients (
    name        text        PRIMARY KEY,
    office_code text        REFERENCES offices (code),
    scopes      text        NOT NULL,
    key_sha256  text        NOT NULL UNIQUE,
    added_by    text        NOT NULL,
    added_at    timestamptz NOT NULL,
    revoked_by  text,
    revoked_at  timestamptz
);
