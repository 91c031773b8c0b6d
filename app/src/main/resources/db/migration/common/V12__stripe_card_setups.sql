-- Customers saving a card for later without paying: the public link per customer, and each SetupIntent Cove
-- acted on (one row per SetupIntent, so its two webhooks and any redelivery save the card once).
CREATE TABLE stripe_card_links (
    token       VARCHAR(64) NOT NULL PRIMARY KEY,
    company_id  UUID NOT NULL,
    customer_id UUID NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stripe_card_links_customer_uk UNIQUE (company_id, customer_id)
);

CREATE TABLE stripe_card_setups (
    setup_intent_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    company_id        UUID NOT NULL,
    customer_id       UUID NOT NULL,
    account_id        VARCHAR(100) NOT NULL,
    payment_method_id VARCHAR(255) NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX stripe_card_setups_customer_ix ON stripe_card_setups (company_id, customer_id);
