-- The register keeps the issued PDF's bytes (issue 13, point 4): the official document, the one the QR code
-- verifies and the signatory signs, served as it was issued whatever the renderer does later. NULL for acts
-- issued before this version (their PDF is re-created, checked against its hash, and kept then) and for the
-- DOCX and HTML hashes those acts have; only the one document asked for reads it, never a list.
ALTER TABLE issued_documents ADD COLUMN content bytea;
