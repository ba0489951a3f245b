-- Offices registered once, and the people who work in them (issue 12).
-- An office created implicitly by the first act issued under its index keeps its row; its names, its
-- superior and who registered it stay empty until "office add" registers the same index.

ALTER TABLE offices ADD COLUMN name_kk TEXT;
ALTER TABLE offices ADD COLUMN name_ru TEXT;
ALTER TABLE offices ADD COLUMN superior_code TEXT REFERENCES offices (code);
ALTER TABLE offices ADD COLUMN registered_by TEXT;
ALTER TABLE offices ADD COLUMN registered_at TEXT;

-- A person's login never changes; the IIN names one natural person, so one account per IIN.
-- The sign-in columns (failed_sign_ins, locked_until) are kept now and used by sign-in later.
CREATE TABLE people (
    login                TEXT    PRIMARY KEY,
    office_code          TEXT    NOT NULL REFERENCES offices (code),
    surname              TEXT    NOT NULL,
    given_name           TEXT    NOT NULL,
    patronymic           TEXT,
    title_kk             TEXT    NOT NULL,
    title_ru             TEXT    NOT NULL,
    position             TEXT    NOT NULL,
    class_rank           TEXT    NOT NULL,
    iin                  TEXT    NOT NULL UNIQUE,
    phone                TEXT,
    password_hash        TEXT,
    disabled             INTEGER NOT NULL DEFAULT 0,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    added_by             TEXT    NOT NULL,
    added_at             TEXT    NOT NULL
);

CREATE INDEX ix_people_office ON people (office_code);

CREATE TABLE person_roles (
    login TEXT NOT NULL REFERENCES people (login),
    role  TEXT NOT NULL,
    PRIMARY KEY (login, role)
);
