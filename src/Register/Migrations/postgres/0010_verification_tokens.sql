-- Public verification (issue 14): every act issued from now on gets a random, unguessable token, printed
-- with a QR code for {PublicBaseUrl}/verify/{token} at the foot of its last page. The address is kept as
-- it was printed, so that a document re-created later is byte for byte the one issued even if the
-- service's public address changes. Acts issued before this have neither, and print no QR code.
ALTER TABLE issued_acts ADD COLUMN verify_token text;
ALTER TABLE issued_acts ADD COLUMN verify_url text;
CREATE UNIQUE INDEX issued_acts_verify_token ON issued_acts (verify_token);
