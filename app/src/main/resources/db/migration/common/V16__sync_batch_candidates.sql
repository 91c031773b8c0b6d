-- The changed records a batch may take along, in id order from the leader's own id onwards, so that
-- leaders working at once start at different places instead of all preparing the same records.
CREATE INDEX sync_links_candidates_idx ON sync_links (company_id, provider, entity_type, state, id);
