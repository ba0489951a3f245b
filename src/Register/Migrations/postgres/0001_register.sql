-- The register of issued acts (PostgreSQL).

CREATE TABLE offices (
    code  text PRIMARY KEY,
    level text NOT NULL
);

CREATE TABLE office_names (
    name        text PRIMARY KEY,
    office_code text NOT NULL REFERENCES offices (code)
);

CREATE TABLE number_sequences (
    office_code   text    NOT NULL REFERENCES offices (code),
    year          integer NOT NULL,
    last_sequence integer NOT NULL,
    PRIMARY KEY (office_code, year)
);

CREATE TABLE template_versions (
    path         text        NOT NULL,
    version      integer     NOT NULL,
    text         text        NOT NULL,
    sha256       text        NOT NULL,
    published_by text        NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (path, version)
);

CREATE TABLE issued_acts (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registration_number text          NOT NULL UNIQUE,
    office_code         text          NOT NULL REFERENCES offices (code),
    year                integer       NOT NULL,
    sequence            integer       NOT NULL,
    kind                text          NOT NULL,
    language            text          NOT NULL,
    act_date            date          NOT NULL,
    office_name         text          NOT NULL,
    prosecutor          text          NOT NULL,
    proceeding_number   text,
    creditor_kind       text,
    claim_amount        numeric(20,2),
    due_date            date,
    act_json            text          NOT NULL,
    issued_by           text          NOT NULL,
    issued_at           timestamptz   NOT NULL,
    status              text          NOT NULL,
    answer_date         date,
    answer_number       text,
    recovered_amount    numeric(20,2),
    status_changed_by   text,
    status_changed_at   timestamptz,
    UNIQUE (office_code, year, sequence)
);

CREATE TABLE issued_documents (
    act_id bigint NOT NULL REFERENCES issued_acts (id),
    format text   NOT NULL,
    sha256 text   NOT NULL,
    PRIMARY KEY (act_id, format)
);

CREATE TABLE issued_templates (
    act_id  bigint  NOT NULL REFERENCES issued_acts (id),
    path    text    NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (act_id, path),
    FOREIGN KEY (path, version) REFERENCES template_versions (path, version)
);

CREATE TABLE audit_head (
    id        integer PRIMARY KEY CHECK (id = 1),
    last_seq  bigint  NOT NULL,
    last_hash text    NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '');

CREATE TABLE audit_log (
    seq           bigint      PRIMARY KEY,
    occurred_at   timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    subject       text        NOT NULL,
    payload       text        NOT NULL,
    previous_hash text        NOT NULL,
    hash          text        NOT NULL
);
