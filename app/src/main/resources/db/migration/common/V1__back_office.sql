-- Cove back office. Every table holding company data carries company_id and every query is scoped by it.

CREATE TABLE companies (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    currency    CHAR(3)      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_users (
    id            UUID PRIMARY KEY,
    company_id    UUID         NOT NULL REFERENCES companies (id),
    email         VARCHAR(254) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_users_email_uk UNIQUE (email)
);

CREATE TABLE api_keys (
    id          UUID PRIMARY KEY,
    company_id  UUID         NOT NULL REFERENCES companies (id),
    name        VARCHAR(100) NOT NULL,
    key_prefix  VARCHAR(16)  NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_keys_hash_uk UNIQUE (key_hash)
);

CREATE TABLE customers (
    id            UUID PRIMARY KEY,
    company_id    UUID         NOT NULL REFERENCES companies (id),
    display_name  VARCHAR(200) NOT NULL,
    company_name  VARCHAR(200),
    email         VARCHAR(254),
    phone         VARCHAR(40),
    line1         VARCHAR(200),
    line2         VARCHAR(200),
    city          VARCHAR(100),
    region        VARCHAR(100),
    postal_code   VARCHAR(20),
    country       VARCHAR(2),
    language      VARCHAR(10)  NOT NULL,
    notes         VARCHAR(4000),
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX customers_company_name_idx ON customers (company_id, display_name);

CREATE TABLE item_categories (
    id          UUID PRIMARY KEY,
    company_id  UUID         NOT NULL REFERENCES companies (id),
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT item_categories_name_uk UNIQUE (company_id, name)
);

CREATE TABLE items (
    id           UUID PRIMARY KEY,
    company_id   UUID          NOT NULL REFERENCES companies (id),
    name         VARCHAR(200)  NOT NULL,
    sku          VARCHAR(64),
    description  VARCHAR(1000),
    kind         VARCHAR(20)   NOT NULL,
    unit_price   NUMERIC(14, 2) NOT NULL,
    category_id  UUID REFERENCES item_categories (id),
    taxable      BOOLEAN       NOT NULL,
    active       BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX items_company_name_idx ON items (company_id, name);

CREATE TABLE visits (
    id            UUID PRIMARY KEY,
    company_id    UUID          NOT NULL REFERENCES companies (id),
    customer_id   UUID          NOT NULL REFERENCES customers (id),
    visit_date    DATE          NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    item_id       UUID REFERENCES items (id),
    price         NUMERIC(14, 2) NOT NULL,
    ph            NUMERIC(4, 2),
    free_chlorine NUMERIC(6, 2),
    alkalinity    NUMERIC(6, 1),
    photo_refs    VARCHAR(2000),
    notes         VARCHAR(4000),
    invoice_id    UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visits_customer_idx ON visits (company_id, customer_id, visit_date);

CREATE TABLE tax_rates (
    id          UUID PRIMARY KEY,
    company_id  UUID          NOT NULL REFERENCES companies (id),
    name        VARCHAR(100)  NOT NULL,
    rate        NUMERIC(7, 4) NOT NULL,
    active      BOOLEAN       NOT NULL
);

CREATE TABLE payment_terms (
    id          UUID PRIMARY KEY,
    company_id  UUID         NOT NULL REFERENCES companies (id),
    name        VARCHAR(100) NOT NULL,
    days_due    INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL
);

CREATE TABLE payment_methods (
    id          UUID PRIMARY KEY,
    company_id  UUID         NOT NULL REFERENCES companies (id),
    name        VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL
);

CREATE TABLE invoice_sequences (
    company_id   UUID PRIMARY KEY REFERENCES companies (id),
    next_number  BIGINT NOT NULL
);

CREATE TABLE invoices (
    id             UUID PRIMARY KEY,
    company_id     UUID           NOT NULL REFERENCES companies (id),
    number         BIGINT         NOT NULL,
    customer_id    UUID           NOT NULL REFERENCES customers (id),
    status         VARCHAR(20)    NOT NULL,
    issue_date     DATE           NOT NULL,
    due_date       DATE           NOT NULL,
    terms_id       UUID REFERENCES payment_terms (id),
    tax_rate_id    UUID REFERENCES tax_rates (id),
    tax_rate       NUMERIC(7, 4)  NOT NULL,
    currency       CHAR(3)        NOT NULL,
    subtotal       NUMERIC(14, 2) NOT NULL,
    tax_total      NUMERIC(14, 2) NOT NULL,
    total          NUMERIC(14, 2) NOT NULL,
    amount_paid    NUMERIC(14, 2) NOT NULL,
    amount_refunded NUMERIC(14, 2) NOT NULL,
    notes          VARCHAR(4000),
    sent_at        TIMESTAMP WITH TIME ZONE,
    voided_at      TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT invoices_number_uk UNIQUE (company_id, number)
);
CREATE INDEX invoices_company_status_idx ON invoices (company_id, status);
CREATE INDEX invoices_customer_idx ON invoices (company_id, customer_id);

CREATE TABLE invoice_lines (
    id            UUID PRIMARY KEY,
    company_id    UUID           NOT NULL REFERENCES companies (id),
    invoice_id    UUID           NOT NULL REFERENCES invoices (id),
    position      INTEGER        NOT NULL,
    service_date  DATE,
    description   VARCHAR(500)   NOT NULL,
    quantity      NUMERIC(12, 3) NOT NULL,
    unit_price    NUMERIC(14, 2) NOT NULL,
    amount        NUMERIC(14, 2) NOT NULL,
    taxable       BOOLEAN        NOT NULL,
    item_id       UUID REFERENCES items (id),
    visit_id      UUID REFERENCES visits (id)
);
CREATE INDEX invoice_lines_invoice_idx ON invoice_lines (invoice_id, position);

CREATE TABLE payments (
    id            UUID PRIMARY KEY,
    company_id    UUID           NOT NULL REFERENCES companies (id),
    invoice_id    UUID           NOT NULL REFERENCES invoices (id),
    amount        NUMERIC(14, 2) NOT NULL,
    method_id     UUID REFERENCES payment_methods (id),
    method_name   VARCHAR(100)   NOT NULL,
    paid_on       DATE           NOT NULL,
    reference     VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payments_invoice_idx ON payments (company_id, invoice_id);

CREATE TABLE refunds (
    id            UUID PRIMARY KEY,
    company_id    UUID           NOT NULL REFERENCES companies (id),
    invoice_id    UUID           NOT NULL REFERENCES invoices (id),
    payment_id    UUID REFERENCES payments (id),
    amount        NUMERIC(14, 2) NOT NULL,
    refunded_on   DATE           NOT NULL,
    reason        VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refunds_invoice_idx ON refunds (company_id, invoice_id);

CREATE TABLE appointments (
    id             UUID PRIMARY KEY,
    company_id     UUID          NOT NULL REFERENCES companies (id),
    customer_id    UUID          NOT NULL REFERENCES customers (id),
    title          VARCHAR(200)  NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    location_type  VARCHAR(20)   NOT NULL,
    meeting_link   VARCHAR(500),
    notes          VARCHAR(4000),
    status         VARCHAR(20)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX appointments_company_start_idx ON appointments (company_id, starts_at);

CREATE TABLE leads (
    id          UUID PRIMARY KEY,
    company_id  UUID         NOT NULL REFERENCES companies (id),
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(254),
    phone       VARCHAR(40),
    source      VARCHAR(100) NOT NULL,
    notes       VARCHAR(4000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE quotes (
    id           UUID PRIMARY KEY,
    company_id   UUID           NOT NULL REFERENCES companies (id),
    customer_id  UUID           NOT NULL REFERENCES customers (id),
    title        VARCHAR(200)   NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    total        NUMERIC(14, 2) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE quote_lines (
    id           UUID PRIMARY KEY,
    company_id   UUID           NOT NULL REFERENCES companies (id),
    quote_id     UUID           NOT NULL REFERENCES quotes (id),
    position     INTEGER        NOT NULL,
    description  VARCHAR(500)   NOT NULL,
    quantity     NUMERIC(12, 3) NOT NULL,
    unit_price   NUMERIC(14, 2) NOT NULL,
    amount       NUMERIC(14, 2) NOT NULL,
    item_id      UUID REFERENCES items (id)
);

CREATE TABLE sent_mail (
    id            UUID PRIMARY KEY,
    company_id    UUID          NOT NULL REFERENCES companies (id),
    recipient     VARCHAR(254)  NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    message_id    VARCHAR(300)  NOT NULL,
    attachment    VARCHAR(200),
    subject_type  VARCHAR(40),
    subject_id    UUID,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sent_mail_company_idx ON sent_mail (company_id, sent_at);

CREATE TABLE activity (
    id            UUID PRIMARY KEY,
    company_id    UUID          NOT NULL REFERENCES companies (id),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(60)   NOT NULL,
    summary       VARCHAR(500)  NOT NULL
);
CREATE INDEX activity_company_idx ON activity (company_id, occurred_at);
