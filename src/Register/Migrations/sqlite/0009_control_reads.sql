-- Reads in bounded memory and one normal form for names (issue 13).
-- prosecutor_key: the prosecutor's name in the form searches and the control lists compare (NameKey: NFC,
-- no invisible characters, white space collapsed, upper case, Ё as Е). SQL cannot fold Cyrillic letters
-- the same way on every database, so the program fills it: for acts stored before this version, in this
-- migration's transaction, right after this script (MigrationSteps); for new acts, as it stores them.
ALTER TABLE issued_acts ADD COLUMN prosecutor_key TEXT NOT NULL DEFAULT '';

-- The raw name is no longer searched; its key is.
DROP INDEX ix_issued_acts_prosecutor;
CREATE INDEX ix_issued_acts_prosecutor_key ON issued_acts (prosecutor_key, id);

-- The control lists' counts read only this index (open acts by due date, grouped by office and prosecutor),
-- never the rows, whose act JSON would be read past on SQLite.
CREATE INDEX ix_issued_acts_control ON issued_acts (status, due_date, office_code, prosecutor_key, prosecutor);

-- The indicators' counts over a period read only this index.
CREATE INDEX ix_issued_acts_period ON issued_acts (act_date, office_code, kind, status, due_date, answer_date);

-- The indicators' acts on proceedings for the state, found without reading the other acts' rows.
CREATE INDEX ix_issued_acts_state ON issued_acts (creditor_kind, act_date);
