-- Numbers print the office index and the year's last two digits ("2-11-26/4"). The counter is kept per what
-- the number prints, so acts dated 2026 and 2126 draw from one sequence instead of clashing on one printed
-- number and jamming the office's numbering for the year (issue 13). Existing counters merge without
-- renumbering: the larger of two counters that print alike is kept.
CREATE TABLE number_sequences_printed (
    office_code   text    NOT NULL REFERENCES offices (code),
    printed_year  integer NOT NULL CHECK (printed_year BETWEEN 0 AND 99),
    last_sequence integer NOT NULL,
    PRIMARY KEY (office_code, printed_year)
);

INSERT INTO number_sequences_printed (office_code, printed_year, last_sequence)
    SELECT office_code, year % 100, MAX(last_sequence) FROM number_sequences GROUP BY office_code, year % 100;

DROP TABLE number_sequences;

ALTER TABLE number_sequences_printed RENAME TO number_sequences;
