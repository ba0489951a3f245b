-- PostgreSQL's 0019 compresses acts' JSON with lz4. SQLite stores text as it is: nothing changes here, and the
-- version is recorded so that both registers count the same versions.
SELECT 1;
