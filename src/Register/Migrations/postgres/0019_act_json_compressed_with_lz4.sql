-- An act's JSON is written twice when a signature issues it, as the act's row and as its draft's, while the
-- audit head is held (issue 13, point 4): every other writer waits for that command. PostgreSQL compresses a long
-- text value before storing it, with pglz unless told otherwise; a 212-page act's 300 KB of JSON took some 10 ms
-- of the head's time that way. lz4 compresses the same text several times faster (the command took 8 ms instead of
-- 20 for both). Values already stored keep their compression; a server built without lz4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE issued_acts ALTER COLUMN act_json SET COMPRESSION lz4;
    ALTER TABLE drafts ALTER COLUMN act_json SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'this PostgreSQL has no lz4: acts'' JSON stays compressed with pglz';
END
$$;
