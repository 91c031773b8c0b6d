-- QuickBooks Online: the per-company sync settings and what Cove knows of the realm's lists.
CREATE TABLE quickbooks_settings (
    company_id          UUID NOT NULL PRIMARY KEY,
    sync_start_date     DATE,
    deposit_account_id  VARCHAR(100),
    refund_account_id   VARCHAR(100),
    default_income_id   VARCHAR(100),
    default_item_id     VARCHAR(100),
    exempt_tax_code_id  VARCHAR(100),
    directions          VARCHAR(400),
    version             BIGINT NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per Cove record a setting maps: CATEGORY (item category -> income account),
-- TAX_RATE (Cove tax rate -> tax code), METHOD_OFF (a payment method that does not sync).
CREATE TABLE quickbooks_setting_maps (
    company_id  UUID NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    local_id    UUID NOT NULL,
    remote_id   VARCHAR(100),
    CONSTRAINT quickbooks_setting_maps_pk PRIMARY KEY (company_id, kind, local_id)
);

-- The realm's accounts, tax codes, payment methods and items as last read, so pages never call QuickBooks.
CREATE TABLE quickbooks_catalogue (
    company_id  UUID NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    remote_id   VARCHAR(100) NOT NULL,
    name        VARCHAR(500) NOT NULL,
    detail      VARCHAR(100),
    CONSTRAINT quickbooks_catalogue_pk PRIMARY KEY (company_id, kind, remote_id)
);

CREATE TABLE quickbooks_realms (
    company_id  UUID NOT NULL PRIMARY KEY,
    realm_id    VARCHAR(100) NOT NULL,
    us          BOOLEAN NOT NULL,
    automated   BOOLEAN NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
