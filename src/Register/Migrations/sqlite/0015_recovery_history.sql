-- The history of a tracked proceeding's recovered sum (issue 15): each figure as of the day it was recovered by, so
-- that the quarterly analysis and the annual summary can show what was recovered within their period (the figure as
-- of the period's end less the figure as of the day before it began), and p. 17 the figure as of the period's end.
-- One figure per proceeding and day (a figure entered again for the same day corrects it); figures never fall as the
-- days go on (the register refuses it). tracked_proceedings.recovered_tiyn stays the latest figure. Every row is
-- audited: by its "record-recovery" entry, or, for the row this migration makes of a proceeding's recovered sum
-- (dated the day of its last entry or change, by the step that follows this script), by that entry itself.
CREATE TABLE proceeding_recoveries (
    proceeding_id  INTEGER NOT NULL REFERENCES tracked_proceedings (id),
    as_of          TEXT    NOT NULL,
    recovered_tiyn INTEGER NOT NULL CHECK (recovered_tiyn >= 0),
    recorded_by    TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    PRIMARY KEY (proceeding_id, as_of)
);
