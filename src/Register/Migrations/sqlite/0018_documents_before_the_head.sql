-- PostgreSQL's 0018 lets an issuer write its act's PDF before the act's row (the reference checked at commit).
-- SQLite's writer holds the whole database from its first write and stores every row in one go: nothing changes
-- here, and the version is recorded so that both registers count the same versions.
SELECT 1;
