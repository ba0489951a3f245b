-- PAdES signatures made with the signatory's own key (issue 14). "prepare" lays out the final PDF with a
-- signature placeholder and keeps it here until the signatory's CMS comes back; "attach" checks the CMS,
-- embeds it and keeps the signed PDF, which from then on is the act's PDF document. The signed file
-- cannot be re-created (the CMS is the signatory's), so its bytes are kept, with its hash in the audit.
CREATE TABLE signature_preparations (
    id             TEXT      PRIMARY KEY,
    act_id         INTEGER      NOT NULL REFERENCES issued_acts (id),
    prepared_by    TEXT      NOT NULL,
    prepared_at    TEXT     NOT NULL,
    pdf            BLOB      NOT NULL,
    byte_ranges    TEXT      NOT NULL,
    digest         TEXT      NOT NULL,
    signer_name    TEXT      NOT NULL,
    signer_position TEXT    NOT NULL,
    signed_at      TEXT     NOT NULL
);

CREATE TABLE act_signatures (
    act_id              INTEGER      PRIMARY KEY REFERENCES issued_acts (id),
    pdf                 BLOB      NOT NULL,
    sha256              TEXT      NOT NULL,
    signer_iin          TEXT      NOT NULL,
    signer_name         TEXT      NOT NULL,
    signer_position    TEXT      NOT NULL,
    certificate_subject TEXT      NOT NULL,
    certificate_issuer  TEXT      NOT NULL,
    certificate_serial  TEXT      NOT NULL,
    valid_from          TEXT     NOT NULL,
    valid_to            TEXT     NOT NULL,
    signed_at           TEXT     NOT NULL,
    recorded_by         TEXT      NOT NULL,
    recorded_at         TEXT     NOT NULL
);
