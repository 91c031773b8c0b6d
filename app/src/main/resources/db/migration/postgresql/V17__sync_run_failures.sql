-- A run's failed records, listed while the run is watched, without reading every item of a large run.
CREATE INDEX sync_run_items_failed_idx ON sync_run_items (run_id) WHERE outcome = 'FAILED';
