-- The kept PDF is already deflated (its pages and fonts are zlib streams): PostgreSQL's TOAST compression of
-- it (pglz) gains nothing and cost about 1.3 ms per issued act, inside the store transaction that every other
-- writer waits for (the audit head's lock). EXTERNAL keeps large values out of line, uncompressed. Only new
-- values are affected; rows stored before stay as they are and read the same.
ALTER TABLE issued_documents ALTER COLUMN content SET STORAGE EXTERNAL;
