-- A write sent as part of a batch: its position in the batch (0 = the task that leads it). The batch's
-- idempotency key is in inflight_key, shared by every member, and inflight_body holds the operation.
ALTER TABLE sync_links ADD COLUMN inflight_item INT;
CREATE INDEX sync_links_inflight_idx ON sync_links (company_id, provider, inflight_key);
