-- Enforcement proceedings under supervision, for the indicators of p. 17 of the Instruction (issue 15):
-- proceedings for the state whose legal execution term was breached, and proceedings on court acts taken
-- on the prosecutor's claims (property and non-property). Controllers enter them; acts of supervision on a
-- proceeding are linked to it. Sums are whole tiyn (1 tenge = 100 tiyn), so that SUM adds them exactly on
-- SQLite as on PostgreSQL. Each category allows only the figures p. 17 reads of it.
CREATE TABLE tracked_proceedings (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_code         text        NOT NULL REFERENCES offices (code),
    proceeding_number   text        NOT NULL,
    executive_document  text        NOT NULL,
    creditor            text        NOT NULL,
    debtor              text        NOT NULL,
    category            text        NOT NULL CHECK (category IN ('state-revenue', 'prosecutor-claim-property', 'prosecutor-claim-non-property')),
    private_interest    boolean     NOT NULL,
    without_writ        boolean     NOT NULL,
    term_breached       boolean     NOT NULL,
    due_tiyn            bigint      CHECK (due_tiyn > 0),
    recovered_tiyn      bigint      CHECK (recovered_tiyn >= 0),
    executed            boolean,
    opened_on           date        NOT NULL,
    closed_on           date        CHECK (closed_on >= opened_on),
    entered_by          text        NOT NULL,
    entered_at          timestamptz NOT NULL,
    changed_by          text,
    changed_at          timestamptz,
    UNIQUE (office_code, proceeding_number),
    CHECK (recovered_tiyn <= due_tiyn),
    CHECK (category = 'prosecutor-claim-non-property'
           OR (due_tiyn IS NOT NULL AND recovered_tiyn IS NOT NULL AND executed IS NULL AND NOT without_writ)),
    CHECK (category <> 'prosecutor-claim-non-property'
           OR (due_tiyn IS NULL AND recovered_tiyn IS NULL AND executed IS NOT NULL AND NOT private_interest AND NOT term_breached)),
    CHECK (category <> 'state-revenue' OR NOT private_interest),
    CHECK (category <> 'prosecutor-claim-property' OR NOT term_breached)
);

CREATE INDEX ix_tracked_proceedings_office ON tracked_proceedings (office_code, opened_on);

-- The acts of supervision a proceeding's recovered sum came from.
CREATE TABLE tracked_proceeding_acts (
    proceeding_id bigint NOT NULL REFERENCES tracked_proceedings (id),
    act_id        bigint NOT NULL REFERENCES issued_acts (id),
    PRIMARY KEY (proceeding_id, act_id)
);
