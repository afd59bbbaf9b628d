-- A person's ethnicity is a two-digit code of the statistics office's list of Viet Nam's peoples (see the
-- ethnicity vocabulary), or nothing. NOT VALID: a value stored before the list existed was never checked and
-- is kept as it is (the web shows it as written); every row inserted or updated from now on must hold a code.
ALTER TABLE "persons" ADD CONSTRAINT "persons_ethnicity_gso_code" CHECK ("persons"."ethnicity" ~ '^[0-9]{2}$') NOT VALID;
