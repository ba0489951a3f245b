-- Indexes for the execution-control lists and the indicators.

CREATE INDEX ix_issued_acts_status_due ON issued_acts (status, due_date);
CREATE INDEX ix_issued_acts_office_date ON issued_acts (office_code, act_date);
CREATE INDEX ix_issued_acts_prosecutor ON issued_acts (prosecutor);
