-- The integrations hub: one connection per company and provider, the OAuth authorizations in flight,
-- and the provider credentials a company entered itself. Every token, code verifier and secret is
-- stored sealed (AES-GCM, "<key id>:<base64 of iv + ciphertext>"), never in plain text.
CREATE TABLE integration_connections (
    id                 UUID NOT NULL PRIMARY KEY,
    company_id         UUID NOT NULL,
    provider           VARCHAR(40) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    account_id         VARCHAR(200),
    account_name       VARCHAR(300),
    connected_by       VARCHAR(300),
    connected_at       TIMESTAMP WITH TIME ZONE,
    status_reason      VARCHAR(2000),
    paused             BOOLEAN DEFAULT FALSE NOT NULL,
    sealed_access_token  VARCHAR(4000),
    sealed_refresh_token VARCHAR(4000),
    access_expires_at  TIMESTAMP WITH TIME ZONE,
    refresh_expires_at TIMESTAMP WITH TIME ZONE,
    granted_scopes     VARCHAR(1000),
    refreshed_at       TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT integration_connections_company_provider_uk UNIQUE (company_id, provider)
);
CREATE INDEX integration_connections_provider_status_idx ON integration_connections (provider, status);

-- An authorization the company started and the provider has not yet sent back. The state is stored
-- only as its SHA-256 hash; a row is used once (used_at) and expires.
CREATE TABLE integration_authorizations (
    state_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
    company_id      UUID NOT NULL,
    provider        VARCHAR(40) NOT NULL,
    started_by      VARCHAR(300) NOT NULL,
    browser_bound   BOOLEAN NOT NULL,
    sealed_verifier VARCHAR(4000),
    redirect_uri    VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX integration_authorizations_company_idx ON integration_authorizations (company_id, provider);

-- Credentials entered on the settings page; they override the file settings for that company.
CREATE TABLE integration_credentials (
    company_id             UUID NOT NULL,
    provider               VARCHAR(40) NOT NULL,
    environment            VARCHAR(30),
    client_id              VARCHAR(500),
    sealed_client_secret   VARCHAR(4000),
    sealed_webhook_verifier VARCHAR(4000),
    updated_by             VARCHAR(300),
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, provider)
);
