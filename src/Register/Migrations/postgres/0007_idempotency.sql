-- Answers to requests sent with an Idempotency-Key (issue 13): a retry with the same key and body gets the
-- first answer, even after a crash, because the record is written in the transaction of the operation it
-- answers (with an audit entry "remember-answer"). Keys are the client's; they are unique per principal.
CREATE TABLE idempotency_records (
    principal      text    NOT NULL,
    key            text    NOT NULL,
    operation      text    NOT NULL,
    request_sha256 text    NOT NULL,
    status_code    integer NOT NULL,
    content_type   text    NOT NULL,
    answer         text    NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (principal, key)
);
