-- Stripe Connect: each company's connected account, the platform's webhook signing secrets (sealed),
-- the events Stripe sent (deduplicated by id), the Pay now links and checkouts, and the Stripe side of
-- every payment, fee and refund. A PaymentIntent is recorded once (primary key), a Stripe refund once.
CREATE TABLE stripe_accounts (
    company_id        UUID NOT NULL PRIMARY KEY,
    account_id        VARCHAR(100) NOT NULL,
    livemode          BOOLEAN NOT NULL,
    business_name     VARCHAR(300),
    charges_enabled   BOOLEAN NOT NULL,
    payouts_enabled   BOOLEAN NOT NULL,
    details_submitted BOOLEAN NOT NULL,
    requirements_due  VARCHAR(2000),
    pass_card_fee     BOOLEAN DEFAULT FALSE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stripe_accounts_account_uk UNIQUE (account_id)
);

CREATE TABLE stripe_webhook_secrets (
    livemode      BOOLEAN NOT NULL PRIMARY KEY,
    sealed_secret VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE stripe_events (
    id              VARCHAR(255) NOT NULL PRIMARY KEY,
    type            VARCHAR(120) NOT NULL,
    account_id      VARCHAR(100),
    livemode        BOOLEAN NOT NULL,
    object_id       VARCHAR(255),
    intent_id       VARCHAR(255),
    company_id      UUID,
    created         BIGINT NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at    TIMESTAMP WITH TIME ZONE,
    attempts        INT DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000)
);
CREATE INDEX stripe_events_pending_idx ON stripe_events (processed_at, next_attempt_at);

CREATE TABLE stripe_pay_links (
    token      VARCHAR(64) NOT NULL PRIMARY KEY,
    company_id UUID NOT NULL,
    invoice_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stripe_pay_links_invoice_uk UNIQUE (company_id, invoice_id)
);

CREATE TABLE stripe_checkouts (
    session_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    company_id    UUID NOT NULL,
    invoice_id    UUID NOT NULL,
    account_id    VARCHAR(100) NOT NULL,
    balance       NUMERIC(14, 2) NOT NULL,
    surcharge     NUMERIC(14, 2) NOT NULL,
    save_card     BOOLEAN NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stripe_checkouts_invoice_idx ON stripe_checkouts (company_id, invoice_id, balance);

CREATE TABLE stripe_payments (
    payment_intent_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    company_id             UUID NOT NULL,
    account_id             VARCHAR(100) NOT NULL,
    invoice_id             UUID NOT NULL,
    payment_id             UUID REFERENCES payments (id),
    charge_id              VARCHAR(255),
    balance_transaction_id VARCHAR(255),
    amount                 NUMERIC(14, 2) NOT NULL,
    surcharge              NUMERIC(14, 2) NOT NULL,
    fee                    NUMERIC(14, 2),
    net                    NUMERIC(14, 2),
    currency               VARCHAR(3) NOT NULL,
    unapplied_reason       VARCHAR(1000),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stripe_payments_company_idx ON stripe_payments (company_id, invoice_id);
CREATE UNIQUE INDEX stripe_payments_payment_uk ON stripe_payments (payment_id);

CREATE TABLE stripe_fees (
    payment_intent_id VARCHAR(255) NOT NULL REFERENCES stripe_payments (payment_intent_id),
    company_id        UUID NOT NULL,
    line              INT NOT NULL,
    type              VARCHAR(60) NOT NULL,
    amount            NUMERIC(14, 2) NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    description       VARCHAR(500),
    PRIMARY KEY (payment_intent_id, line)
);

CREATE TABLE stripe_refunds (
    refund_id         VARCHAR(255) NOT NULL PRIMARY KEY,
    company_id        UUID NOT NULL,
    payment_intent_id VARCHAR(255) NOT NULL REFERENCES stripe_payments (payment_intent_id),
    cove_refund_id    UUID REFERENCES refunds (id),
    amount            NUMERIC(14, 2) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A Cove customer's Stripe Customer on one connected account, holding the cards saved for later.
CREATE TABLE stripe_customers (
    company_id         UUID NOT NULL,
    customer_id        UUID NOT NULL,
    account_id         VARCHAR(100) NOT NULL,
    stripe_customer_id VARCHAR(255) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, customer_id, account_id)
);
