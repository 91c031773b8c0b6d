-- Autoanalyze of the tables every invoice writes to sorted the values of columns no query filters,
-- joins or sorts on (texts, amounts, the events' JSON) to build statistics nobody reads: on two cores
-- that took a core for a second or more every time one of these tables grew by a tenth, and API calls
-- queued behind it. Equality lookups on such a column (the event registry finds a publication by its
-- serialized event through a hash index) are planned with the default estimate, which picks that index.
ALTER TABLE invoices
    ALTER COLUMN notes SET STATISTICS 0,
    ALTER COLUMN tax_rate SET STATISTICS 0,
    ALTER COLUMN subtotal SET STATISTICS 0,
    ALTER COLUMN tax_total SET STATISTICS 0,
    ALTER COLUMN total SET STATISTICS 0,
    ALTER COLUMN amount_paid SET STATISTICS 0,
    ALTER COLUMN amount_refunded SET STATISTICS 0;
ALTER TABLE invoice_lines
    ALTER COLUMN description SET STATISTICS 0,
    ALTER COLUMN quantity SET STATISTICS 0,
    ALTER COLUMN unit_price SET STATISTICS 0,
    ALTER COLUMN amount SET STATISTICS 0;
ALTER TABLE sent_mail
    ALTER COLUMN recipient SET STATISTICS 0,
    ALTER COLUMN subject SET STATISTICS 0,
    ALTER COLUMN message_id SET STATISTICS 0,
    ALTER COLUMN attachment SET STATISTICS 0,
    ALTER COLUMN failure SET STATISTICS 0;
ALTER TABLE activity
    ALTER COLUMN summary SET STATISTICS 0;
ALTER TABLE event_publication
    ALTER COLUMN serialized_event SET STATISTICS 0;
