-- A write sent as part of a batch: its position in the batch (0 = the task that leads it). The batch's
-- idempotency key is in inflight_key, shared by every member, and inflight_body holds the operation.
ALTER TABLE sync_links ADD COLUMN inflight_item INT;
CREATE INDEX sync_links_inflight_idx ON sync_links (company_id, provider, inflight_key);

-- A run counts its settled records as they settle, instead of counting its items on every settlement.
ALTER TABLE sync_runs ADD COLUMN done INT DEFAULT 0 NOT NULL;
ALTER TABLE sync_runs ADD COLUMN failed INT DEFAULT 0 NOT NULL;
UPDATE sync_runs SET done = (SELECT COUNT(*) FROM sync_run_items i WHERE i.run_id = sync_runs.id AND i.outcome = 'DONE'),
    failed = (SELECT COUNT(*) FROM sync_run_items i WHERE i.run_id = sync_runs.id AND i.outcome = 'FAILED');
