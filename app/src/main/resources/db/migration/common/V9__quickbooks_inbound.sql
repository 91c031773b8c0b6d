-- QuickBooks inbound: webhook notifications (stored raw, processed by a db-scheduler task), CDC
-- watermarks, the pre-sync preview, and invoices edited in QuickBooks. Portable between H2 and PostgreSQL.

-- A notification is not yet tied to a company (one POST may carry several realms): the realms are
-- resolved to connections when it is processed. body_hash makes a redelivery a no-op.
CREATE TABLE quickbooks_webhook_notifications (
    id            UUID NOT NULL PRIMARY KEY,
    body_hash     VARCHAR(64) NOT NULL,
    verifier_hash VARCHAR(64) NOT NULL,
    body          TEXT NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT quickbooks_webhook_body_uk UNIQUE (body_hash)
);

CREATE TABLE quickbooks_inbound_watermarks (
    company_id    UUID NOT NULL PRIMARY KEY,
    realm_id      VARCHAR(40) NOT NULL,
    changed_since TIMESTAMP WITH TIME ZONE NOT NULL,
    caught_up_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE quickbooks_previews (
    company_id  UUID NOT NULL PRIMARY KEY,
    realm_id    VARCHAR(40) NOT NULL,
    state       VARCHAR(20) NOT NULL,
    message     VARCHAR(2000),
    read_at     TIMESTAMP WITH TIME ZONE,
    decided_at  TIMESTAMP WITH TIME ZONE,
    sync_run_id UUID
);

CREATE TABLE quickbooks_preview_records (
    company_id  UUID NOT NULL,
    entity_type VARCHAR(20) NOT NULL,
    cove_id     UUID NOT NULL,
    name        VARCHAR(500),
    decision    VARCHAR(20) NOT NULL,
    remote_id   VARCHAR(40),
    reason      VARCHAR(2000),
    choice      VARCHAR(20),
    chosen_remote_id VARCHAR(40),
    PRIMARY KEY (company_id, entity_type, cove_id)
);

CREATE TABLE quickbooks_preview_remotes (
    company_id  UUID NOT NULL,
    entity_type VARCHAR(20) NOT NULL,
    remote_id   VARCHAR(40) NOT NULL,
    name        VARCHAR(500),
    active      BOOLEAN NOT NULL,
    sync_token  VARCHAR(40),
    PRIMARY KEY (company_id, entity_type, remote_id)
);

-- seen_version/content_hash: the last QuickBooks version Cove wrote or accepted, and a fingerprint
-- of its editable content (not balance or payments), so a payment bumping the SyncToken is no edit.
CREATE TABLE quickbooks_invoice_edits (
    company_id      UUID NOT NULL,
    invoice_id      UUID NOT NULL,
    remote_id       VARCHAR(40) NOT NULL,
    seen_version    VARCHAR(40),
    content_hash    VARCHAR(64),
    changed_version VARCHAR(40),
    changed_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (company_id, invoice_id)
);
