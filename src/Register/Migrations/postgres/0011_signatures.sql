-- PAdES signatures made with the signatory's own key (issue 14). "prepare" lays out the final PDF with a
-- signature placeholder and keeps it here until the signatory's CMS comes back; "attach" checks the CMS,
-- embeds it and keeps the signed PDF, which from then on is the act's PDF document. The signed file
-- cannot be re-created (the CMS is the signatory's), so its bytes are kept, with its hash in the audit.
CREATE TABLE signature_preparations (
    id             text      PRIMARY KEY,
    act_id         bigint      NOT NULL REFERENCES issued_acts (id),
    prepared_by    text      NOT NULL,
    prepared_at    timestamptz     NOT NULL,
    pdf            bytea      NOT NULL,
    byte_ranges    text      NOT NULL,
    digest         text      NOT NULL,
    signer_name    text      NOT NULL,
    signer_position text    NOT NULL,
    signed_at      timestamptz     NOT NULL
);

CREATE TABLE act_signatures (
    act_id              bigint      PRIMARY KEY REFERENCES issued_acts (id),
    pdf                 bytea      NOT NULL,
    sha256              text      NOT NULL,
    signer_iin          text      NOT NULL,
    signer_name         text      NOT NULL,
    signer_position    text      NOT NULL,
    certificate_subject text      NOT NULL,
    certificate_issuer  text      NOT NULL,
    certificate_serial  text      NOT NULL,
    valid_from          timestamptz     NOT NULL,
    valid_to            timestamptz     NOT NULL,
    signed_at           timestamptz     NOT NULL,
    recorded_by         text      NOT NULL,
    recorded_at         timestamptz     NOT NULL
);
