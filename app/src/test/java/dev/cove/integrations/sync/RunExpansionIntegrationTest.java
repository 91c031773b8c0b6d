package dev.cove.integrations.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * A run's expansion on the database the suite runs on (PostgreSQL takes its one-statement path). Each
 * test works in a transaction it rolls back, so the scheduler never sees the tasks it checks.
 */
@SyncEngineTest
class RunExpansionIntegrationTest {

    static final Provider PROVIDER = Provider.XERO;
    static final RecordType CUSTOMER = RecordType.of("Customer");

    @Autowired
    RunExpansion expansion;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    final CompanyId company = new CompanyId(UUID.randomUUID());

    @Test
    void eachRecordGetsALinkAPushTaskAndAnItemAndARepeatBumpsTheLinksWithoutASecondTaskOrItem() {
        List<UUID> records = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        inRolledBackTransaction(() -> {
            UUID first = run();
            expansion.add(first, new SyncLinks.Records(company, PROVIDER, CUSTOMER, records));

            assertThat(generations()).containsOnly(1L).hasSize(3);
            assertThat(tasks()).hasSize(3);
            assertThat(items(first)).containsOnly(1L).hasSize(3);

            UUID second = run();
            expansion.add(second, new SyncLinks.Records(company, PROVIDER, CUSTOMER, records));
            expansion.add(second, new SyncLinks.Records(company, PROVIDER, CUSTOMER, records.subList(0, 1)));

            assertThat(links()).hasSize(3);
            assertThat(tasks()).hasSize(3);
            assertThat(items(first)).containsOnly(1L).hasSize(3);
            // The repeated chunk bumped its record once more but its item stays at the generation it was added at.
            assertThat(items(second)).containsOnly(2L).hasSize(3);
            assertThat(generations()).containsExactlyInAnyOrder(2L, 2L, 3L);
        });
    }

    @Test
    void aRecordLinkedEarlierIsBumpedAndJoinsTheChunkWithTheNewOnes() {
        UUID linked = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        inRolledBackTransaction(() -> {
            jdbc.sql("INSERT INTO sync_links (id, company_id, provider, entity_type, local_id, remote_id, state, generation, "
                    + "handled_generation, attempts) VALUES (?, ?, ?, 'Customer', ?, '77', 'SYNCED', 4, 4, 0)")
                    .params(UUID.randomUUID(), company.value(), PROVIDER.name(), linked).update();
            UUID run = run();

            expansion.add(run, new SyncLinks.Records(company, PROVIDER, CUSTOMER, List.of(linked, fresh)));

            assertThat(jdbc.sql("SELECT state, generation, remote_id FROM sync_links WHERE company_id = ? AND local_id = ?")
                    .params(company.value(), linked).query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " "
                            + rs.getString(3)).single()).isEqualTo("PENDING 5 77");
            assertThat(items(run)).containsExactlyInAnyOrder(5L, 1L);
            assertThat(tasks()).hasSize(2);
        });
    }

    private UUID run() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO sync_runs (id, company_id, provider, scope, trigger_kind, state, started_at) "
                + "VALUES (?, ?, ?, 'Customer', 'MANUAL', 'RUNNING', ?)").params(id, company.value(), PROVIDER.name(),
                        SyncLinks.now()).update();
        return id;
    }

    private List<UUID> links() {
        return jdbc.sql("SELECT id FROM sync_links WHERE company_id = ?").param(company.value()).query(UUID.class).list();
    }

    private List<Long> generations() {
        return jdbc.sql("SELECT generation FROM sync_links WHERE company_id = ?").param(company.value()).query(Long.class).list();
    }

    private List<String> tasks() {
        return jdbc.sql("SELECT s.task_instance FROM scheduled_tasks s JOIN sync_links l "
                + "ON s.task_instance = CAST(l.id AS VARCHAR(36)) WHERE l.company_id = ? AND s.task_name = ?")
                .params(company.value(), SyncTasks.pushTask(PROVIDER)).query(String.class).list();
    }

    private List<Long> items(UUID run) {
        return jdbc.sql("SELECT generation FROM sync_run_items WHERE run_id = ?").param(run).query(Long.class).list();
    }

    private void inRolledBackTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }
}
