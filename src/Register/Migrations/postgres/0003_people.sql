-- Offices registered once, and the people who work in them (issue 12).
-- An office created implicitly by the first act issued under its index keeps its row; its names, its
-- superior and who registered it stay empty until "office add" registers the same index.

ALTER TABLE offices ADD COLUMN name_kk text;
ALTER TABLE offices ADD COLUMN name_ru text;
ALTER TABLE offices ADD COLUMN superior_code text REFERENCES offices (code);
ALTER TABLE offices ADD COLUMN registered_by text;
ALTER TABLE offices ADD COLUMN registered_at timestamptz;

-- A person's login never changes; the IIN names one natural person, so one account per IIN.
-- The sign-in columns (failed_sign_ins, locked_until) are kept now and used by sign-in later.
CREATE TABLE people (
    login                text        PRIMARY KEY,
    office_code          text        NOT NULL REFERENCES offices (code),
    surname              text        NOT NULL,
    given_name           text        NOT NULL,
    patronymic           text,
    title_kk             text        NOT NULL,
    title_ru             text        NOT NULL,
    position             text        NOT NULL,
    class_rank           text        NOT NULL,
    iin                  text        NOT NULL UNIQUE,
    phone                text,
    password_hash        text,
    disabled             boolean     NOT NULL DEFAULT false,
    must_change_password boolean     NOT NULL DEFAULT false,
    failed_sign_ins      integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    added_by             text        NOT NULL,
    added_at             timestamptz NOT NULL
);

CREATE INDEX ix_people_office ON people (office_code);

CREATE TABLE person_roles (
    login text NOT NULL REFERENCES people (login),
    role  text NOT NULL,
    PRIMARY KEY (login, role)
);
