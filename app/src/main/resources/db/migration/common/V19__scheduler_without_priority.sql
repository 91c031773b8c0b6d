-- db-scheduler orders executions by priority only when priority is enabled, which Cove leaves off
-- (db-scheduler.priority-enabled); the index was kept up on every task row written for nothing.
DROP INDEX scheduled_tasks_priority_idx;
