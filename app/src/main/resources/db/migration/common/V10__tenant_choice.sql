-- A grant that reaches several organisations (Xero's /connections) stays pending until the signed-in user
-- picks one. The sealed tokens and the organisations wait on the authorization row, under a second random
-- token (stored only as its SHA-256), and expire with it; chosen_at makes the choice single-use.
ALTER TABLE integration_authorizations ADD COLUMN choice_hash VARCHAR(64);
ALTER TABLE integration_authorizations ADD COLUMN sealed_access_token VARCHAR(4000);
ALTER TABLE integration_authorizations ADD COLUMN sealed_refresh_token VARCHAR(4000);
ALTER TABLE integration_authorizations ADD COLUMN access_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE integration_authorizations ADD COLUMN refresh_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE integration_authorizations ADD COLUMN granted_scopes VARCHAR(1000);
ALTER TABLE integration_authorizations ADD COLUMN organisations VARCHAR(8000);
ALTER TABLE integration_authorizations ADD COLUMN chosen_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX integration_authorizations_choice_uk ON integration_authorizations (choice_hash);

-- The provider's own id of the link to the chosen organisation (Xero's /connections "id"), so a disconnect
-- removes exactly that organisation from Cove's app and leaves the others alone.
ALTER TABLE integration_connections ADD COLUMN account_connection_id VARCHAR(200);
