-- A record parked until another it refers to settles (an invoice waiting for its customer): the link
-- it waits for. Settling that link wakes it; waiting is not counted as a failed attempt.
ALTER TABLE sync_links ADD COLUMN awaits UUID;
CREATE INDEX sync_links_awaits_idx ON sync_links (awaits);
