package dev.cove.integrations.sync;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics of the link, run item and db-scheduler tables when a run
 * has just filled them.
 * PostgreSQL caches a generic plan per prepared statement, built from the statistics of the moment;
 * plans made while {@code sync_links} was nearly empty (a company's first connection) look a link up
 * through a shorter index and read a block per link, and autoanalyze replaces them only about a minute
 * later. Measured in the README: that lookup was most of PostgreSQL's time in an initial sync. H2 plans
 * differently and needs nothing here.
 */
@Component
class PlannerStatistics {

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final String tasks;

    PlannerStatistics(JdbcClient jdbc, DataSource dataSource,
            @Value("${db-scheduler.table-name:scheduled_tasks}") String tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.postgres = Databases.postgres(dataSource);
    }

    /** Outside any transaction: the new statistics replace the cached plans of every session. */
    void linksGrew() {
        if (postgres) {
            jdbc.sql("ANALYZE sync_links, sync_run_items, " + tasks).update();
        }
    }
}
