-- Answers to requests sent with an Idempotency-Key (issue 13): a retry with the same key and body gets the
-- first answer, even after a crash, because the record is written in the transaction of the operation it
-- answers (with an audit entry "remember-answer"). Keys are the client's; they are unique per principal.
CREATE TABLE idempotency_records (
    principal      TEXT    NOT NULL,
    key            TEXT    NOT NULL,
    operation      TEXT    NOT NULL,
    request_sha256 TEXT    NOT NULL,
    status_code    INTEGER NOT NULL,
    content_type   TEXT    NOT NULL,
    answer         TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    PRIMARY KEY (principal, key)
);
