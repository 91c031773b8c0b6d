-- The default payment term of each company (the one invoices get when none is chosen).
ALTER TABLE payment_terms ADD COLUMN is_default BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX payment_terms_company_idx ON payment_terms (company_id);
CREATE INDEX tax_rates_company_idx ON tax_rates (company_id);
CREATE INDEX payment_methods_company_idx ON payment_methods (company_id);

-- A SKU identifies one item within a company; items without a SKU are allowed any number of times.
CREATE UNIQUE INDEX items_company_sku_uk ON items (company_id, sku);
CREATE INDEX items_company_category_idx ON items (company_id, category_id);
