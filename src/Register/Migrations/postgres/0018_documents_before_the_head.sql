-- An issuer writes its act's kept PDF before it locks the audit head (issue 13, point 4): in the same transaction,
-- under the id it took when it rendered, but ahead of the act's own row, so that the PDF's hundred kilobytes
-- (some fifty TOAST rows and their WAL) are written while the writer before it still holds the head, not while
-- every other writer waits. The reference to the act is therefore checked when the transaction commits, by which
-- time the act's row is written; a transaction that rolls back takes the PDF with it.
ALTER TABLE issued_documents ALTER CONSTRAINT issued_documents_act_id_fkey DEFERRABLE INITIALLY DEFERRED;
