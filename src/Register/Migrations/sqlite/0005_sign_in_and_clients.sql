-- Sign-in and machine clients (issue 12, point 4).
-- The first administrator is an account, not a prosecutor: it has no office, position, class rank or
-- IIN. SQLite cannot drop NOT NULL, so the people table is rebuilt with those columns nullable; the
-- foreign keys that point at people (person_roles) are checked at commit, when the new table holds
-- every login again.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE people_new (
    login                TEXT    PRIMARY KEY,
    office_code          TEXT    REFERENCES offices (code),
    surname              TEXT    NOT NULL,
    given_name           TEXT    NOT NULL,
    patronymic           TEXT,
    title_kk             TEXT    NOT NULL,
    title_ru             TEXT    NOT NULL,
    position             TEXT,
    class_rank           TEXT,
    iin                  TEXT    UNIQUE,
    phone                TEXT,
    password_hash        TEXT,
    disabled             INTEGER NOT NULL DEFAULT 0,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    added_by             TEXT    NOT NULL,
    added_at             TEXT    NOT NULL
);

INSERT INTO people_new SELECT login, office_code, surname, given_name, patronymic, title_kk, title_ru, position, class_rank,
    iin, phone, password_hash, disabled, must_change_password, failed_sign_ins, locked_until, added_by, added_at FROM people;
DROP TABLE people;
ALTER TABLE people_new RENAME TO people;
CREATE INDEX ix_people_office ON people (office_code);

-- Machine clients: a name, an optional office, scopes (space-separated, as ClientScope names them), and the
-- SHA-256 of the key. The key is 256 random bits shown once when the client is added; a digest of so
-- much entropy cannot be reversed or guessed, so no slow hash is needed, and a key is found by its digest.
CREATE TABLE clients (
    name        TEXT PRIMARY KEY,
    office_code TEXT REFERENCES offices (code),
    scopes      TEXT NOT NULL,
    key_sha256  TEXT NOT NULL UNIQUE,
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    revoked_by  TEXT,
    revoked_at  TEXT
);
