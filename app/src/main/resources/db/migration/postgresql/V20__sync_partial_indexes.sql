-- Every record a sync pushes is written three times in sync_links (bumped or created, claimed for a
-- write, settled) and twice in sync_run_items (added, counted), and each of those writes adds an entry
-- to every index of its table. The indexes below are only ever searched for a few of the rows: records
-- waiting to be taken along, in flight, parked, failed or waiting, and run items not counted yet. As
-- partial indexes they hold just those rows, so a record claimed, settled or counted adds entries to
-- fewer of them, and they stay small. H2 has no partial indexes and keeps the full ones.
DROP INDEX sync_links_candidates_idx;
CREATE INDEX sync_links_candidates_idx ON sync_links (company_id, provider, entity_type, id)
    WHERE state = 'PENDING' AND inflight_key IS NULL;
DROP INDEX sync_links_inflight_idx;
CREATE INDEX sync_links_inflight_idx ON sync_links (company_id, provider, inflight_key) WHERE inflight_key IS NOT NULL;
DROP INDEX sync_links_awaits_idx;
CREATE INDEX sync_links_awaits_idx ON sync_links (awaits) WHERE awaits IS NOT NULL;
DROP INDEX sync_links_state_idx;
CREATE INDEX sync_links_state_idx ON sync_links (company_id, provider, state) WHERE state IN ('FAILED', 'WAITING');
DROP INDEX sync_run_items_link_idx;
CREATE INDEX sync_run_items_link_idx ON sync_run_items (link_id) WHERE outcome IS NULL;
-- A push task gets a heartbeat only once it is picked, and most are dropped unpicked (a batch took
-- their record along); db-scheduler looks for dead executions by heartbeat, which a NULL never is.
DROP INDEX scheduled_tasks_last_heartbeat_idx;
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat) WHERE last_heartbeat IS NOT NULL;
