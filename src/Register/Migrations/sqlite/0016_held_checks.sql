-- The annual checks an office held of the territorial departments of justice and the private bailiffs (issue 15,
-- p. 11 of the Instruction): a controller records the days the check ran and what was checked, and the check report
-- falls due by the legal frame's delivery day of the month after the check's last day, until a check report of the
-- office whose check covers those days is issued. "checked" holds the objects checked as a JSON array of texts, in
-- the nominative as the check report lists them. Every row is audited by its "record-check" entry.
CREATE TABLE held_checks (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    office_code  TEXT    NOT NULL REFERENCES offices (code),
    check_start  TEXT    NOT NULL CHECK (check_start >= '2000-01-01'),
    check_end    TEXT    NOT NULL CHECK (check_end >= check_start),
    checked      TEXT    NOT NULL,
    note         TEXT,
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);

CREATE INDEX ix_held_checks_office ON held_checks (office_code, check_end);
