-- PostgreSQL's 0017 stops compressing the kept PDF a second time. SQLite never compresses a blob: the version
-- is recorded here too, so that both registers count the same versions.
SELECT 1;
