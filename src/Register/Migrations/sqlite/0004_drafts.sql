-- Acts drafted, signed and approved by the people the law names (issue 12), templates live by four
-- eyes, and the audit trail naming principals.

-- A draft belongs to the office of whoever drafted it. States: draft, submitted (to the signatory),
-- returned (to the drafter, with remarks), awaiting-approval (signed), issued (linked to its act).
CREATE TABLE drafts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    office_code    TEXT    NOT NULL REFERENCES offices (code),
    kind           TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    act_json       TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    drafted_by     TEXT    NOT NULL,
    drafter_kind   TEXT    NOT NULL,
    signatory      TEXT    REFERENCES people (login),
    remarks        TEXT,
    signed_at      TEXT,
    approved_by    TEXT    REFERENCES people (login),
    approved_at    TEXT,
    issued_act_id  INTEGER REFERENCES issued_acts (id),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

CREATE INDEX ix_drafts_office_state ON drafts (office_code, state);
CREATE UNIQUE INDEX ix_drafts_issued_act ON drafts (issued_act_id);

-- A proposed template version is not live until another editor approves it. Versions stored before
-- this migration were published live at once: pending 0, no approver.
ALTER TABLE template_versions ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE template_versions ADD COLUMN approved_by TEXT;
ALTER TABLE template_versions ADD COLUMN approved_at TEXT;

-- Who acted, as the service established it: canonical JSON of the principal (kind, name, office,
-- roles or scopes). Null on entries written before this migration, whose hash never covered it.
ALTER TABLE audit_log ADD COLUMN principal TEXT;
