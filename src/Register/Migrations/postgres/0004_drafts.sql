-- Acts drafted, signed and approved by the people the law names (issue 12), templates live by four
-- eyes, and the audit trail naming principals.

-- A draft belongs to the office of whoever drafted it. States: draft, submitted (to the signatory),
-- returned (to the drafter, with remarks), awaiting-approval (signed), issued (linked to its act).
CREATE TABLE drafts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_code    text    NOT NULL REFERENCES offices (code),
    kind           text    NOT NULL,
    language       text    NOT NULL,
    act_json       text    NOT NULL,
    state          text    NOT NULL,
    drafted_by     text    NOT NULL,
    drafter_kind   text    NOT NULL,
    signatory      text    REFERENCES people (login),
    remarks        text,
    signed_at      timestamptz,
    approved_by    text    REFERENCES people (login),
    approved_at    timestamptz,
    issued_act_id  bigint  REFERENCES issued_acts (id),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE INDEX ix_drafts_office_state ON drafts (office_code, state);
CREATE UNIQUE INDEX ix_drafts_issued_act ON drafts (issued_act_id);

-- A proposed template version is not live until another editor approves it. Versions stored before
-- this migration were published live at once: pending false, no approver.
ALTER TABLE template_versions ADD COLUMN pending boolean NOT NULL DEFAULT false;
ALTER TABLE template_versions ADD COLUMN approved_by text;
ALTER TABLE template_versions ADD COLUMN approved_at timestamptz;

-- Who acted, as the service established it: canonical JSON of the principal (kind, name, office,
-- roles or scopes). Null on entries written before this migration, whose hash never covered it.
ALTER TABLE audit_log ADD COLUMN principal text;
