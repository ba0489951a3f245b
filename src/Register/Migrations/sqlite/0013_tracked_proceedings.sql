-- Enforcement proceedings under supervision, for the indicators of p. 17 of the Instruction (issue 15):
-- proceedings for the state whose legal execution term was breached, and proceedings on court acts taken
-- on the prosecutor's claims (property and non-property). Controllers enter them; acts of supervision on a
-- proceeding are linked to it. Sums are whole tiyn (1 tenge = 100 tiyn), so that SUM adds them exactly on
-- SQLite as on PostgreSQL. Each category allows only the figures p. 17 reads of it.
CREATE TABLE tracked_proceedings (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    office_code         TEXT    NOT NULL REFERENCES offices (code),
    proceeding_number   TEXT    NOT NULL,
    executive_document  TEXT    NOT NULL,
    creditor            TEXT    NOT NULL,
    debtor              TEXT    NOT NULL,
    category            TEXT    NOT NULL CHECK (category IN ('state-revenue', 'prosecutor-claim-property', 'prosecutor-claim-non-property')),
    private_interest    INTEGER NOT NULL CHECK (private_interest IN (0, 1)),
    without_writ        INTEGER NOT NULL CHECK (without_writ IN (0, 1)),
    term_breached       INTEGER NOT NULL CHECK (term_breached IN (0, 1)),
    due_tiyn            INTEGER CHECK (due_tiyn > 0),
    recovered_tiyn      INTEGER CHECK (recovered_tiyn >= 0),
    executed            INTEGER CHECK (executed IN (0, 1)),
    opened_on           TEXT    NOT NULL,
    closed_on           TEXT    CHECK (closed_on >= opened_on),
    entered_by          TEXT    NOT NULL,
    entered_at          TEXT    NOT NULL,
    changed_by          TEXT,
    changed_at          TEXT,
    UNIQUE (office_code, proceeding_number),
    CHECK (recovered_tiyn <= due_tiyn),
    CHECK (category = 'prosecutor-claim-non-property'
           OR (due_tiyn IS NOT NULL AND recovered_tiyn IS NOT NULL AND executed IS NULL AND without_writ = 0)),
    CHECK (category <> 'prosecutor-claim-non-property'
           OR (due_tiyn IS NULL AND recovered_tiyn IS NULL AND executed IS NOT NULL AND private_interest = 0 AND term_breached = 0)),
    CHECK (category <> 'state-revenue' OR private_interest = 0),
    CHECK (category <> 'prosecutor-claim-property' OR term_breached = 0)
);

CREATE INDEX ix_tracked_proceedings_office ON tracked_proceedings (office_code, opened_on);

-- The acts of supervision a proceeding's recovered sum came from.
CREATE TABLE tracked_proceeding_acts (
    proceeding_id INTEGER NOT NULL REFERENCES tracked_proceedings (id),
    act_id        INTEGER NOT NULL REFERENCES issued_acts (id),
    PRIMARY KEY (proceeding_id, act_id)
);
