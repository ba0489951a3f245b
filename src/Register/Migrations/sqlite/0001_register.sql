-- The register of issued acts (SQLite). Dates are ISO text (YYYY-MM-DD), sums are decimal text,
-- timestamps are ISO text with offset, as Microsoft.Data.Sqlite writes them.

CREATE TABLE offices (
    code  TEXT PRIMARY KEY,
    level TEXT NOT NULL
);

CREATE TABLE office_names (
    name        TEXT PRIMARY KEY,
    office_code TEXT NOT NULL REFERENCES offices (code)
);

CREATE TABLE number_sequences (
    office_code   TEXT    NOT NULL REFERENCES offices (code),
    year          INTEGER NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY (office_code, year)
);

CREATE TABLE template_versions (
    path         TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    published_by TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    PRIMARY KEY (path, version)
);

CREATE TABLE issued_acts (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    registration_number TEXT    NOT NULL UNIQUE,
    office_code         TEXT    NOT NULL REFERENCES offices (code),
    year                INTEGER NOT NULL,
    sequence            INTEGER NOT NULL,
    kind                TEXT    NOT NULL,
    language            TEXT    NOT NULL,
    act_date            TEXT    NOT NULL,
    office_name         TEXT    NOT NULL,
    prosecutor          TEXT    NOT NULL,
    proceeding_number   TEXT,
    creditor_kind       TEXT,
    claim_amount        TEXT,
    due_date            TEXT,
    act_json            TEXT    NOT NULL,
    issued_by           TEXT    NOT NULL,
    issued_at           TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    answer_date         TEXT,
    answer_number       TEXT,
    recovered_amount    TEXT,
    status_changed_by   TEXT,
    status_changed_at   TEXT,
    UNIQUE (office_code, year, sequence)
);

CREATE TABLE issued_documents (
    act_id INTEGER NOT NULL REFERENCES issued_acts (id),
    format TEXT    NOT NULL,
    sha256 TEXT    NOT NULL,
    PRIMARY KEY (act_id, format)
);

CREATE TABLE issued_templates (
    act_id  INTEGER NOT NULL REFERENCES issued_acts (id),
    path    TEXT    NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (act_id, path),
    FOREIGN KEY (path, version) REFERENCES template_versions (path, version)
);

CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  INTEGER NOT NULL,
    last_hash TEXT    NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '');

CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    occurred_at   TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    payload       TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);
