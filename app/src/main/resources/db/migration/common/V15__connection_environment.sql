-- The environment (built-in sandbox, provider's sandbox, production) a connection was made in: its tokens
-- only work against that environment's API. Connections made before this column are NULL and use the
-- provider's configured environment.
ALTER TABLE integration_connections ADD COLUMN environment VARCHAR(30);
