-- Documents that follow from others (issue 15, point 2): a draft made from an issued act (a withdrawal
-- resolution's notice, its hand-over letter) names that act. The link is part of the draft's audited row, so
-- a link added, changed or removed behind the application's back is found by "audit verify"; the act the
-- draft is issued as keeps it through drafts.issued_act_id.
ALTER TABLE drafts ADD COLUMN follows_act_id INTEGER REFERENCES issued_acts (id);

CREATE INDEX ix_drafts_follows_act ON drafts (follows_act_id);
